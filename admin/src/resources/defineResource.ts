import type { ResourceProps } from 'react-admin';
import type { ResourceAccess } from '../auth/permissions.ts';
import type { RecordOf } from '../data/records.ts';
import type { PanelResource } from './panelResources.ts';

export interface PilarResource<R extends PanelResource> extends Omit<ResourceProps, 'name' | 'recordRepresentation' | 'options'> {
  name: R;
  /** How a record is named in titles, references and pickers. */
  recordRepresentation: (record: RecordOf<R>) => string;
  /** Which roles may read and change it (the panel hides the rest; the server decides). */
  access: ResourceAccess;
}

/** A screen of the panel that is no CRUD entity of the API's grammar (API tokens, the audit trail). */
export interface PilarScreen extends Omit<ResourceProps, 'options'> {
  access: ResourceAccess;
}

function toResourceProps({ access, ...props }: PilarScreen): ResourceProps {
  return { ...props, options: { access } };
}

/** A resource definition, typed against the API's list field and record of that name. */
export function defineResource<R extends PanelResource>(definition: PilarResource<R>): ResourceProps {
  return toResourceProps(definition as unknown as PilarScreen);
}

export function defineScreen(definition: PilarScreen): ResourceProps {
  return toResourceProps(definition);
}

/** The declared access of each resource, for the auth provider's `canAccess`. */
export function accessByResource(resources: readonly ResourceProps[]): (resource: string) => ResourceAccess | undefined {
  const table = new Map(resources.map((r) => [r.name, (r.options as { access?: ResourceAccess } | undefined)?.access]));
  return (resource) => table.get(resource);
}
