import type { PrismaClient } from '@pilar/db';

/**
 * A short-lived, per-process memory of credential lookups (sessions and API tokens with their
 * user and regions), keyed by the SHA-256 of the secret, so a busy client does not cost one
 * extra SQL statement per request.
 *
 * What it may remember is the stored row, never the verdict: expiry, revocation and the user's
 * state are re-checked against it on every request. It is emptied whenever something it holds
 * may have changed in this process: sign-out, token revocation, any change to a user or a
 * region (role, deactivation, a clerk's regions, a village moved to another district). Another
 * server process only learns of such a change when its entries expire, which bounds the delay
 * to AUTH_CACHE_TTL_MS (default 5 s; 0 turns the cache off).
 */
export interface CredentialCache<T> {
  /** The remembered row, if still fresh. */
  get(hash: string): T | undefined;
  /** Remembers a row read while `generation` was current (a row read before a change is dropped). */
  set(hash: string, value: T, generation: number): void;
  /** Changes on every `clear`: take it before reading, hand it back to `set`. */
  readonly generation: number;
  clear(): void;
}

const MAX_ENTRIES = 10_000;

function createCredentialCache<T>(ttlMs: number): CredentialCache<T> {
  const entries = new Map<string, { value: T; until: number }>();
  let generation = 0;
  return {
    get(hash) {
      const entry = entries.get(hash);
      if (!entry) return undefined;
      if (entry.until <= Date.now()) {
        entries.delete(hash);
        return undefined;
      }
      return entry.value;
    },
    set(hash, value, readAt) {
      // A lookup that started before a change finished after it: its row may be stale.
      if (ttlMs <= 0 || readAt !== generation) return;
      if (entries.size >= MAX_ENTRIES) entries.clear();
      entries.set(hash, { value, until: Date.now() + ttlMs });
    },
    get generation() {
      return generation;
    },
    clear() {
      generation += 1;
      entries.clear();
    },
  };
}

// One cache per database client: tests run many apps on many databases in one process.
const caches = new WeakMap<PrismaClient, CredentialCache<unknown>>();

export function credentialCache<T>(prisma: PrismaClient): CredentialCache<T> {
  let cache = caches.get(prisma);
  if (!cache) {
    cache = createCredentialCache(Number(process.env.AUTH_CACHE_TTL_MS ?? 5_000));
    caches.set(prisma, cache);
  }
  return cache as CredentialCache<T>;
}

/** Forgets every remembered credential of this database; call after a change commits. */
export function forgetCredentials(prisma: PrismaClient): void {
  caches.get(prisma)?.clear();
}
