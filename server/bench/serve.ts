// The measured servers, in a process of their own so the load generator does not share their
// event loop: the real Pilar server (createApp + the production HTTP handler) and the
// hand-written baseline, each on a free port of 127.0.0.1, on the same database. Started by
// run.ts with `fork`; reports its ports over IPC.
//
// Bench-only additions: GET /__bench/statements on either port answers how many SQL statements
// that side has sent so far (Pilar: Prisma's query events, as `db.statements.count`; baseline:
// its own counter); GET /__bench/aggregate-cache?ttl=N sets the dashboard cache's lifetime.
// The production server has neither.
import { Session } from 'node:inspector';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '@pilar/db';
import pg from 'pg';
import { createApp } from '../src/app.ts';
import { createHttpHandler } from '../src/http.ts';
import { createBaselineHandler, pgliteRunner, pgRunner, type SqlRunner } from './baseline.ts';

export interface ServeOptions {
  kind: 'postgres' | 'pglite';
  /** PostgreSQL URL or PGlite data folder. */
  target: string;
  poolSize: number;
}

export interface ServeReady {
  pilarPort: number;
  baselinePort: number;
}

function withStatements(count: () => number, handler: (req: IncomingMessage, res: ServerResponse) => void) {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/__bench/statements') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ count: count() }));
    }
    // Turns the dashboard result cache (src/lib/read-cache.ts) off and on, to measure both.
    const ttl = req.url?.match(/^\/__bench\/aggregate-cache\?ttl=(\d+)$/)?.[1];
    if (ttl !== undefined) {
      process.env.AGGREGATE_CACHE_TTL_MS = ttl;
      res.writeHead(204);
      return res.end();
    }
    handler(req, res);
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

const options = JSON.parse(process.argv[2]!) as ServeOptions;
let pglite: PGlite | undefined;
let baselinePool: pg.Pool | undefined;
if (options.kind === 'pglite') pglite = new PGlite(options.target);
const db = await openDatabase(options.kind === 'postgres' ? { url: options.target, migrate: false, poolSize: options.poolSize } : { pglite, migrate: false });

// Production settings; only the rate limits are lifted (a load generator is one client).
const app = createApp({ db, development: false, rateLimits: { perIp: 1e9, perCredential: 1e9 } });
const pilar = createServer(withStatements(() => db.statements.count, createHttpHandler(app, null, () => db.readiness())));

let sql: SqlRunner;
if (pglite) {
  sql = pgliteRunner(pglite);
} else {
  baselinePool = new pg.Pool({ connectionString: options.target, max: options.poolSize });
  sql = pgRunner(baselinePool);
}
const baseline = createServer(withStatements(() => sql.statements, createBaselineHandler(sql)));
// Keep-alive connections from the load generator must not be cut between runs.
for (const server of [pilar, baseline]) server.keepAliveTimeout = 60_000;

const ready: ServeReady = { pilarPort: await listen(pilar), baselinePort: await listen(baseline) };
process.send?.({ ready });

async function stop() {
  pilar.close();
  baseline.close();
  pilar.closeAllConnections();
  baseline.closeAllConnections();
  await baselinePool?.end();
  await db.close();
  process.exit(0);
}
// Profiling (profile.ts): V8's sampling profiler over the measured window only, not start-up.
const profiler = new Session();
profiler.connect();
const post = (method: string, params?: object) =>
  new Promise<unknown>((resolve, reject) => profiler.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));

process.on('message', (message) => {
  if (message === 'stop') void stop();
  if (message === 'profile:start') void post('Profiler.enable').then(() => post('Profiler.setSamplingInterval', { interval: 200 })).then(() => post('Profiler.start')).then(() => process.send?.({ profiling: true }));
  if (message === 'profile:stop') void post('Profiler.stop').then((result) => process.send?.({ profile: (result as { profile: unknown }).profile }));
});
process.on('disconnect', () => void stop());
