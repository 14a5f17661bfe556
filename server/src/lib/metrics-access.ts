// /metrics shows operation names (saved queries' among them), request counts and error rates:
// for the operator's scraper only. One gate, used by the Yoga plugin (app.fetch, one process)
// and by http.ts (a cluster worker answering with the whole cluster's metrics).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { parseCredentials } from '../auth/credentials.ts';
import { messages } from './messages.ts';
import { requestLocale } from './localized-errors.ts';

export const METRICS_PATH = '/metrics';

/** `off`: no METRICS_TOKEN, the endpoint does not exist (404); `refused`: wrong or missing token (401). */
export type MetricsAccess = 'allowed' | 'off' | 'refused';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether a request may read the metrics: `Authorization: Bearer <token>` (parsed like every
 * other bearer token), compared in constant time (both sides hashed to the same length first).
 */
export function metricsAccess(headers: Pick<Headers, 'get'>, token: string | null | undefined): MetricsAccess {
  if (!token) return 'off';
  const { bearer } = parseCredentials(headers);
  return bearer !== null && timingSafeEqual(digest(bearer), digest(token)) ? 'allowed' : 'refused';
}

/** The refusal for a request `metricsAccess` did not allow. */
export function metricsRefusal(access: Exclude<MetricsAccess, 'allowed'>, headers: Pick<Headers, 'get'>): { status: number; headers: Record<string, string>; body: string } {
  const locale = requestLocale({ headers });
  const [status, code, text] = access === 'off' ? [404, 'NOT_FOUND', messages.pathNotFound()] as const : [401, 'UNAUTHENTICATED', messages.metricsUnauthorized()] as const;
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...(access === 'refused' ? { 'www-authenticate': 'Bearer realm="metrics"' } : {}) },
    body: JSON.stringify({ errors: [{ message: locale === 'id' ? text.id : text.en, extensions: { code } }] }),
  };
}

/** Before usePrometheus in the plugin list: its endpoint answers only the metrics token. */
export function useMetricsGate(token: string | null | undefined): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== METRICS_PATH) return;
      const access = metricsAccess(request.headers, token);
      if (access === 'allowed') return;
      const refusal = metricsRefusal(access, request.headers);
      endResponse(new fetchAPI.Response(refusal.body, { status: refusal.status, headers: refusal.headers }));
    },
  };
}
