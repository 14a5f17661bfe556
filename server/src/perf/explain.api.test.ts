// The query plans of the registry's main list and dashboard queries, on generated data: every
// statement the API sends that reads the Beneficiary table must use an index, never a
// sequential scan, which at a million rows turns a page of 25 into a read of the whole table.
// The SQL is what Prisma actually sends (captured from db.statements.log), EXPLAINed with the
// parameters it was sent with.
import { generateBeneficiaries } from '@pilar/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness.ts';
import type { TestUser } from '../testing/users.ts';

let t: TestApp;
let districtId: string;
let villageId: string;
beforeAll(async () => {
  t = await createTestApp();
  await generateBeneficiaries(t.db.prisma, { count: 20_000, seed: 6 });
  // What autovacuum does to a freshly loaded table: statistics for the planner and the
  // visibility map that index-only scans need.
  await t.db.prisma.$executeRawUnsafe('VACUUM ANALYZE');
  const village = await t.db.prisma.region.findFirstOrThrow({ where: { code: { startsWith: '32.12.01.' }, level: 'VILLAGE' } });
  villageId = String(village.id);
  districtId = String(village.parentId);
}, 120_000);
afterAll(() => t?.close());

interface Statement {
  sql: string;
  params: unknown[];
}

/** Runs an operation as `user`; returns the statements it sent that read Beneficiary. */
async function statementsOf(user: TestUser, query: string, variables: Record<string, unknown> = {}): Promise<Statement[]> {
  await t.as(user).ok('{ me { id } }'); // authentication happens before the capture
  t.db.statements.log = [];
  t.db.statements.params = [];
  try {
    await t.as(user).ok(query, variables);
    return t.db.statements.log
      .map((sql, i) => ({ sql, params: JSON.parse(t.db.statements.params![i] ?? '[]') as unknown[] }))
      .filter((s) => /"Beneficiary"/.test(s.sql));
  } finally {
    t.db.statements.log = null;
    t.db.statements.params = null;
  }
}

async function plan({ sql, params }: Statement): Promise<string> {
  const rows = await t.db.prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql}`, ...params);
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

async function expectNoBeneficiaryScan(user: TestUser, query: string, variables: Record<string, unknown> = {}) {
  const statements = await statementsOf(user, query, variables);
  expect(statements.length, 'the operation reads Beneficiary').toBeGreaterThan(0);
  for (const statement of statements) {
    const text = await plan(statement);
    expect(text, `${text}\n\nfor\n${statement.sql}`).not.toMatch(/Seq Scan on "?(public"?\.)?"?Beneficiary"?/);
    expect(text).toMatch(/Index/);
  }
  return statements.length;
}

const PAGE = `query($where: BeneficiaryWhereInput) {
  beneficiaries(where: $where, orderBy: [{ name: asc }], take: 25) {
    id name status village { name parent { name } } distributions { distributedOn valueRupiah }
  }
  beneficiariesCount(where: $where)
}`;

describe('query plans on 20,000 generated beneficiaries', () => {
  it('the main list: a district and a status, by name, with its count', async () => {
    const where = { districtId: { equals: districtId }, status: { equals: 'ACTIVE' } };
    const [page, count] = await statementsOf('admin', PAGE, { where });
    expect(count, 'the page and its count, nothing else').toBeDefined();
    // The page reads 25 entries of the district index in name order: no sort of the district.
    const pagePlan = await plan(page!);
    expect(pagePlan, pagePlan).toMatch(/Index Scan using "Beneficiary_districtId_status_name_id_deletedAt_idx"/);
    expect(pagePlan, pagePlan).not.toMatch(/Sort Key: t0\./);
    // The count reads the same index only, not the table.
    const countPlan = await plan(count!);
    expect(countPlan, countPlan).toMatch(/Index Only Scan using "Beneficiary_districtId_status_name_id_deletedAt_idx"/);
    // A rare status in the same district takes another plan; it must not scan either.
    expect(await expectNoBeneficiaryScan('admin', PAGE, { where: { ...where, status: { equals: 'DECEASED' } } })).toBe(2);
    // The same district through the village relation is still an index read.
    await expectNoBeneficiaryScan('admin', PAGE, { where: { village: { is: { parentId: { equals: districtId } } }, status: { equals: 'ACTIVE' } } });
  });

  it('the list of one village, and the whole regency by name', async () => {
    await expectNoBeneficiaryScan('admin', PAGE, { where: { villageId: { equals: villageId }, status: { equals: 'ACTIVE' } } });
    await expectNoBeneficiaryScan('admin', PAGE, {});
  });

  it('a clerk’s list, within their district', async () => {
    await expectNoBeneficiaryScan('clerk', PAGE, { where: { status: { equals: 'ACTIVE' } } });
  });

  it('one beneficiary by id', async () => {
    const [{ id }] = (await t.db.prisma.beneficiary.findMany({ take: 1, orderBy: { id: 'desc' }, select: { id: true } })) as [{ id: number }];
    await expectNoBeneficiaryScan('auditor', 'query($id: ID!) { beneficiary(id: $id) { name village { name } } }', { id: String(id) });
  });

  it('the dashboard aggregates: by district and aid standard, and by district for one status', async () => {
    await expectNoBeneficiaryScan('viewer', '{ beneficiariesAggregate(groupBy: [district, aidStandard]) { key { district { name } aidStandard { code } } count } }');
    await expectNoBeneficiaryScan('admin', '{ beneficiariesAggregate(where: { status: { equals: ACTIVE } }, groupBy: [district]) { key { district { name } } count } }');
  });
});
