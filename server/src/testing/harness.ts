import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, type Database } from '@pilar/db';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp, type App, type AppOptions } from '../app.ts';
import { SESSION_COOKIE } from '../auth/authenticate.ts';
import { newSecret, sha256 } from '../auth/secrets.ts';
import type { TestUser } from './users.ts';
import { adminUrl, databaseUrl } from './pg-urls.ts';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface Client {
  /** Runs an operation through the real app (`yoga.fetch`), as a client would over HTTP. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns `data`. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export interface TestApp extends Client {
  app: App;
  db: Database;
  /** The same client, signed in as one of the test users (see users.ts). */
  as(user: TestUser): Client;
  /** A client that sends no credentials (or the given headers only). */
  anonymous: Client;
  /** Signs in through the real `login` mutation; the session cookie (`name=value`), or throws. */
  signIn(username: string, password: string): Promise<string>;
  close(): Promise<void>;
}

// Remembered credentials (auth/credential-cache.ts) expire after 5 s in production, which only
// bounds what another server process may miss. Here a slow machine could let one expire between
// two requests a test compares by SQL statements; every invalidation is explicit anyway.
process.env.AUTH_CACHE_TTL_MS ??= '600000';

/** Which database this test project runs on: `pglite` (default) or `postgres`. */
export const testDatabaseKind = (process.env.PILAR_TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

/** A fresh copy of the seeded test database (reference + demo data) for one test file. */
export async function openTestDatabase(): Promise<Database> {
  if (testDatabaseKind === 'postgres') {
    const base = process.env.TEST_DATABASE_URL!;
    const name = `pilar_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl(base) });
    await admin.connect();
    // Copies of one template cannot start at the same moment: test files opening in parallel
    // retry for a little while.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
        break;
      } catch (error) {
        if (attempt >= 50 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
    await admin.end();
    const db = await openDatabase({ url: databaseUrl(base, name), migrate: false });
    const close = db.close;
    db.close = async () => {
      await close();
      const drop = new pg.Client({ connectionString: adminUrl(base) });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    };
    return db;
  }
  const dump = new Blob([readFileSync(inject('pgliteTemplate'))]);
  return openDatabase({ pglite: new PGlite({ loadDataDir: dump }), migrate: false });
}

function client(app: App, baseHeaders: () => Promise<Record<string, string>>): Client {
  const gql = async <T,>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await app.fetch('http://pilar.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await baseHeaders()), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
  return {
    gql,
    async ok<T>(query: string, variables?: Record<string, unknown>) {
      const result = await gql<T>(query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
  };
}

/** The app on a fresh test database, in production mode; `options` add to what it is built with. */
export async function createTestApp(options: Omit<AppOptions, 'db' | 'development'> = {}): Promise<TestApp> {
  const db = await openTestDatabase();
  const app = createApp({ ...options, db, development: false });
  const cookies = new Map<TestUser, Promise<string>>();
  // A session per test user, made directly in the database (signing in is tested on its own).
  const cookieFor = (user: TestUser) => {
    let cookie = cookies.get(user);
    if (!cookie) {
      cookie = (async () => {
        const { id } = await db.prisma.user.findUniqueOrThrow({ where: { username: user }, select: { id: true } });
        const secret = newSecret('pilar_s');
        await db.prisma.userSession.create({ data: { tokenHash: sha256(secret), userId: id, expiresAt: new Date(Date.now() + 3_600_000) } });
        return `${SESSION_COOKIE}=${secret}`;
      })();
      cookies.set(user, cookie);
    }
    return cookie;
  };
  const as = (user: TestUser) => client(app, async () => ({ cookie: await cookieFor(user) }));
  const admin = as('admin');
  const signIn = async (username: string, password: string) => {
    const response = await app.fetch('http://pilar.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }`, variables: { u: username, p: password } }),
    });
    const body = (await response.json()) as GraphQLResponse;
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  return { app, db, ...admin, as, anonymous: client(app, async () => ({})), signIn, close: () => db.close() };
}
