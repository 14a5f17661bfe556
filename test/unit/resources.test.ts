import { expect, it } from 'vitest';
import { resources } from '../../admin/src/resources/index.ts';
import { notYetInThePanel } from '../../admin/src/resources/panelResources.ts';
import type { ResourceAccess } from '../../admin/src/auth/permissions.ts';
import { printedGrammar } from '../support/schema.ts';

/** Screens over API calls outside the CRUD grammar. */
const ownScreens = ['apiTokens'];

it('gives every entity of the API a resource, and nothing else but its own screens', () => {
  const entities = resources.map((r) => r.name).filter((name) => printedGrammar.entities.has(name));
  expect([...entities, ...notYetInThePanel].sort()).toEqual([...printedGrammar.entities.keys()].sort());
  expect(resources.map((r) => r.name).filter((name) => !printedGrammar.entities.has(name))).toEqual(ownScreens);
});

it('gives each entity the pages its operations allow: list and show, edit and create where it can be written', () => {
  for (const resource of resources) {
    const entity = printedGrammar.entities.get(resource.name);
    if (!entity) continue;
    const writable = !!entity.create;
    expect([resource.name, !!resource.list, !!resource.show, !!resource.edit, !!resource.create]).toEqual([resource.name, true, true, writable, writable]);
  }
});

it('declares who may read and write every resource', () => {
  for (const resource of resources) {
    const access = (resource.options as { access?: ResourceAccess } | undefined)?.access;
    expect(access?.read.length, resource.name).toBeGreaterThan(0);
    expect(Array.isArray(access?.write), resource.name).toBe(true);
  }
});
