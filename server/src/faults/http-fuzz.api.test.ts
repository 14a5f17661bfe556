// A fuzz of the HTTP layer: a few thousand random requests over raw sockets to the production
// server (http.ts, the app, the panel's files): odd paths, methods, headers and bodies, many of
// them bytes fetch refuses to send. No answer may be a 5xx other than a deliberate 503, every
// connection must get an answer, and /health must answer 200 after every batch. The run is
// seeded: a failure prints its seed, and FUZZ_SEED=<seed> replays it (FUZZ_SEED=random for a new one).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@pilar/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../config.ts';
import { SESSION_COOKIE } from '../auth/authenticate.ts';
import { openTestDatabase } from '../testing/harness.ts';
import { startTestServer, type TestServer } from '../testing/http-server.ts';
import { rawRequest, requestBytes } from '../testing/raw-http.ts';

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3_000);
const BATCH = 100;
const CONCURRENCY = 6;
const METRICS_TOKEN = 'fuzz-metrics-token-0123456789abcdef';
// A fixed seed by default, so CI runs the same requests every time; FUZZ_SEED=random explores.
const SEED = process.env.FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED ?? 20_261_201);

/** mulberry32: small, fast, and the same sequence for the same seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(list: readonly T[]): T => list[int(list.length)]!;
  const chance = (p: number) => next() < p;
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
  return { int, pick, chance, bytes };
}
type Random = ReturnType<typeof prng>;

let db: Database;
let server: TestServer;
let tempAdmin: string | null = null;
let asset = '/assets/app-Ab12Cd34.js';

beforeAll(async () => {
  // The built panel when there is one, else a folder shaped like it.
  let adminDir = join(repoRoot, 'admin', 'dist');
  if (existsSync(join(adminDir, 'index.html'))) {
    asset = `/assets/${readdirSync(join(adminDir, 'assets')).find((name) => name.endsWith('.js'))}`;
  } else {
    adminDir = tempAdmin = mkdtempSync(join(tmpdir(), 'pilar-fuzz-'));
    mkdirSync(join(adminDir, 'assets'));
    writeFileSync(join(adminDir, 'index.html'), '<!doctype html><title>Pilar</title>');
    writeFileSync(join(adminDir, 'assets', 'app-Ab12Cd34.js'), 'export {}');
    writeFileSync(join(adminDir, '.env'), 'SECRET=1');
  }
  db = await openTestDatabase();
  server = await startTestServer(db, { adminDir, metricsToken: METRICS_TOKEN, trustProxy: true });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
  if (tempAdmin) rmSync(tempAdmin, { recursive: true, force: true });
});

const PATH_PIECES = [
  '/', '/graphql', '/graphql/', '/metrics', '/health', '/ready', '/assets/', '/assets/x.js', '/beneficiaries', '/index.html', '/.env',
  '/..', '/../', '/%2e%2e/', '/..%2f', '/%2e', '\\..\\', '//', '/./', '/%E0%A4%A', '/%E0', '/%', '/%zz', '/%00', '%00', '/%C0%AF',
  '/metrics%E0', '/graphql%', '/assets/%E0', '/ñ', '/☃', '/𝕡ilar', '/%F0%9F%92%A9', '?query=%7B__typename%7D', '?a=%', '?', '#x', ';', '*',
  'http://evil.example', '/a b', '/\u0001', '/\u007f',
];
const METHODS = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'PROPFIND', 'TRACE', 'CONNECT', 'get', 'post', 'BREW', 'M-SEARCH', 'G@T', 'GET /', '', 'X'.repeat(300)];
const VERSIONS = ['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9.9', 'HTTP/1.1x', ''];
const GRAPHQL_BODIES = ['{"query":"{ me { id } }"}', '{"query":"{ __typename }"}', '{"query":"{ regionsCount }"}', '{"query":"query Q($x: Int) { __typename }","variables":{"x":"no"}}', '{"query":', '[]', 'null', '{"query":"{ a: __typename b: __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"x"}}}'];

/** Paths the server has routes for: half the requests start from one, so they get past the parser. */
const ROUTES = ['/', '/graphql', '/graphql', '/graphql?query=%7B__typename%7D', '/metrics', '/health', '/ready', '/beneficiaries/12/show', '/assets/missing.js', '/.env'];

function path(r: Random, plausible: boolean): string {
  if (r.chance(0.1)) return asset;
  if (r.chance(plausible ? 0.8 : 0.3)) return r.pick(ROUTES) + (r.chance(0.3) ? r.pick(PATH_PIECES) : '');
  if (r.chance(0.03)) return `/${'a'.repeat(r.int(20_000))}`;
  let out = r.chance(0.9) ? '' : r.pick(['', 'x', '/']);
  for (let i = 0, n = 1 + r.int(4); i < n; i++) out += r.pick(PATH_PIECES);
  return out.startsWith('/') || r.chance(0.3) ? out : `/${out}`;
}

/** `unframed`: the body may not match its framing, so the server may be waiting for more. */
function headerList(r: Random, body: Buffer, plausible: boolean): { headers: [string, string][]; body: Buffer; unframed: boolean } {
  const headers: [string, string][] = [];
  if (plausible || r.chance(0.95)) headers.push(['Host', plausible ? '127.0.0.1' : r.pick(['127.0.0.1', 'pilar.test', '', 'a'.repeat(300), '[::1]:99999'])]);
  if (r.chance(plausible ? 0.9 : 0.6)) headers.push(['Content-Type', plausible ? 'application/json' : r.pick(['application/json', 'application/json; charset=utf-8', 'text/plain', 'multipart/form-data; boundary=x', 'application/graphql-response+json', '', 'application/json; charset=latin1'])]);
  // A plausible request is framed right (Content-Length, or nothing); the others often are not.
  let framing = plausible ? r.pick([0, 0, 0, 9]) : r.int(12);
  if (framing < 6) headers.push(['Content-Length', String(body.length)]);
  else if (framing === 6) headers.push(['Content-Length', r.pick(['-1', 'abc', '1e3', '99999999999999999999', ' 5', '0x10', String(body.length + 1 + r.int(50)), String(Math.max(0, body.length - 1))])]);
  else if (framing === 7) headers.push(['Content-Length', String(body.length)], ['Content-Length', String(body.length + 1)]);
  else if (framing === 8 || framing === 10) {
    headers.push(['Transfer-Encoding', r.pick(['chunked', 'chunked', 'gzip, chunked', 'chunked, chunked', 'identity', 'CHUNKED', 'chunked;q=1', 'x'])]);
    if (r.chance(0.3)) headers.push(['Transfer-Encoding', 'chunked']);
    if (r.chance(0.3)) headers.push(['Content-Length', String(body.length)]);
    const chunked = r.chance(0.7) ? Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]) : Buffer.concat([Buffer.from(r.pick(['zz\r\n', '-1\r\n', 'ffffffffffffffff\r\n', '5\r\n'])), body]);
    body = chunked;
  } else framing = 9; // no framing header at all (11: the same)
  if (r.chance(0.3)) headers.push(['Cookie', r.pick([`${SESSION_COOKIE}=${r.bytes(8).toString('hex')}`, `${SESSION_COOKIE}=`, `;;;=;${SESSION_COOKIE}`, `a=b; ${SESSION_COOKIE}=x; ${SESSION_COOKIE}=y`, 'x'.repeat(8_000), `=${'%'.repeat(50)}`, '\u00ff\u00fe'])]);
  if (r.chance(0.3)) headers.push(['Authorization', r.pick(['Bearer x', 'Bearer', 'Bearer  ', 'Basic YTpi', `Bearer ${METRICS_TOKEN}`, `bearer  ${METRICS_TOKEN} `, 'Bearer a b', `Bearer ${'t'.repeat(5_000)}`, ''])]);
  if (r.chance(0.3)) headers.push(['Accept-Language', r.pick(['id', 'en', 'id;q=abc', 'id;q=NaN, en;q=Infinity', ';;;,,,', '*', 'x'.repeat(6_000), 'id-ID,id;q=0.9', '\u00e9'])]);
  if (r.chance(0.2)) headers.push(['Accept', r.pick(['text/html', 'application/json', '*/*', 'text/event-stream', 'multipart/mixed', '', 'x/y;q=z'])]);
  if (r.chance(0.15)) headers.push(['X-Forwarded-For', r.pick(['1.2.3.4', 'garbage', ',,,', '::1, 10.0.0.1', 'a'.repeat(2_000)])]);
  if (r.chance(0.15)) headers.push(['X-Forwarded-Proto', r.pick(['https', 'http', 'HTTPS, http', '', 'gopher'])]);
  if (r.chance(0.1)) headers.push(['Range', r.pick(['bytes=0-5', 'bytes=9-2', 'bytes=abc', 'bytes=-0', 'bytes=0-1,0-1,0-1,0-1', 'lines=1-2', 'bytes=99999999999999999999-'])]);
  if (r.chance(0.1)) headers.push(['If-None-Match', r.pick(['*', 'W/"x"', '"', ''])]);
  if (r.chance(0.1)) headers.push(['If-Modified-Since', r.pick(['yesterday', 'Thu, 01 Jan 1970 00:00:00 GMT', ''])]);
  if (r.chance(0.05)) headers.push(['Expect', r.pick(['100-continue', 'nothing'])]);
  if (r.chance(0.05)) headers.push(['Upgrade', 'websocket'], ['Connection', 'Upgrade']);
  if (r.chance(0.05)) headers.push(['X-Request-Id', 'r'.repeat(r.int(3_000))]);
  if (!plausible && r.chance(0.05)) headers.push(['X-Huge', 'h'.repeat(8_000 + r.int(30_000))]);
  if (!plausible && r.chance(0.05)) headers.push([r.pick(['Bad Header', 'X:Colon', '', 'X-\u00e9', '(x)']), 'v']);
  if (r.chance(0.05)) headers.push(['X-Latin1', '\u00e0\u00ff\u0080']);
  if (!plausible && r.chance(0.03)) headers.push(['X-Folded', 'a\r\n  continued']);
  return { headers, body, unframed: framing >= 6 && framing <= 8 || framing === 10 };
}

function body(r: Random, plausible: boolean): Buffer {
  const kind = plausible ? r.int(7) : r.int(10);
  if (kind < 3) return Buffer.alloc(0);
  if (kind < 7) return Buffer.from(r.pick(GRAPHQL_BODIES));
  if (kind === 7) return r.bytes(r.int(2_000));
  if (kind === 8) return Buffer.from(`{"query":"${'{ __typename '.repeat(r.int(500))}"}`);
  return Buffer.from('x'.repeat(r.int(200_000)));
}

/** One random request as bytes, plus a short description for failure messages. */
function randomRequest(r: Random): { bytes: Buffer; label: string; unframed: boolean } {
  const plausible = r.chance(0.5);
  const method = plausible ? r.pick(['GET', 'GET', 'POST', 'POST', 'HEAD', 'OPTIONS', 'PUT']) : r.pick(METHODS);
  const target = path(r, plausible);
  const version = plausible ? 'HTTP/1.1' : r.pick(VERSIONS);
  const framed = headerList(r, body(r, plausible), plausible);
  const headers = [...framed.headers.map(([name, value]) => `${name}: ${value}`), 'Connection: close'].join('\r\n');
  // The path goes out as UTF-8 (raw non-ASCII bytes); header values as latin1 (obs-text bytes).
  const bytes = Buffer.concat([Buffer.from(`${method} ${target} ${version}\r\n`, 'utf8'), Buffer.from(`${headers}\r\n\r\n`, 'latin1'), framed.body]);
  const described = framed.headers.map(([name, value]) => `${name}: ${value.length > 40 ? `${JSON.stringify(value.slice(0, 20))}…(${value.length})` : JSON.stringify(value)}`).join('; ');
  return { bytes, unframed: framed.unframed, label: `${method.slice(0, 20)} ${target.slice(0, 80)} ${version} [${described}] body=${framed.body.length}` };
}

it(`answers ${REQUESTS} random requests with no 5xx but deliberate 503s, and keeps serving`, { timeout: 120_000 }, async () => {
  console.info(`http fuzz: seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
  const r = prng(SEED);
  const statuses = new Map<number, number>();
  const started = performance.now();
  for (let done = 0; done < REQUESTS; done += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, REQUESTS - done) }, () => randomRequest(r));
    let next = 0;
    const failures: string[] = [];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < batch.length) {
          const request = batch[next++]!;
          // A request whose body may be short of its framing is half-closed after half a second of
          // silence (node then answers it as broken); any other must be answered as it is.
          const reply = await rawRequest(server.port, request.bytes, { timeoutMs: 15_000, settleMs: request.unframed ? 500 : Infinity }).catch((error: unknown) => ({ status: -1, body: String(error) }));
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
          if (reply.status < 100 || (reply.status >= 500 && reply.status !== 503)) failures.push(`${reply.status} for ${request.label}: ${reply.body.slice(0, 200)}`);
        }
      }),
    );
    expect(failures, `seed ${SEED}, batch from ${done}`).toEqual([]);
    const health = await rawRequest(server.port, requestBytes('GET', '/health'));
    expect(health.status, `seed ${SEED}: /health after ${done + batch.length} requests`).toBe(200);
  }
  const seconds = (performance.now() - started) / 1000;
  console.info(`http fuzz: ${REQUESTS} requests in ${seconds.toFixed(1)} s (${Math.round(REQUESTS / seconds)}/s); statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);
  // The run reached every layer: the parser's refusals, the edge's, the API's and the files'.
  expect([...statuses.keys()].filter((status) => status >= 200 && status < 300).length).toBeGreaterThan(0);
  expect(statuses.get(400)).toBeGreaterThan(0);
  const ready = await rawRequest(server.port, requestBytes('GET', '/ready'));
  expect(ready.status).toBe(200);
});
