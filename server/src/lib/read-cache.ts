import type { Database } from '@pilar/db';
import type { Context } from '../context.ts';

/**
 * Results of expensive read-only statements (dashboard aggregates over the whole registry: a
 * million rows take a few hundred milliseconds of CPU each time), shared by identical requests.
 *
 * - Identical requests in flight together wait for one computation (16 dashboards polling at
 *   once cost one statement, not 16).
 * - A result is forgotten as soon as any change to the registry commits in this process
 *   (crud.ts calls registryChanged), so a clerk's save shows on the next dashboard load.
 * - Changes this process cannot see (another server process, the data generator, SQL typed by
 *   hand) show within AGGREGATE_CACHE_TTL_MS (default 2 s; 0 turns the cache off). A result
 *   older than that is recomputed in the background while requests within one more TTL still
 *   get the previous one, so a dashboard polled all day never waits for the recomputation;
 *   one asked for after a longer pause waits for a fresh result.
 * - The key is the statement itself with its parameters, which carry the caller's filter and
 *   region scope; role-specific shaping (small-group suppression) happens after the cache.
 * - Only reads from the primary are kept: a replica is already behind by its replication lag,
 *   and keeping its answer would add the TTL to that.
 */
interface Entry {
  value: Promise<unknown>;
  /** When the computation started. */
  at: number;
  /** The computation has finished (successfully). */
  done?: boolean;
  /** A recomputation is under way. */
  refreshing?: boolean;
}

interface Cache {
  entries: Map<string, Entry>;
}

const MAX_ENTRIES = 500;
const caches = new WeakMap<Database, Cache>();

function ttl(): number {
  return Number(process.env.AGGREGATE_CACHE_TTL_MS ?? 2_000);
}

function cacheOf(db: Database): Cache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { entries: new Map() };
    caches.set(db, cache);
  }
  return cache;
}

export function cachedRead<T>(ctx: Context, key: string, compute: () => Promise<T>): Promise<T> {
  const keep = ttl();
  if (keep <= 0 || ctx.reader !== ctx.db.prisma) return compute();
  const { entries } = cacheOf(ctx.db);
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && now - hit.at < keep) return hit.value as Promise<T>;
  if (hit && now - hit.at < 2 * keep) {
    if (hit.done && !hit.refreshing) {
      hit.refreshing = true;
      // Replaces the entry only if nothing cleared or replaced it meanwhile.
      void remember(entries, key, compute, now, hit).catch(() => {});
    }
    return hit.value as Promise<T>;
  }
  if (entries.size >= MAX_ENTRIES) entries.clear();
  return remember(entries, key, compute, now);
}

function remember<T>(entries: Map<string, Entry>, key: string, compute: () => Promise<T>, now: number, replacing?: Entry): Promise<T> {
  const value = compute();
  const entry: Entry = { value, at: now };
  if (replacing) {
    // Keep serving the previous result until the new one is there.
    void value.then(
      () => {
        entry.done = true;
        if (entries.get(key) === replacing) entries.set(key, entry);
      },
      () => {
        replacing.refreshing = false;
      },
    );
    return value;
  }
  entries.set(key, entry);
  // A failure is not remembered: the next request tries again.
  value.then(
    () => {
      entry.done = true;
    },
    () => {
      if (entries.get(key) === entry) entries.delete(key);
    },
  );
  return value;
}

/** Forgets every kept result of this database; call after a change to the registry commits. */
export function registryChanged(db: Database): void {
  caches.get(db)?.entries.clear();
}
