import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { rateLimiter } from '../lib/rate-limiter.ts';

/** Which limit refused a sign-in attempt (recorded in the audit trail, LOGIN_THROTTLED). */
export type SignInLimit = 'username-address' | 'address' | 'username';

export interface SignInRefusal {
  limit: SignInLimit;
  retryAfterSeconds: number;
}

export interface SignInAttempt {
  /** Set when the attempt may not check a password at all. */
  refused: SignInRefusal | null;
  /** The password was right: give back what this attempt took from the counters. */
  succeeded(): Promise<void>;
}

export interface SignInThrottleOptions {
  /** Attempts per (username, client address) in `windowSeconds`. */
  perUsernameAddress: number;
  /** Attempts per client address, whatever the username, in `windowSeconds`. */
  perAddress: number;
  windowSeconds: number;
  /** Attempts per username from addresses its owner has not signed in from, before back-off. */
  usernameFree: number;
  /** How long the username-wide count lasts from its first attempt. */
  usernameWindowSeconds: number;
  /** The first wait of the username-wide back-off; each further attempt doubles it. */
  backoffBaseSeconds: number;
  /** The longest wait the username-wide back-off imposes between two attempts. */
  maxBackoffSeconds: number;
}

export const SIGN_IN_LIMITS: SignInThrottleOptions = {
  perUsernameAddress: 5,
  perAddress: 20,
  windowSeconds: 15 * 60,
  usernameFree: 10,
  usernameWindowSeconds: 60 * 60,
  backoffBaseSeconds: 1,
  maxBackoffSeconds: 15 * 60,
};

/** A limiter's refusal (a RateLimiterRes, or its copy sent over IPC by the cluster limiter). */
function refusalOf(error: unknown): { msBeforeNext: number } | null {
  if (error instanceof Error || typeof error !== 'object' || error === null) return null;
  const ms = (error as { msBeforeNext?: unknown }).msBeforeNext;
  return typeof ms === 'number' ? { msBeforeNext: ms } : null;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Takes a point; null if taken, the refusal otherwise. A broken store is an error, not a pass. */
async function take(limiter: RateLimiterAbstract, key: string, options?: { customDuration: number }) {
  try {
    const res = await limiter.consume(key, 1, options);
    return { taken: true as const, consumedPoints: res.consumedPoints };
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    return { taken: false as const, msBeforeNext: refusal.msBeforeNext };
  }
}

/**
 * Sign-in protection, counted for the whole server (lib/rate-limiter.ts). Every attempt takes
 * its points atomically before the password is checked, so parallel attempts cannot all slip
 * in under a limit:
 *
 * - per (username, client address): 5 in 15 minutes, and per client address: 20 in 15
 *   minutes. A success clears its (username, address) count and gives back its point to the
 *   address, so the limits count failures.
 * - per username, only from addresses its owner has not signed in from lately (the caller
 *   decides): 10 attempts an hour, then exponential back-off (one attempt, then a wait of
 *   1 s, 2 s, 4 s … up to 15 minutes before the next). An attempt the back-off refuses is not
 *   counted against the username or the (username, address) pair. A stranger can slow
 *   sign-ins to an account from new places, never lock its owner out of the places they work
 *   from.
 */
export function createSignInThrottle(options: SignInThrottleOptions = SIGN_IN_LIMITS) {
  const byPair = rateLimiter({ keyPrefix: 'sign-in-user-ip', points: options.perUsernameAddress, duration: options.windowSeconds });
  const byAddress = rateLimiter({ keyPrefix: 'sign-in-ip', points: options.perAddress, duration: options.windowSeconds });
  // Counts the username-wide attempts; it never refuses (the gate below does).
  const byUsername = rateLimiter({ keyPrefix: 'sign-in-user', points: Number.MAX_SAFE_INTEGER, duration: options.usernameWindowSeconds });
  // One attempt per back-off period: the first to take the point passes, the rest wait.
  const backoff = rateLimiter({ keyPrefix: 'sign-in-user-backoff', points: 1, duration: options.maxBackoffSeconds });

  const giveBack = (limiter: RateLimiterAbstract, key: string) => limiter.reward(key, 1).then(() => undefined);

  return {
    /**
     * Takes one attempt for `username` from `ip`. `fromKnownAddress` is asked only once the
     * per-address limits let the attempt through: whether the owner signed in from there lately.
     */
    async attempt(username: string, ip: string, fromKnownAddress: () => Promise<boolean>): Promise<SignInAttempt> {
      const name = username.toLowerCase();
      const pairKey = `${name}\n${ip}`;
      const [pair, address] = await Promise.all([take(byPair, pairKey), take(byAddress, ip)]);
      if (!pair.taken || !address.taken) {
        // Only what refused keeps the point: an attempt never checked costs nothing elsewhere.
        await Promise.all([pair.taken && giveBack(byPair, pairKey), address.taken && giveBack(byAddress, ip)]);
        const limit: SignInLimit = pair.taken ? 'address' : 'username-address';
        const wait = Math.max(pair.taken ? 0 : pair.msBeforeNext, address.taken ? 0 : address.msBeforeNext);
        return { refused: { limit, retryAfterSeconds: seconds(wait) }, succeeded: async () => {} };
      }

      let countedForUsername = false;
      if (!(await fromKnownAddress())) {
        const counted = await take(byUsername, name);
        countedForUsername = counted.taken;
        const over = counted.taken ? counted.consumedPoints - options.usernameFree : 0;
        if (over > 0) {
          const period = Math.min(options.maxBackoffSeconds, options.backoffBaseSeconds * 2 ** (over - 1));
          const gate = await take(backoff, name, { customDuration: period });
          if (!gate.taken) {
            // Refused before any check: the owner trying again from a new place keeps their
            // attempts; the address keeps its point, so spraying from it still runs out.
            await Promise.all([giveBack(byUsername, name), giveBack(byPair, pairKey)]);
            return { refused: { limit: 'username', retryAfterSeconds: seconds(gate.msBeforeNext) }, succeeded: async () => {} };
          }
        }
      }
      return {
        refused: null,
        // The person at this address knows the password: their earlier slips there are
        // forgiven. The address and the username count failures only (others share them).
        succeeded: async () => {
          await Promise.all([byPair.delete(pairKey), giveBack(byAddress, ip), countedForUsername && giveBack(byUsername, name)]);
        },
      };
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
