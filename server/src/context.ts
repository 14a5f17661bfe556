import type { Database, PrismaClient } from '@pilar/db';
import type { CheckpointStore } from './audit/checkpoints.ts';
import type { SignInThrottle } from './auth/throttle.ts';
import type { Viewer } from './auth/viewer.ts';
import type { Locale } from './lib/localized-errors.ts';

/** What every resolver receives. Built once per request in app.ts. */
export interface Context {
  db: Database;
  /** The client this request reads and writes with: the primary, or a replica (see lib/read-routing.ts). */
  prisma: PrismaClient;
  /** For read-only work that tolerates replication lag (dashboards, saved-query runs): a replica during queries, the primary during mutations. */
  reader: PrismaClient;
  requestId: string;
  /** The language of error messages, from Accept-Language. */
  locale: Locale;
  /** Who is asking; null when signed out. */
  viewer: Viewer | null;
  /** The client's address (for the audit trail and sign-in throttling). */
  ip: string | null;
  /** The client reached us over TLS (directly, or per X-Forwarded-Proto behind a trusted proxy). */
  secure: boolean;
  /** `Model:id` of records whose NIK or No. KK this response shows in clear (one read event). */
  piiShown: Set<string>;
  /** The request, for setting and clearing the session cookie. */
  request: Request;
  /** SQL statements sent for this request (see lib/sql-scope.ts). */
  sql: import('./lib/sql-scope.ts').SqlScope;
  /** Failed sign-in counts (one per app). */
  throttle: SignInThrottle;
  /** Signed checkpoints of the audit trail's head, outside the database (null: none kept). */
  checkpoints: CheckpointStore | null;
}
