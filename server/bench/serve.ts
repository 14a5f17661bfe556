// The measured servers, in a process of their own so the load generator does not share their
// event loop: the real Pilar server (createApp + the production HTTP handler) and the
// hand-written baseline, each on a free port of 127.0.0.1, on the same database. Started by
// run.ts with `fork`; reports its ports over IPC.
//
// With `workers` > 1 (PostgreSQL only) Pilar runs as deployed with PILAR_WORKERS: this process
// is the cluster's primary (holding the rate-limit counts, src/cluster.ts) and serves the
// baseline, and the workers serve Pilar on one shared port.
//
// Bench-only additions: GET /__bench/statements on either port answers how many SQL statements
// that side has sent so far (Pilar: Prisma's query events, as `db.statements.count`, summed
// over the workers; baseline: its own counter); GET /__bench/aggregate-cache?ttl=N sets the
// dashboard cache's lifetime (in every worker). The production server has neither.
import cluster, { type Worker } from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { Session } from 'node:inspector';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '@pilar/db';
import pg from 'pg';
import { createApp } from '../src/app.ts';
import { createHttpHandler } from '../src/http.ts';
import { holdClusterRateLimits } from '../src/lib/rate-limiter.ts';
import { createBaselineHandler, pgliteRunner, pgRunner, type SqlRunner } from './baseline.ts';

export interface ServeOptions {
  kind: 'postgres' | 'pglite';
  /** PostgreSQL URL or PGlite data folder. */
  target: string;
  poolSize: number;
  /** Pilar server processes (PILAR_WORKERS); 1 unless given. */
  workers?: number;
}

export interface ServeReady {
  pilarPort: number;
  baselinePort: number;
}

/** Messages between the primary and the workers (bench only). */
type BenchMessage =
  | { bench: 'statements'; id: string }
  | { bench: 'count'; id: string }
  | { bench: 'counted'; id: string; count: number }
  | { bench: 'total'; id: string; count: number }
  | { bench: 'ttl'; ttl: string };

const isBench = (message: unknown): message is BenchMessage => !!message && typeof message === 'object' && 'bench' in message;

function withBenchEndpoints(count: () => Promise<number>, setTtl: (ttl: string) => void, handler: (req: IncomingMessage, res: ServerResponse) => void) {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/__bench/statements') {
      void count().then((n) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ count: n }));
      });
      return;
    }
    // Turns the dashboard result cache (src/lib/read-cache.ts) off and on, to measure both.
    const ttl = req.url?.match(/^\/__bench\/aggregate-cache\?ttl=(\d+)$/)?.[1];
    if (ttl !== undefined) {
      setTtl(ttl);
      res.writeHead(204);
      return res.end();
    }
    handler(req, res);
  };
}

const setLocalTtl = (ttl: string) => {
  process.env.AGGREGATE_CACHE_TTL_MS = ttl;
};

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

const options = JSON.parse(process.argv[2]!) as ServeOptions;
const workers = options.workers ?? 1;
if (workers > 1 && options.kind !== 'postgres') throw new Error('several Pilar processes need PostgreSQL');

/** The Pilar server of this process (the only one, or one worker of several). */
async function startPilar() {
  const db = await openDatabase(options.kind === 'postgres' ? { url: options.target, migrate: false, poolSize: options.poolSize } : { pglite, migrate: false });
  // Production settings; only the rate limits are lifted (a load generator is one client).
  const app = createApp({ db, development: false, rateLimits: { perIp: 1e9, perCredential: 1e9 } });
  const count = cluster.isWorker ? askPrimaryForStatements : async () => db.statements.count;
  const setTtl = cluster.isWorker ? (ttl: string) => process.send!({ bench: 'ttl', ttl } satisfies BenchMessage) : setLocalTtl;
  const server = createServer(withBenchEndpoints(count, setTtl, createHttpHandler({ app, adminDir: null, readiness: () => db.readiness() })));
  // Keep-alive connections from the load generator must not be cut between runs.
  server.keepAliveTimeout = 60_000;
  if (cluster.isWorker) {
    process.on('message', (message: unknown) => {
      if (!isBench(message)) return;
      if (message.bench === 'count') process.send!({ bench: 'counted', id: message.id, count: db.statements.count } satisfies BenchMessage);
      if (message.bench === 'ttl') setLocalTtl(message.ttl);
    });
  }
  return { db, server, port: await listen(server) };
}

/** In a worker: every worker's statement count, summed by the primary. */
function askPrimaryForStatements(): Promise<number> {
  return new Promise((resolve) => {
    const id = randomUUID();
    const listener = (message: unknown) => {
      if (isBench(message) && message.bench === 'total' && message.id === id) {
        process.off('message', listener);
        resolve(message.count);
      }
    };
    process.on('message', listener);
    process.send!({ bench: 'statements', id } satisfies BenchMessage);
  });
}

/** In the primary: answers the workers' bench messages. */
function relayBenchMessages(worker: Worker) {
  worker.on('message', (message: unknown) => {
    if (!isBench(message)) return;
    const all = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    if (message.bench === 'ttl') for (const w of all) w.send(message);
    if (message.bench === 'statements') {
      let total = 0;
      let left = all.length;
      const collect = (answer: unknown) => {
        if (!isBench(answer) || answer.bench !== 'counted' || answer.id !== message.id) return;
        total += answer.count;
        if (--left === 0) {
          for (const w of all) w.off('message', collect);
          worker.send({ bench: 'total', id: message.id, count: total } satisfies BenchMessage);
        }
      };
      for (const w of all) {
        w.on('message', collect);
        w.send({ bench: 'count', id: message.id } satisfies BenchMessage);
      }
    }
  });
}

let pglite: PGlite | undefined;
if (options.kind === 'pglite') pglite = new PGlite(options.target);

if (cluster.isWorker) {
  const { db, server } = await startPilar();
  process.on('disconnect', () => {
    server.close();
    server.closeAllConnections();
    void db.close().then(() => process.exit(0));
  });
} else {
  let pilar: Awaited<ReturnType<typeof startPilar>> | undefined;
  let pilarPort: number;
  if (workers > 1) {
    holdClusterRateLimits();
    pilarPort = await new Promise<number>((resolve) => {
      let listening = 0;
      cluster.on('listening', (_worker, address) => {
        if (++listening === workers) resolve(address.port);
      });
      for (let i = 0; i < workers; i++) relayBenchMessages(cluster.fork());
    });
  } else {
    pilar = await startPilar();
    pilarPort = pilar.port;
  }

  let sql: SqlRunner;
  let baselinePool: pg.Pool | undefined;
  if (pglite) {
    sql = pgliteRunner(pglite);
  } else {
    baselinePool = new pg.Pool({ connectionString: options.target, max: options.poolSize });
    sql = pgRunner(baselinePool);
  }
  const baseline = createServer(withBenchEndpoints(async () => sql.statements, setLocalTtl, createBaselineHandler(sql)));
  baseline.keepAliveTimeout = 60_000;

  const ready: ServeReady = { pilarPort, baselinePort: await listen(baseline) };
  process.send?.({ ready });

  const stop = async () => {
    for (const server of [pilar?.server, baseline]) {
      server?.close();
      server?.closeAllConnections();
    }
    for (const worker of Object.values(cluster.workers ?? {})) worker?.disconnect();
    await baselinePool?.end();
    await pilar?.db.close();
    process.exit(0);
  };

  // Profiling (profile.ts): V8's sampling profiler over the measured window only, not start-up;
  // a single Pilar process only.
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
}
