// `pnpm db:migrate`: applies the committed migrations to the database the environment names.
import { databaseFromEnv, describeTarget } from './env.ts';

const started = performance.now();
const db = await databaseFromEnv();
console.log(
  db.appliedMigrations.length
    ? `Applied ${db.appliedMigrations.length} migration(s) to ${describeTarget()}: ${db.appliedMigrations.join(', ')}`
    : `${describeTarget()} is up to date.`,
  `(${Math.round(performance.now() - started)} ms)`,
);
await db.close();
// Prisma's client leaves a timer behind after disconnecting; don't wait ten seconds for it.
process.exit();
