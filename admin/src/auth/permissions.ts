import type { Region, UserRole } from '../generated/graphql.ts';

/** A district or village a clerk works in, as `me { regions }` lists it. */
export type WorkRegion = Pick<Region, 'id' | 'code' | 'name' | 'level' | 'parentId'>;

/** What `authProvider.getPermissions()` returns: the role in force and, for clerks, their regions. */
export interface Permissions {
  role: UserRole;
  regions: readonly WorkRegion[];
}

/**
 * Who may do what with a resource, declared in its definition. The panel hides what a role may
 * not do; the server decides (a hidden button is comfort, not protection).
 */
export interface ResourceAccess {
  /** list, show and export */
  read: readonly UserRole[];
  /** create, edit, delete and restore (clerks only within their regions, which the server checks) */
  write: readonly UserRole[];
  /** Other actions by name, e.g. `reveal` for personal data. */
  actions?: Readonly<Record<string, readonly UserRole[]>>;
}

export const EVERYONE: readonly UserRole[] = ['ADMIN', 'CLERK', 'AUDITOR', 'VIEWER'];

/** The registry: everyone reads, clerks (in their regions) and admins write. */
export const REGISTRY: ResourceAccess = { read: EVERYONE, write: ['ADMIN', 'CLERK'] };

/**
 * Person-level records (beneficiaries, aid handed over, rosters): not for VIEWER, a dashboard
 * role, mirroring the server's read roles of Beneficiary, AidDistribution and Attendance.
 */
export const PERSON_RECORDS: ResourceAccess = { read: ['ADMIN', 'CLERK', 'AUDITOR'], write: ['ADMIN', 'CLERK'] };

/** Reference data (regions, programs, aid standards): everyone reads, admins write. */
export const REFERENCE: ResourceAccess = { read: EVERYONE, write: ['ADMIN'] };

/** Who reads NIK, No. KK, phone and address in clear asks for it with a reason. */
export const REVEALS_PERSONAL_DATA: readonly UserRole[] = ['ADMIN', 'AUDITOR'];

const READ_ACTIONS = new Set(['list', 'show', 'read', 'export']);
const WRITE_ACTIONS = new Set(['create', 'edit', 'delete', 'clone', 'restore']);

/**
 * Whether `role` may do `action` on a resource with this access. Deny by default: a resource
 * without a declared access, or an action it does not name, is refused.
 */
export function allows(access: ResourceAccess | undefined, role: UserRole | undefined, action: string): boolean {
  if (!access || !role) return false;
  if (READ_ACTIONS.has(action)) return access.read.includes(role);
  if (WRITE_ACTIONS.has(action)) return access.write.includes(role);
  return access.actions?.[action]?.includes(role) ?? false;
}

/**
 * Roles that get personal data masked (`321201******0001`, no birth date, only the birth year;
 * VIEWER sees no personal field at all), mirroring the server: they may not filter, sort or
 * search on those fields either (a filter is an oracle for the value).
 */
export function masksPersonalData(role: UserRole | undefined): boolean {
  return role === 'AUDITOR' || role === 'VIEWER';
}

/**
 * The API types a role may not read at all (their root fields and every relation to them are
 * FORBIDDEN on the server): records the panel reads leave out relations to them.
 */
export function unreadableTypes(role: UserRole | undefined): readonly string[] {
  return role === 'VIEWER' ? ['Beneficiary', 'AidDistribution', 'Attendance'] : [];
}

/**
 * Whether the role may search and filter persons by name (the lists' search box). VIEWER may not:
 * the server refuses it, because a name isolates one person in an aggregate.
 */
export function searchesPersonsByName(role: UserRole | undefined): boolean {
  return role !== undefined && role !== 'VIEWER';
}

/** Whether the role's counts of persons are rounded to 5 and small groups suppressed (the server's rule). */
export function roundsFigures(role: UserRole | undefined): boolean {
  return role === 'VIEWER';
}
