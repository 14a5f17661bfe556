// Lost-update protection under a real race: 20 clients update one record quoting the same
// version at the same moment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness.ts';

// Every writer gets its own connection at once, so the race is decided by the database (row
// lock and version check), not by the order of a connection queue.
process.env.DATABASE_POOL_SIZE = '25';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const UPDATE = `mutation($id: ID!, $version: Int!, $notes: String!) {
  updateBeneficiary(id: $id, version: $version, data: { notes: $notes }) { id version notes }
}`;

describe('20 concurrent updates of one record with the same version', () => {
  it('lets exactly one win, answers VERSION_CONFLICT to the other 19, and loses nothing', async () => {
    const target = await t.db.prisma.beneficiary.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: 'asc' } });
    const auditBefore = await t.db.prisma.auditEvent.count({ where: { entity: 'Beneficiary', recordId: String(target.id), action: 'UPDATE' } });
    const writers = Array.from({ length: 20 }, (_, i) => `writer ${i}`);
    // Signed in first, so all 20 requests reach the database together.
    await t.ok('{ me { id } }');
    const results = await Promise.all(writers.map((notes) => t.gql(UPDATE, { id: String(target.id), version: target.version, notes })));

    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((r) => r.errors![0]!.extensions!.code)).toEqual(Array(19).fill('VERSION_CONFLICT'));
    for (const loser of losers) expect(loser.errors![0]!.extensions!.currentVersion).toBe(target.version + 1);

    const won = winners[0]!.data!.updateBeneficiary;
    expect(won.version).toBe(target.version + 1);
    const stored = await t.db.prisma.beneficiary.findUniqueOrThrow({ where: { id: target.id } });
    // The winner's change is what is stored, and the record moved on exactly one version.
    expect({ version: stored.version, notes: stored.notes }).toEqual({ version: target.version + 1, notes: won.notes });
    expect({ ...stored, notes: target.notes, version: target.version, updatedAt: target.updatedAt }).toEqual(target);
    // One change, one audit event; the trail still verifies.
    const events = await t.db.prisma.auditEvent.findMany({ where: { entity: 'Beneficiary', recordId: String(target.id), action: 'UPDATE' }, orderBy: { id: 'asc' } });
    expect(events).toHaveLength(auditBefore + 1);
    expect(events.at(-1)!.after).toEqual({ notes: won.notes });
    expect((await t.ok('{ verifyAuditTrail { ok } }')).verifyAuditTrail.ok).toBe(true);

    // A loser that reloads and retries with the current version succeeds.
    const retry = await t.ok(UPDATE, { id: String(target.id), version: stored.version, notes: 'after reload' });
    expect(retry.updateBeneficiary.version).toBe(target.version + 2);
  });
});
