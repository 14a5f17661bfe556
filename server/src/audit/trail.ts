import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '@pilar/db';
import { newestCheckpoint, writeCheckpoint, type Checkpoint, type CheckpointStore } from './checkpoints.ts';
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

/** Why a walk failed: see verifyAuditTrail. */
export type TrailProblem = 'CHAIN_BROKEN' | 'TRUNCATED' | 'CHECKPOINT_MISMATCH' | 'BAD_CHECKPOINT';

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBrokenId: number | null;
  problem: TrailProblem | null;
  /** The newest signed checkpoint the trail was held to (null: none, or not asked). */
  checkpoint: Checkpoint | null;
  /** The line of the checkpoint file that is not a checkpoint signed with the key. */
  badCheckpointLine: number | null;
}

/**
 * Walks the chain in id order, recomputing every hash: an event whose content was edited, or
 * whose predecessor was removed or edited, is reported as the first broken one (CHAIN_BROKEN).
 *
 * With a checkpoint store (checkpoints.ts), the trail is also held to its newest signed
 * checkpoint, which catches what the chain alone cannot, the newest events removed: the
 * checkpoint's event must still be there (else TRUNCATED) with its hash (else
 * CHECKPOINT_MISMATCH: the chain was rewritten), with as many events up to it as it counted
 * (fewer: TRUNCATED). A line of the file that is not signed with the key is BAD_CHECKPOINT.
 */
export async function verifyAuditTrail(prisma: Db, { checkpoints: store = null, batchSize = 2_000 }: { checkpoints?: CheckpointStore | null; batchSize?: number } = {}): Promise<VerifyResult> {
  const { checkpoints, bad } = store ? await store.read() : { checkpoints: [], bad: null };
  const checkpoint = newestCheckpoint(checkpoints);
  const result = (problem: TrailProblem | null, checked: number, firstBrokenId: number | null = null): VerifyResult => ({
    ok: problem === null,
    checked,
    firstBrokenId,
    problem,
    checkpoint,
    badCheckpointLine: bad?.line ?? null,
  });
  let checked = 0;
  let prevHash: string | null = null;
  let afterId = 0;
  let upToCheckpoint = 0;
  let checkpointHash: string | null = null;
  for (;;) {
    const batch = await prisma.auditEvent.findMany({ where: { id: { gt: afterId } }, orderBy: { id: 'asc' }, take: batchSize });
    if (!batch.length) break;
    for (const event of batch) {
      const expected = eventHash({ ...event, prevHash });
      if (event.prevHash !== prevHash || event.hash !== expected) return result('CHAIN_BROKEN', checked, event.id);
      prevHash = event.hash;
      checked += 1;
      afterId = event.id;
      if (checkpoint && event.id <= checkpoint.lastId) upToCheckpoint += 1;
      if (checkpoint && event.id === checkpoint.lastId) checkpointHash = event.hash;
    }
  }
  if (bad) return result('BAD_CHECKPOINT', checked);
  if (!checkpoint) return result(null, checked);
  if (checkpointHash === null || upToCheckpoint < checkpoint.count) return result('TRUNCATED', checked);
  if (checkpointHash !== checkpoint.lastHash || upToCheckpoint !== checkpoint.count) return result('CHECKPOINT_MISMATCH', checked);
  return result(null, checked);
}

/**
 * `pnpm audit:verify`'s work: walks the trail against the store and, when it is intact, signs a
 * checkpoint of the head it verified (so the next walk is held to it).
 */
export async function verifyAndCheckpoint(prisma: Db, store: CheckpointStore): Promise<{ result: VerifyResult; written: Checkpoint | null }> {
  const result = await verifyAuditTrail(prisma, { checkpoints: store });
  return { result, written: result.ok ? await writeCheckpoint(prisma, store) : null };
}
