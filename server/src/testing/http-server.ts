// The real server in-process on a free port (createApp + the production HTTP handler), for tests
// that need real HTTP: status codes, raw bodies, connections cut mid-request.
import type { Server } from 'node:http';
import type { Database } from '@pilar/db';
import { createApp } from '../app.ts';
import type { Logger } from 'pino';
import { createHttpServer, type HttpOptions } from '../http.ts';
import type { RateLimits } from '../lib/request-limits.ts';
import { TEST_PASSWORD, type TestUser } from './users.ts';

export interface HttpReply {
  status: number;
  body: any;
  /** Milliseconds from sending to the full answer. */
  ms: number;
}

export interface TestServer {
  url: string;
  port: number;
  /** POSTs a GraphQL operation as JSON; `cookie` signs it in. */
  graphql(query: string, variables?: Record<string, unknown>, cookie?: string): Promise<HttpReply>;
  /** POSTs raw bytes to /graphql with the given headers. */
  raw(body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string>): Promise<HttpReply>;
  /** Signs in through the `login` mutation; returns the session cookie. */
  login(user: TestUser): Promise<string>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  development?: boolean;
  logger?: Logger;
  /** A built admin (or a folder with an index.html) to serve at /. */
  adminDir?: string | null;
  trustProxy?: boolean;
  metricsToken?: string | null;
  rateLimits?: RateLimits;
  /** In place of the database's readiness check (to make /ready fail). */
  readiness?: HttpOptions['readiness'];
  /** A cluster worker's metrics source (http.ts's own /metrics branch). */
  metrics?: HttpOptions['metrics'];
}

export async function startTestServer(
  db: Database,
  { development = false, logger, adminDir = null, trustProxy = false, metricsToken = null, rateLimits, readiness, metrics }: TestServerOptions = {},
): Promise<TestServer> {
  // Production settings (masked errors, no GraphiQL) and the production HTTP server; a load
  // test is one client, so the rate limits are lifted unless a test sets them.
  const app = createApp({ db, development, trustProxy, metricsToken, rateLimits: rateLimits ?? { perIp: 1e9, perCredential: 1e9 }, ...(logger ? { logger } : {}) });
  const server: Server = createHttpServer({
    app,
    adminDir,
    readiness: readiness ?? (() => db.readiness()),
    ...(metrics ? { metrics } : {}),
    metricsToken,
    trustProxy,
    ...(logger ? { logger } : {}),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const raw = async (body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string>): Promise<HttpReply> => {
    const started = performance.now();
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed, ms: performance.now() - started };
  };
  const graphql = (query: string, variables: Record<string, unknown> = {}, cookie?: string) =>
    raw(JSON.stringify({ query, variables }), { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) });

  return {
    url,
    port: Number(new URL(url).port),
    graphql,
    raw,
    async login(user) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', variables: { u: user, p: TEST_PASSWORD } }),
      });
      const cookie = response.headers.get('set-cookie')?.split(';')[0];
      if (!cookie) throw new Error(`login as ${user} failed: ${await response.text()}`);
      return cookie;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
