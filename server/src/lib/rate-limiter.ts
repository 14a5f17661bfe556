import cluster from 'node:cluster';
import { RateLimiterCluster, RateLimiterClusterMaster, RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface LimiterOptions {
  /** Unique per limiter: in a cluster the primary keeps one store per prefix. */
  keyPrefix: string;
  points: number;
  /** Seconds. */
  duration: number;
}

/**
 * A rate limiter whose counts are the server's, not one process's: in-process on a single
 * server process; with several worker processes (PILAR_WORKERS, see cluster.ts) the counts live
 * in the primary and each worker asks it over IPC (rate-limiter-flexible's cluster limiter), so
 * a limit of 600 a minute stays 600 however many workers share the port.
 */
export function rateLimiter(options: LimiterOptions): RateLimiterAbstract {
  return cluster.isWorker ? new RateLimiterCluster({ ...options, timeoutMs: 2_000 }) : new RateLimiterMemory(options);
}

/** In the primary of a cluster: holds the workers' limiter counts. Call once, before forking. */
export function holdClusterRateLimits(): void {
  new RateLimiterClusterMaster();
}
