import type { Database, PrismaClient } from '@pilar/db';
import type { SignInThrottle } from './auth/throttle.ts';
import type { Viewer } from './auth/viewer.ts';
import type { Locale } from './lib/localized-errors.ts';

/** What every resolver receives. Built once per request in app.ts. */
export interface Context {
  db: Database;
  prisma: PrismaClient;
  requestId: string;
  /** The language of error messages, from Accept-Language. */
  locale: Locale;
  /** Who is asking; null when signed out. */
  viewer: Viewer | null;
  /** The client's address (for the audit trail and sign-in throttling). */
  ip: string | null;
  /** `Model:id` of records whose NIK or No. KK this response shows in clear (one read event). */
  piiShown: Set<string>;
  /** The request, for setting and clearing the session cookie. */
  request: Request;
  /** Failed sign-in counts (one per app). */
  throttle: SignInThrottle;
}
