import type { Viewer } from '../auth/viewer.ts';
import { model as modelInfo } from '../lib/datamodel.ts';

/**
 * The view of a person, decided once for every read path (object and relation fields,
 * filters and sorts, aggregates, audit payloads, saved-query runs).
 *
 * - `clear`: ADMIN; a CLERK for persons in their regions.
 * - `masked`: AUDITOR (unless a record is revealed with revealPersonalData); a CLERK for
 *   persons outside their regions reached through a relation. NIK and No. KK keep the region
 *   prefix and the last 4 digits, phone and address are masked, the birth date is hidden and
 *   only its year is shown: with the year and the gender, the NIK's day and month (digits
 *   7–10) still have 365 candidates.
 * - `none`: VIEWER, a dashboard role: no person-level records except the public-facing pilar
 *   sosial (Worker), whose personal fields it does not see at all.
 */
export type PersonView = 'clear' | 'masked' | 'none';

/** Roles as the API's auth scopes name them. */
export type ReadRole = 'admin' | 'clerk' | 'auditor' | 'viewer';

/**
 * The personal fields of the entities that hold persons: masked or hidden in the masked view,
 * never given to VIEWER, and never filterable or sortable by a role that does not see them in
 * clear (a filter is an oracle).
 */
export const PERSON_FIELDS: Record<string, readonly string[]> = {
  Worker: ['nik', 'phone', 'birthDate'],
  Beneficiary: ['nik', 'kkNumber', 'phone', 'address', 'birthDate'],
};

/**
 * Free text that may hold someone's NIK (typed as a username, quoted in a reason): masked for
 * masked roles where it is shown (view.ts looseText), so they may filter on it only by values
 * without a run of digits (a name, a word), never probe it digit by digit.
 */
const LOOSE_TEXT_FIELDS: Record<string, readonly string[]> = { AuditEvent: ['actorName', 'reason'] };

/**
 * The first free-text field of `where` (on `model`) that a masked role filters by a value with
 * 4 or more digits in a row, or null. Callers refuse such a filter (FORBIDDEN).
 */
export function looseTextProbe(viewer: Viewer | null, model: string, where: unknown): string | null {
  const fields = LOOSE_TEXT_FIELDS[model];
  if (!fields || roleView(viewer) === 'clear' || !where || typeof where !== 'object') return null;
  const digits = (value: unknown): boolean =>
    typeof value === 'string' ? /\d{4,}/.test(value) : Array.isArray(value) ? value.some(digits) : !!value && typeof value === 'object' && Object.values(value).some(digits);
  for (const [key, value] of Object.entries(where)) {
    if (key === 'AND' || key === 'OR' || key === 'NOT') {
      for (const nested of Array.isArray(value) ? value : [value]) {
        const found = looseTextProbe(viewer, model, nested);
        if (found) return found;
      }
    } else if (fields.includes(key) && digits(value)) return key;
  }
  return null;
}

/** The fields revealPersonalData shows in clear. */
export const REVEALABLE_FIELDS: Record<string, readonly string[]> = {
  Worker: ['nik', 'phone'],
  Beneficiary: ['nik', 'kkNumber', 'phone', 'address'],
};

/** A person's view by role alone; a clerk's view also depends on the record (see view.ts). */
export function roleView(viewer: Viewer | null): PersonView {
  if (!viewer || viewer.role === 'VIEWER') return 'none';
  return viewer.role === 'AUDITOR' ? 'masked' : 'clear';
}

/** Whether the role may not see personal data in clear anywhere (AUDITOR, VIEWER). */
export function masksPersons(viewer: Viewer | null): boolean {
  return roleView(viewer) !== 'clear';
}

interface EntityReaders {
  read: readonly ReadRole[];
  /** For VIEWER: the only fields a `where` (and orderBy) may name; unset means any visible field. */
  viewerFilters?: ReadonlySet<string>;
}

const entities = new Map<string, EntityReaders>();

/**
 * Records who may read an entity (its root get, list and count, and every relation field that
 * leads to it) and, for entities about persons, which fields a VIEWER may filter on: the
 * grouping dimensions and references, never id, name, notes or birth dates, which isolate one
 * person. Called once per entity, by crudQueries.
 */
export function declareReaders(model: string, read: readonly ReadRole[], viewerFilters?: readonly string[]): void {
  if (entities.has(model)) throw new Error(`${model}: readers declared twice`);
  const info = modelInfo(model);
  for (const field of viewerFilters ?? []) {
    if (!info.byName.has(field)) throw new Error(`${model}.viewerFilters: no field ${field}`);
    if (PERSON_FIELDS[model]?.includes(field)) throw new Error(`${model}.viewerFilters: ${field} is personal`);
  }
  entities.set(model, { read, ...(viewerFilters ? { viewerFilters: new Set(viewerFilters) } : {}) });
}

/** Who may read `model`; throws (failing the schema build) for an entity without a declaration. */
export function readersOf(model: string): readonly ReadRole[] {
  const entity = entities.get(model);
  if (!entity) throw new Error(`${model} has no declared readers (crudQueries): a relation to it cannot be exposed`);
  return entity.read;
}

/** Whether the viewer's role may read records of `model` (false for undeclared entities). */
export function mayRead(viewer: Viewer | null, model: string): boolean {
  const entity = entities.get(model);
  return !!viewer && !!entity && entity.read.includes(viewer.role.toLowerCase() as ReadRole);
}

/**
 * Whether `model.field` may not appear in the viewer's filter: a personal field the
 * viewer does not see in clear; a relation to records the viewer may not read (unless it is one
 * of a VIEWER's declared filters, e.g. a distribution's beneficiary for its region); and for
 * VIEWER any field of a person entity outside its declared filters.
 */
/** Whether the viewer may not sort `model` by `field`: only the fields it does not see (a sort is an oracle too). */
export function hiddenFromSort(viewer: Viewer | null, model: string, field: string): boolean {
  return roleView(viewer) !== 'clear' && PERSON_FIELDS[model]?.includes(field) === true;
}

export function hiddenFromFilter(viewer: Viewer | null, model: string, field: string): boolean {
  const view = roleView(viewer);
  if (view !== 'clear' && PERSON_FIELDS[model]?.includes(field)) return true;
  const viewerFilters = entities.get(model)?.viewerFilters;
  if (view === 'none' && viewerFilters) return !viewerFilters.has(field);
  const target = modelInfo(model).byName.get(field);
  if (target?.kind === 'object' && !mayRead(viewer, target.type)) return true;
  return false;
}
