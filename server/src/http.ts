import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { App } from './app.ts';
import { sqlScope } from './lib/sql-scope.ts';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * One port for everything: GraphQL at /graphql, /health (the process is up), /ready (the
 * database answers and is migrated), and the built admin SPA at / (any
 * other path falls back to its index.html so client-side routes survive a reload).
 */
export function createHttpHandler(
  app: App,
  adminDir: string | null,
  readiness?: () => Promise<{ database: boolean; migrations: boolean }>,
  /** In a cluster worker: the whole server's metrics (cluster.ts), not this process's alone. */
  { metrics }: { metrics?: () => Promise<{ contentType: string; text: string }> } = {},
) {
  const hasAdmin = !!adminDir && existsSync(join(adminDir, 'index.html'));
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/metrics' && metrics && req.method === 'GET') {
      void metrics().then(
        ({ contentType, text }) => {
          res.writeHead(200, { 'content-type': contentType });
          res.end(text);
        },
        () => {
          res.writeHead(503, { 'content-type': 'text/plain' });
          res.end('metrics unavailable');
        },
      );
      return;
    }
    if (path === '/graphql' || path.startsWith('/graphql/') || path === '/metrics') {
      // A body of unknown length could not be held to the 1 MB limit (see request-limits.ts).
      if (req.method === 'POST' && req.headers['content-length'] === undefined) {
        res.writeHead(411, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ errors: [{ message: 'Content-Length required.', extensions: { code: 'LENGTH_REQUIRED' } }] }));
      }
      // Count this request's SQL statements from the first (authentication) to the last.
      return sqlScope.run({ count: 0 }, () => app(req, res));
    }
    if (path === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ status: 'ok' }));
    }
    if (path === '/ready') {
      void (readiness?.() ?? Promise.resolve({ database: true, migrations: true })).then((checks) => {
        const ready = checks.database && checks.migrations;
        res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: ready ? 'ready' : 'unavailable', ...checks }));
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return res.end();
    }
    if (!hasAdmin) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end('<!doctype html><title>Pilar</title><p>Pilar is running. The GraphQL API is at <a href="/graphql">/graphql</a>. The admin panel has not been built.</p>');
    }
    let file = normalize(join(adminDir, decodeURIComponent(path)));
    if (!file.startsWith(adminDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      file = join(adminDir, 'index.html');
    }
    const immutable = file.includes(`${sep}assets${sep}`);
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  };
}
