import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { clientAddress, credentialKey, parseCredentials } from '../auth/credentials.ts';
import { sha256 } from '../auth/secrets.ts';
import { messages, type Text } from './messages.ts';
import { rateLimiter } from './rate-limiter.ts';
import type { Locale } from './localized-errors.ts';
import { requestLocale } from './localized-errors.ts';

export const MAX_BODY_BYTES = 1_000_000;

export interface RateLimits {
  /** Requests per minute from one address. */
  perIp: number;
  /** Requests per minute with one session or token. */
  perCredential: number;
}

/** Defaults: generous for a clerk's panel and a polling dashboard; set lower or higher with env. */
export function rateLimitsFromEnv(env = process.env): RateLimits {
  return { perIp: Number(env.RATE_LIMIT_PER_IP ?? 1200), perCredential: Number(env.RATE_LIMIT_PER_USER ?? 600) };
}

function refuse(status: number, code: string, text: Text, locale: Locale, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message: locale === 'id' ? text.id : text.en, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/**
 * Refuses, before any parsing, bodies over 1 MB (413) and callers over their rate (429 with
 * Retry-After), per client address and per credential (the session cookie or bearer token,
 * hashed: no database lookup is needed to count).
 */
export function useRequestLimits(limits: RateLimits, trustProxy = false): Plugin<{ req?: IncomingMessage }> {
  const byIp = rateLimiter({ keyPrefix: 'requests-ip', points: limits.perIp, duration: 60 });
  const byCredential = rateLimiter({ keyPrefix: 'requests-credential', points: limits.perCredential, duration: 60 });
  return {
    async onRequest({ request, serverContext, endResponse }) {
      const locale = requestLocale(request);
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > MAX_BODY_BYTES) return endResponse(refuse(413, 'BODY_TOO_LARGE', messages.bodyTooLarge(MAX_BODY_BYTES), locale));
      const ip = clientAddress(request.headers, (serverContext as { req?: IncomingMessage } | undefined)?.req?.socket?.remoteAddress, trustProxy);
      // Keyed on the parsed credential: `Bearer␠␠t`, `bearer t` or extra cookies are one bucket.
      const credential = credentialKey(parseCredentials(request.headers));
      try {
        await Promise.all([
          ip ? byIp.consume(ip) : undefined,
          credential ? byCredential.consume(sha256(credential)) : undefined,
        ]);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        return endResponse(refuse(429, 'RATE_LIMITED', messages.rateLimited(seconds), locale, { 'retry-after': String(seconds) }));
      }
    },
  };
}
