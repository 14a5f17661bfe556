import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness.ts';
import { seedRefs, type SeedRefs } from '../testing/fixtures.ts';

let t: TestApp;
let refs: SeedRefs;
beforeAll(async () => {
  t = await createTestApp();
  refs = await seedRefs(t);
});
afterAll(() => t?.close());

describe('pagination', () => {
  it('returns 25 rows by default and accepts up to 500', async () => {
    const data = await t.ok(`{ d: workers { id } m: workers(take: 500) { id } }`);
    expect(data.d).toHaveLength(25);
    expect(data.m).toHaveLength(500);
  });

  it('refuses take above 500 with a clear error on take', async () => {
    const result = await t.gql(`{ workers(take: 501) { id } }`);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'take' } });
    expect(result.errors?.[0]?.message).toContain('500');
  });

  it('pages with skip in a stable order, so pages never overlap', async () => {
    const data = await t.ok(`{
      p1: workers(take: 30, orderBy: [{ role: asc }]) { id }
      p2: workers(skip: 30, take: 30, orderBy: [{ role: asc }]) { id }
      both: workers(take: 60, orderBy: [{ role: asc }]) { id }
    }`);
    expect([...data.p1, ...data.p2]).toEqual(data.both);
  });

  it('refuses a negative skip', async () => {
    const result = await t.gql(`{ workers(skip: -1) { id } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'skip' });
  });
});

describe('where', () => {
  it('matches text case-insensitively with contains and startsWith', async () => {
    const data = await t.ok(`{
      a: regionsCount(where: { name: { contains: "KARANGTUM" } })
      b: regionsCount(where: { name: { startsWith: "karangtum" } })
      c: regionsCount(where: { name: { equals: "karangtumaritis" } })
    }`);
    expect(data).toEqual({ a: 1, b: 1, c: 0 });
  });

  it('supports in, notIn, lt/gte on numbers and dates, and not', async () => {
    const data = await t.ok(`{
      inRoles: workersCount(where: { role: { in: [TKSK, PSM] } })
      tksk: workersCount(where: { role: { equals: TKSK } })
      psm: workersCount(where: { role: { equals: PSM } })
      notTksk: workersCount(where: { role: { not: { equals: TKSK } } })
      all: workersCount
      may: trainingSessionsCount(where: { startsAt: { gte: "2024-05-01", lt: "2024-06-01" } })
      years: programsCount(where: { year: { gte: 2024, lte: 2024 } })
    }`);
    expect(data.inRoles).toBe(data.tksk + data.psm);
    expect(data.notTksk).toBe(data.all - data.tksk);
    expect(data.may).toBeGreaterThanOrEqual(1);
    expect(data.years).toBeGreaterThanOrEqual(2);
  });

  it('filters through to-one relations with is/isNot and to-many with some/none/every', async () => {
    const data = await t.ok(
      `query($d: IDFilter!) {
        inDistrict: beneficiariesCount(where: { village: { is: { parentId: $d } } })
        outside: beneficiariesCount(where: { village: { isNot: { parentId: $d } } })
        all: beneficiariesCount
        withAid: beneficiariesCount(where: { distributions: { some: {} } })
        withoutAid: beneficiariesCount(where: { distributions: { none: {} } })
        sessionsAllAttended: trainingSessionsCount(where: { attendances: { every: { status: { equals: ATTENDED } } } })
      }`,
      { d: { equals: refs.districtId } },
    );
    expect(data.inDistrict).toBeGreaterThan(0);
    expect(data.inDistrict + data.outside).toBe(data.all);
    expect(data.withAid + data.withoutAid).toBe(data.all);
    expect(data.sessionsAllAttended).toBeGreaterThanOrEqual(0);
  });

  it('combines AND, OR and NOT', async () => {
    const data = await t.ok(`{
      or: workersCount(where: { OR: [{ role: { equals: TKSK } }, { role: { equals: PSM } }] })
      inRoles: workersCount(where: { role: { in: [TKSK, PSM] } })
      and: workersCount(where: { AND: [{ role: { equals: TKSK } }, { status: { equals: ACTIVE } }] })
      not: workersCount(where: { NOT: [{ role: { equals: TKSK } }] })
      all: workersCount
      tksk: workersCount(where: { role: { equals: TKSK } })
    }`);
    expect(data.or).toBe(data.inRoles);
    expect(data.and).toBeLessThanOrEqual(data.tksk);
    expect(data.not).toBe(data.all - data.tksk);
  });

  it('refuses a malformed id inside a filter on that field', async () => {
    const result = await t.gql(`{ beneficiaries(where: { villageId: { equals: "1 OR 1=1" } }) { id } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'villageId' });
  });

  it('treats SQL-looking text as plain text', async () => {
    const data = await t.ok(`{ beneficiariesCount(where: { name: { contains: "'; DROP TABLE \\"Beneficiary\\"; --" } }) }`);
    expect(data.beneficiariesCount).toBe(0);
    expect((await t.ok(`{ beneficiariesCount }`)).beneficiariesCount).toBeGreaterThan(0);
  });
});

describe('orderBy', () => {
  it('sorts by any scalar field, several fields in order, ties broken by id', async () => {
    const data = await t.ok(`{ workers(take: 200, orderBy: [{ role: desc }, { name: asc }]) { id role name } }`);
    const rows = data.workers as { id: string; role: string; name: string }[];
    const sorted = [...rows].sort(
      (a, b) => b.role.localeCompare(a.role) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || Number(a.id) - Number(b.id),
    );
    expect(rows.map((r) => r.role)).toEqual(sorted.map((r) => r.role));
  });
});

describe('relations both ways', () => {
  it('navigates session → venue, session → attendances → worker, beneficiary → distributions, region → children', async () => {
    const data = await t.ok(
      `query($s: ID!, $r: ID!) {
        trainingSession(id: $s) { venue { name sessions(take: 1) { id } } attendances(take: 2) { worker { name attendancesCount } } }
        region(id: $r) { children(take: 3) { level parent { id } } childrenCount }
        beneficiaries(take: 1, where: { distributions: { some: {} } }) { distributions { beneficiary { id } } distributionsCount }
      }`,
      { s: refs.sessionId, r: refs.districtId },
    );
    expect(data.trainingSession.venue.name).toBe('Balai Desa Karangtumaritis');
    expect(data.trainingSession.attendances).toHaveLength(2);
    expect(data.region.children[0]).toEqual({ level: 'VILLAGE', parent: { id: refs.districtId } });
    expect(data.region.childrenCount).toBeGreaterThan(5);
    expect(data.beneficiaries[0].distributionsCount).toBeGreaterThan(0);
  });
});
