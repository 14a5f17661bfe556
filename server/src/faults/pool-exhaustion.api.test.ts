// Every pooled connection busy: requests wait briefly for one, then fail clearly (503
// DATABASE_UNAVAILABLE after the connect timeout) rather than hang, and no connection leaks.
import { openDatabase, type Database } from '@pilar/db';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/harness.ts';
import { startTestServer, type TestServer } from '../testing/http-server.ts';
import { adminUrl, databaseUrl } from '../testing/pg-urls.ts';
import { describeOnPostgres } from '../testing/postgres-only.ts';

const POOL_SIZE = 3;
const CONNECT_TIMEOUT_MS = 1_000;
const APPLICATION = 'pilar-pool-exhaustion-test';
const COUNT = '{ beneficiariesCount }';

describeOnPostgres('an exhausted connection pool', () => {
  let template: Database;
  let db: Database;
  let server: TestServer;
  let admin: pg.Client;
  let name: string;
  const connections = async () =>
    (await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = $2', [name, APPLICATION])).rows[0]!.n;

  beforeAll(async () => {
    // A test database of our own, then a server on it with a small pool whose connections can be
    // told apart in pg_stat_activity by their application name.
    template = await openTestDatabase();
    name = (await template.prisma.$queryRawUnsafe<{ name: string }[]>('SELECT current_database() AS name'))[0]!.name;
    const url = new URL(databaseUrl(process.env.TEST_DATABASE_URL!, name));
    url.searchParams.set('application_name', APPLICATION);
    db = await openDatabase({ url: url.toString(), migrate: false, poolSize: POOL_SIZE, connectTimeoutMs: CONNECT_TIMEOUT_MS });
    server = await startTestServer(db);
    admin = new pg.Client({ connectionString: adminUrl(process.env.TEST_DATABASE_URL!) });
    await admin.connect();
  });
  let closed = false;
  afterAll(async () => {
    if (!closed) {
      await server?.close();
      await db?.close();
    }
    await admin?.end();
    await template?.close();
  });

  /** Holds every pooled connection for `ms` in open transactions, as slow requests would. */
  function occupyPool(ms: number): Promise<unknown> {
    return Promise.all(
      Array.from({ length: POOL_SIZE }, () =>
        db.prisma.$transaction(async (tx) => {
          await tx.$executeRawUnsafe(`SELECT pg_sleep(${ms / 1000})`);
        }, { timeout: ms + 5_000 }),
      ),
    );
  }

  it('lets a request wait for a connection that frees up within the timeout', async () => {
    const cookie = await server.login('auditor');
    expect((await server.graphql(COUNT, {}, cookie)).status).toBe(200);
    const held = occupyPool(400);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const reply = await server.graphql(COUNT, {}, cookie);
    await held;
    expect(reply.status).toBe(200);
    expect(reply.body.data.beneficiariesCount).toBeGreaterThan(0);
    expect(reply.ms).toBeGreaterThan(150); // it queued
  });

  it('refuses requests with 503 DATABASE_UNAVAILABLE once the wait exceeds the timeout, then serves again', async () => {
    const cookie = await server.login('auditor');
    const held = occupyPool(3_000);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const replies = await Promise.all(Array.from({ length: 8 }, () => server.graphql(COUNT, {}, cookie)));
    for (const reply of replies) {
      expect({ status: reply.status, code: reply.body.errors?.[0]?.extensions?.code }).toEqual({ status: 503, code: 'DATABASE_UNAVAILABLE' });
      // Refused after waiting the connect timeout, not hanging until the pool frees up.
      expect(reply.ms).toBeGreaterThan(CONNECT_TIMEOUT_MS * 0.8);
      expect(reply.ms).toBeLessThan(CONNECT_TIMEOUT_MS + 1_000);
    }
    expect(await connections()).toBeLessThanOrEqual(POOL_SIZE);
    await held;
    expect((await server.graphql(COUNT, {}, cookie)).status).toBe(200);
  });

  it('never opens more connections than the pool allows, and leaves none behind when closed', async () => {
    const cookie = await server.login('auditor');
    let most = 0;
    let busy = true;
    const watch = (async () => {
      while (busy) {
        most = Math.max(most, await connections());
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const replies = await Promise.all(Array.from({ length: 30 }, () => server.graphql(COUNT, {}, cookie)));
    busy = false;
    await watch;
    expect(replies.every((r) => r.status === 200 || r.body.errors?.[0]?.extensions?.code === 'DATABASE_UNAVAILABLE')).toBe(true);
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(POOL_SIZE);
    closed = true;
    await server.close();
    await db.close();
    // pg_stat_activity lags a moment behind a closed socket.
    for (let i = 0; i < 50 && (await connections()) > 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await connections()).toBe(0);
  });
});
