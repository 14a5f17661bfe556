import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type GraphQLResponse, type TestApp } from '../testing/harness.ts';
import { seedRefs, testNik, type SeedRefs } from '../testing/fixtures.ts';

/** Each role's view of a person, path by path: fields, relations, filters, aggregates, audit payloads, saved-query runs. */
let t: TestApp;
let refs: SeedRefs;
let kroyaVillageId: string;
let far: { id: string; nik: string };
let foreignWorkerId: string;
let near: string;
const MASKED_ID = /^\d{6}\*{6}\d{4}$/;
const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

const CREATE = `mutation($d: BeneficiaryCreateInput!) { createBeneficiary(data: $d) { id version } }`;
const beneficiary = (villageId: string, birthDate: string, gender: 'MALE' | 'FEMALE', extra: Record<string, unknown> = {}) => ({
  nik: testNik(birthDate, gender),
  kkNumber: '3212020101100001',
  name: `PPKS ${birthDate}`,
  gender,
  birthDate,
  villageId,
  aidStandardId: refs.aidStandardId,
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  refs = await seedRefs(t);
  kroyaVillageId = (await t.ok(`{ regions(where: { code: { equals: "32.12.02.2001" } }) { id } }`)).regions[0].id;
  foreignWorkerId = (await t.ok(`mutation($d: WorkerCreateInput!) { createWorker(data: $d) { id } }`, {
    d: { name: 'Kasmadi', nik: testNik('1980-01-02', 'MALE'), gender: 'MALE', birthDate: '1980-01-02', role: 'PSM', regionId: kroyaVillageId, joinedAt: '2019-01-01' },
  })).createWorker.id;
  const created = await t.ok(CREATE, { d: beneficiary(kroyaVillageId, '1946-11-20', 'FEMALE') });
  far = { id: created.createBeneficiary.id, nik: (await t.db.prisma.beneficiary.findUniqueOrThrow({ where: { id: Number(created.createBeneficiary.id) } })).nik };
  const mine = (await t.as('clerk').ok(CREATE, { d: beneficiary(refs.villageId, '1951-03-12', 'MALE') })).createBeneficiary;
  near = mine.id;
  await t.ok(`mutation($id: ID!, $v: Int!, $w: ID!) { updateBeneficiary(id: $id, version: $v, data: { registeredById: $w }) { id } }`, { id: near, v: mine.version, w: foreignWorkerId });
});
afterAll(() => t?.close());

async function readPiiEvents(): Promise<string[][]> {
  const events = await t.ok(`{ auditEvents(where: { action: { equals: "READ_PII" } }, take: 20) { recordIds } }`);
  return events.auditEvents.map((e: { recordIds: string[] }) => e.recordIds);
}

describe('the masked view of a person', () => {
  it('gives AUDITOR the birth year, not the birth date, beside a masked NIK', async () => {
    const q = `query($id: ID!) { beneficiary(id: $id) { nik birthDate birthYear gender } }`;
    const audited = (await t.as('auditor').ok(q, { id: far.id })).beneficiary;
    expect(audited).toEqual({ nik: `${far.nik.slice(0, 6)}******${far.nik.slice(12)}`, birthDate: null, birthYear: 1946, gender: 'FEMALE' });
    expect((await t.ok(q, { id: far.id })).beneficiary).toMatchObject({ nik: far.nik, birthDate: '1946-11-20', birthYear: 1946 });
  });

  it('gives a CLERK another region’s worker, reached through a relation, masked and without birth date', async () => {
    const data = await t.as('clerk').ok(`query($id: ID!) { beneficiary(id: $id) { birthDate registeredBy { nik birthDate birthYear } } }`, { id: near });
    expect(data.beneficiary.birthDate).toBe('1951-03-12');
    expect(data.beneficiary.registeredBy).toMatchObject({ birthDate: null, birthYear: 1980 });
    expect(data.beneficiary.registeredBy.nik).toMatch(MASKED_ID);
  });

  it('does not echo another person’s NIK in an error: a clerk registering a NIK taken elsewhere', async () => {
    const taken = await t.as('clerk').gql(CREATE, { d: beneficiary(refs.villageId, '1946-11-20', 'FEMALE', { nik: far.nik }) });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE', field: 'nik' });
    expect(JSON.stringify(taken)).not.toContain(far.nik);
  });

  it('refuses AUDITOR a filter or sort on the birth date, also inside a relation filter', async () => {
    const direct = await t.as('auditor').gql(`{ beneficiaries(where: { birthDate: { gte: "1946-11-01", lt: "1946-12-01" } }) { id } }`);
    expect(direct.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'birthDate' });
    const nested = await t.as('auditor').gql(`{ beneficiaries(where: { registeredBy: { is: { birthDate: { equals: "1980-01-02" } } } }) { id } }`);
    expect(nested.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'birthDate' });
    const sort = await t.as('auditor').gql(`{ workers(orderBy: [{ birthDate: asc }]) { id } }`);
    expect(sort.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'birthDate' });
  });
});

describe('aggregates for masked roles', () => {
  it('refuses birthMonth to AUDITOR and VIEWER, and gives birthYear', async () => {
    for (const role of ['auditor', 'viewer'] as const) {
      const month = await t.as(role).gql(`{ beneficiariesAggregate(groupBy: [birthMonth]) { count } }`);
      expect(month.errors?.[0]?.extensions, role).toEqual({ code: 'FORBIDDEN', field: 'groupBy' });
    }
    const year = await t.as('auditor').ok(`query($id: ID!) { beneficiariesAggregate(where: { id: { equals: $id } }, groupBy: [birthYear]) { key { birthYear } count } }`, { id: far.id });
    expect(year.beneficiariesAggregate).toEqual([{ key: { birthYear: 1946 }, count: 1 }]);
  });

  it('counts AUDITOR’s age bands by birth year: moving ageAsOf across the birthday changes nothing', async () => {
    const band = async (role: 'admin' | 'auditor', asOf: string) =>
      (await t.as(role).ok(`query($id: ID!, $d: Date) { beneficiariesAggregate(where: { id: { equals: $id } }, groupBy: [ageBand], ageAsOf: $d) { key { ageBand { from } } } }`, { id: far.id, d: asOf }))
        .beneficiariesAggregate[0].key.ageBand.from;
    // Born 1946-11-20: 80 on 2026-11-20.
    expect([await band('admin', '2026-11-19'), await band('admin', '2026-11-20')]).toEqual([70, 80]);
    expect([await band('auditor', '2026-01-01'), await band('auditor', '2026-11-19'), await band('auditor', '2026-11-20'), await band('auditor', '2026-12-31')]).toEqual([80, 80, 80, 80]);
    expect(await band('auditor', '2025-12-31')).toBe(70);
  });

  it('does not let a VIEWER derive a suppressed cell from the total and the other cells', async () => {
    // A village with no one in it yet: 7 women and 2 men.
    const empty = await t.ok(`{ regions(where: { level: { equals: VILLAGE }, beneficiaries: { none: {} } }, take: 1) { id parentId } }`);
    const village = empty.regions[0].id as string;
    for (let i = 0; i < 9; i++) await t.ok(CREATE, { d: beneficiary(village, `19${60 + i}-02-0${1 + (i % 9)}`, i < 7 ? 'FEMALE' : 'MALE') });
    const q = `query($w: BeneficiaryWhereInput) { total: beneficiariesAggregate(where: $w) { count } cells: beneficiariesAggregate(where: $w, groupBy: [gender]) { key { gender } count suppressed } }`;
    const w = { villageId: { equals: village } };
    type Figures = { total: { count: number }[]; cells: { key: { gender: string }; count: number | null; suppressed: boolean }[] };
    const admin = await t.ok<Figures>(q, { w });
    const viewer = await t.as('viewer').ok<Figures>(q, { w });
    const men = (r: { cells: { key: { gender: string }; count: number | null; suppressed: boolean }[] }) => r.cells.find((c) => c.key.gender === 'MALE')!;
    const women = (r: { cells: { key: { gender: string }; count: number | null }[] }) => r.cells.find((c) => c.key.gender === 'FEMALE')!.count!;
    // Without rounding the subtraction gives the hidden cell.
    expect(admin.total[0]!.count - women(admin)).toBe(men(admin).count);
    expect(men(viewer)).toMatchObject({ count: null, suppressed: true });
    expect(viewer.total[0]!.count % 5).toBe(0);
    expect(women(viewer) % 5).toBe(0);
    expect(viewer.total[0]!.count - women(viewer)).not.toBe(men(admin).count);
    // The same over the district, grouped by village × gender against village alone.
    const district = { districtId: { equals: empty.regions[0].parentId } };
    const byVillage = await t.as('viewer').ok(`query($w: BeneficiaryWhereInput) { a: beneficiariesAggregate(where: $w, groupBy: [village]) { key { village { id } } count } b: beneficiariesAggregate(where: $w, groupBy: [village, gender]) { key { village { id } gender } count suppressed } }`, { w: district });
    const total = byVillage.a.find((r: { key: { village: { id: string } } }) => r.key.village.id === village).count;
    const visible = byVillage.b.filter((r: { key: { village: { id: string } }; suppressed: boolean }) => r.key.village.id === village && !r.suppressed).reduce((n: number, r: { count: number }) => n + r.count, 0);
    expect(total - visible).not.toBe(men(admin).count);
  });

  it('refuses VIEWER a where that isolates a person (id, name) and gives it no min or max', async () => {
    expect((await t.as('viewer').gql(`{ workersAggregate(where: { name: { equals: "Kasmadi" } }, groupBy: [ageBand]) { count } }`)).errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'name' });
    expect((await t.as('viewer').gql(`query($id: ID!) { beneficiariesAggregate(where: { id: { equals: $id } }) { count } }`, { id: far.id })).errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'id' });
    const figures = await t.as('viewer').ok(`{ aidDistributionsAggregate { min { valueRupiah } max { valueRupiah } sum { valueRupiah } } }`);
    expect(figures.aidDistributionsAggregate[0]).toMatchObject({ min: { valueRupiah: null }, max: { valueRupiah: null } });
    expect(figures.aidDistributionsAggregate[0].sum.valueRupiah).toBeGreaterThan(0);
  });
});

describe('personal data in the audit trail and saved-query runs', () => {
  it('masks AUDITOR’s before/after (birth date to its year) and makes an ADMIN’s clear read a READ_PII event', async () => {
    const { beneficiary: b } = await t.ok(`query($id: ID!) { beneficiary(id: $id) { version } }`, { id: far.id });
    const nik = testNik('1946-11-21', 'FEMALE');
    await t.ok(`mutation($id: ID!, $v: Int!, $d: BeneficiaryUpdateInput!) { updateBeneficiary(id: $id, version: $v, data: $d) { id } }`, { id: far.id, v: b.version, d: { nik, birthDate: '1946-11-21' } });
    const q = `query($id: String) { auditEvents(where: { entity: { equals: "Beneficiary" }, recordId: { equals: $id }, action: { equals: "UPDATE" } }, take: 1) { before after } }`;
    const count = `{ auditEventsCount(where: { action: { equals: "READ_PII" } }) }`;
    const before = (await t.ok(count)).auditEventsCount;
    const audited = (await t.as('auditor').ok(q, { id: far.id })).auditEvents[0];
    expect((await t.ok(count)).auditEventsCount).toBe(before);
    expect(audited.after).toMatchObject({ nik: `${nik.slice(0, 6)}******${nik.slice(12)}`, birthDate: 1946 });
    expect(audited.before.birthDate).toBe(1946);
    expect(JSON.stringify(audited)).not.toMatch(/\d{16}/);
    const admin = (await t.ok(q, { id: far.id })).auditEvents[0];
    expect(admin.after.nik).toBe(nik);
    expect((await readPiiEvents())[0]).toEqual([`Beneficiary:${far.id}`]);
  });

  it('masks a NIK typed as a saved-query variable for AUDITOR, in the run and its RUN event, and audits ADMIN’s clear read', async () => {
    const created = await t.as('auditor').ok(`mutation($d: SavedQueryCreateInput!) { createSavedQuery(data: $d) { id } }`, {
      d: { name: 'NIK terdaftar?', purpose: 'Uji privasi', document: 'query Taken($nik: String!) { beneficiariesCount(where: { nik: { equals: $nik } }) }' },
    });
    const id = created.createSavedQuery.id;
    await t.ok(`mutation($id: ID!) { approveSavedQueryVersion(id: $id, version: 1) { id } }`, { id });
    const run = await t.ok(`mutation($id: ID!, $vars: JSON) { runSavedQuery(id: $id, variables: $vars) { id data } }`, { id, vars: { nik: far.nik } });
    expect(run.runSavedQuery.data).toEqual({ beneficiariesCount: 0 });
    const runs = `query($id: ID) { savedQueryRuns(where: { savedQueryId: { equals: $id } }) { id variables } }`;
    const audited = await t.as('auditor').ok(runs, { id });
    expect(audited.savedQueryRuns[0].variables).toEqual({ nik: `${far.nik.slice(0, 6)}******${far.nik.slice(12)}` });
    const event = await t.as('auditor').ok(`query($id: String) { auditEvents(where: { action: { equals: "RUN" }, recordId: { equals: $id } }) { after } }`, { id });
    expect(JSON.stringify(event)).not.toContain(far.nik);
    expect(event.auditEvents[0].after.variables.nik).toMatch(MASKED_ID);
    const clear = await t.ok(runs, { id });
    expect(clear.savedQueryRuns[0].variables).toEqual({ nik: far.nik });
    expect((await readPiiEvents())[0]).toEqual([`SavedQueryRun:${clear.savedQueryRuns[0].id}`]);
  });

  it('masks a NIK written into a saved query’s document for AUDITOR and VIEWER', async () => {
    const document = `{ beneficiariesCount(where: { nik: { equals: "${far.nik}" } }) }`;
    const created = await t.ok(`mutation($d: SavedQueryCreateInput!) { createSavedQuery(data: $d) { id } }`, { d: { name: 'NIK tertulis', purpose: 'Uji privasi', document } });
    await t.as('auditor').ok(`mutation($id: ID!) { approveSavedQueryVersion(id: $id, version: 1) { id } }`, { id: created.createSavedQuery.id });
    const q = `query($id: ID!) { savedQuery(id: $id) { versions { document } } }`;
    for (const role of ['auditor', 'viewer'] as const) {
      const seen = await t.as(role).ok(q, { id: created.createSavedQuery.id });
      expect(seen.savedQuery.versions[0].document, role).not.toContain(far.nik);
      expect(seen.savedQuery.versions[0].document, role).toContain(`${far.nik.slice(0, 6)}******${far.nik.slice(12)}`);
    }
    expect((await t.ok(q, { id: created.createSavedQuery.id })).savedQuery.versions[0].document).toContain(far.nik);
  });

  it('writes READ_PII for the NIKs a saved-query run and a mutation response show in clear', async () => {
    const created = await t.as('auditor').ok(`mutation($d: SavedQueryCreateInput!) { createSavedQuery(data: $d) { id } }`, {
      d: { name: 'Satu PPKS', purpose: 'Uji privasi', document: 'query One($id: ID!) { beneficiary(id: $id) { nik } }' },
    });
    await t.ok(`mutation($id: ID!) { approveSavedQueryVersion(id: $id, version: 1) { id } }`, { id: created.createSavedQuery.id });
    await t.ok(`mutation($id: ID!, $vars: JSON) { runSavedQuery(id: $id, variables: $vars) { id } }`, { id: created.createSavedQuery.id, vars: { id: far.id } });
    expect((await readPiiEvents())[0]).toEqual([`Beneficiary:${far.id}`]);
    const { beneficiary: b } = await t.ok(`query($id: ID!) { beneficiary(id: $id) { version } }`, { id: near });
    await t.as('clerk').ok(`mutation($id: ID!, $v: Int!) { updateBeneficiary(id: $id, version: $v, data: { notes: "cek" }) { nik } }`, { id: near, v: b.version });
    expect((await readPiiEvents())[0]).toEqual([`Beneficiary:${near}`]);
  });

  it('masks a NIK in an audit event’s reason for AUDITOR and refuses probing it for digits', async () => {
    await t.ok(`mutation($id: ID!, $r: String!) { revealPersonalData(entity: Beneficiary, id: $id, reason: $r) { nik } }`, { id: far.id, r: `cocokkan laporan desa ${far.nik}` });
    const seen = await t.as('auditor').ok(`{ auditEvents(where: { action: { equals: "REVEAL" } }, take: 1) { reason } }`);
    expect(seen.auditEvents[0].reason).toBe(`cocokkan laporan desa ${far.nik.slice(0, 6)}******${far.nik.slice(12)}`);
    expect(codeOf(await t.as('auditor').gql(`{ auditEvents(where: { reason: { contains: "3212" } }) { id } }`))).toBe('FORBIDDEN');
    expect(codeOf(await t.as('auditor').gql(`{ auditEventsCount(where: { OR: [{ actorName: { startsWith: "321201" } }] }) }`))).toBe('FORBIDDEN');
    expect((await t.as('auditor').ok(`{ auditEventsCount(where: { reason: { contains: "laporan desa" } }) }`)).auditEventsCount).toBeGreaterThan(0);
  });
});
