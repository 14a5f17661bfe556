import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { useCookies } from '@whatwg-node/server-plugin-cookies';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Database } from '@pilar/db';
import { authenticate } from './auth/authenticate.ts';
import { clientAddress, isSecureRequest, parseCredentials } from './auth/credentials.ts';
import { createSignInThrottle, SIGN_IN_LIMITS, type SignInThrottleOptions } from './auth/throttle.ts';
import type { CheckpointStore } from './audit/checkpoints.ts';
import { useReadEvents } from './audit/read-events.ts';
import type { Context } from './context.ts';
import { databaseUnavailableError, isDatabaseUnavailable, useDatabaseUnavailable } from './lib/database-unavailable.ts';
import { userError } from './lib/errors.ts';
import { useFilterValueBound } from './lib/filter-values.ts';
import { useInputText } from './lib/input-text.ts';
import { useSuggestionsForAdmins } from './lib/suggestions.ts';
import { requestLocale, useLocalizedErrors } from './lib/localized-errors.ts';
import { messages } from './lib/messages.ts';
import { useMetricsGate } from './lib/metrics-access.ts';
import { useArmor, useArmorErrorCodes, useRoleLimits } from './lib/limits.ts';
import { createLogger, useRequestLog, yogaLogger } from './lib/logger.ts';
import { rateLimitsFromEnv, useRequestLimits, type RateLimits } from './lib/request-limits.ts';
import { countStatements, sqlScope, useSqlScope } from './lib/sql-scope.ts';
import { useReadRouting } from './lib/read-routing.ts';
import { useStrictRequestBody } from './lib/strict-body.ts';
import { usePersistedSavedQueries } from './modules/saved-query/persisted.ts';
import { schema } from './schema.ts';

export interface AppOptions {
  db: Database;
  /** Structured logger; a silent one when left out. */
  logger?: Logger;
  rateLimits?: RateLimits;
  /** GraphiQL; off in production. */
  development?: boolean;
  /** Trust X-Forwarded-For for the client address (behind a reverse proxy). */
  trustProxy?: boolean;
  /** Sign-in throttling (auth/throttle.ts); tests make the back-off long enough to observe. */
  signInLimits?: Partial<SignInThrottleOptions>;
  /** Where verifyAuditTrail finds the signed checkpoints of the trail (audit/checkpoints.ts). */
  checkpoints?: CheckpointStore | null;
  /** The bearer token /metrics answers (METRICS_TOKEN); without one, /metrics is off (404). */
  metricsToken?: string | null;
}

/** What node's http server hands Yoga next to the request. */
type ServerContext = { req?: IncomingMessage };
export type App = YogaServerInstance<ServerContext, Context>;

/** Builds the Yoga app; the server and the tests use the same one. */
export function createApp({
  db,
  development = process.env.NODE_ENV !== 'production',
  trustProxy = false,
  logger = createLogger(),
  rateLimits = rateLimitsFromEnv(),
  signInLimits,
  checkpoints = null,
  metricsToken = process.env.METRICS_TOKEN || null,
}: AppOptions): App {
  const throttle = createSignInThrottle({ ...SIGN_IN_LIMITS, ...signInLimits });
  const production = !development;
  countStatements(db);
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // GraphiQL from the package itself (Yoga's default loads it from a CDN).
    graphiql: development ? { title: 'Pilar GraphQL' } : false,
    renderGraphiQL,
    maskedErrors: true,
    landingPage: false,
    batching: false,
    logging: yogaLogger(logger),
    plugins: [
      useRequestLimits(rateLimits, trustProxy),
      useMetricsGate(metricsToken),
      // Request counts, durations (HTTP and execution) and errors per operation. The plugin's
      // other defaults cost more per request than the rest of a small query (a summary with
      // t-digests, a walk of every document for deprecated fields, parse/validate/context
      // timings); they are off (measured with `pnpm bench:profile`).
      usePrometheus({
        endpoint: '/metrics',
        metrics: {
          graphql_yoga_http_duration: true,
          graphql_envelop_request: true,
          graphql_envelop_request_duration: true,
          graphql_envelop_phase_execute: true,
          graphql_envelop_error_result: true,
          graphql_envelop_request_time_summary: false,
          graphql_envelop_deprecated_field: false,
          graphql_envelop_phase_parse: false,
          graphql_envelop_phase_validate: false,
          graphql_envelop_phase_context: false,
          graphql_envelop_phase_subscribe: false,
          graphql_envelop_schema_change: false,
        },
      }),
      useArmor(),
      useArmorErrorCodes(),
      useSuggestionsForAdmins(production, db.prisma),
      useCookies(),
      // Cookie-authenticated requests must be JSON POSTs or carry a custom header, which a
      // cross-site form or image cannot; the session cookie is also SameSite=Strict.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'authorization'] }),
      useSqlScope(),
      useRoleLimits(production),
      useDatabaseUnavailable(),
      // After useDatabaseUnavailable: envelop runs the after-execution hooks in this order, so
      // the log sees the codes the client gets.
      useRequestLog(logger, (ctx) => ctx.sql.count),
      useReadRouting(),
      useStrictRequestBody(),
      useLocalizedErrors(),
      // After useLocalizedErrors, whose language choice then applies to its refusals.
      useInputText(),
      useFilterValueBound(),
      useReadEvents(),
      usePersistedSavedQueries(db),
    ],
    context: async ({ request, ...server }) => {
      const credentials = parseCredentials(request.headers);
      const viewer = await authenticate(db.prisma, credentials).catch((error: unknown) => {
        throw isDatabaseUnavailable(error) ? databaseUnavailableError() : error;
      });
      // A token that does not work is an error, not an anonymous request.
      if (credentials.malformedAuthorization || (credentials.bearer && !viewer)) throw userError('UNAUTHENTICATED', messages.badToken());
      return {
        db,
        prisma: db.prisma,
        reader: db.prisma,
        requestId: request.headers.get('x-request-id')?.slice(0, 100) ?? randomUUID(),
        locale: requestLocale(request),
        viewer,
        ip: clientAddress(request.headers, (server as ServerContext).req?.socket?.remoteAddress, trustProxy),
        secure: isSecureRequest(request, trustProxy),
        piiShown: new Set<string>(),
        sql: sqlScope.getStore() ?? { count: 0 },
        request,
        throttle,
        checkpoints,
      };
    },
  });
}
