import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestApp, type TestApp } from '../testing/harness.ts';
import { TEST_PASSWORD } from '../testing/users.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

/** `{ regions { parent { parent { … { name } } } } }` nested `levels` deep. */
const nested = (levels: number) => `{ regions(take: 1) ${'{ parent '.repeat(levels - 2)}{ name }${' }'.repeat(levels - 2)} }`;

describe('query limits (graphql-armor)', () => {
  it('refuses a query deeper than 6 for everyone but an ADMIN', async () => {
    expect((await t.as('clerk').gql(nested(6))).errors).toBeUndefined();
    const deep = await t.as('clerk').gql(nested(7));
    expect(codeOf(deep)).toBe('QUERY_TOO_DEEP');
    expect(deep.errors?.[0]?.message).toContain('6');
    expect((await t.gql(nested(7))).errors).toBeUndefined();
    expect(codeOf(await t.gql(nested(13)))).toBe('QUERY_TOO_DEEP');
  });

  it('refuses more than 15 aliases', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: regionsCount`).join(' ')} }`;
    expect((await t.gql(aliases(15))).errors).toBeUndefined();
    expect(codeOf(await t.gql(aliases(16)))).toBe('TOO_MANY_ALIASES');
  });

  it('refuses more than 50 directives and more than 1,000 tokens', async () => {
    const directives = `{ regionsCount ${'@include(if: true) '.repeat(51)} }`;
    expect(codeOf(await t.gql(directives))).toBe('TOO_MANY_DIRECTIVES');
    const tokens = `{ regions(where: { OR: [${'{ name: { equals: "x" } } '.repeat(120)}] }) { id } }`;
    expect(codeOf(await t.gql(tokens))).toBe('TOO_MANY_TOKENS');
  });

  it('refuses a query whose cost is too high', async () => {
    const costly = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: trainingSessions { attendances { worker { region { name parent { name } } registeredBeneficiaries { name village { name } } } } }`).join(' ')} }`;
    expect(codeOf(await t.gql(costly))).toBe('QUERY_TOO_COSTLY');
  });

  it('turns batching off', async () => {
    const response = await t.app.fetch('http://pilar.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('refuses a body over 1 MB with 413 before reading it', async () => {
    const body = JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1_100_000) } });
    const response = await t.app.fetch('http://pilar.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      body,
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BODY_TOO_LARGE');
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After past the per-credential rate', async () => {
    const app = createApp({ db: t.db, development: false, rateLimits: { perIp: 1000, perCredential: 3 } });
    const call = () =>
      app.fetch('http://pilar.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer pilar_t_unknown_but_counted' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
    for (let i = 0; i < 3; i++) expect((await call()).status).not.toBe(429);
    const limited = await call();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('RATE_LIMITED');
  });
});

describe('production mode', () => {
  it('allows introspection only to an ADMIN and gives no field suggestions', async () => {
    const app = createApp({ db: t.db, development: false });
    const ask = async (user: 'clerk' | 'admin', query: string) => {
      const response = await app.fetch('http://pilar.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: await sessionCookie(user) },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    };
    const introspection = '{ __schema { queryType { name } } }';
    expect(codeOf(await ask('clerk', introspection))).toBe('INTROSPECTION_DISABLED');
    expect((await ask('admin', introspection)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await ask('clerk', '{ regionz { id } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('logs', () => {
  it('write one JSON line per operation with user, operation, duration and SQL count, and no personal data', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ level: 'info' }, sink);
    const app = createApp({ db: t.db, development: false, logger });
    const cookie = await sessionCookie('clerk');
    const response = await app.fetch('http://pilar.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: 'query DaftarPPKS { beneficiaries(take: 3) { nik name phone } }' }),
    });
    const body = await response.text();
    expect(body).toMatch(/\d{16}/); // the clerk sees NIKs in clear…
    const entry = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'graphql');
    expect(entry).toMatchObject({ operation: 'DaftarPPKS', role: 'CLERK' });
    expect(entry.sqlStatements).toBeGreaterThan(0);
    expect(entry.durationMs).toBeGreaterThanOrEqual(0);
    expect(lines.join('\n')).not.toMatch(/\d{16}/); // …but the log holds none
  });
});

/** A session cookie from the real sign-in, for apps built in a test. */
async function sessionCookie(user: 'clerk' | 'admin'): Promise<string> {
  const login = await t.app.fetch('http://pilar.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }`, variables: { u: user, p: TEST_PASSWORD } }),
  });
  return (login.headers.get('set-cookie') ?? '').split(';')[0]!;
}

describe('metrics', () => {
  it('serves Prometheus metrics at /metrics to METRICS_TOKEN', async () => {
    const app = createApp({ db: t.db, development: false, metricsToken: 'a-metrics-token-of-some-length' });
    await app.fetch('http://pilar.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query Hitung { me { id } }' }) });
    const response = await app.fetch('http://pilar.test/metrics', { headers: { authorization: 'Bearer a-metrics-token-of-some-length' } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/graphql_envelop_request_duration|graphql_yoga_http_duration/);
  });
});
