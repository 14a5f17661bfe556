// The whole rule table, printed for review: who may call each root field, who may read each
// entity, what a VIEWER may filter on, and a clerk's row scope for reads and writes. A change
// to any rule changes docs/access-rules.md, which a reviewer sees in the diff; CI fails when
// the committed table is stale (run `npx vitest run server/src/auth/access-table.test.ts -u`).
import type { GraphQLField } from 'graphql';
import { describe, expect, it } from 'vitest';
import { models } from '../lib/datamodel.ts';
import { hiddenFromFilter, readersOf } from '../privacy/rules.ts';
import { schema } from '../schema.ts';
import { readScope, writeScope } from './policy.ts';
import type { Viewer } from './viewer.ts';

function scopesOf(field: GraphQLField<unknown, unknown>): string {
  const scopes = (field.extensions as { pothosOptions?: { authScopes?: Record<string, boolean> } }).pothosOptions?.authScopes ?? {};
  return Object.keys(scopes).filter((scope) => scopes[scope]).join(', ') || '—';
}

function declaredReaders(model: string): string {
  try {
    return readersOf(model).join(', ');
  } catch {
    return '(not declared)';
  }
}

const as = (role: Viewer['role']): Viewer => ({
  userId: 1,
  username: role.toLowerCase(),
  role,
  via: 'session',
  allowAdHoc: true,
  // Village 101 in district 201: the scope's shape, not real ids.
  regions: role === 'CLERK' ? { villageIds: [101], districtIds: [201] } : null,
});

const json = (where: unknown) => (where === undefined ? 'all rows' : `\`${JSON.stringify(where)}\``);

function table(): string {
  const lines = ['# Access rules', '', 'Printed by `server/src/auth/access-table.test.ts` from the schema and the rules; do not edit.', ''];
  for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
    lines.push(`## ${type.name} fields`, '', '| field | scopes |', '| --- | --- |');
    for (const field of Object.values(type.getFields()).sort((a, b) => a.name.localeCompare(b.name))) lines.push(`| ${field.name} | ${scopesOf(field)} |`);
    lines.push('');
  }
  lines.push('## Entities', '', '| entity | readers | VIEWER may filter on | clerk reads | clerk writes |', '| --- | --- | --- | --- | --- |');
  const viewer = as('VIEWER');
  const clerk = as('CLERK');
  for (const [name, info] of [...models].sort(([a], [b]) => a.localeCompare(b))) {
    const readers = declaredReaders(name);
    const filters = readers.includes('viewer') ? info.fields.filter((f) => !hiddenFromFilter(viewer, name, f.name)).map((f) => f.name).join(', ') : '—';
    lines.push(`| ${name} | ${readers} | ${filters || '—'} | ${json(readScope(clerk, name))} | ${json(writeScope(clerk, name))} |`);
  }
  return `${lines.join('\n')}\n`;
}

describe('the access rules', () => {
  it('are the ones printed in docs/access-rules.md', async () => {
    await expect(table()).toMatchFileSnapshot('../../../docs/access-rules.md');
  });
});
