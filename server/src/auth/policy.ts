import type { Viewer } from './viewer.ts';
import { hiddenFromFilter, hiddenFromSort } from '../privacy/rules.ts';

type Where = Record<string, unknown>;

/**
 * Region scoping for clerks, one rule per entity, as Prisma `where` fragments. The same
 * fragment is ANDed into lists, counts, get-by-id, to-many relations, relation filters,
 * updates and deletes, so they can never disagree. Entities without a rule are readable by
 * every role (reference data, sessions and venues: training events are public).
 */
const readRules: Record<string, (villages: number[], workplaces: number[]) => Where> = {
  Worker: (_v, w) => ({ regionId: { in: w } }),
  Beneficiary: (v) => ({ villageId: { in: v } }),
  AidDistribution: (v) => ({ beneficiary: { is: { villageId: { in: v } } } }),
  Attendance: (_v, w) => ({ worker: { is: { regionId: { in: w } } } }),
};

/** What a clerk may change: the records they may read, plus sessions and venues in their villages. */
const writeRules: Record<string, (villages: number[], workplaces: number[]) => Where> = {
  ...readRules,
  TrainingSession: (v) => ({ venue: { is: { villageId: { in: v } } } }),
  Venue: (v) => ({ villageId: { in: v } }),
};

function rule(table: typeof readRules, viewer: Viewer | null, model: string): Where | undefined {
  const regions = viewer?.regions;
  const make = table[model];
  if (!regions || !make) return undefined;
  return make(regions.villageIds, [...regions.villageIds, ...regions.districtIds]);
}

/** Who keeps the saved-query catalogue: writes and approves queries, sees drafts and everyone's runs. */
export function managesSavedQueries(viewer: Viewer | null): boolean {
  return viewer?.role === 'ADMIN' || viewer?.role === 'AUDITOR';
}

/**
 * The saved-query catalogue as the other roles see it: queries with an approved version, no
 * drafts, and only their own runs.
 */
const catalogueRules: Record<string, (viewer: Viewer) => Where> = {
  SavedQuery: () => ({ versions: { some: { status: 'APPROVED' } } }),
  SavedQueryVersion: () => ({ status: { not: 'DRAFT' } }),
  SavedQueryRun: (viewer) => ({ userId: viewer.userId }),
};

/** The records of `model` the viewer may see; undefined means all. */
export function readScope(viewer: Viewer | null, model: string): Where | undefined {
  const catalogue = catalogueRules[model];
  if (catalogue) return viewer && !managesSavedQueries(viewer) ? catalogue(viewer) : undefined;
  return rule(readRules, viewer, model);
}

/** The records of `model` the viewer may change (and where changed records must stay). */
export function writeScope(viewer: Viewer | null, model: string): Where | undefined {
  return rule(writeRules, viewer, model);
}

/** ANDs a scope into a filter. */
export function within(where: Where | undefined, scope: Where | undefined): Where {
  if (!scope) return where ?? {};
  if (!where || Object.keys(where).length === 0) return scope;
  return { AND: [where, scope] };
}

/**
 * What a filter may touch: scopes for relation filters and the fields the caller may not
 * filter or sort on (a filter on a masked field is an oracle for its value).
 */
export interface FilterPolicy {
  scope(model: string): Where | undefined;
  hidden(model: string, field: string): boolean;
  /** Fields the caller may not sort by (those it does not see); `hidden` when unset. */
  unsortable?(model: string, field: string): boolean;
}

/** The fields a role may not filter on are the privacy module's decision (privacy/rules.ts). */
export function filterPolicy(viewer: Viewer | null): FilterPolicy {
  return {
    scope: (model) => readScope(viewer, model),
    hidden: (model, field) => hiddenFromFilter(viewer, model, field),
    unsortable: (model, field) => hiddenFromSort(viewer, model, field),
  };
}

/** No restrictions: for trusted server-side code and unit tests. */
export const openPolicy: FilterPolicy = { scope: () => undefined, hidden: () => false };

/** The columns rowInScope reads, which a resolver calling it must have selected. */
export const SCOPE_COLUMNS: Record<string, readonly string[]> = { Worker: ['regionId'], Beneficiary: ['villageId'] };

/**
 * The in-memory twin of readScope for the two entities that carry personal data, used when a
 * record is reached through a relation: a clerk sees another region's worker masked.
 */
export function rowInScope(viewer: Viewer | null, model: string, row: Record<string, unknown>): boolean {
  const regions = viewer?.regions;
  if (!regions) return true;
  if (model === 'Worker') return [...regions.villageIds, ...regions.districtIds].includes(row.regionId as number);
  if (model === 'Beneficiary') return regions.villageIds.includes(row.villageId as number);
  return true;
}
