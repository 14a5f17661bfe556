// Read replicas: a real streaming replica of a throw-away primary (pg_basebackup -R, a second
// postgres on another port). Dashboards and viewers' reads are served by the replica, writes
// and the writers' own reads by the primary — shown by statement counts on each client and by
// pausing the replica's replay, so it visibly lags behind a write.
import { openDatabase, type Database, type PrismaClient } from '@pilar/db';
import { Writable } from 'node:stream';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createApp, type App } from '../app.ts';
import { SESSION_COOKIE } from '../auth/authenticate.ts';
import { newSecret, sha256 } from '../auth/secrets.ts';
import { databaseUrl } from '../testing/pg-urls.ts';
import { describeOnPostgres } from '../testing/postgres-only.ts';
import { copyDatabase, startThrowawayPostgres, type ThrowawayPostgres } from '../testing/throwaway-postgres.ts';
import type { TestUser } from '../testing/users.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeOnPostgres('read replicas (DATABASE_REPLICA_URLS)', () => {
  let primary: ThrowawayPostgres;
  let replica: ThrowawayPostgres;
  let db: Database;
  let app: App;
  let onReplica: pg.Client;
  const statements = { primary: 0, replica: 0 };
  const cookies = new Map<TestUser, string>();
  const logLines: string[] = [];
  const lastLogged = () => JSON.parse(logLines.filter((line) => line.includes('"msg":"graphql"')).at(-1)!) as { sqlStatements: number };

  beforeAll(async () => {
    primary = await startThrowawayPostgres();
    copyDatabase(databaseUrl(process.env.TEST_DATABASE_URL!, inject('postgresTemplate')), primary, 'pilar');
    replica = await primary.replica();
    db = await openDatabase({ url: primary.url('pilar'), replicaUrls: [replica.url('pilar')], migrate: false, replicaProbeMs: 200 });
    const count = (side: keyof typeof statements) => (client: PrismaClient) =>
      (client as unknown as { $on(event: 'query', listener: () => void): void }).$on('query', () => (statements[side] += 1));
    count('primary')(db.prisma);
    count('replica')(db.replicas[0]!);
    app = createApp({ db, development: false, logger: pino({ level: 'info' }, new Writable({
          write: (chunk, _encoding, done) => {
            logLines.push(String(chunk));
            done();
          },
        })) });
    for (const user of ['admin', 'viewer', 'auditor', 'clerk'] as const) {
      const { id } = await db.prisma.user.findUniqueOrThrow({ where: { username: user } });
      const secret = newSecret('pilar_s');
      await db.prisma.userSession.create({ data: { tokenHash: sha256(secret), userId: id, expiresAt: new Date(Date.now() + 3_600_000) } });
      cookies.set(user, `${SESSION_COOKIE}=${secret}`);
    }
    onReplica = new pg.Client({ connectionString: replica.url('pilar') });
    await onReplica.connect();
    await caughtUp();
  }, 120_000);

  afterAll(async () => {
    await onReplica?.end();
    await db?.close();
    replica?.destroy();
    primary?.destroy();
  });

  /** Waits until the replica has replayed everything the primary has written so far. */
  async function caughtUp() {
    const [{ lsn }] = await db.prisma.$queryRawUnsafe<{ lsn: string }[]>('SELECT pg_current_wal_lsn()::text AS lsn') as [{ lsn: string }];
    for (let i = 0; i < 200; i++) {
      const { rows } = await onReplica.query<{ done: boolean }>('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [lsn]);
      if (rows[0]?.done) return;
      await sleep(25);
    }
    throw new Error('the replica did not catch up within 5 s');
  }

  async function as(user: TestUser, query: string, variables: Record<string, unknown> = {}) {
    const response = await app.fetch('http://pilar.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies.get(user)! },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  }

  /** Statements each side received while `work` ran. */
  async function served(work: () => Promise<unknown>) {
    const before = { ...statements };
    await work();
    return { primary: statements.primary - before.primary, replica: statements.replica - before.replica };
  }

  const DASHBOARD = '{ beneficiariesAggregate(groupBy: [aidStandard]) { key { aidStandard { code } } count } }';
  const total = (data: Record<string, any>) => (data.beneficiariesAggregate as { count: number }[]).reduce((sum, row) => sum + row.count, 0);

  it('is a real, read-only streaming replica', async () => {
    expect((await onReplica.query('SELECT pg_is_in_recovery() AS standby')).rows[0].standby).toBe(true);
    await expect(db.replicas[0]!.$executeRawUnsafe(`UPDATE "Region" SET name = name WHERE id = 1`)).rejects.toThrow(/read-only/);
  });

  it('serves a VIEWER’s and an AUDITOR’s lists and counts from the replica', async () => {
    for (const user of ['viewer', 'auditor'] as const) {
      await as(user, '{ me { id } }'); // authenticated (on the primary) and remembered
      // A VIEWER reads no person-level records (privacy/rules.ts): pilar sosial are its lists.
      const sides = await served(() => as(user, '{ workersCount workers(take: 5) { id name region { name } } }'));
      expect(sides, user).toEqual({ primary: 0, replica: 2 });
      // The request log counts statements wherever they ran.
      expect(lastLogged().sqlStatements, user).toBe(2);
    }
  });

  it('serves dashboard aggregates from the replica for every role', async () => {
    for (const user of ['admin', 'clerk', 'viewer'] as const) {
      await as(user, '{ me { id } }');
      const sides = await served(() => as(user, DASHBOARD));
      expect(sides, user).toEqual({ primary: 0, replica: 1 });
    }
  });

  it('runs saved queries on the replica and logs the run on the primary', async () => {
    const created = await as('auditor', 'mutation($d: SavedQueryCreateInput!) { createSavedQuery(data: $d) { id } }', {
      d: { name: 'Replika', purpose: 'Uji replika', document: '{ beneficiariesCount }' },
    });
    const id = created.createSavedQuery.id as string;
    await as('admin', 'mutation($id: ID!) { approveSavedQueryVersion(id: $id, version: 1) { status } }', { id });
    await caughtUp();
    await onReplica.query('SELECT pg_wal_replay_pause()');
    try {
      // A record of the clerk's area (Haurgeulis) goes to the trash, on the primary only for now.
      const area = { deletedAt: null, village: { code: { startsWith: '32.12.01.' } } };
      const before = await db.prisma.beneficiary.count({ where: area });
      const mine = await db.prisma.beneficiary.findFirstOrThrow({ where: area });
      await db.prisma.beneficiary.update({ where: { id: mine.id }, data: { deletedAt: new Date() } });
      // The stored document counts on the replica (still before the change); the run is logged.
      const run = await as('clerk', 'mutation($id: ID!) { runSavedQuery(id: $id) { id data } }', { id });
      expect(run.runSavedQuery.data).toEqual({ beneficiariesCount: expect.any(Number) });
      const clerkOnReplica = run.runSavedQuery.data.beneficiariesCount as number;
      expect(clerkOnReplica).toBe(before);
      expect(await db.prisma.savedQueryRun.count({ where: { id: Number(run.runSavedQuery.id) } })).toBe(1);
      await onReplica.query('SELECT pg_wal_replay_resume()');
      await caughtUp();
      const again = await as('clerk', 'mutation($id: ID!) { runSavedQuery(id: $id) { data } }', { id });
      expect(again.runSavedQuery.data.beneficiariesCount).toBe(clerkOnReplica - 1);
    } finally {
      await onReplica.query('SELECT pg_wal_replay_resume()');
    }
  });

  it('keeps an ADMIN’s and a CLERK’s lists and every write on the primary', async () => {
    for (const user of ['admin', 'clerk'] as const) {
      await as(user, '{ me { id } }');
      expect(await served(() => as(user, '{ beneficiariesCount }')), user).toEqual({ primary: 1, replica: 0 });
    }
    const village = await db.prisma.region.findFirstOrThrow({ where: { code: { startsWith: '32.12.01.' }, level: 'VILLAGE' } });
    const standard = await db.prisma.aidStandard.findUniqueOrThrow({ where: { code: 'LANSIA_TELANTAR' } });
    const create = (nik: string) =>
      as('clerk', 'mutation($d: BeneficiaryCreateInput!) { createBeneficiary(data: $d) { id name } }', {
        d: { nik, kkNumber: '3212010101150001', name: 'Replika Uji', gender: 'MALE', birthDate: '1925-02-03', villageId: String(village.id), aidStandardId: String(standard.id) },
      });
    const sides = await served(() => create('3212010302255001'));
    expect(sides.replica).toBe(0);
    expect(sides.primary).toBeGreaterThan(3);
  });

  it('shows the replica serving dashboards while it lags behind a write on the primary', async () => {
    await caughtUp();
    const before = total(await as('admin', DASHBOARD));
    expect(before).toBe(await db.prisma.beneficiary.count({ where: { deletedAt: null } }));
    await onReplica.query('SELECT pg_wal_replay_pause()');
    try {
      const village = await db.prisma.region.findFirstOrThrow({ where: { level: 'VILLAGE' } });
      const standard = await db.prisma.aidStandard.findUniqueOrThrow({ where: { code: 'LANSIA_TELANTAR' } });
      await as('admin', 'mutation($d: BeneficiaryCreateInput!) { createBeneficiary(data: $d) { id } }', {
        d: { nik: '3212010402255002', kkNumber: '3212010101150001', name: 'Tertinggal', gender: 'MALE', birthDate: '1925-02-04', villageId: String(village.id), aidStandardId: String(standard.id) },
      });
      // The writer sees the new record at once (primary); the dashboards do not yet (replica).
      expect((await as('admin', '{ beneficiariesCount }')).beneficiariesCount).toBe(before + 1);
      expect(total(await as('admin', DASHBOARD))).toBe(before);
      expect((await as('auditor', '{ beneficiariesCount }')).beneficiariesCount).toBe(before);
    } finally {
      await onReplica.query('SELECT pg_wal_replay_resume()');
    }
    await caughtUp();
    expect(total(await as('auditor', DASHBOARD))).toBe(before + 1);
    expect((await as('auditor', '{ beneficiariesCount }')).beneficiariesCount).toBe(before + 1);
  });

  it('sends the replica’s reads to the primary while it is down, and back once it answers', async () => {
    await caughtUp();
    await as('auditor', '{ me { id } }');
    const count = (await as('auditor', '{ beneficiariesCount }')).beneficiariesCount as number;
    await onReplica.end();
    replica.stop('fast');
    for (let i = 0; i < 100 && db.replicaHealth()[0]; i++) await sleep(50);
    expect(db.replicaHealth(), 'the stopped replica is noticed').toEqual([false]);
    // Dashboards and viewers keep working, from the primary.
    expect(await served(async () => expect((await as('auditor', '{ beneficiariesCount }')).beneficiariesCount).toBe(count))).toEqual({ primary: 1, replica: 0 });
    expect(await served(() => as('viewer', DASHBOARD))).toEqual({ primary: 1, replica: 0 });

    replica.start();
    for (let i = 0; i < 100 && !db.replicaHealth()[0]; i++) await sleep(50);
    expect(db.replicaHealth(), 'the restarted replica is used again').toEqual([true]);
    onReplica = new pg.Client({ connectionString: replica.url('pilar') });
    await onReplica.connect();
    await caughtUp();
    expect(await served(() => as('auditor', '{ beneficiariesCount }'))).toEqual({ primary: 0, replica: 1 });
  });
});
