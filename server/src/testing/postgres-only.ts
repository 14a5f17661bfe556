import { describe } from 'vitest';
import { testDatabaseKind } from './harness.ts';

/** Why server-level fault and replica tests do not run on PGlite. */
export const PGLITE_REASON =
  'PGlite runs inside the test process: there is no database server whose connections could be terminated, that could be restarted or replicated';

/**
 * A describe block that runs on the PostgreSQL project and is skipped, with the reason in its
 * name, on PGlite. On PostgreSQL nothing is optional: if a throw-away server cannot be started
 * the tests fail, so CI (which sets TEST_DATABASE_URL) can never pass without running them.
 */
export function describeOnPostgres(name: string, body: () => void): void {
  if (testDatabaseKind === 'postgres') describe(name, body);
  else describe.skip(`${name} (skipped on PGlite: ${PGLITE_REASON})`, body);
}
