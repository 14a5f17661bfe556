import { createHash } from 'node:crypto';
import type { GraphQLError, ExecutionResult } from 'graphql';
import type { Prisma, SavedQueryRun } from '@pilar/db';
import type { Context } from '../../context.ts';
import { actorOf } from '../../audit/actor.ts';
import { canonicalJson, toJsonValue } from '../../audit/canonical.ts';
import { appendAudit } from '../../audit/trail.ts';
import type { Locale } from '../../lib/localized-errors.ts';
import { messages } from '../../lib/messages.ts';

/** The version a run executes. */
export interface RunTarget {
  savedQueryId: number;
  versionId: number;
  number: number;
  persistedId: string;
  document: string;
}

export type RunVia = 'RUN_MUTATION' | 'PERSISTED';

/** Hex SHA-256 of the canonical JSON (keys sorted at every depth) of a result's `data`. */
export function resultHash(data: unknown): string {
  return createHash('sha256').update(canonicalJson(data ?? null)).digest('hex');
}

/** Items in a result: each top-level list counts its length, any other non-null field one. */
export function rowCount(data: Record<string, unknown> | null | undefined): number {
  return Object.values(data ?? {}).reduce<number>((n, value) => n + (Array.isArray(value) ? value.length : value === null || value === undefined ? 0 : 1), 0);
}

export interface RunError {
  code: string;
  message: string;
  path: readonly (string | number)[] | null;
}

/**
 * A run's errors as a client may see them: expected errors (those with a code) keep their
 * message in the request's language; anything else is "Unexpected error.", as Yoga masks it.
 */
export function publicErrors(errors: readonly GraphQLError[] | undefined, locale: Locale): RunError[] | null {
  if (!errors?.length) return null;
  return errors.map((error) => {
    const code = error.extensions?.code;
    if (typeof code !== 'string') return { code: 'INTERNAL_SERVER_ERROR', message: messages.unexpected()[locale], path: error.path ?? null };
    const i18n = error.extensions.i18n as { id?: string } | undefined;
    return { code, message: locale === 'id' && i18n?.id ? i18n.id : error.message, path: error.path ?? null };
  });
}

/**
 * Stores one run, whichever way it came in (runSavedQuery or a persisted operation over HTTP):
 * who, which version, the variables, row count, duration and the result's hash, together with
 * an audit event in the same transaction, so the trail's hash chain also vouches for the run.
 */
export async function recordRun(
  ctx: Context,
  target: RunTarget,
  run: { variables: Record<string, unknown>; result: ExecutionResult; durationMs: number; via: RunVia },
): Promise<SavedQueryRun> {
  const viewer = ctx.viewer!;
  const variables = toJsonValue(run.variables) as Prisma.InputJsonValue;
  const errors = publicErrors(run.result.errors, 'en');
  const data = {
    savedQueryId: target.savedQueryId,
    versionId: target.versionId,
    versionNumber: target.number,
    userId: viewer.userId,
    role: viewer.role,
    via: run.via,
    tokenId: viewer.tokenId ?? null,
    durationMs: Math.max(0, Math.round(run.durationMs)),
    variables,
    rowCount: rowCount(run.result.data),
    resultHash: resultHash(run.result.data),
    ...(errors ? { errors: errors as unknown as Prisma.InputJsonValue } : {}),
    requestId: ctx.requestId,
  };
  return ctx.db.prisma.$transaction(async (tx) => {
    const stored = await tx.savedQueryRun.create({ data });
    await appendAudit(tx, actorOf(ctx), {
      action: 'RUN',
      entity: 'SavedQuery',
      recordId: target.savedQueryId,
      after: {
        runId: stored.id,
        version: target.number,
        persistedId: target.persistedId,
        via: run.via,
        variables: run.variables,
        rowCount: stored.rowCount,
        resultHash: stored.resultHash,
      },
    });
    return stored;
  });
}
