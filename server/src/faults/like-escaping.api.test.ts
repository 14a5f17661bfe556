// `%`, `_` and `\` in contains/startsWith/endsWith are the characters themselves, not LIKE
// wildcards: lists (Prisma), counts and aggregates (lib/where-sql.ts) find the same records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness.ts';

let t: TestApp;
let ids: number[];
beforeAll(async () => {
  t = await createTestApp();
  // Notes with each special character, set with a privileged client on a few seeded records.
  const rows = await t.db.prisma.beneficiary.findMany({ where: { deletedAt: null }, orderBy: { id: 'asc' }, take: 5, select: { id: true } });
  ids = rows.map((r) => r.id);
  const notes = ['diskon 50% habis', 'kode_a7', 'berkas C:\\arsip', '%awal dan akhir_', 'biasa saja'];
  for (const [i, id] of ids.entries()) await t.db.prisma.beneficiary.update({ where: { id }, data: { notes: notes[i]! } });
});
afterAll(() => t?.close());

/** Live beneficiaries whose notes hold `needle` as typed, counted by strpos (no pattern at all). */
async function holding(needle: string, where: 'in' | 'start' | 'end'): Promise<string[]> {
  const test = { in: 'strpos(notes, $1) > 0', start: 'left(notes, length($1)) = $1', end: 'right(notes, length($1)) = $1' }[where];
  const rows = await t.db.prisma.$queryRawUnsafe<{ id: number }[]>(`SELECT id FROM "Beneficiary" WHERE "deletedAt" IS NULL AND ${test} ORDER BY id`, needle);
  return rows.map((r) => String(r.id));
}

const QUERY = `query($w: BeneficiaryWhereInput) {
  list: beneficiaries(where: $w, take: 500, orderBy: [{ id: asc }]) { id }
  n: beneficiariesCount(where: $w)
  agg: beneficiariesAggregate(where: $w) { count }
}`;

describe('LIKE wildcards in text filters', () => {
  for (const needle of ['%', '_', '\\', '50%', '%awal', 'akhir_', 'C:\\arsip']) {
    for (const [op, where] of [['contains', 'in'], ['startsWith', 'start'], ['endsWith', 'end']] as const) {
      it(`${op}: ${JSON.stringify(needle)} matches only records holding it, in lists, counts and aggregates alike`, async () => {
        const expected = await holding(needle, where);
        const data = await t.ok(QUERY, { w: { notes: { [op]: needle } } });
        expect(data.list.map((b: { id: string }) => b.id)).toEqual(expected);
        expect(data.n).toBe(expected.length);
        // The aggregate suppresses small groups for non-admins; the admin sees the exact count.
        expect(data.agg[0]?.count ?? 0).toBe(expected.length);
      });
    }
  }

  it('finds the seeded records, and no longer every record for a bare %', async () => {
    expect(await holding('%', 'in')).toEqual([String(ids[0]), String(ids[3])]);
    const all = await t.ok(`{ beneficiariesCount }`);
    const percent = await t.ok(`{ n: beneficiariesCount(where: { notes: { contains: "%" } }) a: beneficiariesAggregate(where: { notes: { contains: "_" } }) { count } }`);
    expect(all.beneficiariesCount).toBeGreaterThan(2);
    expect(percent.n).toBe(2);
    expect(percent.a[0].count).toBe(2);
  });

  it('still matches case-insensitively, and through a negation', async () => {
    const data = await t.ok(QUERY, { w: { notes: { contains: 'DISKON 50%' } } });
    expect(data.list).toEqual([{ id: String(ids[0]) }]);
    const not = await t.ok(`query($w: BeneficiaryWhereInput) { n: beneficiariesCount(where: $w) a: beneficiariesAggregate(where: $w) { count } }`, { w: { notes: { not: { contains: '_' } } } });
    const withNotes = await t.db.prisma.beneficiary.count({ where: { deletedAt: null, notes: { not: null } } });
    expect(not.n).toBe(withNotes - 2);
    expect(not.a[0].count).toBe(not.n);
  });
});
