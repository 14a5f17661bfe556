import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness.ts';
import { seedRefs, testNik, type SeedRefs } from '../testing/fixtures.ts';

/**
 * The whole CRUD grammar, entity by entity, on the seeded database: create, get, list,
 * count, update with the current and with a stale version, delete to the trash, list the
 * trash, restore.
 */
interface EntityCase {
  type: string;
  one: string;
  many: string;
  create: (refs: SeedRefs) => Record<string, unknown>;
  update: (refs: SeedRefs) => Record<string, unknown>;
  /** A scalar field to read back, and its value after the update. */
  check: [field: string, updated: unknown];
}

const cases: EntityCase[] = [
  {
    type: 'Region',
    one: 'region',
    many: 'regions',
    create: (r) => ({ code: '32.12.01.2999', name: 'Desa Uji', level: 'VILLAGE', villageKind: 'DESA', parentId: r.districtId }),
    update: () => ({ name: 'Desa Uji Coba' }),
    check: ['name', 'Desa Uji Coba'],
  },
  {
    type: 'DistrictGroup',
    one: 'districtGroup',
    many: 'districtGroups',
    create: (r) => ({ name: 'Eks-Kawedanan Uji', regencyId: r.regencyId }),
    update: () => ({ name: 'Eks-Kawedanan Uji 2' }),
    check: ['name', 'Eks-Kawedanan Uji 2'],
  },
  {
    type: 'Worker',
    one: 'worker',
    many: 'workers',
    create: (r) => ({
      name: 'Ujang Suryana',
      nik: testNik('1990-03-04', 'MALE'),
      gender: 'MALE',
      birthDate: '1990-03-04',
      phone: '081234567890',
      role: 'PSM',
      regionId: r.villageId,
      joinedAt: '2020-01-15',
    }),
    update: () => ({ role: 'TAGANA' }),
    check: ['role', 'TAGANA'],
  },
  {
    type: 'Program',
    one: 'program',
    many: 'programs',
    create: () => ({ name: 'Bimtek Uji', year: 2025, kind: 'TRAINING' }),
    update: () => ({ description: 'Dipindah ke triwulan 3' }),
    check: ['description', 'Dipindah ke triwulan 3'],
  },
  {
    type: 'Venue',
    one: 'venue',
    many: 'venues',
    create: (r) => ({ name: 'Balai Desa Uji', villageId: r.villageId, capacity: 250, latitude: -6.43, longitude: 108.1 }),
    update: () => ({ capacity: 300 }),
    check: ['capacity', 300],
  },
  {
    type: 'TrainingSession',
    one: 'trainingSession',
    many: 'trainingSessions',
    create: (r) => ({
      programId: r.trainingProgramId,
      title: 'Sesi Uji',
      startsAt: '2024-08-01T08:00:00+07:00',
      venueId: r.venueId,
      servedDistrictIds: [r.districtId],
      capacity: 100,
    }),
    update: () => ({ title: 'Sesi Uji (diundur)' }),
    check: ['title', 'Sesi Uji (diundur)'],
  },
  {
    type: 'Attendance',
    one: 'attendance',
    many: 'attendances',
    // Filled in beforeAll with a worker who is not on this session's roster.
    create: () => ({}),
    update: () => ({ status: 'ATTENDED' }),
    check: ['status', 'ATTENDED'],
  },
  {
    type: 'AidStandard',
    one: 'aidStandard',
    many: 'aidStandards',
    create: () => ({ code: 'UJI_STANDAR', name: 'Standar Uji' }),
    update: () => ({ legalBasis: 'Permensos Uji' }),
    check: ['legalBasis', 'Permensos Uji'],
  },
  {
    type: 'Beneficiary',
    one: 'beneficiary',
    many: 'beneficiaries',
    create: (r) => ({
      nik: testNik('1950-07-09', 'FEMALE'),
      kkNumber: '3212010101100001',
      name: 'Warsinah',
      gender: 'FEMALE',
      birthDate: '1950-07-09',
      address: 'Blok Kliwon RT 002/RW 001',
      villageId: r.villageId,
      aidStandardId: r.aidStandardId,
    }),
    update: () => ({ status: 'GRADUATED' }),
    check: ['status', 'GRADUATED'],
  },
  {
    type: 'AidDistribution',
    one: 'aidDistribution',
    many: 'aidDistributions',
    create: (r) => ({
      beneficiaryId: r.beneficiaryId,
      programId: r.aidProgramId,
      distributedOn: '2024-06-01',
      items: 'Paket permakanan',
      quantity: 2,
      unit: 'paket',
      valueRupiah: 900000,
      venueId: r.venueId,
    }),
    update: () => ({ valueRupiah: 950000 }),
    check: ['valueRupiah', 950000],
  },
  {
    type: 'PovertyIndicator',
    one: 'povertyIndicator',
    many: 'povertyIndicators',
    create: (r) => ({ regionId: r.districtId, year: 2023, ratePercent: 11.5, source: 'BPS (uji)' }),
    update: () => ({ ratePercent: 11.25 }),
    check: ['ratePercent', 11.25],
  },
];

let t: TestApp;
let refs: SeedRefs;

beforeAll(async () => {
  t = await createTestApp();
  refs = await seedRefs(t);
  const { workers } = await t.ok(`query($s: IDFilter!) { workers(take: 1, where: { attendances: { none: { sessionId: $s } } }) { id } }`, {
    s: { equals: refs.sessionId },
  });
  const attendance = cases.find((c) => c.type === 'Attendance')!;
  attendance.create = (r) => ({ workerId: workers[0].id, sessionId: r.sessionId });
});
afterAll(() => t?.close());

describe.each(cases)('$type', (c) => {
  it(`supports create, get, list, count, update, version conflict, delete, trash and restore`, async () => {
    const [field, updatedValue] = c.check;
    const created = await t.ok(`mutation($data: ${c.type}CreateInput!) { r: create${c.type}(data: $data) { id version deletedAt } }`, {
      data: c.create(refs),
    });
    const { id, version } = created.r;
    expect(version).toBe(1);
    expect(created.r.deletedAt).toBeNull();

    const byId = { id: { equals: id } };
    const read = await t.ok(`query($id: ID!, $w: ${c.type}WhereInput) { one: ${c.one}(id: $id) { id } list: ${c.many}(where: $w) { id } n: ${c.many}Count(where: $w) }`, { id, w: byId });
    expect(read).toEqual({ one: { id }, list: [{ id }], n: 1 });

    const updated = await t.ok(`mutation($id: ID!, $v: Int!, $data: ${c.type}UpdateInput!) { r: update${c.type}(id: $id, version: $v, data: $data) { version ${field} } }`, {
      id,
      v: 1,
      data: c.update(refs),
    });
    expect(updated.r).toEqual({ version: 2, [field]: updatedValue });

    const stale = await t.gql(`mutation($id: ID!, $data: ${c.type}UpdateInput!) { update${c.type}(id: $id, version: 1, data: $data) { id } }`, {
      id,
      data: c.update(refs),
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    const after = await t.ok(`query($id: ID!) { r: ${c.one}(id: $id) { version ${field} } }`, { id });
    expect(after.r).toEqual({ version: 2, [field]: updatedValue });

    const deleted = await t.ok(`mutation($id: ID!) { r: delete${c.type}(id: $id) { deletedAt version } }`, { id });
    expect(deleted.r.deletedAt).not.toBeNull();
    const hidden = await t.ok(`query($w: ${c.type}WhereInput) { list: ${c.many}(where: $w) { id } n: ${c.many}Count(where: $w) }`, { w: byId });
    expect(hidden).toEqual({ list: [], n: 0 });
    const trash = await t.ok(`query($w: ${c.type}WhereInput) { list: ${c.many}(where: $w) { id } all: ${c.many}Count(where: $w, includeDeleted: true) }`, {
      w: { ...byId, deletedAt: { not: null } },
    });
    expect(trash).toEqual({ list: [{ id }], all: 1 });
    const editDeleted = await t.gql(`mutation($id: ID!, $v: Int!, $data: ${c.type}UpdateInput!) { update${c.type}(id: $id, version: $v, data: $data) { id } }`, {
      id,
      v: deleted.r.version,
      data: c.update(refs),
    });
    expect(editDeleted.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const restored = await t.ok(`mutation($id: ID!) { r: restore${c.type}(id: $id) { deletedAt } }`, { id });
    expect(restored.r.deletedAt).toBeNull();
    const back = await t.ok(`query($w: ${c.type}WhereInput) { n: ${c.many}Count(where: $w) }`, { w: byId });
    expect(back.n).toBe(1);
  });

  it('answers null for an id that does not exist and NOT_FOUND when deleting it', async () => {
    const none = await t.ok(`{ r: ${c.one}(id: "999999") { id } }`);
    expect(none.r).toBeNull();
    const del = await t.gql(`mutation { delete${c.type}(id: "999999") { id } }`);
    expect(del.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
