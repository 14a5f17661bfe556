import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

/** SQL statements one operation sends to the database (Prisma's query events). */
async function statementsFor(query: string): Promise<number> {
  const before = t.db.statements.count;
  await t.ok(query);
  return t.db.statements.count - before;
}

const nested = (take: number) => `{
  beneficiaries(take: ${take}) {
    name village { name parent { name } } aidStandard { code } registeredBy { name }
    distributions { valueRupiah program { name } } distributionsCount
  }
  beneficiariesCount
}`;

describe('nested list queries', () => {
  it('send the same number of SQL statements for 5 rows as for 200 (no N+1)', async () => {
    await statementsFor(nested(1)); // warm up
    const few = await statementsFor(nested(5));
    const many = await statementsFor(nested(200));
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(14); // the query's own, plus authentication
  });

  it('load a session roster with workers and their regions in constant statements', async () => {
    const roster = (take: number) => `{ trainingSessions(take: 3) { title venue { name } attendances(take: ${take}) { status worker { name region { name } } } } }`;
    expect(await statementsFor(roster(200))).toBe(await statementsFor(roster(2)));
  });
});
