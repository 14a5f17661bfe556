// The dashboard result cache (lib/read-cache.ts): identical aggregates share one statement, a
// committed change shows on the very next load, and out-of-band changes within the TTL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const DASHBOARD = '{ beneficiariesAggregate(groupBy: [aidStandard]) { key { aidStandard { code } } count } }';
const total = (data: Record<string, any>) => (data.beneficiariesAggregate as { count: number }[]).reduce((sum, row) => sum + row.count, 0);

async function statementsFor(work: () => Promise<unknown>): Promise<number> {
  const before = t.db.statements.count;
  await work();
  return t.db.statements.count - before;
}

describe('kept dashboard figures', () => {
  it('answer 16 identical dashboards at once with one statement, and repeats from memory', async () => {
    await t.as('viewer').ok('{ me { id } }');
    const sent = await statementsFor(() => Promise.all(Array.from({ length: 16 }, () => t.as('viewer').ok(DASHBOARD))));
    expect(sent).toBe(1);
    expect(await statementsFor(() => t.as('viewer').ok(DASHBOARD))).toBe(0);
    // Another filter is another statement.
    expect(await statementsFor(() => t.as('viewer').ok('{ beneficiariesAggregate(where: { status: { equals: ACTIVE } }) { count } }'))).toBe(1);
  });

  // An auditor's figures are exact (a VIEWER's are rounded to 5), so one record shows.
  it('are forgotten when a change commits, so the next dashboard counts it', async () => {
    const before = total(await t.as('auditor').ok(DASHBOARD));
    const target = await t.db.prisma.beneficiary.findFirstOrThrow({ where: { deletedAt: null } });
    await t.ok('mutation($id: ID!) { deleteBeneficiary(id: $id) { id } }', { id: String(target.id) });
    expect(total(await t.as('auditor').ok(DASHBOARD))).toBe(before - 1);
    await t.ok('mutation($id: ID!) { restoreBeneficiary(id: $id) { id } }', { id: String(target.id) });
    expect(total(await t.as('auditor').ok(DASHBOARD))).toBe(before);
  });

  it('show a change made outside the API within the TTL, recomputed in the background', async () => {
    process.env.AGGREGATE_CACHE_TTL_MS = '300';
    const target = await t.db.prisma.beneficiary.findFirstOrThrow({ where: { deletedAt: null } });
    try {
      const before = total(await t.as('auditor').ok(DASHBOARD));
      await t.db.prisma.$executeRawUnsafe(`UPDATE "Beneficiary" SET "deletedAt" = now() WHERE id = ${target.id}`);
      expect(total(await t.as('auditor').ok(DASHBOARD))).toBe(before); // the kept figure
      await new Promise((resolve) => setTimeout(resolve, 350));
      // Past the TTL: answered at once with the kept figure while it is recomputed...
      expect(await statementsFor(async () => expect(total(await t.as('auditor').ok(DASHBOARD))).toBe(before))).toBeLessThanOrEqual(1);
      // ...and the recomputed one follows.
      let now = before;
      for (let i = 0; i < 40 && now === before; i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        now = total(await t.as('auditor').ok(DASHBOARD));
      }
      expect(now).toBe(before - 1);
      // After a long pause nothing old is served: the request waits for a fresh figure.
      await t.db.prisma.$executeRawUnsafe(`UPDATE "Beneficiary" SET "deletedAt" = NULL WHERE id = ${target.id}`);
      await new Promise((resolve) => setTimeout(resolve, 650));
      expect(total(await t.as('auditor').ok(DASHBOARD))).toBe(before);
    } finally {
      await t.db.prisma.$executeRawUnsafe(`UPDATE "Beneficiary" SET "deletedAt" = NULL WHERE id = ${target.id}`);
      delete process.env.AGGREGATE_CACHE_TTL_MS;
    }
  });

  it('are per filter and scope: a clerk never gets another clerk’s figures', async () => {
    const a = total(await t.as('clerk').ok(DASHBOARD));
    const b = total(await t.as('clerk2').ok(DASHBOARD));
    const hand = async (code: string) =>
      t.db.prisma.beneficiary.count({ where: { deletedAt: null, village: { OR: [{ code: { startsWith: `${code}.` } }, { parent: { code } }] } } });
    expect({ a, b }).toEqual({ a: await hand('32.12.01'), b: await hand('32.12.02') });
    expect(a).not.toBe(b);
  });
});
