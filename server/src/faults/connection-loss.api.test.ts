// Database connections cut mid-load (pg_terminate_backend) and a PostgreSQL crash and restart:
// requests fail fast with DATABASE_UNAVAILABLE and 503, the server recovers by itself, and no
// acknowledged write is lost.
import { openDatabase, type Database } from '@pilar/db';
import { Writable } from 'node:stream';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openTestDatabase } from '../testing/harness.ts';
import { startTestServer, type TestServer } from '../testing/http-server.ts';
import { adminUrl, databaseUrl } from '../testing/pg-urls.ts';
import { describeOnPostgres } from '../testing/postgres-only.ts';
import { copyDatabase, startThrowawayPostgres, type ThrowawayPostgres } from '../testing/throwaway-postgres.ts';
import { loadTargets, runLoad, type Outcome } from '../testing/write-load.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What every fault test demands of the answers given around a fault. */
function expectFailFastAndRecover(outcomes: Outcome[], faultAt: number, recoveredBy: number) {
  const failures = outcomes.filter((o) => !o.ok);
  expect(failures.length, 'the fault was noticed by some requests').toBeGreaterThan(0);
  for (const failure of failures) {
    // Nothing but a clear "database unavailable": no masked internal error, no hang.
    expect({ status: failure.status, code: failure.code }).toEqual({ status: 503, code: 'DATABASE_UNAVAILABLE' });
    expect(failure.ms, `${failure.operation} sent at ${Math.round(failure.at)} ms failed fast`).toBeLessThan(1_000);
  }
  const afterwards = outcomes.filter((o) => o.at > recoveredBy);
  expect(afterwards.length, 'requests were sent after the recovery deadline').toBeGreaterThan(0);
  expect(afterwards.filter((o) => !o.ok), 'every request after recovery succeeds').toEqual([]);
  expect(outcomes.some((o) => o.ok && o.at < faultAt), 'requests succeeded before the fault').toBe(true);
}

/** A few sequential rounds first, so the measured load meets a warm server (compiled query plans). */
async function warmUp(server: TestServer, cookie: string, targets: Awaited<ReturnType<typeof loadTargets>>) {
  let rounds = 0;
  const outcomes = await runLoad(server, cookie, targets, { workers: 1, stop: () => rounds++ >= 5, firstSerial: 9000 });
  expect(outcomes.filter((o) => !o.ok)).toEqual([]);
}

/** Every create answered with success is stored, with the NIK it was answered for. */
async function expectAcknowledgedWritesStored(prisma: Database['prisma'], outcomes: Outcome[]) {
  const acknowledged = outcomes.filter((o) => o.operation === 'create' && o.ok);
  expect(acknowledged.length).toBeGreaterThan(0);
  const stored = await prisma.beneficiary.findMany({ where: { id: { in: acknowledged.map((o) => Number(o.id)) } }, select: { id: true, nik: true } });
  expect(new Map(stored.map((s) => [String(s.id), s.nik]))).toEqual(new Map(acknowledged.map((o) => [o.id!, o.nik!])));
}

describeOnPostgres('database connections terminated mid-load (pg_terminate_backend)', () => {
  let db: Database;
  let server: TestServer;
  const logLines: string[] = [];
  beforeAll(async () => {
    db = await openTestDatabase();
    server = await startTestServer(db, { logger: pino({ level: 'info' }, new Writable({
          write: (chunk, _encoding, done) => {
            logLines.push(String(chunk));
            done();
          },
        })) });
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('fails the caught requests fast with 503 DATABASE_UNAVAILABLE, recovers at once and loses no acknowledged write', async () => {
    const cookie = await server.login('admin');
    const targets = await loadTargets(db.prisma);
    const name = (await db.prisma.$queryRawUnsafe<{ name: string }[]>('SELECT current_database() AS name'))[0]!.name;
    const admin = new pg.Client({ connectionString: adminUrl(process.env.TEST_DATABASE_URL!) });
    await admin.connect();
    await warmUp(server, cookie, targets);
    let stop = false;
    const started = performance.now();
    const load = runLoad(server, cookie, targets, { workers: 6, stop: () => stop });
    // Three rounds of cutting every connection of the server's database, while it is busy.
    const cuts: number[] = [];
    for (let round = 0; round < 3; round++) {
      await sleep(800);
      cuts.push(performance.now() - started);
      const { rows } = await admin.query<{ n: number }>(
        'SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [name],
      );
      expect(rows[0]!.n).toBeGreaterThan(0);
    }
    await sleep(2_000);
    stop = true;
    const outcomes = await load;
    await admin.end();
    // Recovery needs no action: the pool replaces dead connections on the next request.
    expectFailFastAndRecover(outcomes, cuts[0]!, cuts.at(-1)! + 1_000);
    await expectAcknowledgedWritesStored(db.prisma, outcomes);
    // The request log names the failures as the clients saw them, not as internal errors.
    const logged = logLines.map((line) => JSON.parse(line) as { msg: string; errors?: string[] }).filter((l) => l.msg === 'graphql' && l.errors);
    expect(logged.length).toBeGreaterThan(0);
    expect(new Set(logged.flatMap((l) => l.errors))).toEqual(new Set(['DATABASE_UNAVAILABLE']));
  });
});

describeOnPostgres('PostgreSQL crashes and restarts', () => {
  let postgres: ThrowawayPostgres;
  let db: Database;
  let server: TestServer;
  beforeAll(async () => {
    postgres = await startThrowawayPostgres();
    copyDatabase(databaseUrl(process.env.TEST_DATABASE_URL!, inject('postgresTemplate')), postgres, 'pilar');
    db = await openDatabase({ url: postgres.url('pilar'), migrate: false });
    server = await startTestServer(db);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await db?.close();
    postgres?.destroy();
  });

  it('answers 503 DATABASE_UNAVAILABLE within a second while it is down, is ready again within 5 s of its restart, and keeps every acknowledged write', async () => {
    const cookie = await server.login('admin');
    const targets = await loadTargets(db.prisma);
    await warmUp(server, cookie, targets);
    let stop = false;
    const started = performance.now();
    const load = runLoad(server, cookie, targets, { workers: 4, stop: () => stop });
    await sleep(800);
    const crashedAt = performance.now() - started;
    postgres.stop('immediate'); // a crash: no goodbye to the clients, recovery from the WAL on start
    await sleep(1_500);
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(503);
    postgres.start();
    const restartedAt = performance.now() - started;
    await sleep(6_000);
    stop = true;
    const outcomes = await load;
    expectFailFastAndRecover(outcomes, crashedAt, restartedAt + 5_000);
    expect(outcomes.some((o) => o.at > crashedAt + 300 && o.at < restartedAt && !o.ok), 'requests during the outage were refused').toBe(true);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    await expectAcknowledgedWritesStored(db.prisma, outcomes);
  }, 60_000);
});
