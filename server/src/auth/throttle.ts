import type { RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimiter } from '../lib/rate-limiter.ts';

/**
 * Failed sign-ins are limited per username (5 in 15 minutes) and per client address (20 in
 * 15 minutes), counted for the whole server (lib/rate-limiter.ts). A success clears the
 * username's count.
 */
export function createSignInThrottle(options = { perUser: 5, perIp: 20, windowSeconds: 15 * 60 }) {
  const byUser = rateLimiter({ keyPrefix: 'sign-in-user', points: options.perUser, duration: options.windowSeconds });
  const byIp = rateLimiter({ keyPrefix: 'sign-in-ip', points: options.perIp, duration: options.windowSeconds });

  const blockedFor = (res: RateLimiterRes | null, limit: number) =>
    res && res.consumedPoints >= limit ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;

  return {
    /** Seconds until the next attempt is allowed, or 0 if it is allowed now. */
    async retryAfter(username: string, ip: string): Promise<number> {
      const [user, address] = await Promise.all([byUser.get(username.toLowerCase()), byIp.get(ip)]);
      return Math.max(blockedFor(user, options.perUser), blockedFor(address, options.perIp));
    },
    async failed(username: string, ip: string): Promise<void> {
      await Promise.all([byUser.penalty(username.toLowerCase(), 1), byIp.penalty(ip, 1)]);
    },
    async succeeded(username: string): Promise<void> {
      await byUser.delete(username.toLowerCase());
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
