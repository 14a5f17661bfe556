import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '@pilar/db';
import { canonicalJson, toJsonValue } from './canonical.ts';

/** A transaction client or the client itself. */
export type Db = Prisma.TransactionClient | PrismaClient;

/** Who acted, and from where. */
export interface AuditActor {
  actorId: number | null;
  actorName: string;
  role: string | null;
  requestId: string | null;
  ip: string | null;
}

export interface AuditInput {
  action: string;
  entity?: string | null;
  recordId?: string | number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
  recordIds?: string[] | null;
}

/** Fields that never enter the trail, whatever the entity. */
const SECRET_FIELDS = new Set(['passwordHash', 'password', 'tokenHash', 'secret']);
/** Bookkeeping fields that every change touches. */
const NOISE_FIELDS = new Set(['updatedAt', 'createdAt', 'version']);

/** The scalar fields of a record worth recording: no secrets, no relations. */
export function auditable(row: Record<string, unknown>, scalarFields: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).filter(([key]) => scalarFields.has(key) && !SECRET_FIELDS.has(key) && !NOISE_FIELDS.has(key)),
  );
}

/** The changed fields only, before and after. */
export function changes(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changed = Object.keys({ ...before, ...after }).filter(
    (key) => canonicalJson(before[key] ?? null) !== canonicalJson(after[key] ?? null),
  );
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(changed.map((key) => [key, after[key] ?? null])),
  };
}

interface HashedFields {
  at: Date;
  actorId: number | null;
  actorName: string;
  role: string | null;
  action: string;
  entity: string | null;
  recordId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  recordIds: unknown;
  requestId: string | null;
  ip: string | null;
  prevHash: string | null;
}

/** SHA-256 over the event's content and the previous event's hash. */
export function eventHash(event: HashedFields): string {
  return createHash('sha256')
    .update(
      canonicalJson({
        at: event.at,
        actorId: event.actorId,
        actorName: event.actorName,
        role: event.role,
        action: event.action,
        entity: event.entity,
        recordId: event.recordId,
        before: event.before ?? null,
        after: event.after ?? null,
        reason: event.reason,
        recordIds: event.recordIds ?? null,
        requestId: event.requestId,
        ip: event.ip,
        prevHash: event.prevHash,
      }),
    )
    .digest('hex');
}

// Any fixed number: the advisory lock that orders appends to the chain.
const CHAIN_LOCK = 7_212_01;

/**
 * Appends an event to the trail inside the caller's transaction, so the event exists exactly
 * when the change it records does. Appends are serialised by a transaction-scoped advisory
 * lock, which keeps the chain a single line.
 */
export async function appendAudit(tx: Db, actor: AuditActor, input: AuditInput): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const last = await tx.auditEvent.findFirst({ orderBy: { id: 'desc' }, select: { hash: true } });
  const fields: HashedFields = {
    at: new Date(),
    actorId: actor.actorId,
    actorName: actor.actorName,
    role: actor.role,
    action: input.action,
    entity: input.entity ?? null,
    recordId: input.recordId === null || input.recordId === undefined ? null : String(input.recordId),
    before: input.before ? toJsonValue(input.before) : null,
    after: input.after ? toJsonValue(input.after) : null,
    reason: input.reason ?? null,
    recordIds: input.recordIds ?? null,
    requestId: actor.requestId,
    ip: actor.ip,
    prevHash: last?.hash ?? null,
  };
  await tx.auditEvent.create({
    data: {
      ...fields,
      before: (fields.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (fields.after ?? undefined) as Prisma.InputJsonValue | undefined,
      recordIds: (fields.recordIds ?? undefined) as Prisma.InputJsonValue | undefined,
      hash: eventHash(fields),
    },
  });
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBrokenId: number | null;
}

/**
 * Walks the chain in id order, recomputing every hash: an event whose content was edited, or
 * whose predecessor was removed or edited, is reported as the first broken one.
 */
export async function verifyAuditTrail(prisma: Db, batchSize = 2_000): Promise<VerifyResult> {
  let checked = 0;
  let prevHash: string | null = null;
  let afterId = 0;
  for (;;) {
    const batch = await prisma.auditEvent.findMany({ where: { id: { gt: afterId } }, orderBy: { id: 'asc' }, take: batchSize });
    if (!batch.length) return { ok: true, checked, firstBrokenId: null };
    for (const event of batch) {
      const expected = eventHash({ ...event, prevHash });
      if (event.prevHash !== prevHash || event.hash !== expected) return { ok: false, checked, firstBrokenId: event.id };
      prevHash = event.hash;
      checked += 1;
      afterId = event.id;
    }
  }
}
