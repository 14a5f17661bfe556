// The HTTP edge attacked over real HTTP (http.ts through the production server): requests no
// route expects get a 4xx and the server keeps serving; a handler that throws is a logged 500;
// the panel's files go out through serve-static with its security headers; /metrics answers
// only METRICS_TOKEN; the rate limiter counts a credential however it is spelled.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Database } from '@pilar/db';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { SESSION_COOKIE } from '../auth/authenticate.ts';
import { openTestDatabase } from '../testing/harness.ts';
import { startTestServer, type TestServer } from '../testing/http-server.ts';
import { rawRequest, requestBytes } from '../testing/raw-http.ts';

const METRICS_TOKEN = 'metrics-token-for-the-edge-test-0123456789';

let db: Database;
let adminDir: string;
let server: TestServer;
beforeAll(async () => {
  adminDir = mkdtempSync(join(tmpdir(), 'pilar-edge-'));
  mkdirSync(join(adminDir, 'assets', 'nested'), { recursive: true });
  writeFileSync(join(adminDir, 'index.html'), '<!doctype html><title>Pilar</title><script type="module" src="/assets/app-Ab12Cd34.js"></script>');
  writeFileSync(join(adminDir, 'assets', 'app-Ab12Cd34.js'), 'console.log("panel")');
  writeFileSync(join(adminDir, 'assets', 'nested', 'chunk-Zz99.js'), 'export {}');
  writeFileSync(join(adminDir, '.env'), 'SECRET=do-not-serve');
  writeFileSync(join(adminDir, 'assets', '.hidden.js'), 'secret');
  db = await openTestDatabase();
  server = await startTestServer(db, { adminDir, metricsToken: METRICS_TOKEN });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
  rmSync(adminDir, { recursive: true, force: true });
});

const get = (path: string, headers: [string, string][] = []) => rawRequest(server.port, requestBytes('GET', path, headers));

async function expectHealthy(target: TestServer = server) {
  const health = await rawRequest(target.port, requestBytes('GET', '/health'));
  expect(health.status).toBe(200);
}

describe('no request stops the server', () => {
  it('answers GET /%E0%A4%A with 400 and keeps serving', async () => {
    const reply = await get('/%E0%A4%A');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).errors[0].extensions.code).toBe('BAD_REQUEST');
    await expectHealthy();
  });

  it('answers every malformed request target with 400, on every route', async () => {
    for (const target of ['/metrics%E0', '/graphql%', '/assets/%E0', '/%', '/%zz', '/health%C0%AF', '/ready%E0%A4', '/%00', '/assets/app-Ab12Cd34.js%00', 'http://evil.example/graphql', '*', 'graphql']) {
      const reply = await get(target);
      expect(reply.status, target).toBe(400);
    }
    // A Host that makes no URL: Yoga would have answered 500 with its stack.
    for (const host of ['[::1]:99999', 'a b', 'x:y:z']) {
      const reply = await rawRequest(server.port, `POST /graphql HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
      expect(reply.status, host).toBe(400);
      expect(reply.body, host).not.toMatch(/\n\s+at |TypeError/);
    }
    const indonesian = await get('/%E0%A4%A', [['Accept-Language', 'id']]);
    expect(JSON.parse(indonesian.body).errors[0].message).toMatch(/Path permintaan atau header Host tidak sah/);
    await expectHealthy();
  });

  it("answers requests node's parser refuses (clientError) with 400 or 431, and keeps serving", async () => {
    expect((await rawRequest(server.port, 'HELLO\r\n\r\n')).status).toBe(400);
    expect((await rawRequest(server.port, 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab')).status).toBe(400);
    expect((await rawRequest(server.port, 'GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n')).status).toBe(400);
    expect((await rawRequest(server.port, requestBytes('GET', '/', [['X-Huge', 'a'.repeat(100_000)]]))).status).toBe(431);
    await expectHealthy();
  });

  it("answers CONNECT with 405 and closes the connection, even while the client is still sending", async () => {
    const reply = await rawRequest(server.port, `CONNECT /assets/app-Ab12Cd34.js HTTP/1.1\r\nHost: x\r\nContent-Length: 300000\r\n\r\n${'x'.repeat(300_000)}`);
    expect(reply.status).toBe(405);
    await expectHealthy();
  });

  it('answers odd methods with 405 or a 4xx from the API, never 5xx', async () => {
    for (const method of ['PROPFIND', 'TRACE', 'get', 'BREW', 'DELETE', 'OPTIONS']) {
      for (const path of ['/', '/assets/app-Ab12Cd34.js', '/graphql', '/metrics', '/health']) {
        const reply = await rawRequest(server.port, requestBytes(method, path));
        // OPTIONS on Yoga's paths is a CORS preflight, which Yoga answers (204, no body).
        const preflight = method === 'OPTIONS' && (path === '/graphql' || path === '/metrics');
        expect(reply.status, `${method} ${path}`).toBeGreaterThanOrEqual(preflight ? 200 : 400);
        if (preflight) expect(reply.body).toBe('');
        expect(reply.status, `${method} ${path}`).toBeLessThan(500);
      }
    }
    await expectHealthy();
  });

  it('logs a handler that throws (sync or async), answers 500 without the error, and keeps serving', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({
      write: (chunk, _encoding, done) => {
        lines.push(String(chunk));
        done();
      },
    }));
    let mode: 'throw' | 'reject' = 'throw';
    const failing = await startTestServer(db, {
      logger,
      readiness: () => {
        if (mode === 'throw') throw new Error('readiness exploded: SELECT secret FROM users');
        return Promise.reject(new Error('readiness rejected: SELECT secret FROM users'));
      },
      metricsToken: METRICS_TOKEN,
      metrics: () => {
        throw new Error('metrics exploded');
      },
    });
    try {
      for (const m of ['throw', 'reject'] as const) {
        mode = m;
        const reply = await rawRequest(failing.port, requestBytes('GET', '/ready'));
        expect(reply.status, m).toBe(500);
        expect(JSON.parse(reply.body).errors[0]).toEqual({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
        expect(reply.body).not.toMatch(/SELECT|exploded|rejected|at /);
      }
      const metrics = await rawRequest(failing.port, requestBytes('GET', '/metrics', [['Authorization', `Bearer ${METRICS_TOKEN}`]]));
      expect(metrics.status).toBe(500);
      expect(metrics.body).not.toMatch(/exploded/);
      await expectHealthy(failing);
      const failures = lines.map((line) => JSON.parse(line) as { msg: string; err?: { message: string } }).filter((line) => line.msg === 'http handler failed');
      expect(failures.map((line) => line.err?.message)).toEqual([
        'readiness exploded: SELECT secret FROM users',
        'readiness rejected: SELECT secret FROM users',
        'metrics exploded',
      ]);
    } finally {
      await failing.close();
    }
  });
});

describe("the panel's files", () => {
  it('serves index.html at / and for client routes, revalidated every time', async () => {
    for (const path of ['/', '/beneficiaries', '/beneficiaries/12/show', '/index.html', '/assets']) {
      const reply = await get(path);
      expect(reply.status, path).toBe(200);
      expect(reply.body, path).toMatch(/<title>Pilar<\/title>/);
      expect(reply.headers['content-type'], path).toMatch(/^text\/html/);
      expect(reply.headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('serves hashed assets with a year-long immutable cache, and HEAD without a body', async () => {
    const reply = await get('/assets/app-Ab12Cd34.js');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('console.log("panel")');
    expect(reply.headers['content-type']).toMatch(/javascript/);
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/assets/nested/chunk-Zz99.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const head = await rawRequest(server.port, requestBytes('HEAD', '/assets/app-Ab12Cd34.js'));
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('answers a missing asset or file with 404, never with index.html', async () => {
    for (const path of ['/assets/missing-123.js', '/favicon.ico', '/assets/', '/assets/nested/', '/robots.txt']) {
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body, path).not.toMatch(/<title>/);
    }
  });

  it('serves no dotfile, lists no directory and refuses traversal', async () => {
    for (const path of ['/.env', '/assets/.hidden.js', '/%2eenv', '/assets/%2ehidden.js']) {
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body, path).not.toMatch(/SECRET|secret/);
    }
    for (const path of ['/../package.json', '/assets/../../package.json', '/..%2f..%2fpackage.json', '/assets/..%2f..%2f..%2fetc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..\\..\\package.json']) {
      const reply = await get(path);
      expect([403, 404], path).toContain(reply.status);
      expect(reply.body, path).not.toMatch(/"name"|root:/);
    }
    expect((await get('/assets/nested')).body).not.toMatch(/chunk-Zz99/);
  });

  it('answers ranges correctly and a nonsensical range with 416, not a 5xx', async () => {
    expect((await get('/assets/app-Ab12Cd34.js', [['Range', 'bytes=0-6']])).body).toBe('console');
    expect((await get('/assets/app-Ab12Cd34.js', [['Range', 'bytes=999-1000']])).status).toBe(416);
    for (const range of ['bytes=9-2', 'bytes=999-1000', 'bytes=abc', 'lines=1-2', 'bytes=-0', 'bytes=0-1,0-1,0-1']) {
      for (const path of ['/assets/app-Ab12Cd34.js', '/beneficiaries', '/']) {
        const reply = await get(path, [['Range', range]]);
        expect(reply.status, `${path} ${range}`).toBeLessThan(500);
        expect(reply.status, `${path} ${range}`).toBeGreaterThan(0);
      }
    }
  });

  it('refuses to write to the panel', async () => {
    const reply = await rawRequest(server.port, requestBytes('POST', '/', [['Content-Length', '2']], '{}'));
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });
});

describe('security headers', () => {
  it("sends the panel's Content-Security-Policy and the framing, referrer and sniffing headers on / and on an asset", async () => {
    for (const path of ['/', '/assets/app-Ab12Cd34.js', '/beneficiaries', '/assets/missing.js', '/%E0%A4%A']) {
      const { headers } = await get(path);
      expect(headers['content-security-policy'], path).toBe(
        "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data:;font-src 'self' data:;connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
      );
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['strict-transport-security'], path).toBeUndefined();
    }
  });

  it('keeps API answers out of frames and unsniffed', async () => {
    const reply = await rawRequest(server.port, requestBytes('POST', '/graphql', [['Content-Type', 'application/json'], ['Content-Length', '25']], '{"query":"{ me { id } }"}'));
    expect(reply.status).toBe(200);
    expect(reply.headers['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['content-type']).toMatch(/json/);
  });

  it("leaves development's GraphiQL (inline scripts) working, framed by no one", { timeout: 60_000 }, async () => {
    const development = await startTestServer(db, { development: true });
    try {
      // The page carries GraphiQL's whole bundle: several MB on a busy machine.
      const reply = await rawRequest(development.port, requestBytes('GET', '/graphql', [['Accept', 'text/html']]), { timeoutMs: 50_000 });
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toMatch(/^text\/html/);
      expect(reply.body).toMatch(/<script/);
      expect(reply.headers['content-security-policy']).toBe("frame-ancestors 'none'");
      expect(reply.headers['x-frame-options']).toBe('DENY');
    } finally {
      await development.close();
    }
  });

  it('sends Strict-Transport-Security only when the request came over TLS (X-Forwarded-Proto behind TRUST_PROXY)', async () => {
    const proxied = await startTestServer(db, { adminDir, trustProxy: true });
    try {
      for (const path of ['/', '/graphql?query=%7B__typename%7D']) {
        expect((await rawRequest(proxied.port, requestBytes('GET', path, [['X-Forwarded-Proto', 'https']]))).headers['strict-transport-security'], path).toBe('max-age=31536000');
        expect((await rawRequest(proxied.port, requestBytes('GET', path, [['X-Forwarded-Proto', 'http']]))).headers['strict-transport-security'], path).toBeUndefined();
        expect((await rawRequest(proxied.port, requestBytes('GET', path))).headers['strict-transport-security'], path).toBeUndefined();
      }
    } finally {
      await proxied.close();
    }
    // Without TRUST_PROXY anyone can send the header: it proves nothing.
    expect((await get('/', [['X-Forwarded-Proto', 'https']])).headers['strict-transport-security']).toBeUndefined();
  });
});

describe('/metrics', () => {
  const metrics = (target: TestServer, authorization?: string) =>
    rawRequest(target.port, requestBytes('GET', '/metrics', authorization === undefined ? [] : [['Authorization', authorization]]));

  it('answers only Authorization: Bearer METRICS_TOKEN, over HTTP and through app.fetch', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${METRICS_TOKEN}x`, `Basic ${METRICS_TOKEN}`, METRICS_TOKEN, 'Bearer ']) {
      const reply = await metrics(server, authorization);
      expect(reply.status, authorization).toBe(401);
      expect(reply.headers['www-authenticate']).toBe('Bearer realm="metrics"');
      expect(reply.body).not.toMatch(/graphql_/);
    }
    for (const authorization of [`Bearer ${METRICS_TOKEN}`, `bearer  ${METRICS_TOKEN} `]) {
      const reply = await metrics(server, authorization);
      expect(reply.status).toBe(200);
      expect(reply.body).toMatch(/graphql_yoga_http_duration|graphql_envelop_request/);
    }
    const app = createApp({ db, development: false, metricsToken: METRICS_TOKEN });
    expect((await app.fetch('http://pilar.test/metrics')).status).toBe(401);
    expect((await app.fetch('http://pilar.test/metrics', { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    expect((await app.fetch('http://pilar.test/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(200);
  });

  it('is off (404) without METRICS_TOKEN, over HTTP and through app.fetch', async () => {
    const off = await startTestServer(db, { metricsToken: null });
    try {
      for (const authorization of [undefined, 'Bearer anything', `Bearer ${METRICS_TOKEN}`]) expect((await metrics(off, authorization)).status).toBe(404);
    } finally {
      await off.close();
    }
    const app = createApp({ db, development: false, metricsToken: null });
    expect((await app.fetch('http://pilar.test/metrics', { headers: { authorization: 'Bearer anything' } })).status).toBe(404);
  });

  it("gates a cluster worker's metrics (http.ts's own branch) the same way", async () => {
    const source = async () => ({ contentType: 'text/plain; version=0.0.4', text: 'pilar_cluster_metric 1\n' });
    const worker = await startTestServer(db, { metricsToken: METRICS_TOKEN, metrics: source });
    const workerOff = await startTestServer(db, { metricsToken: null, metrics: source });
    try {
      expect((await metrics(worker)).status).toBe(401);
      expect((await metrics(worker, 'Bearer wrong')).status).toBe(401);
      const allowed = await metrics(worker, `Bearer ${METRICS_TOKEN}`);
      expect(allowed.status).toBe(200);
      expect(allowed.body).toBe('pilar_cluster_metric 1\n');
      expect((await metrics(workerOff, `Bearer ${METRICS_TOKEN}`)).status).toBe(404);
    } finally {
      await worker.close();
      await workerOff.close();
    }
  });
});

describe('rate limits count the parsed credential', () => {
  const me = '{"query":"{ me { id } }"}';
  const post = (target: TestServer, headers: [string, string][]) =>
    rawRequest(target.port, requestBytes('POST', '/graphql', [['Content-Type', 'application/json'], ['Content-Length', String(me.length)], ...headers], me));

  it('puts Bearer tok, Bearer␠␠tok, bearer tok and Bearer tok␠ in one bucket', async () => {
    const limited = await startTestServer(db, { rateLimits: { perIp: 1e9, perCredential: 3 } });
    try {
      const statuses = [];
      for (const authorization of ['Bearer tok-edge', 'Bearer  tok-edge', 'bearer tok-edge', 'Bearer tok-edge ']) statuses.push((await post(limited, [['Authorization', authorization]])).status);
      // The token is not a real one (UNAUTHENTICATED, in a 200), but it is counted before it is looked up.
      expect(statuses).toEqual([200, 200, 200, 429]);
      // Another token has a bucket of its own.
      expect((await post(limited, [['Authorization', 'Bearer other-tok-edge']])).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('puts one session cookie in one bucket whatever cookies surround it', async () => {
    const limited = await startTestServer(db, { rateLimits: { perIp: 1e9, perCredential: 3 } });
    try {
      const secret = 'pilar_s_not-a-real-session-edge';
      const statuses = [];
      for (const cookie of [`${SESSION_COOKIE}=${secret}`, `theme=dark; ${SESSION_COOKIE}=${secret}`, `${SESSION_COOKIE}=${secret}; lang=id; x=1`, `a=b;  ${SESSION_COOKIE}=${secret} ;c=d`]) {
        statuses.push((await post(limited, [['Cookie', cookie]])).status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});
