// The HTTP edge: the one node http.Server every process runs (index.ts) and the tests start
// (testing/http-server.ts, test/support/server.ts). Whatever a client sends, it gets an answer
// and the process keeps serving: a request target that is not a path is 400, a handler that
// throws is 500 (logged, nothing of the error in the answer), a request node's parser refuses
// is 400/431 (`clientError`).
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import helmet, { strictTransportSecurity } from 'helmet';
import type { Logger } from 'pino';
import send from 'send';
import serveStatic from 'serve-static';
import type { App } from './app.ts';
import { isSecureRequest } from './auth/credentials.ts';
import { createLogger } from './lib/logger.ts';
import { requestLocale } from './lib/localized-errors.ts';
import { messages, type Text } from './lib/messages.ts';
import { METRICS_PATH, metricsAccess, metricsRefusal } from './lib/metrics-access.ts';
import { sqlScope } from './lib/sql-scope.ts';

export interface HttpOptions {
  app: App;
  /** The built admin panel (admin/dist), served at /; null or missing: a short page says so. */
  adminDir: string | null;
  /** /ready: the database answers and every migration is applied. */
  readiness?: () => Promise<{ database: boolean; migrations: boolean }>;
  /** In a cluster worker: the whole server's metrics (cluster.ts), not this process's alone. */
  metrics?: () => Promise<{ contentType: string; text: string }>;
  /** METRICS_TOKEN; the same one the app was made with (createApp's `metricsToken`). */
  metricsToken?: string | null;
  /** TRUST_PROXY: X-Forwarded-Proto says whether the client came over TLS (HSTS). */
  trustProxy?: boolean;
  /** Where handler failures and refused connections are logged; silent in tests. */
  logger?: Logger;
}

/**
 * The panel's policy, fitted to the Vite build: every script is a file under /assets (no
 * inline script, no eval), MUI/emotion insert <style> elements at run time (hence
 * 'unsafe-inline' for styles only), the favicon is a data: URL, the API is same-origin.
 */
const PANEL_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Headers on every answer (helmet: the maintained list of these headers and their syntax).
 * Referrer-Policy no-referrer: nothing here reads Referer, and no address of the panel should
 * reach another site. HSTS is off here and sent only over TLS (below): over plain HTTP on an
 * office network it would be ignored at best, and `upgrade-insecure-requests` (a helmet
 * default) would break a panel reached as http://<address>:4000, so the defaults are not used.
 */
const common = {
  strictTransportSecurity: false,
  referrerPolicy: { policy: 'no-referrer' },
  xFrameOptions: { action: 'deny' },
} as const;
const panelHeaders = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: PANEL_CSP } });
/**
 * API answers are JSON, or in development GraphiQL, whose page is inline scripts and styles: the
 * policy there is about framing only (helmet insists on naming that choice).
 */
const apiHeaders = helmet({
  ...common,
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc, frameAncestors: ["'none'"] } },
});
const hsts = strictTransportSecurity({ maxAge: 31_536_000, includeSubDomains: false });

/** A node request's headers behind the Fetch `get` the shared helpers read. */
function headersOf(req: IncomingMessage): Pick<Headers, 'get'> {
  return {
    get(name: string) {
      const value = req.headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

function reply(res: ServerResponse, status: number, code: string, text: Text, req: IncomingMessage, headers: Record<string, string> = {}) {
  const locale = requestLocale({ headers: headersOf(req) });
  const body = JSON.stringify({ errors: [{ message: locale === 'id' ? text.id : text.en, extensions: { code } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * The path of an origin-form request target, or null when it is not one: absolute-form
 * (`GET http://…`), `*`, a malformed %-escape or an encoded NUL, or a Host header that makes
 * no URL with it (Yoga builds `http://<host><target>` and would answer 500). Checked once
 * here, so no route below has to decode defensively.
 */
function pathOf(req: IncomingMessage): string | null {
  const url = req.url;
  if (!url?.startsWith('/')) return null;
  const query = url.indexOf('?');
  const path = query < 0 ? url : url.slice(0, query);
  try {
    new URL(`http://${req.headers.host || 'localhost'}${url}`);
    return decodeURIComponent(path).includes('\0') ? null : path;
  } catch {
    return null;
  }
}

/** Hashed file names under /assets never change content: cache for a year; everything else (index.html) is revalidated. */
function cacheHeaders(res: ServerResponse, file: string, adminDir: string) {
  res.setHeader('cache-control', file.startsWith(`${join(adminDir, 'assets')}/`) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/** What send and serve-static hand on when they do not send a file (http-errors' shape). */
type SendError = { status?: number; statusCode?: number; headers?: Record<string, string> };

/** A path the panel's router may own (no file extension, outside /assets): answered with index.html. */
const isClientRoute = (path: string) => {
  const decoded = decodeURIComponent(path);
  return !decoded.startsWith('/assets/') && !/\.[^/]*$/.test(decoded);
};

function createStaticHandler(adminDir: string | null) {
  if (!adminDir || !existsSync(join(adminDir, 'index.html'))) {
    return (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end('<!doctype html><title>Pilar</title><p>Pilar is running. The GraphQL API is at <a href="/graphql">/graphql</a>. The admin panel has not been built.</p>');
    };
  }
  // serve-static (send underneath): decoding, traversal (403), dotfiles (ignored: 404), ranges,
  // ETag and conditional requests; no directory listing (a directory is a 404).
  const options = { index: 'index.html', dotfiles: 'ignore', redirect: false, fallthrough: false, cacheControl: false } as const;
  const files = serveStatic(adminDir, { ...options, setHeaders: (res, file) => cacheHeaders(res, file, adminDir) });
  return (req: IncomingMessage, res: ServerResponse, path: string) =>
    new Promise<void>((resolve, reject) => {
      res.once('close', resolve);
      /** send's refusals (400, 403, 404, 412, 416) are answered; anything else is a failure. */
      const refuse = (error: SendError, fallback: boolean) => {
        const status = error.status ?? error.statusCode ?? 500;
        if (status >= 500) return reject(error instanceof Error ? error : new Error(`static file: ${status}`));
        if (status === 404 && fallback && isClientRoute(path)) {
          // The SPA fallback: the panel's client-side routes survive a reload.
          send(req, '/index.html', { root: adminDir, ...options })
            .on('headers', (r: ServerResponse, file: string) => cacheHeaders(r, file, adminDir))
            .on('error', (second: SendError) => refuse(second, false))
            .pipe(res);
          return;
        }
        if (status === 404) return reply(res, 404, 'NOT_FOUND', messages.pathNotFound(), req);
        if (status === 403) return reply(res, 403, 'FORBIDDEN', messages.pathForbidden(), req);
        if (status === 400) return reply(res, 400, 'BAD_REQUEST', messages.badRequestTarget(), req);
        res.writeHead(status, error.headers ?? {});
        res.end();
      };
      files(req, res, (error?: SendError) => refuse(error ?? { status: 404 }, true));
    });
}

/**
 * The request handler: GraphQL at /graphql, /metrics (for METRICS_TOKEN), /health (the process
 * is up), /ready (the database answers and is migrated), and the built admin SPA at /. Never
 * throws and never rejects: a failure is logged and answered 500.
 */
export function createHttpHandler({ app, adminDir, readiness, metrics, metricsToken = null, trustProxy = false, logger = createLogger() }: HttpOptions) {
  const serveFile = createStaticHandler(adminDir);

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = pathOf(req);
    const api = path === '/graphql' || path?.startsWith('/graphql/') || path === METRICS_PATH || path === '/health' || path === '/ready';
    (api ? apiHeaders : panelHeaders)(req, res, () => {});
    const url = `${(req.socket as Partial<TLSSocket>).encrypted ? 'https' : 'http'}://pilar${req.url ?? '/'}`;
    if (isSecureRequest({ url, headers: headersOf(req) }, trustProxy)) hsts(req, res, () => {});

    if (path === null) return reply(res, 400, 'BAD_REQUEST', messages.badRequestTarget(), req, { connection: 'close' });
    if (path === METRICS_PATH && metrics) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, 'METHOD_NOT_ALLOWED', messages.methodNotAllowed('GET, HEAD'), req, { allow: 'GET, HEAD' });
      const access = metricsAccess(headersOf(req), metricsToken);
      if (access !== 'allowed') {
        const refusal = metricsRefusal(access, headersOf(req));
        res.writeHead(refusal.status, refusal.headers);
        return void res.end(refusal.body);
      }
      const gathered = await metrics().then(
        (result) => result,
        (error: unknown) => {
          logger.warn({ err: error }, 'cluster metrics unavailable');
          return null;
        },
      );
      if (!gathered) return reply(res, 503, 'METRICS_UNAVAILABLE', messages.metricsUnavailable(), req);
      res.writeHead(200, { 'content-type': gathered.contentType });
      return void res.end(req.method === 'HEAD' ? undefined : gathered.text);
    }
    if (api && path !== '/health' && path !== '/ready') {
      // A body of unknown length could not be held to the 1 MB limit (see request-limits.ts).
      if (req.method === 'POST' && req.headers['content-length'] === undefined) return reply(res, 411, 'LENGTH_REQUIRED', messages.lengthRequired(), req);
      // Count this request's SQL statements from the first (authentication) to the last.
      return sqlScope.run({ count: 0 }, () => app(req, res));
    }
    if ((path === '/health' || path === '/ready') && req.method !== 'GET' && req.method !== 'HEAD') {
      return reply(res, 405, 'METHOD_NOT_ALLOWED', messages.methodNotAllowed('GET, HEAD'), req, { allow: 'GET, HEAD' });
    }
    if (path === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ status: 'ok' }));
    }
    if (path === '/ready') {
      const checks = await (readiness?.() ?? Promise.resolve({ database: true, migrations: true }));
      const ready = checks.database && checks.migrations;
      res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ status: ready ? 'ready' : 'unavailable', ...checks }));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, 'METHOD_NOT_ALLOWED', messages.methodNotAllowed('GET, HEAD'), req, { allow: 'GET, HEAD' });
    return serveFile(req, res, path);
  };

  return (req: IncomingMessage, res: ServerResponse): void => {
    const fail = (error: unknown) => {
      logger.error({ err: error, method: req.method?.slice(0, 20), url: req.url?.slice(0, 200) }, 'http handler failed');
      if (res.headersSent) {
        res.destroy();
        return;
      }
      try {
        reply(res, 500, 'INTERNAL_SERVER_ERROR', messages.unexpected(), req);
      } catch (second) {
        logger.error({ err: second }, 'http 500 answer failed');
        res.destroy();
      }
    };
    try {
      route(req, res).catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}

/** Node's own answer to a request its parser refused, before any handler saw it. */
function onClientError(logger: Logger) {
  return (error: NodeJS.ErrnoException, socket: Duplex) => {
    logger.info({ code: error.code }, 'http client error');
    // A response already under way on this connection cannot be followed by another.
    const busy = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage?.headersSent;
    if (error.code === 'ECONNRESET' || !socket.writable || busy) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    answerAndClose(socket, `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  };
}

/**
 * Answers on a socket no parser reads any more and closes it. What the client still sends is
 * read and dropped: a paused socket whose client is still writing would never see the client's
 * FIN, and would stay open for good (one held socket per such request). A client that never
 * finishes is cut off after 5 s.
 */
function answerAndClose(socket: Duplex, response: string) {
  socket.on('error', () => {});
  socket.resume();
  socket.end(response);
  setTimeout(() => socket.destroy(), 5_000).unref();
}

/** The whole HTTP server, wired as in production: the guarded handler and the parser's refusals. */
export function createHttpServer(options: HttpOptions): Server {
  const logger = options.logger ?? createLogger();
  const server = createServer(createHttpHandler({ ...options, logger }));
  server.on('clientError', onClientError(logger));
  // Not a proxy: without a listener node would drop a CONNECT's connection unanswered.
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => answerAndClose(socket, 'HTTP/1.1 405 Method Not Allowed\r\nallow: GET, HEAD, POST\r\nconnection: close\r\ncontent-length: 0\r\n\r\n'));
  return server;
}
