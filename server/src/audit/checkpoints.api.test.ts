// Someone with rights on the database removes or rewrites audit events, triggers disabled: the
// hash chain catches a removal in the middle, the signed checkpoints (kept outside the
// database) catch the newest events removed, and a forged checkpoint is caught by its signature.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkpointStore, checkpointStoreFromEnv, startCheckpoints, writeCheckpoint, type CheckpointStore } from './checkpoints.ts';
import { eventHash, verifyAndCheckpoint } from './trail.ts';
import { seedRefs, type SeedRefs } from '../testing/fixtures.ts';
import { createTestApp, type TestApp } from '../testing/harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'pilar-checkpoints-'));
const key = randomBytes(32);
let file = '';
// The store the app reads; each test starts with an empty file of its own.
const store: CheckpointStore = {
  get file() {
    return file;
  },
  read: () => checkpointStore(file, key).read(),
  append: (head) => checkpointStore(file, key).append(head),
};
let t: TestApp;
let refs: SeedRefs;
let serial = 0;
beforeAll(async () => {
  t = await createTestApp({ checkpoints: store });
  refs = await seedRefs(t);
});
beforeEach(() => {
  file = join(dir, `checkpoints-${++serial}.jsonl`);
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

const VERIFY = `{ verifyAuditTrail { ok checked firstBrokenId problem truncated badCheckpointLine checkpoint { lastId lastHash count at signature } } }`;

/** A few audited changes through the API: the newest events of the trail. */
async function change(times: number) {
  for (let i = 0; i < times; i++) {
    await t.ok(`mutation($d: VenueCreateInput!) { createVenue(data: $d) { id } }`, { d: { name: `Balai uji ${++serial}`, villageId: refs.villageId } });
  }
}

/** As the database owner: statements on AuditEvent with its append-only triggers off. */
async function asOwner(sql: string) {
  await t.db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`);
  try {
    await t.db.prisma.$executeRawUnsafe(sql);
  } finally {
    await t.db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER ALL`);
  }
}

const newestIds = async (n: number) => (await t.db.prisma.auditEvent.findMany({ orderBy: { id: 'desc' }, take: n, select: { id: true } })).map((e) => e.id);

describe('the newest audit events removed with database rights', () => {
  it('go unnoticed by the chain alone, and are reported against the newest checkpoint', async () => {
    await change(3);
    const checkpoint = await writeCheckpoint(t.db.prisma, store);
    const intact = (await t.as('auditor').ok(VERIFY)).verifyAuditTrail;
    expect(intact).toMatchObject({ ok: true, problem: null, truncated: false, checkpoint: { lastId: String(checkpoint!.lastId), count: checkpoint!.count } });

    const tail = await newestIds(2);
    await asOwner(`DELETE FROM "AuditEvent" WHERE id IN (${tail.join(',')})`);
    // What is left is a valid chain: without the checkpoint the walk says intact.
    const kept = file;
    file = join(dir, `empty-${serial}.jsonl`);
    expect((await t.as('auditor').ok(VERIFY)).verifyAuditTrail).toMatchObject({ ok: true, problem: null, checkpoint: null });
    file = kept;

    const result = (await t.as('auditor').ok(VERIFY)).verifyAuditTrail;
    expect(result).toMatchObject({ ok: false, problem: 'TRUNCATED', truncated: true, firstBrokenId: null, checkpoint: { lastId: String(checkpoint!.lastId), lastHash: checkpoint!.lastHash } });
    // New events after the removal do not hide it.
    await change(3);
    expect((await t.as('auditor').ok(VERIFY)).verifyAuditTrail).toMatchObject({ ok: false, problem: 'TRUNCATED' });
    // Nor does the command: it reports it and signs no checkpoint of the truncated trail.
    const lines = readFileSync(file, 'utf8');
    const command = await verifyAndCheckpoint(t.db.prisma, store);
    expect(command).toMatchObject({ result: { ok: false, problem: 'TRUNCATED' }, written: null });
    expect(readFileSync(file, 'utf8')).toBe(lines);
  });

  it('are reported when the chain was rewritten to the checkpoint’s head', async () => {
    await change(1);
    const checkpoint = (await writeCheckpoint(t.db.prisma, store))!;
    // The newest event edited and its hash recomputed: a valid chain, but not the signed head.
    const last = await t.db.prisma.auditEvent.findUniqueOrThrow({ where: { id: checkpoint.lastId } });
    const forged = { ...last, actorName: 'someone else' };
    await asOwner(`UPDATE "AuditEvent" SET "actorName" = 'someone else', hash = '${eventHash(forged)}' WHERE id = ${last.id}`);
    try {
      expect((await t.as('auditor').ok(VERIFY)).verifyAuditTrail).toMatchObject({ ok: false, problem: 'CHECKPOINT_MISMATCH', truncated: false, firstBrokenId: null });
    } finally {
      await asOwner(`UPDATE "AuditEvent" SET "actorName" = '${last.actorName.replace(/'/g, "''")}', hash = '${last.hash}' WHERE id = ${last.id}`);
    }
    expect((await t.as('auditor').ok(VERIFY)).verifyAuditTrail).toMatchObject({ ok: true });
  });
});

describe('a forged checkpoint', () => {
  it('is reported by its signature: edited, signed with another key, or not a checkpoint', async () => {
    await change(1);
    const real = (await writeCheckpoint(t.db.prisma, store))!;
    expect((await t.ok(VERIFY)).verifyAuditTrail).toMatchObject({ ok: true });
    const good = readFileSync(file, 'utf8');
    // A lower count and an older head, to let a truncation pass: the signature no longer fits.
    const edited = JSON.stringify({ ...real, count: real.count - 2 });
    const otherKey = await checkpointStore(join(dir, `other-${serial}.jsonl`), randomBytes(32)).append({ ...real, count: real.count - 2 });
    for (const line of [edited, JSON.stringify(otherKey), 'not json']) {
      writeFileSync(file, `${good}${line}\n`);
      const result = (await t.as('auditor').ok(VERIFY)).verifyAuditTrail;
      expect(result, line).toMatchObject({ ok: false, problem: 'BAD_CHECKPOINT', badCheckpointLine: 2 });
    }
  });
});

describe('an event removed in the middle', () => {
  it('is still reported as the first broken one, with or without checkpoints', async () => {
    await change(3);
    await writeCheckpoint(t.db.prisma, store);
    const [, middle] = await newestIds(3);
    const row = (await t.db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "AuditEvent" WHERE id = ${middle}`))[0]!;
    await asOwner(`DELETE FROM "AuditEvent" WHERE id = ${middle}`);
    try {
      const result = (await t.as('auditor').ok(VERIFY)).verifyAuditTrail;
      expect(result).toMatchObject({ ok: false, problem: 'CHAIN_BROKEN', firstBrokenId: String(middle! + 1) });
    } finally {
      // Put back as it was, so the trail is whole again.
      await t.db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`);
      await t.db.prisma.$executeRawUnsafe(`INSERT INTO "AuditEvent" SELECT * FROM json_populate_record(NULL::"AuditEvent", $1::json)`, JSON.stringify(row));
      await t.db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER ALL`);
    }
    expect((await t.as('auditor').ok(VERIFY)).verifyAuditTrail).toMatchObject({ ok: true });
  });
});

describe('the latest checkpoint', () => {
  it('is shown to ADMIN and AUDITOR, and refused to a VIEWER', async () => {
    expect((await t.ok(`{ auditCheckpoint { lastId } }`)).auditCheckpoint).toBeNull();
    await change(1);
    const written = (await writeCheckpoint(t.db.prisma, store))!;
    for (const user of ['admin', 'auditor'] as const) {
      const { auditCheckpoint } = await t.as(user).ok(`{ auditCheckpoint { lastId lastHash count at signature } }`);
      expect(auditCheckpoint).toEqual({ lastId: String(written.lastId), lastHash: written.lastHash, count: written.count, at: written.at, signature: written.signature });
    }
    const viewer = await t.as('viewer').gql(`{ auditCheckpoint { lastId } }`);
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The command writes one after each intact walk; an unchanged head is not written twice.
    await change(1);
    const { result, written: next } = await verifyAndCheckpoint(t.db.prisma, store);
    expect(result.ok).toBe(true);
    expect(next!.lastId).toBeGreaterThan(written.lastId);
    await verifyAndCheckpoint(t.db.prisma, store);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
  });
});

describe('the server’s checkpoints', () => {
  it('are written at start and once more when stopped (at shutdown)', async () => {
    await change(1);
    const errors: unknown[] = [];
    const writer = startCheckpoints(t.db.prisma, store, (error) => errors.push(error));
    // The first one is written at once; wait for it before the trail moves on.
    for (let i = 0; i < 200 && !(await store.read()).checkpoints.length; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    await change(2);
    await writer.stop();
    const written = (await store.read()).checkpoints;
    const head = await t.db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(errors).toEqual([]);
    expect(written).toHaveLength(2);
    expect(written[1]).toMatchObject({ lastId: head.id, lastHash: head.hash, count: await t.db.prisma.auditEvent.count() });
    expect(written[0]!.lastId).toBeLessThan(head.id);
  });
});

describe('the checkpoint key', () => {
  it('is generated once into the data folder when not configured, and refused when short', async () => {
    const data = mkdtempSync(join(dir, 'data-'));
    const first = await checkpointStoreFromEnv(data, {});
    const keyFile = readFileSync(join(data, 'audit-checkpoint.key'), 'utf8');
    expect(keyFile.trim()).toMatch(/^[0-9a-f]{64}$/);
    expect(first.file).toBe(join(data, 'audit-checkpoints.jsonl'));
    await first.append({ lastId: 1, lastHash: 'a', count: 1, at: new Date().toISOString() });
    // A second start reads the same key: its checkpoints still verify.
    const again = await checkpointStoreFromEnv(data, {});
    expect((await again.read()).bad).toBeNull();
    expect(readFileSync(join(data, 'audit-checkpoint.key'), 'utf8')).toBe(keyFile);
    // A configured key and file win; another key does not accept the first one's checkpoints.
    const configured = await checkpointStoreFromEnv(data, { AUDIT_CHECKPOINT_KEY: 'k'.repeat(40), AUDIT_CHECKPOINT_FILE: first.file });
    expect((await configured.read()).bad).toEqual({ line: 1 });
    await expect(checkpointStoreFromEnv(data, { AUDIT_CHECKPOINT_KEY: 'short' })).rejects.toThrow(/at least 32/);
  });
});
