import type { UserRole } from '@pilar/db';

/** Who is making a request: a signed-in user, or an API token acting for its owner. */
export interface Viewer {
  userId: number;
  username: string;
  /** The role in force: the user's, or the token's (never more than its owner's). */
  role: UserRole;
  via: 'session' | 'token';
  sessionId?: number;
  tokenId?: number;
  /** Tokens only: may run operations other than approved saved queries. */
  allowAdHoc: boolean;
  /** For clerks: where they may work. Null means everywhere (every other role). */
  regions: RegionScope | null;
}

/** A clerk's area: their villages (including every village of their districts) and districts. */
export interface RegionScope {
  villageIds: number[];
  districtIds: number[];
}

const RANK: Record<UserRole, number> = { ADMIN: 3, AUDITOR: 2, CLERK: 2, VIEWER: 1 };

/**
 * Whether a token may act with `role` for an owner of `ownerRole`: the same role, or a lesser
 * one. A clerk's token may be a viewer, an admin's anything; an auditor's and a clerk's are
 * different powers, so neither may become the other.
 */
export function roleWithin(role: UserRole, ownerRole: UserRole): boolean {
  if (role === ownerRole || ownerRole === 'ADMIN') return true;
  return role === 'VIEWER' && RANK[ownerRole] > RANK.VIEWER;
}
