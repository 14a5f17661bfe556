import type { Plugin, YogaLogger } from 'graphql-yoga';
import type { DefinitionNode, OperationDefinitionNode } from 'graphql';
import { pino, type Logger } from 'pino';
import type { Context } from '../context.ts';

/** Identity numbers and phone numbers never reach a log line, whatever message carries them. */
export function redact(text: string): string {
  return text.replace(/\b\d{16}\b/g, '[16 digits]').replace(/(\+62|\b0)8\d{7,12}\b/g, '[phone]');
}

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redact(value);
  if (value instanceof Error) {
    return { name: value.name, code: (value as { code?: unknown }).code, message: redact(value.message), stack: value.stack ? redact(value.stack) : undefined };
  }
  return value;
}

/** Structured JSON logs (pino). `LOG_LEVEL` sets the level; tests use `silent`. */
export function createLogger(level = process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info')): Logger {
  return pino({ level, base: { service: 'pilar' }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** Yoga's own log lines (e.g. masked internal errors) through pino, redacted. */
export function yogaLogger(logger: Logger): YogaLogger {
  const at = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const [first, ...rest] = args.map(redactValue);
    if (first && typeof first === 'object') logger[level]({ err: first, extra: rest.length ? rest : undefined }, 'yoga');
    else logger[level]({ extra: rest.length ? rest : undefined }, String(first));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/**
 * One line per GraphQL operation: request id, user id and role, operation name, duration, SQL
 * statements and error codes. Never variables or results (they hold personal data).
 */
export function useRequestLog(logger: Logger, statementsOf: (ctx: Context) => number): Plugin<Context> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as Context;
      const started = performance.now();
      const before = statementsOf(ctx);
      const operation = args.operationName ?? (args.document.definitions.find((d: DefinitionNode) => d.kind === 'OperationDefinition')as OperationDefinitionNode | undefined)?.name?.value ?? null;
      return {
        onExecuteDone({ result }) {
          const errors = (result as { errors?: { extensions?: { code?: unknown } }[] }).errors;
          logger.info(
            {
              requestId: ctx.requestId,
              userId: ctx.viewer?.userId ?? null,
              role: ctx.viewer?.role ?? null,
              via: ctx.viewer?.via ?? null,
              operation,
              durationMs: Math.round(performance.now() - started),
              sqlStatements: statementsOf(ctx) - before,
              errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql',
          );
        },
      };
    },
  };
}
