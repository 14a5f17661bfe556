import { SESSION_COOKIE } from './authenticate.ts';

/** What a request presents to prove who it is, parsed once by every layer that needs it. */
export interface Credentials {
  /** The API token of `Authorization: Bearer <token>` (scheme case-insensitive, one or more spaces). */
  bearer: string | null;
  /** The session cookie's value. */
  sessionSecret: string | null;
  /** An Authorization header was sent but is not a bearer token: refused, never read as anonymous. */
  malformedAuthorization: boolean;
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/** The first value of cookie `name` in a Cookie header (RFC 6265 `name=value; …`). */
function cookieValue(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

/**
 * The credentials of a request, from its headers alone (no database): the rate limiter keys on
 * them before the request is parsed, and authentication reads the same values, so
 * `Bearer␠␠t` and `bearer t` are one credential for both.
 */
export function parseCredentials(headers: Pick<Headers, 'get'>): Credentials {
  const header = headers.get('authorization');
  const bearer = header ? (BEARER.exec(header)?.[1] ?? null) : null;
  return { bearer, sessionSecret: cookieValue(headers.get('cookie'), SESSION_COOKIE), malformedAuthorization: !!header && !bearer };
}

/** A stable key for the credential a request presents (token or session), or null for none. */
export function credentialKey(credentials: Credentials): string | null {
  if (credentials.bearer) return `t:${credentials.bearer}`;
  if (credentials.sessionSecret) return `s:${credentials.sessionSecret}`;
  return null;
}

/**
 * Whether the client reached us over TLS: the request URL says https, or, behind a
 * TLS-terminating reverse proxy that we trust (TRUST_PROXY=true), its X-Forwarded-Proto does.
 * Decides the session cookie's `Secure` flag and HSTS.
 */
export function isSecureRequest(request: { url: string; headers: Pick<Headers, 'get'> }, trustProxy: boolean): boolean {
  if (request.url.startsWith('https:')) return true;
  if (!trustProxy) return false;
  return request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/**
 * The client's address: the socket's peer, or behind a reverse proxy we trust (TRUST_PROXY=true)
 * the address that proxy saw, which is the LAST entry of X-Forwarded-For: a proxy appends the
 * peer it received the connection from, so every entry before it is whatever the client chose
 * to send (an attacker's `X-Forwarded-For: <the owner's address>` must not make it the owner).
 * Sign-in throttling, rate limits and the audit trail all read this one address.
 */
export function clientAddress(headers: Pick<Headers, 'get'>, socketAddress: string | null | undefined, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return socketAddress ?? null;
}
