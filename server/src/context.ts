import type { Database, PrismaClient } from '@pilar/db';
import type { Locale } from './lib/localized-errors.ts';

/** What every resolver receives. Built once per request in app.ts. */
export interface Context {
  db: Database;
  prisma: PrismaClient;
  requestId: string;
  /** The language of error messages, from Accept-Language. */
  locale: Locale;
}
