import { generateBeneficiaries } from '@pilar/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness.ts';

/**
 * Aggregates against figures counted by hand in SQL, on the seed (the article's figures) and on
 * generated beneficiaries; the same filters as the lists; region scope; small-group suppression.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await generateBeneficiaries(t.db.prisma, { count: 3_000, seed: 11 });
});
afterAll(() => t?.close());

type Row = { key: Record<string, any>; count: number | null; [measure: string]: any };
const sql = <T,>(text: string, ...values: unknown[]) => t.db.prisma.$queryRawUnsafe<T[]>(text, ...values);
/** `{ "label": count }` from aggregate rows, keyed by one key field (and its subfield). */
const byKey = (rows: Row[], field: string, sub?: string, value: (r: Row) => unknown = (r) => r.count) =>
  Object.fromEntries(rows.map((r) => [sub ? r.key[field]?.[sub] : r.key[field], value(r)]));

const PROGRAMME_2024 = { session: { is: { program: { is: { year: { equals: 2024 }, kind: { equals: 'TRAINING' } } } } } };

describe('the article’s figures', () => {
  it('counts the 1,678 participants of the 2024 programme by role, as SQL does', async () => {
    const data = await t.ok(
      `query($w: AttendanceWhereInput, $ww: WorkerWhereInput) {
        byRole: attendancesAggregate(where: $w, groupBy: [role]) { key { role } count distinct { workers } }
        total: attendancesAggregate(where: $w) { distinct { workers } }
        workers: workersAggregate(where: $ww, groupBy: [role]) { key { role } count }
      }`,
      { w: PROGRAMME_2024, ww: { attendances: { some: PROGRAMME_2024 } } },
    );
    const expected = await sql<{ role: string; n: number }>(`
      SELECT w.role::text AS role, count(DISTINCT a."workerId")::int AS n
      FROM "Attendance" a JOIN "Worker" w ON w.id = a."workerId" JOIN "TrainingSession" s ON s.id = a."sessionId" JOIN "Program" p ON p.id = s."programId"
      WHERE p.year = 2024 AND p.kind = 'TRAINING' AND a."deletedAt" IS NULL GROUP BY 1`);
    const hand = Object.fromEntries(expected.map((r) => [r.role, r.n]));
    expect(Object.keys(hand)).toHaveLength(6);
    expect(byKey(data.byRole, 'role', undefined, (r) => r.distinct.workers)).toEqual(hand);
    expect(byKey(data.workers, 'role')).toEqual(hand);
    expect(data.total[0].distinct.workers).toBe(1678);
    expect(Object.values(hand).reduce((a, b) => a + b, 0)).toBe(1678);
  });

  it('counts 238 at the session of 21 May 2024, by district of the workers', async () => {
    const data = await t.ok(`{
      session: attendancesAggregate(where: { session: { is: { startsAt: { gte: "2024-05-21", lt: "2024-05-22" } } } }, groupBy: [session, venue, sessionMonth, status]) {
        key { session { id name } venue { name } sessionMonth status } count
      }
      districts: attendancesAggregate(where: { session: { is: { startsAt: { gte: "2024-05-21", lt: "2024-05-22" } } } }, groupBy: [district]) { key { district { name code } } count }
    }`);
    expect(data.session).toEqual([
      { key: { session: { id: expect.any(String), name: expect.stringContaining('Haurgeulis') }, venue: { name: 'Balai Desa Karangtumaritis' }, sessionMonth: '2024-05', status: 'ATTENDED' }, count: 238 },
    ]);
    expect(data.districts.map((r: Row) => r.key.district.name).sort()).toEqual(['Anjatan', 'Gantar', 'Haurgeulis', 'Patrol', 'Sukra']);
    expect(data.districts.reduce((a: number, r: Row) => a + r.count!, 0)).toBe(238);
  });

  it('splits the food aid of 21 May 2024 by the 4 standards, with count and value as SQL does', async () => {
    const data = await t.ok(`{
      aidDistributionsAggregate(where: { distributedOn: { equals: "2024-05-21" }, program: { is: { name: { contains: "permakanan" } } } }, groupBy: [aidStandard]) {
        key { aidStandard { code name } } count persons sum { valueRupiah quantity } avg { valueRupiah } distinct { beneficiaries }
      }
    }`);
    const expected = await sql<{ code: string; n: number; value: number; persons: number }>(`
      SELECT s.code, count(*)::int AS n, sum(d."valueRupiah")::float8 AS value, count(DISTINCT d."beneficiaryId")::int AS persons
      FROM "AidDistribution" d JOIN "AidStandard" s ON s.id = d."aidStandardId" JOIN "Program" p ON p.id = d."programId"
      WHERE d."distributedOn" = DATE '2024-05-21' AND p.name ILIKE '%permakanan%' AND d."deletedAt" IS NULL GROUP BY 1 ORDER BY 1`);
    expect(expected).toHaveLength(4);
    expect(data.aidDistributionsAggregate.map((r: Row) => [r.key.aidStandard.code, r.count, r.sum.valueRupiah, r.persons, r.distinct.beneficiaries])).toEqual(
      expected.map((e) => [e.code, e.n, e.value, e.persons, e.persons]),
    );
    expect(data.aidDistributionsAggregate[0].avg.valueRupiah).toBe(expected[0]!.value / expected[0]!.n);
  });

  it('gives Indramayu’s poverty rate by year: 12.77 (2022) and 12.13 (2023)', async () => {
    const data = await t.ok(`{
      povertyIndicatorsAggregate(where: { region: { is: { code: { equals: "32.12" } } } }, groupBy: [region, year]) { key { region { name code } year } avg { ratePercent } }
    }`);
    expect(data.povertyIndicatorsAggregate).toEqual([
      { key: { region: { name: 'Kabupaten Indramayu', code: '32.12' }, year: 2022 }, avg: { ratePercent: 12.77 } },
      { key: { region: { name: 'Kabupaten Indramayu', code: '32.12' }, year: 2023 }, avg: { ratePercent: 12.13 } },
    ]);
  });

  it('sums aid per month of 2024 as SQL does', async () => {
    const data = await t.ok(`{ aidDistributionsAggregate(where: { distributedOn: { gte: "2024-01-01", lt: "2025-01-01" } }, groupBy: [distributedMonth]) { key { distributedMonth } count sum { valueRupiah } } }`);
    const expected = await sql<{ m: string; n: number; v: number }>(`
      SELECT to_char("distributedOn", 'YYYY-MM') AS m, count(*)::int AS n, sum("valueRupiah")::float8 AS v FROM "AidDistribution"
      WHERE "distributedOn" >= DATE '2024-01-01' AND "distributedOn" < DATE '2025-01-01' AND "deletedAt" IS NULL GROUP BY 1 ORDER BY 1`);
    expect(data.aidDistributionsAggregate.map((r: Row) => [r.key.distributedMonth, r.count, r.sum.valueRupiah])).toEqual(expected.map((e) => [e.m, e.n, e.v]));
  });
});

describe('beneficiaries, seeded and generated', () => {
  it('counts by district and aid standard as SQL does', async () => {
    const data = await t.ok(`{ beneficiariesAggregate(groupBy: [district, aidStandard]) { key { district { id name code } aidStandard { code } } count distinct { families } } }`);
    const expected = await sql<{ district: number; code: string; n: number; families: number }>(`
      SELECT v."parentId" AS district, s.code, count(*)::int AS n, count(DISTINCT b."kkNumber")::int AS families
      FROM "Beneficiary" b JOIN "Region" v ON v.id = b."villageId" JOIN "AidStandard" s ON s.id = b."aidStandardId"
      WHERE b."deletedAt" IS NULL GROUP BY 1, 2`);
    const key = (district: string | number, code: string) => `${district}/${code}`;
    const got = Object.fromEntries(data.beneficiariesAggregate.map((r: Row) => [key(r.key.district.id, r.key.aidStandard.code), [r.count, r.distinct.families]]));
    expect(got).toEqual(Object.fromEntries(expected.map((e) => [key(e.district, e.code), [e.n, e.families]])));
    expect(data.beneficiariesAggregate.reduce((a: number, r: Row) => a + r.count!, 0)).toBeGreaterThan(3_000);
    // Rows come sorted by the district's code, then the standard's.
    const codes = data.beneficiariesAggregate.map((r: Row) => r.key.district.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('counts by gender and age band as the birth dates say', async () => {
    const data = await t.ok(`{ beneficiariesAggregate(groupBy: [gender, ageBand], ageAsOf: "2024-05-21") { key { gender ageBand { from to label } } count } }`);
    const people = await sql<{ gender: string; birthDate: Date }>(`SELECT gender::text AS gender, "birthDate" FROM "Beneficiary" WHERE "deletedAt" IS NULL`);
    const bands = [0, 18, 30, 40, 50, 60, 70, 80];
    const counts: Record<string, number> = {};
    for (const p of people) {
      const b = p.birthDate;
      const age = 2024 - b.getUTCFullYear() - (b.getUTCMonth() > 4 || (b.getUTCMonth() === 4 && b.getUTCDate() > 21) ? 1 : 0);
      const from = [...bands].reverse().find((x) => age >= x)!;
      counts[`${p.gender}/${from}`] = (counts[`${p.gender}/${from}`] ?? 0) + 1;
    }
    expect(Object.fromEntries(data.beneficiariesAggregate.map((r: Row) => [`${r.key.gender}/${r.key.ageBand.from}`, r.count]))).toEqual(counts);
    expect(data.beneficiariesAggregate.find((r: Row) => r.key.ageBand.from === 80)?.key.ageBand).toEqual({ from: 80, to: null, label: '80+' });
    expect(data.beneficiariesAggregate.find((r: Row) => r.key.ageBand.from === 60)?.key.ageBand).toEqual({ from: 60, to: 69, label: '60–69' });
  });

  it('counts by regency, district and village consistently', async () => {
    const data = await t.ok(`{
      regency: beneficiariesAggregate(groupBy: [regency]) { key { regency { code } } count }
      districts: beneficiariesAggregate(groupBy: [district]) { count }
      villages: beneficiariesAggregate(groupBy: [village]) { count }
      total: beneficiariesCount
    }`);
    const sum = (rows: Row[]) => rows.reduce((a, r) => a + r.count!, 0);
    expect(data.regency).toEqual([{ key: { regency: { code: '32.12' } }, count: data.total }]);
    expect(sum(data.districts)).toBe(data.total);
    expect(sum(data.villages)).toBe(data.total);
    expect(data.districts).toHaveLength(31);
  });
});

describe('the same where as the lists', () => {
  let nonZero = 0;
  const cases: [string, string, Record<string, unknown>][] = [
    ['Beneficiary', 'beneficiaries', { status: { in: ['ACTIVE', 'MOVED'] }, gender: { equals: 'FEMALE' } }],
    ['Beneficiary', 'beneficiaries', { name: { contains: 'ah' }, birthDate: { lt: '1960-01-01' } }],
    ['Beneficiary', 'beneficiaries', { OR: [{ name: { startsWith: 'sit' } }, { name: { endsWith: 'ING' } }], NOT: [{ status: { equals: 'DECEASED' } }] }],
    ['Beneficiary', 'beneficiaries', { registeredBy: { is: { role: { equals: 'TKSK' } } } }],
    ['Beneficiary', 'beneficiaries', { registeredBy: { isNot: { role: { equals: 'TKSK' } } } }],
    ['Beneficiary', 'beneficiaries', { registeredById: { equals: null } }],
    ['Beneficiary', 'beneficiaries', { notes: { not: { equals: 'x' } }, phone: { not: null } }],
    ['Beneficiary', 'beneficiaries', { village: { is: { parent: { is: { name: { in: ['Haurgeulis', 'Gantar'] } } } } } }],
    ['Beneficiary', 'beneficiaries', { distributions: { some: { valueRupiah: { gte: 400000 } } } }],
    ['Beneficiary', 'beneficiaries', { distributions: { none: {} } }],
    ['Beneficiary', 'beneficiaries', { distributions: { every: { aidStandard: { is: { code: { equals: 'LANSIA_TELANTAR' } } } } } }],
    ['Beneficiary', 'beneficiaries', { id: { notIn: [] }, status: { notIn: ['ACTIVE'] } }],
    ['Beneficiary', 'beneficiaries', { deletedAt: { not: null } }],
    ['Worker', 'workers', { attendances: { every: { status: { equals: 'ATTENDED' } } }, role: { not: { in: ['TKSK'] } } }],
    ['Worker', 'workers', { region: { is: { level: { equals: 'DISTRICT' } } } }],
    ['AidDistribution', 'aidDistributions', { distributedOn: { gte: '2024-05-21T12:00:00Z', lte: '2024-05-21T12:00:00Z' } }],
    ['AidDistribution', 'aidDistributions', { distributedOn: { in: ['2024-05-21', '2024-06-21T08:00:00+07:00'] } }],
    ['Worker', 'workers', { createdAt: { lt: '2100-01-01T00:00:00Z' }, joinedAt: { gt: '2020-01-01' } }],
    ['AidDistribution', 'aidDistributions', { beneficiary: { is: { gender: { equals: 'MALE' } } }, valueRupiah: { gt: 100000, lte: 450000 } }],
    ['Attendance', 'attendances', { session: { is: { servedDistricts: { some: { name: { equals: 'Kroya' } } } } } }],
    ['TrainingSession', 'trainingSessions', { servedDistricts: { none: { name: { equals: 'Kroya' } } }, districtGroup: null }],
    ['PovertyIndicator', 'povertyIndicators', { year: { gte: 2023 } }],
  ];

  it.each(cases)('counts %s as %s does for %j', async (model, many, where) => {
    const aggregate = `${many}Aggregate`;
    const data = await t.ok(`query($w: ${model}WhereInput) { n: ${many}Count(where: $w) a: ${aggregate}(where: $w) { count } }`, { w: where });
    expect(data.a[0].count).toBe(data.n);
    nonZero += data.n > 0 ? 1 : 0;
  });

  it('compared filters that match something (most of them)', () => {
    expect(nonZero).toBeGreaterThan(cases.length - 4);
  });
});

describe('scope and masks', () => {
  it('counts only the clerk’s own regions', async () => {
    const clerk = await t.as('clerk').ok(`{ rows: beneficiariesAggregate(groupBy: [district]) { key { district { code } } count } n: beneficiariesCount aid: aidDistributionsAggregate(groupBy: [district]) { key { district { code } } count } }`);
    const [hand] = await sql<{ n: number }>(`
      SELECT count(*)::int AS n FROM "Beneficiary" b JOIN "Region" v ON v.id = b."villageId" JOIN "Region" d ON d.id = v."parentId"
      WHERE d.code = '32.12.01' AND b."deletedAt" IS NULL`);
    expect(clerk.rows).toEqual([{ key: { district: { code: '32.12.01' } }, count: hand!.n }]);
    expect(clerk.n).toBe(hand!.n);
    expect(clerk.aid.map((r: Row) => r.key.district.code)).toEqual(['32.12.01']);
    const admin = await t.ok(`{ beneficiariesAggregate { count } }`);
    expect(admin.beneficiariesAggregate[0].count).toBeGreaterThan(hand!.n);
  });

  it('shows a VIEWER groups of fewer than 5 persons as "< 5", without figures, and rounds the others to 5', async () => {
    const query = `{ beneficiariesAggregate(groupBy: [village, aidStandard]) { key { village { id } aidStandard { code } } count suppressed countLabel distinct { families } } }`;
    const viewer = (await t.as('viewer').ok(query)).beneficiariesAggregate as Row[];
    const admin = (await t.ok(query)).beneficiariesAggregate as Row[];
    expect(viewer.map((r) => r.key)).toEqual(admin.map((r) => r.key));
    const small = admin.filter((r) => r.count! < 5);
    expect(small.length).toBeGreaterThan(0);
    admin.forEach((full, i) => {
      const seen = viewer[i]!;
      if (full.count! < 5) expect(seen).toMatchObject({ count: null, suppressed: true, countLabel: '< 5', distinct: { families: null } });
      else {
        const round = (n: number) => Math.round(n / 5) * 5;
        expect(seen).toEqual({ ...full, count: round(full.count!), countLabel: String(round(full.count!)), distinct: { families: round(full.distinct.families) }, suppressed: false });
      }
    });
    expect(admin.every((r) => !r.suppressed && r.countLabel === String(r.count))).toBe(true);
  });

  it('suppresses by persons, not rows: distinct beneficiaries of aid', async () => {
    const query = `{ aidDistributionsAggregate(groupBy: [village]) { key { village { id } } count persons suppressed } }`;
    const viewer = (await t.as('viewer').ok(query)).aidDistributionsAggregate as Row[];
    const admin = (await t.ok(query)).aidDistributionsAggregate as Row[];
    admin.forEach((full, i) => {
      expect(viewer[i]!.suppressed).toBe(full.persons < 5);
    });
  });

  it('refuses a VIEWER’s filter on a masked field', async () => {
    const result = await t.as('viewer').gql(`{ beneficiariesAggregate(where: { nik: { startsWith: "3212" } }) { count } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses the signed-out', async () => {
    const result = await t.anonymous.gql(`{ beneficiariesAggregate { count } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('statements', () => {
  // Counted without the result cache (lib/read-cache.ts), which answers a repeated aggregate
  // from memory with no statement at all.
  beforeAll(() => {
    process.env.AGGREGATE_CACHE_TTL_MS = '0';
  });
  afterAll(() => {
    delete process.env.AGGREGATE_CACHE_TTL_MS;
  });
  const statementsFor = async (query: string) => {
    const before = t.db.statements.count;
    await t.ok(query);
    return t.db.statements.count - before;
  };

  it('sends one statement per aggregate, however many groups and labels', async () => {
    const one = `{ beneficiariesAggregate { count } }`;
    const many = `{ beneficiariesAggregate(groupBy: [village, district, regency, aidStandard, gender, ageBand]) { key { village { name } district { name } regency { name } aidStandard { name } gender ageBand { label } } count distinct { families } } }`;
    await statementsFor(one); // warm up the session
    const base = await statementsFor(`{ me { id } }`);
    expect(await statementsFor(one)).toBe(base + 1);
    expect(await statementsFor(many)).toBe(base + 1);
    const log: string[] = [];
    t.db.statements.log = log;
    await t.ok(many);
    t.db.statements.log = null;
    expect(log.filter((q) => /GROUP BY/.test(q))).toHaveLength(1);
  });
});
