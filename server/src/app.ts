import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { useCookies } from '@whatwg-node/server-plugin-cookies';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Database } from '@pilar/db';
import { SESSION_COOKIE, authenticate } from './auth/authenticate.ts';
import { createSignInThrottle } from './auth/throttle.ts';
import { useReadEvents } from './audit/read-events.ts';
import type { Context } from './context.ts';
import { userError } from './lib/errors.ts';
import { requestLocale, useLocalizedErrors } from './lib/localized-errors.ts';
import { messages } from './lib/messages.ts';
import { schema } from './schema.ts';

export interface AppOptions {
  db: Database;
  /** GraphiQL; off in production. */
  development?: boolean;
  /** Trust X-Forwarded-For for the client address (behind a reverse proxy). */
  trustProxy?: boolean;
}

/** What node's http server hands Yoga next to the request. */
type ServerContext = { req?: IncomingMessage };
export type App = YogaServerInstance<ServerContext, Context>;

function clientAddress(request: Request, server: ServerContext, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return server.req?.socket?.remoteAddress ?? null;
}

/** Builds the Yoga app; the server and the tests use the same one. */
export function createApp({ db, development = process.env.NODE_ENV !== 'production', trustProxy = false }: AppOptions): App {
  const throttle = createSignInThrottle();
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // GraphiQL from the package itself (Yoga's default loads it from a CDN).
    graphiql: development ? { title: 'Pilar GraphQL' } : false,
    renderGraphiQL,
    maskedErrors: true,
    landingPage: false,
    plugins: [
      useCookies(),
      // Cookie-authenticated requests must be JSON POSTs or carry a custom header, which a
      // cross-site form or image cannot; the session cookie is also SameSite=Strict.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'authorization'] }),
      useLocalizedErrors(),
      useReadEvents(),
    ],
    context: async ({ request, ...server }) => {
      const header = request.headers.get('authorization');
      const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? null;
      const cookie = (request as Request & { cookieStore?: { get(name: string): Promise<{ value: string } | null | undefined> } }).cookieStore;
      const sessionSecret = (await cookie?.get(SESSION_COOKIE))?.value ?? null;
      const viewer = await authenticate(db.prisma, { bearer, sessionSecret });
      // A token that does not work is an error, not an anonymous request.
      if ((header && !bearer) || (bearer && !viewer)) throw userError('UNAUTHENTICATED', messages.badToken());
      return {
        db,
        prisma: db.prisma,
        requestId: request.headers.get('x-request-id')?.slice(0, 100) ?? randomUUID(),
        locale: requestLocale(request),
        viewer,
        ip: clientAddress(request, server as ServerContext, trustProxy),
        piiShown: new Set<string>(),
        request,
        throttle,
      };
    },
  });
}
