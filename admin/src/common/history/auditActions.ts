import type { AuditEvent } from '../../generated/graphql.ts';

/**
 * The actions the audit trail records (the API documents them on `AuditEvent.action`, a plain
 * string so that new ones need no schema change; an unknown one is shown as it is named).
 */
export const AUDIT_ACTIONS = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'RESTORE',
  'REVEAL',
  'READ_PII',
  'LOGIN',
  'LOGIN_FAILED',
  'LOGIN_THROTTLED',
  'LOGOUT',
  'PASSWORD_CHANGE',
  'PASSWORD_CHANGE_FAILED',
  'PASSWORD_CHANGE_THROTTLED',
  'TOKEN_CREATE',
  'TOKEN_REVOKE',
  'APPROVE',
  'RETIRE',
  'RUN',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

/** An audit event as the panel reads it (every scalar field; the data provider selects them all). */
export type AuditRecord = AuditEvent;
