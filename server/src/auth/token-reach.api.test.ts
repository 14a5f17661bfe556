import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rounded } from '../modules/aggregate/grammar.ts';
import { createTestApp, type GraphQLResponse, type TestApp } from '../testing/harness.ts';

// A token never reaches further than its owner: a clerk's VIEWER token stays in the clerk's
// regions on every read path, and follows the clerk's regions as the admin changes them.

let t: TestApp;
let districts: { haurgeulis: string; kroya: string; other: string };
let clerkId: string;
let secret: string;
let serial = 0;

const PASSWORD = 'kata sandi petugas uji';
const bearer = () => ({ authorization: `Bearer ${secret}` });

const login = (username: string, password: string) => t.signIn(username, password);

/** What the admin counts in the given districts: the truth the token's answers are held to. */
async function countIn(...districtIds: string[]): Promise<number> {
  const data = await t.ok(`query($d: [ID!]) { beneficiariesCount(where: { village: { is: { parentId: { in: $d } } } }) }`, { d: districtIds });
  return data.beneficiariesCount;
}

/** A VIEWER's figure for the same count: rounded to 5 (privacy rules). */
const asViewerSees = (n: number) => rounded(n);

type DistrictRow = { key: { district: { id: string } }; count: number };

/** Runs an approved saved query through its persisted id, as a dashboard would. */
async function persisted(document: string): Promise<GraphQLResponse> {
  const created = await t.as('auditor').ok(`mutation($d: SavedQueryCreateInput!) { createSavedQuery(data: $d) { id } }`, {
    d: { name: `Jangkauan token ${++serial}`, purpose: 'Pengujian jangkauan token', document: `${document}\n# reach ${serial}` },
  });
  const approved = await t.ok(`mutation($id: ID!) { approveSavedQueryVersion(id: $id, version: 1) { persistedId } }`, { id: created.createSavedQuery.id });
  const response = await t.app.fetch('http://pilar.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer() },
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: approved.approveSavedQueryVersion.persistedId } } }),
  });
  return (await response.json()) as GraphQLResponse;
}

beforeAll(async () => {
  t = await createTestApp();
  const data = await t.ok(`{
    h: regions(where: { code: { equals: "32.12.01" } }) { id }
    k: regions(where: { code: { equals: "32.12.02" } }) { id }
    o: regions(where: { level: { equals: DISTRICT }, code: { notIn: ["32.12.01", "32.12.02"] }, children: { some: { beneficiaries: { some: {} } } } }, take: 1) { id }
  }`);
  districts = { haurgeulis: data.h[0].id, kroya: data.k[0].id, other: data.o[0]?.id };
  const user = await t.ok(`mutation($d: UserCreateInput!) { createUser(data: $d) { id } }`, {
    d: { username: 'petugas.token', password: PASSWORD, role: 'CLERK', regionIds: [districts.haurgeulis, districts.kroya] },
  });
  clerkId = user.createUser.id;
  const cookie = await login('petugas.token', PASSWORD);
  const token = await t.anonymous.gql(`mutation { createApiToken(name: "dasbor petugas", role: VIEWER) { secret token { role } } }`, {}, { cookie });
  expect(token.data?.createApiToken.token.role).toBe('VIEWER');
  secret = token.data!.createApiToken.secret;
});
afterAll(() => t?.close());

describe("a clerk's VIEWER token", () => {
  it("reads only the clerk's regions: lists, get by id, relations, aggregates and persisted saved queries", async () => {
    const mine = [districts.haurgeulis, districts.kroya].sort();
    expect(await countIn(districts.other)).toBeGreaterThan(0);

    // Persisted saved queries are what a token without allowAdHoc may run at all. A VIEWER
    // reads figures, not persons: by district, only the clerk's districts, each as the admin
    // counts it there (rounded, as every VIEWER figure).
    const aggregate = await persisted(`{ beneficiariesAggregate(groupBy: [district]) { key { district { id } } count } }`);
    const rows = aggregate.data!.beneficiariesAggregate as DistrictRow[];
    expect(rows.map((r) => r.key.district.id).sort()).toEqual(mine);
    for (const row of rows) expect(row.count).toBe(asViewerSees(await countIn(row.key.district.id)));
    const total = await persisted(`{ beneficiariesAggregate { count } }`);
    expect(total.data!.beneficiariesAggregate).toEqual([{ count: asViewerSees(await countIn(...mine)) }]);

    // Workers are the person-level records a VIEWER may list: never one of another district.
    const foreign = (await t.ok(`query($d: ID!) { workers(where: { region: { is: { OR: [{ id: { equals: $d } }, { parentId: { equals: $d } }] } } }, take: 1) { id regionId } }`, { d: districts.other }))
      .workers[0];
    expect(foreign).toBeDefined();
    const reads = await persisted(`{
      other: workers(where: { regionId: { equals: "${foreign.regionId}" } }) { id }
      byId: worker(id: "${foreign.id}") { id }
      place: region(id: "${foreign.regionId}") { workers { id } workersCount }
      all: workers(take: 500) { region { id level parentId } }
      workersByDistrict: workersAggregate(groupBy: [district]) { key { district { id } } }
    }`);
    expect(reads.errors).toBeUndefined();
    expect(reads.data).toMatchObject({ other: [], byId: null, place: { workers: [], workersCount: 0 } });
    const all = reads.data!.all as { region: { id: string; level: string; parentId: string | null } }[];
    expect(all.length).toBeGreaterThan(0);
    for (const { region } of all) expect(mine).toContain(region.level === 'DISTRICT' ? region.id : region.parentId);
    for (const row of reads.data!.workersByDistrict as { key: { district: { id: string } | null } }[]) {
      expect(mine).toContain(row.key.district?.id);
    }
  });

  it('loses a region at once when the admin removes it from the clerk', async () => {
    const before = await persisted(`{ beneficiariesAggregate(groupBy: [district]) { key { district { id } } count } }`);
    expect((before.data!.beneficiariesAggregate as unknown[]).length).toBe(2);

    const user = await t.ok(`query($id: ID!) { user(id: $id) { version } }`, { id: clerkId });
    await t.ok(`mutation($id: ID!, $v: Int!, $r: [ID!]) { updateUser(id: $id, version: $v, data: { regionIds: $r }) { id } }`, {
      id: clerkId,
      v: user.user.version,
      r: [districts.haurgeulis],
    });

    // The test harness remembers credentials for ten minutes: only the change's own
    // invalidation can make the next request see it.
    const after = await persisted(`{ beneficiariesAggregate(groupBy: [district]) { key { district { id } } count } }`);
    expect(after.data!.beneficiariesAggregate).toEqual([{ key: { district: { id: districts.haurgeulis } }, count: asViewerSees(await countIn(districts.haurgeulis)) }]);
  });

  it("stops at once when the owner loses the role the token acts with", async () => {
    const user = await t.ok(`mutation($d: UserCreateInput!) { createUser(data: $d) { id version } }`, {
      d: { username: 'petugas.turun', password: PASSWORD, role: 'CLERK', regionIds: [districts.haurgeulis] },
    });
    const cookie = await login('petugas.turun', PASSWORD);
    const created = await t.anonymous.gql(`mutation { createApiToken(name: "petugas", role: CLERK) { secret } }`, {}, { cookie });
    const clerkToken = created.data!.createApiToken.secret as string;
    const me = () => t.anonymous.gql(`{ me { role } }`, {}, { authorization: `Bearer ${clerkToken}` });
    // A token without allowAdHoc may run saved queries only: a working one is PERSISTED_ONLY here.
    expect((await me()).errors?.[0]?.extensions?.code).toBe('PERSISTED_ONLY');
    await t.ok(`mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, data: { role: VIEWER }) { id } }`, { id: user.createUser.id, v: user.createUser.version });
    expect((await me()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('cannot be made with more than its owner’s role', async () => {
    const cookie = await login('petugas.token', PASSWORD);
    const result = await t.anonymous.gql(`mutation { createApiToken(name: "lebih", role: ADMIN) { secret } }`, {}, { cookie });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
