import type { UserRole } from '../../generated/graphql.ts';
import type { TokenRow } from './apiTokenOperations.ts';

/**
 * The roles a new token may act with, as the server allows them: an administrator's any role;
 * a clerk's or an auditor's their own or VIEWER (neither may become the other); a viewer's VIEWER.
 */
export function tokenRolesFor(role: UserRole): UserRole[] {
  switch (role) {
    case 'ADMIN':
      return ['ADMIN', 'CLERK', 'AUDITOR', 'VIEWER'];
    case 'CLERK':
    case 'AUDITOR':
      return [role, 'VIEWER'];
    default:
      return ['VIEWER'];
  }
}

/** Only an administrator may let a token run operations other than approved saved queries. */
export function mayAllowAdHoc(role: UserRole): boolean {
  return role === 'ADMIN';
}

/** A day picked as "valid until" means to the end of that day where the user is: the next local midnight. */
export function expiryOfDay(day: string | null | undefined): string | null {
  if (!day) return null;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + 1).toISOString();
}

export type TokenStatus = 'active' | 'expired' | 'revoked';

export function tokenStatus(token: Pick<TokenRow, 'revokedAt' | 'expiresAt'>, now: Date = new Date()): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt) <= now) return 'expired';
  return 'active';
}
