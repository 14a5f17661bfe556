import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness.ts';
import { seedRefs, testNik, type SeedRefs } from '../testing/fixtures.ts';
import { TEST_PASSWORD } from '../testing/users.ts';

let t: TestApp;
let refs: SeedRefs;
/** A Kroya village and records there: outside the Haurgeulis clerk's regions. */
let kroyaVillageId: string;
let foreign: { beneficiaryId: string; workerId: string };
let own: { beneficiaryId: string; version: number };

const CREATE_BENEFICIARY = `mutation($d: BeneficiaryCreateInput!) { createBeneficiary(data: $d) { id version nik } }`;
const person = (villageId: string, overrides: Record<string, unknown> = {}) => {
  const birthDate = '1951-03-12';
  return {
    nik: testNik(birthDate, 'MALE'),
    kkNumber: '3212020101100001',
    name: 'Darsono',
    gender: 'MALE',
    birthDate,
    phone: '081298765432',
    address: 'Blok Pahing RT 001/RW 003',
    villageId,
    aidStandardId: refs.aidStandardId,
    ...overrides,
  };
};

beforeAll(async () => {
  t = await createTestApp();
  refs = await seedRefs(t);
  kroyaVillageId = (await t.ok(`{ regions(where: { code: { equals: "32.12.02.2001" } }) { id } }`)).regions[0].id;
  const b = await t.ok(CREATE_BENEFICIARY, { d: person(kroyaVillageId) });
  const w = await t.ok(`mutation($d: WorkerCreateInput!) { createWorker(data: $d) { id } }`, {
    d: { name: 'Kasmadi', nik: testNik('1980-01-02', 'MALE'), gender: 'MALE', birthDate: '1980-01-02', role: 'PSM', regionId: kroyaVillageId, joinedAt: '2019-01-01' },
  });
  foreign = { beneficiaryId: b.createBeneficiary.id, workerId: w.createWorker.id };
  const mine = await t.as('clerk').ok(CREATE_BENEFICIARY, { d: person(refs.villageId) });
  own = { beneficiaryId: mine.createBeneficiary.id, version: mine.createBeneficiary.version };
});
afterAll(() => t?.close());

const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

describe('signed out', () => {
  it('answers nothing but login and me', async () => {
    expect(codeOf(await t.anonymous.gql(`{ workers { id } }`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.anonymous.gql(`{ regionsCount }`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.anonymous.gql(`mutation { deleteRegion(id: "1") { id } }`))).toBe('UNAUTHENTICATED');
    expect(await t.anonymous.ok(`{ me { id } }`)).toEqual({ me: null });
  });

  it('refuses an unknown bearer token instead of treating the request as anonymous', async () => {
    const result = await t.anonymous.gql(`{ me { id } }`, {}, { authorization: 'Bearer pilar_t_nope' });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
  });

  it('refuses a GET request without a CSRF-safe header', async () => {
    const response = await t.app.fetch('http://pilar.test/graphql?query=%7Bme%7Bid%7D%7D');
    expect(response.status).toBe(403);
  });
});

describe('sign-in', () => {
  it('sets an HTTP-only SameSite=Strict cookie that identifies the user, and logout ends it', async () => {
    const response = await t.app.fetch('http://pilar.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { username role } }`, variables: { u: 'auditor', p: TEST_PASSWORD } }),
    });
    const body = (await response.json()) as { data: { login: unknown } };
    expect(body.data.login).toEqual({ username: 'auditor', role: 'AUDITOR' });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/pilar_session=pilar_s_[\w-]+/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(JSON.stringify(body)).not.toContain('$argon2');
    const cookie = setCookie.split(';')[0]!;
    const me = await t.anonymous.gql(`{ me { username role via } }`, {}, { cookie });
    expect(me.data).toEqual({ me: { username: 'auditor', role: 'AUDITOR', via: 'session' } });
    await t.anonymous.gql(`mutation { logout }`, {}, { cookie });
    expect((await t.anonymous.gql(`{ me { username } }`, {}, { cookie })).data).toEqual({ me: null });
  });

  it('throttles repeated failures per username and address with TOO_MANY_ATTEMPTS, even for the right password', async () => {
    const login = (p: string) => t.anonymous.gql(`mutation($p: String!) { login(username: "viewer", password: $p) { id } }`, { p });
    for (let i = 0; i < 5; i++) expect(codeOf(await login('wrong password'))).toBe('UNAUTHENTICATED');
    const blocked = await login(TEST_PASSWORD);
    expect(codeOf(blocked)).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('records failed and successful sign-ins in the audit trail', async () => {
    const events = await t.ok(`{ auditEvents(where: { action: { in: ["LOGIN", "LOGIN_FAILED"] } }, take: 50) { action after } }`);
    expect(events.auditEvents.some((e: { action: string }) => e.action === 'LOGIN_FAILED')).toBe(true);
    expect(events.auditEvents.some((e: { action: string }) => e.action === 'LOGIN')).toBe(true);
  });
});

describe('what each role may do', () => {
  const ops = {
    readRegistry: `{ beneficiaries(take: 1) { id } }`,
    readDashboard: `{ beneficiariesAggregate(groupBy: [district]) { countLabel } workers(take: 1) { name } }`,
    writeRegistry: `mutation { updateBeneficiary(id: "OWN", version: VERSION, data: { notes: "cek" }) { id version } }`,
    writeReference: `mutation { createProgram(data: { name: "Uji ROLE", year: 2025, kind: AID }) { id } }`,
    manageUsers: `{ users { id username } }`,
    readAudit: `{ auditEventsCount }`,
    verifyAudit: `{ verifyAuditTrail { ok } }`,
    reveal: `mutation { revealPersonalData(entity: Beneficiary, id: "OWN", reason: "verifikasi data untuk pemeriksaan") { nik } }`,
  };
  const allowed: Record<string, string[]> = {
    admin: ['readRegistry', 'readDashboard', 'writeRegistry', 'writeReference', 'manageUsers', 'readAudit', 'verifyAudit', 'reveal'],
    clerk: ['readRegistry', 'readDashboard', 'writeRegistry'],
    auditor: ['readRegistry', 'readDashboard', 'readAudit', 'verifyAudit', 'reveal'],
    viewer: ['readDashboard'],
  };

  it.each(Object.keys(allowed))('%s gets exactly its operations; the rest are FORBIDDEN', async (role) => {
    for (const [op, query] of Object.entries(ops)) {
      const current = await t.ok(`query($id: ID!) { beneficiary(id: $id) { version } }`, { id: own.beneficiaryId });
      const text = query.replace('OWN', own.beneficiaryId).replace('VERSION', String(current.beneficiary.version)).replace('ROLE', `${role}${Math.random()}`);
      const result = await t.as(role as 'admin').gql(text);
      if (allowed[role]!.includes(op)) expect(result.errors, `${role} ${op}`).toBeUndefined();
      else expect(codeOf(result), `${role} ${op}`).toBe('FORBIDDEN');
    }
  });
});

describe('a clerk outside their regions', () => {
  const clerk = () => t.as('clerk');

  it('cannot see another region’s record by id, in lists or in counts', async () => {
    const data = await clerk().ok(`query($id: ID!, $w: BeneficiaryWhereInput) { one: beneficiary(id: $id) { id } list: beneficiaries(where: $w) { id } n: beneficiariesCount(where: $w) }`, {
      id: foreign.beneficiaryId,
      w: { id: { equals: foreign.beneficiaryId } },
    });
    expect(data).toEqual({ one: null, list: [], n: 0 });
    const all = await clerk().ok(`{ beneficiariesCount }`);
    const everywhere = await t.ok(`{ beneficiariesCount }`);
    expect(all.beneficiariesCount).toBeLessThan(everywhere.beneficiariesCount);
  });

  it('cannot reach it through a relation', async () => {
    const data = await clerk().ok(`query($v: ID!) { region(id: $v) { name beneficiaries { id } beneficiariesCount workers { id } } }`, { v: kroyaVillageId });
    expect(data.region).toMatchObject({ beneficiaries: [], beneficiariesCount: 0, workers: [] });
  });

  it('cannot probe it through a relation filter', async () => {
    const data = await clerk().ok(`query($v: IDFilter) { aidStandardsCount(where: { beneficiaries: { some: { villageId: $v } } }) }`, { v: { equals: kroyaVillageId } });
    expect(data.aidStandardsCount).toBe(0);
    const admin = await t.ok(`query($v: IDFilter) { aidStandardsCount(where: { beneficiaries: { some: { villageId: $v } } }) }`, { v: { equals: kroyaVillageId } });
    expect(admin.aidStandardsCount).toBeGreaterThan(0);
  });

  it('cannot update, delete or restore it (NOT_FOUND), alone or in a batch with its own records', async () => {
    const batch = await clerk().gql(
      `mutation($own: ID!, $v: Int!, $other: ID!) {
        a: updateBeneficiary(id: $own, version: $v, data: { notes: "batch" }) { id }
        b: updateBeneficiary(id: $other, version: 1, data: { notes: "batch" }) { id }
      }`,
      { own: own.beneficiaryId, v: (await t.ok(`query($id: ID!) { beneficiary(id: $id) { version } }`, { id: own.beneficiaryId })).beneficiary.version, other: foreign.beneficiaryId },
    );
    // Mutation fields are non-null, so one failure nulls `data`; the own record was still changed.
    expect(batch.errors?.map((e) => [e.path?.[0], e.extensions?.code])).toEqual([['b', 'NOT_FOUND']]);
    expect((await t.ok(`query($id: ID!) { beneficiary(id: $id) { notes } }`, { id: own.beneficiaryId })).beneficiary.notes).toBe('batch');
    expect(codeOf(await clerk().gql(`mutation($id: ID!) { deleteBeneficiary(id: $id) { id } }`, { id: foreign.beneficiaryId }))).toBe('NOT_FOUND');
    expect(codeOf(await clerk().gql(`mutation($id: ID!) { restoreBeneficiary(id: $id) { id } }`, { id: foreign.beneficiaryId }))).toBe('NOT_FOUND');
    const untouched = await t.ok(`query($id: ID!) { beneficiary(id: $id) { notes version } }`, { id: foreign.beneficiaryId });
    expect(untouched.beneficiary).toEqual({ notes: null, version: 1 });
  });

  it('cannot create a record there, nor move one of theirs there (FORBIDDEN, nothing written)', async () => {
    const before = await t.ok(`{ beneficiariesCount auditEventsCount }`);
    expect(codeOf(await clerk().gql(CREATE_BENEFICIARY, { d: person(kroyaVillageId) }))).toBe('FORBIDDEN');
    const { beneficiary } = await t.ok(`query($id: ID!) { beneficiary(id: $id) { version villageId } }`, { id: own.beneficiaryId });
    const moved = await clerk().gql(`mutation($id: ID!, $v: Int!, $to: ID!) { updateBeneficiary(id: $id, version: $v, data: { villageId: $to }) { id } }`, {
      id: own.beneficiaryId,
      v: beneficiary.version,
      to: kroyaVillageId,
    });
    expect(codeOf(moved)).toBe('FORBIDDEN');
    const after = await t.ok(`query($id: ID!) { beneficiariesCount auditEventsCount beneficiary(id: $id) { villageId version } }`, { id: own.beneficiaryId });
    expect(after.beneficiariesCount).toBe(before.beneficiariesCount);
    expect(after.beneficiary).toEqual(beneficiary);
    expect(after.auditEventsCount).toBe(before.auditEventsCount);
  });

  it('cannot hand aid to a beneficiary there or put a worker from there on a roster', async () => {
    const aid = await clerk().gql(`mutation($d: AidDistributionCreateInput!) { createAidDistribution(data: $d) { id } }`, {
      d: { beneficiaryId: foreign.beneficiaryId, programId: refs.aidProgramId, distributedOn: '2024-06-01', items: 'Paket', valueRupiah: 1000 },
    });
    expect(aid.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'beneficiaryId' });
    const roster = await clerk().gql(`mutation($d: AttendanceCreateInput!) { createAttendance(data: $d) { id } }`, {
      d: { workerId: foreign.workerId, sessionId: refs.sessionId },
    });
    expect(roster.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'workerId' });
  });

  it('learns that a NIK is taken elsewhere, but not which record holds it', async () => {
    const taken = await t.ok(`query($id: ID!) { beneficiary(id: $id) { nik birthDate } }`, { id: foreign.beneficiaryId });
    const result = await clerk().gql(CREATE_BENEFICIARY, { d: person(refs.villageId, { nik: taken.beneficiary.nik }) });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'DUPLICATE', field: 'nik' });
  });
});

describe('personal data', () => {
  const MASKED_ID = /^\d{6}\*{6}\d{4}$/;

  it('is masked for auditor in lists and relations, keeping region prefix and last 4 digits', async () => {
    const data = await t.as('auditor').ok(`query($id: ID!) {
      beneficiary(id: $id) { nik kkNumber phone address }
      aidStandards(take: 1) { beneficiaries(take: 3) { nik } }
      workers(take: 3) { nik phone }
    }`, { id: own.beneficiaryId });
    expect(data.beneficiary.nik).toMatch(MASKED_ID);
    expect(data.beneficiary.nik.slice(0, 6)).toBe('321201');
    expect(data.beneficiary.kkNumber).toMatch(MASKED_ID);
    expect(data.beneficiary.phone).toMatch(/^0812\*+\d{2}$/);
    expect(data.beneficiary.address).toBe('***');
    for (const b of data.aidStandards[0].beneficiaries) expect(b.nik).toMatch(MASKED_ID);
    for (const w of data.workers) expect(w.nik).toMatch(MASKED_ID);
  });

  it('is not shown to viewer: workers without nik, phone or birth date, and no beneficiaries', async () => {
    const data = await t.as('viewer').ok(`{ workers(take: 3) { name nik phone birthDate birthYear } }`);
    expect(data.workers.length).toBeGreaterThan(0);
    for (const w of data.workers) expect(w).toMatchObject({ nik: '****************', phone: null, birthDate: null, birthYear: null });
    expect(codeOf(await t.as('viewer').gql(`query($id: ID!) { beneficiary(id: $id) { id } }`, { id: own.beneficiaryId }))).toBe('FORBIDDEN');
  });

  it('cannot be filtered or sorted on by viewer, also through relations', async () => {
    const nested = await t.as('viewer').gql(`{ aidStandards(where: { beneficiaries: { some: { kkNumber: { equals: "3212020101100001" } } } }) { id } }`);
    expect(nested.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'beneficiaries' });
    const sort = await t.as('viewer').gql(`{ workers(orderBy: [{ phone: asc }]) { id } }`);
    expect(sort.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'phone' });
    const birth = await t.as('viewer').gql(`{ regions(where: { workers: { some: { birthDate: { equals: "1980-01-02" } } } }) { id } }`);
    expect(birth.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'birthDate' });
  });

  it.each(['auditor'] as const)('cannot be filtered or sorted on by %s (a filter is an oracle)', async (role) => {
    const filter = await t.as(role).gql(`{ beneficiaries(where: { nik: { startsWith: "3212" } }) { id } }`);
    expect(filter.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'nik' });
    const nested = await t.as(role).gql(`{ aidStandards(where: { beneficiaries: { some: { kkNumber: { equals: "3212020101100001" } } } }) { id } }`);
    expect(nested.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'kkNumber' });
    const sort = await t.as(role).gql(`{ workers(orderBy: [{ phone: asc }]) { id } }`);
    expect(sort.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'phone' });
  });

  it('is in clear for a clerk in their region, and masked for a worker of another region reached through a relation', async () => {
    const { beneficiary } = await t.ok(`query($id: ID!) { beneficiary(id: $id) { version } }`, { id: own.beneficiaryId });
    await t.ok(`mutation($id: ID!, $v: Int!, $w: ID!) { updateBeneficiary(id: $id, version: $v, data: { registeredById: $w }) { id } }`, {
      id: own.beneficiaryId,
      v: beneficiary.version,
      w: foreign.workerId,
    });
    const mine = await t.as('clerk').ok(`query($id: ID!) { beneficiary(id: $id) { nik registeredBy { nik phone } } }`, { id: own.beneficiaryId });
    expect(mine.beneficiary.nik).toMatch(/^\d{16}$/);
    expect(mine.beneficiary.registeredBy.nik).toMatch(MASKED_ID);
  });

  it('is revealed to an auditor for a stated reason, and the reveal is audited', async () => {
    const short = await t.as('auditor').gql(`mutation($id: ID!) { revealPersonalData(entity: Beneficiary, id: $id, reason: "cek") { nik } }`, { id: own.beneficiaryId });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const reason = 'pencocokan data dengan laporan desa';
    const revealed = await t.as('auditor').ok(`mutation($id: ID!, $r: String!) { revealPersonalData(entity: Beneficiary, id: $id, reason: $r) { nik kkNumber address } }`, { id: own.beneficiaryId, r: reason });
    expect(revealed.revealPersonalData.nik).toMatch(/^\d{16}$/);
    expect(revealed.revealPersonalData.address).toBe('Blok Pahing RT 001/RW 003');
    const events = await t.ok(`query($id: String!) { auditEvents(where: { action: { equals: "REVEAL" }, recordId: { equals: $id } }) { actorName reason entity } }`, { id: own.beneficiaryId });
    expect(events.auditEvents[0]).toEqual({ actorName: 'auditor', reason, entity: 'Beneficiary' });
  });

  it('shown in clear records one read event listing the records (who saw whose ID)', async () => {
    const before = await t.ok(`{ auditEventsCount(where: { action: { equals: "READ_PII" } }) }`);
    const shown = await t.as('clerk').ok(`{ beneficiaries(take: 3, orderBy: [{ id: asc }]) { id nik } }`);
    const events = await t.ok(`{ auditEvents(where: { action: { equals: "READ_PII" } }, take: 1) { actorName recordIds } n: auditEventsCount(where: { action: { equals: "READ_PII" } }) }`);
    expect(events.n).toBeGreaterThan(before.auditEventsCount);
    expect(events.auditEvents[0].actorName).toBe('clerk');
    expect(events.auditEvents[0].recordIds).toEqual(shown.beneficiaries.map((b: { id: string }) => `Beneficiary:${b.id}`).sort());
    const masked = await t.as('auditor').ok(`{ beneficiaries(take: 3) { nik } }`);
    const after = await t.ok(`{ auditEventsCount(where: { action: { equals: "READ_PII" } }) }`);
    expect(masked.beneficiaries).toHaveLength(3);
    expect(after.auditEventsCount).toBe(events.n);
  });

  it('finds the read events that showed one record, and no others', async () => {
    const SHOWED = `query($r: String!) { auditEvents(where: { recordIds: { has: $r } }, take: 2) { action actorName recordIds } n: auditEventsCount(where: { recordIds: { has: $r } }) }`;
    const [first, second] = (await t.as('clerk').ok(`{ beneficiaries(take: 2, orderBy: [{ id: desc }]) { id } }`)).beneficiaries as { id: string }[];
    const showed = async (r: string) => (await t.as('auditor').ok(SHOWED, { r })) as { n: number; auditEvents: { recordIds: string[] }[] };
    const before = { first: (await showed(`Beneficiary:${first!.id}`)).n, second: (await showed(`Beneficiary:${second!.id}`)).n };
    await t.as('clerk').ok(`{ beneficiaries(take: 2, orderBy: [{ id: desc }]) { id nik } }`);
    await t.as('clerk').ok(`query($id: ID!) { beneficiary(id: $id) { nik } }`, { id: first!.id });
    const ofFirst = await showed(`Beneficiary:${first!.id}`);
    expect(ofFirst.n - before.first).toBe(2); // the list of two, then the record alone
    expect(ofFirst.auditEvents.map((e) => e.recordIds)).toEqual([[`Beneficiary:${first!.id}`], [`Beneficiary:${first!.id}`, `Beneficiary:${second!.id}`].sort()]);
    expect((await showed(`Beneficiary:${second!.id}`)).n - before.second).toBe(1);
    expect((await showed('Worker:999999')).n).toBe(0);
    // A record's history is its own events or the reads that showed it, in one filter.
    const history = await t.as('auditor').ok(
      `query($id: String!, $r: String!) { auditEventsCount(where: { OR: [{ entity: { equals: "Beneficiary" }, recordId: { equals: $id } }, { recordIds: { has: $r } }] }) }`,
      { id: first!.id, r: `Beneficiary:${first!.id}` },
    );
    expect(history.auditEventsCount).toBeGreaterThanOrEqual(2);
    // Only `has`: other JSON (before/after) cannot be filtered, nor recordIds sorted.
    expect((await t.gql(`{ auditEvents(where: { before: { has: "x" } }) { id } }`)).errors?.[0]?.message).toMatch(/before/);
    expect((await t.gql(`{ auditEvents(orderBy: [{ recordIds: asc }]) { id } }`)).errors?.[0]?.message).toMatch(/recordIds/);
  });
});

describe('audit trail', () => {
  it('records every change with actor, changed fields only, and the request id', async () => {
    const { beneficiary } = await t.ok(`query($id: ID!) { beneficiary(id: $id) { version } }`, { id: own.beneficiaryId });
    await t.as('clerk').gql(`mutation($id: ID!, $v: Int!) { updateBeneficiary(id: $id, version: $v, data: { status: GRADUATED }) { id } }`, { id: own.beneficiaryId, v: beneficiary.version }, { 'x-request-id': 'req-audit-1' });
    const events = await t.ok(`query($id: String!) { auditEvents(where: { entity: { equals: "Beneficiary" }, recordId: { equals: $id }, action: { equals: "UPDATE" } }, take: 1) { actorName role before after requestId } }`, { id: own.beneficiaryId });
    expect(events.auditEvents[0]).toEqual({ actorName: 'clerk', role: 'CLERK', before: { status: 'ACTIVE' }, after: { status: 'GRADUATED' }, requestId: 'req-audit-1' });
  });

  it('masks personal data inside audit events for an auditor (the trail is no way around the mask)', async () => {
    const query = `query($id: String!) { auditEvents(where: { entity: { equals: "Beneficiary" }, recordId: { equals: $id }, action: { equals: "CREATE" } }) { after } }`;
    const asAuditor = await t.as('auditor').ok(query, { id: own.beneficiaryId });
    expect(asAuditor.auditEvents[0].after.nik).toMatch(/^\d{6}\*{6}\d{4}$/);
    expect(asAuditor.auditEvents[0].after.address).toBe('***');
    const asAdmin = await t.ok(query, { id: own.beneficiaryId });
    expect(asAdmin.auditEvents[0].after.nik).toMatch(/^\d{16}$/);
  });

  it('never records a password or its hash', async () => {
    await t.ok(`mutation { createUser(data: { username: "petugas.baru", password: "kata sandi panjang", role: VIEWER }) { id } }`);
    const events = await t.ok(`{ auditEvents(where: { entity: { equals: "User" } }, take: 20) { before after } }`);
    expect(JSON.stringify(events)).not.toMatch(/argon2|kata sandi panjang|passwordHash/);
  });

  it('cannot be changed or deleted, even in the database', async () => {
    await expect(t.db.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "actorName" = 'x'`)).rejects.toThrow();
    await expect(t.db.prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow();
  });

  it('verifies, and reports the first event edited directly in the database', async () => {
    expect((await t.ok(`{ verifyAuditTrail { ok checked firstBrokenId } }`)).verifyAuditTrail).toMatchObject({ ok: true, firstBrokenId: null });
    const { auditEvents } = await t.ok(`{ auditEvents(take: 1, where: { action: { equals: "UPDATE" } }) { id } }`);
    const id = Number(auditEvents[0].id);
    await t.db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
    await t.db.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "after" = '{"status":"ACTIVE"}' WHERE id = ${id}`);
    await t.db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
    const result = (await t.ok(`{ verifyAuditTrail { ok checked firstBrokenId } }`)).verifyAuditTrail;
    expect(result).toEqual({ ok: false, checked: id - 1, firstBrokenId: String(id) });
  });
});

describe('API tokens', () => {
  it('are shown once, act with their role, and stop working when revoked', async () => {
    const created = await t.as('viewer').ok(`mutation { createApiToken(name: "dasbor kecamatan") { secret token { id prefix role } } }`);
    const { secret, token } = created.createApiToken;
    expect(secret).toMatch(/^pilar_t_/);
    expect(token.role).toBe('VIEWER');
    const listed = await t.as('viewer').ok(`{ apiTokens { id prefix } }`);
    expect(JSON.stringify(listed)).not.toContain(secret);
    const bearer = { authorization: `Bearer ${secret}` };
    // Without allowAdHoc a token runs approved saved queries only, by their persisted id.
    expect(codeOf(await t.anonymous.gql(`{ me { username } }`, {}, bearer))).toBe('PERSISTED_ONLY');
    const approved = async (name: string, document: string) => {
      const saved = await t.as('auditor').ok(`mutation($d: SavedQueryCreateInput!) { createSavedQuery(data: $d) { id } }`, { d: { name, purpose: 'Uji token', document } });
      const version = await t.ok(`mutation($id: ID!) { approveSavedQueryVersion(id: $id, version: 1) { persistedId } }`, { id: saved.createSavedQuery.id });
      return version.approveSavedQueryVersion.persistedId as string;
    };
    const persisted = async (sha256Hash: string) => {
      const response = await t.app.fetch('http://pilar.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
      });
      return (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };
    };
    const whoAmI = await approved('Siapa saya (token)', `{ me { username via role } }`);
    expect((await persisted(whoAmI)).data).toEqual({ me: { username: 'viewer', via: 'token', role: 'VIEWER' } });
    expect(codeOf(await persisted(await approved('Pengguna (token)', `{ usersCount }`)))).toBe('FORBIDDEN');
    await t.as('viewer').ok(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: token.id });
    expect(codeOf(await persisted(whoAmI))).toBe('UNAUTHENTICATED');
  });

  it('cannot act with more than their owner’s role, and only an ADMIN grants ad-hoc operations', async () => {
    expect(codeOf(await t.as('viewer').gql(`mutation { createApiToken(name: "x", role: ADMIN) { secret } }`))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.as('clerk').gql(`mutation { createApiToken(name: "x", role: AUDITOR) { secret } }`))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.as('auditor').gql(`mutation { createApiToken(name: "x", allowAdHoc: true) { secret } }`))).toBe('FORBIDDEN');
    const admin = await t.ok(`mutation { createApiToken(name: "skrip", role: VIEWER, allowAdHoc: true) { token { role allowAdHoc } } }`);
    expect(admin.createApiToken.token).toEqual({ role: 'VIEWER', allowAdHoc: true });
  });
});
