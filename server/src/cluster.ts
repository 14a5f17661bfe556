// Several server processes on one port (PILAR_WORKERS > 1, PostgreSQL only). One Node process
// uses one core; with Node's cluster module the primary forks workers that all listen on the
// same port, and Linux hands each new connection to the next worker. The primary itself
// serves nothing: it migrates and seeds before forking (index.ts), keeps the rate-limit counts
// of all workers (lib/rate-limiter.ts), gathers /metrics from every worker, replaces a worker
// that dies, and stops them all on SIGINT/SIGTERM.
//
// What stays per worker, and why that is safe: remembered credentials (auth/credential-cache.ts,
// 5 s), dashboard results (lib/read-cache.ts, 2 s) and persisted saved queries
// (modules/saved-query/persisted.ts) are each forgotten at once by the worker that made a
// change and within their lifetime by the others — the same bound that holds between servers
// on different machines.
import cluster, { type Worker } from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { AggregatorRegistry } from 'prom-client';
import { holdClusterRateLimits } from './lib/rate-limiter.ts';

const METRICS = 'pilar:metrics';
/** More restarts than this within a minute means the workers cannot run: stop rather than spin. */
const MAX_RESTARTS_PER_MINUTE = 10;

interface MetricsMessage {
  type: typeof METRICS;
  id: string;
  text?: string;
  contentType?: string;
  error?: string;
}

const isMetricsMessage = (message: unknown): message is MetricsMessage =>
  !!message && typeof message === 'object' && (message as { type?: unknown }).type === METRICS;

/** In the primary: forks `workers` server processes and looks after them. */
export function runPrimary(workers: number, onReady: (port: number) => void): void {
  holdClusterRateLimits();
  const registry = new AggregatorRegistry();
  let stopping = false;
  let ready = false;
  const restarts: number[] = [];

  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.on('message', (message: unknown) => {
      if (!isMetricsMessage(message)) return;
      registry.clusterMetrics().then(
        (text) => worker.send({ type: METRICS, id: message.id, text, contentType: registry.contentType } satisfies MetricsMessage),
        (error: unknown) => worker.send({ type: METRICS, id: message.id, error: String(error) } satisfies MetricsMessage),
      );
    });
    return worker;
  };

  cluster.on('listening', (_worker, address) => {
    const listening = Object.values(cluster.workers ?? {}).length;
    if (!ready && listening === workers) {
      ready = true;
      onReady(address.port);
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const now = Date.now();
    restarts.push(now);
    while (restarts[0]! < now - 60_000) restarts.shift();
    console.error(`Worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another.`);
    if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
      console.error(`Workers exited ${restarts.length} times within a minute: stopping.`);
      process.exit(1);
    }
    fork();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    console.log(`${signal}: closing ${running.length} workers`);
    let left = running.length;
    if (left === 0) process.exit(0);
    for (const worker of running) {
      worker.once('exit', () => {
        if (--left === 0) process.exit(0);
      });
      worker.process.kill(signal);
    }
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  for (let i = 0; i < workers; i++) fork();
}

/**
 * In a worker, once: answer the primary's requests for this process's metrics (prom-client
 * installs that listener when an AggregatorRegistry is made).
 */
export function shareMetricsWithPrimary(): void {
  new AggregatorRegistry();
}

/** In a worker: the whole server's Prometheus metrics, gathered by the primary from every worker. */
export function clusterMetrics(): Promise<{ contentType: string; text: string }> {
  return new Promise((resolve, reject) => {
    const id = randomUUID();
    const timer = setTimeout(() => {
      process.off('message', listener);
      reject(new Error('the primary did not answer with metrics within 5 s'));
    }, 5_000);
    const listener = (message: unknown) => {
      if (!isMetricsMessage(message) || message.id !== id) return;
      clearTimeout(timer);
      process.off('message', listener);
      if (message.error || message.text === undefined) reject(new Error(message.error ?? 'no metrics'));
      else resolve({ contentType: message.contentType ?? 'text/plain', text: message.text });
    };
    process.on('message', listener);
    process.send!({ type: METRICS, id } satisfies MetricsMessage);
  });
}
