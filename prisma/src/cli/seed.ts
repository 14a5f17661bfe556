// Seeds the reference data and the demo data: pnpm db:seed. The database is the one the
// environment names (cli/env.ts: DATABASE_URL, else PGlite in DATA_DIR, default `data/`).
// Safe to run again: nothing is duplicated.
import { databaseFromEnv, describeTarget } from './env.ts';
import { seedDemo, seedReference } from '../seed/index.ts';

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;
const n = (value: number) => value.toLocaleString('en-US');
const started = performance.now();
const db = await databaseFromEnv();
try {
  const migrations = db.appliedMigrations.length ? db.appliedMigrations.join(', ') : 'none pending';
  console.log(`${describeTarget()}: opened in ${seconds(started)} (migrations applied: ${migrations})`);

  let step = performance.now();
  const ref = await seedReference(db.prisma);
  console.log(
    `Reference data (${seconds(step)}): ${ref.regionsInserted} regions inserted, ${ref.parentsLinked} parents linked, ` +
      `${ref.districtGroupsInserted} eks-Kawedanan inserted with ${ref.districtsGrouped} districts, ` +
      `${ref.aidStandardsInserted} aid standards, ${ref.povertyIndicatorsInserted} poverty indicators inserted.`,
  );

  step = performance.now();
  const demo = await seedDemo(db.prisma);
  console.log(
    demo.skipped
      ? `Demo data (${seconds(step)}): already present, nothing written.`
      : `Demo data (${seconds(step)}): ${demo.sessions} sessions at ${demo.venues} venues, ${n(demo.workers)} workers, ` +
          `${n(demo.attendances)} attendances, ${n(demo.beneficiaries)} beneficiaries, ${n(demo.distributions)} aid distributions.`,
  );
  console.log(`Done in ${seconds(started)}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
  // Prisma's client leaves a timer behind after disconnecting; don't wait ten seconds for it.
  process.exit();
}
