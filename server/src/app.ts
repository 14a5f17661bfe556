import { randomUUID } from 'node:crypto';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Database } from '@pilar/db';
import type { Context } from './context.ts';
import { requestLocale, useLocalizedErrors } from './lib/localized-errors.ts';
import { schema } from './schema.ts';

export interface AppOptions {
  db: Database;
  /** GraphiQL and detailed errors; off in production. */
  development?: boolean;
}

export type App = YogaServerInstance<Record<string, never>, Context>;

/** Builds the Yoga app; the server and the tests use the same one. */
export function createApp({ db, development = process.env.NODE_ENV !== 'production' }: AppOptions): App {
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // GraphiQL from the package itself (Yoga's default loads it from a CDN).
    graphiql: development ? { title: 'Pilar GraphQL' } : false,
    renderGraphiQL,
    maskedErrors: true,
    landingPage: false,
    plugins: [useLocalizedErrors()],
    context: ({ request }) => ({
      db,
      prisma: db.prisma,
      requestId: request.headers.get('x-request-id') ?? randomUUID(),
      locale: requestLocale(request),
    }),
  });
}
