import type { Database, PrismaClient } from '@pilar/db';

/** What every resolver receives. Built once per request in app.ts. */
export interface Context {
  db: Database;
  prisma: PrismaClient;
  requestId: string;
}
