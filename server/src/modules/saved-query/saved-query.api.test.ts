import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../audit/canonical.ts';
import { createTestApp, type GraphQLResponse, type TestApp } from '../../testing/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const sha256 = (data: unknown) => createHash('sha256').update(canonicalJson(data)).digest('hex');
let serial = 0;
/** A document unique to each test (the same document may not be saved twice). */
const unique = (document: string) => `${document}\n# test ${++serial}`;

const CREATE = `mutation($d: SavedQueryCreateInput!) { createSavedQuery(data: $d) { id version latestVersion versions { number status persistedId variables { name type namedType kind list required defaultValue enumValues } } } }`;
const APPROVE = `mutation($id: ID!, $v: Int!) { approveSavedQueryVersion(id: $id, version: $v) { number status approvedByName persistedId } }`;
const RUN = `mutation($id: ID!, $v: Int, $vars: JSON) { runSavedQuery(id: $id, version: $v, variables: $vars) { id versionNumber variables rowCount resultHash durationMs via userName role data errors } }`;

const WORKERS_BY_ROLE = `query WorkersByRole($role: WorkerRole!, $take: Int = 5) {
  workers(where: { role: { equals: $role } }, orderBy: [{ name: asc }], take: $take) { id name role }
  workersCount(where: { role: { equals: $role } })
}`;

/** Saves a query as the auditor and has the admin approve version 1. */
async function approvedQuery(document: string, name = `Uji ${serial}`) {
  const created = await t.as('auditor').ok(CREATE, { d: { name, purpose: 'Pengujian otomatis', document: unique(document) } });
  const id = created.createSavedQuery.id as string;
  const approved = await t.ok(APPROVE, { id, v: 1 });
  return { id, persistedId: approved.approveSavedQueryVersion.persistedId as string };
}

async function tokenFor(user: 'viewer' | 'admin' | 'auditor', extra = '') {
  const created = await t.as(user).ok(`mutation { createApiToken(name: "dashboard ${++serial}"${extra}) { secret } }`);
  return created.createApiToken.secret as string;
}

/** A persisted-operation request, Yoga's (Apollo's) convention, by POST or GET. */
async function persisted(method: 'POST' | 'GET', hash: string, variables: Record<string, unknown> | undefined, headers: Record<string, string>) {
  const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
  const response =
    method === 'POST'
      ? await t.app.fetch('http://pilar.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ variables, extensions }) })
      : await t.app.fetch(
          `http://pilar.test/graphql?${new URLSearchParams({ extensions: JSON.stringify(extensions), ...(variables ? { variables: JSON.stringify(variables) } : {}) })}`,
          { headers: { accept: 'application/json', ...headers } },
        );
  return (await response.json()) as GraphQLResponse;
}

describe('saving a query', () => {
  it('takes the variables, their types and defaults from the document', async () => {
    const data = await t.as('auditor').ok(CREATE, { d: { name: 'Pilar sosial per peran', purpose: 'Daftar per peran', document: unique(WORKERS_BY_ROLE) } });
    const [version] = data.createSavedQuery.versions;
    expect(version.number).toBe(1);
    expect(version.status).toBe('DRAFT');
    expect(version.persistedId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(version.variables).toEqual([
      { name: 'role', type: 'WorkerRole!', namedType: 'WorkerRole', kind: 'ENUM', list: false, required: true, defaultValue: null, enumValues: ['PKH', 'PSM', 'PUSKESOS', 'SIKS_NG_OPERATOR', 'TAGANA', 'TKSK'] },
      { name: 'take', type: 'Int', namedType: 'Int', kind: 'SCALAR', list: false, required: false, defaultValue: 5, enumValues: null },
    ]);
  });

  it('refuses mutation and subscription documents on `document`', async () => {
    for (const document of [`mutation { logout }`, `subscription { ticks }`, `query A { me { id } } mutation B { logout }`]) {
      const result = await t.as('auditor').gql(CREATE, { d: { name: `Tolak ${++serial}`, purpose: 'x', document } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document' });
    }
    const id = await t.as('auditor').gql(CREATE, { d: { name: `Tolak ${++serial}`, purpose: 'x', document: `mutation { logout }` } }, { 'accept-language': 'id' });
    expect(id.errors?.[0]?.message).toBe('Kueri tersimpan hanya boleh membaca: operasi mutation ditolak.');
  });

  it('refuses an invalid document with GraphQL’s validation message', async () => {
    const result = await t.as('auditor').gql(CREATE, { d: { name: `Salah ${++serial}`, purpose: 'x', document: `{ workers { nope } }` } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document' });
    expect(result.errors?.[0]?.message).toContain('Cannot query field "nope" on type "Worker".');
    const syntax = await t.as('auditor').gql(CREATE, { d: { name: `Salah ${++serial}`, purpose: 'x', document: `{ workers {` } });
    expect(syntax.errors?.[0]?.message).toContain('Syntax Error');
  });

  it('holds a document to the limits every request has: depth 6, aliases, cost and tokens', async () => {
    const deep = `{ regions { parent { parent { parent { parent { parent { parent { id } } } } } } } }`;
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const costly = `{ ${Array.from({ length: 15 }, (_, i) => `b${i}: trainingSessions { attendances { worker { region { name parent { name } } registeredBeneficiaries { name village { name } } } } }`).join(' ')} }`;
    const long = `{ ${Array.from({ length: 600 }, () => 'me { id }').join(' ')} }`;
    for (const [document, message] of [
      [deep, 'The query is nested deeper than 6 levels.'],
      [aliases, 'The query uses more than 15 aliases.'],
      [costly, /The query (would cost more than 800|is nested deeper than 6 levels)/],
      [long, 'The query is longer than 1000 tokens.'],
    ] as const) {
      const result = await t.as('auditor').gql(CREATE, { d: { name: `Batas ${++serial}`, purpose: 'x', document } });
      expect(result.errors?.[0]?.extensions, String(message)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document' });
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    // A version stored before a limit (or edited behind the API's back) is checked again on every run.
    const { id } = await approvedQuery(`{ me { id } }`);
    await t.db.prisma.$executeRawUnsafe('UPDATE "SavedQueryVersion" SET document = $1 WHERE "savedQueryId" = $2', deep, Number(id));
    const run = await t.as('viewer').gql(RUN, { id });
    expect(run.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });
    expect(run.errors?.[0]?.message).toBe('The query is nested deeper than 6 levels.');
  });

  it('lets only ADMIN and AUDITOR save', async () => {
    for (const user of ['clerk', 'viewer'] as const) {
      expect(codeOf(await t.as(user).gql(CREATE, { d: { name: `Tidak ${++serial}`, purpose: 'x', document: unique(`{ me { id } }`) } }))).toBe('FORBIDDEN');
    }
  });

  it('refuses a document another live query already has, naming it', async () => {
    const document = unique(`{ programsCount }`);
    const first = await t.as('auditor').ok(CREATE, { d: { name: `Asli ${++serial}`, purpose: 'x', document } });
    const again = await t.as('auditor').gql(CREATE, { d: { name: `Salinan ${++serial}`, purpose: 'x', document } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE', field: 'document', existingId: first.createSavedQuery.id });
  });
});

describe('approval', () => {
  it('refuses approval by the version’s author, and audits the approval by another', async () => {
    const created = await t.as('auditor').ok(CREATE, { d: { name: `Setuju ${++serial}`, purpose: 'x', document: unique(`{ regionsCount }`) } });
    const id = created.createSavedQuery.id;
    const own = await t.as('auditor').gql(APPROVE, { id, v: 1 });
    expect(codeOf(own)).toBe('FORBIDDEN');
    expect(own.errors?.[0]?.message).toBe('You wrote this version: another ADMIN or AUDITOR must approve it.');
    expect(codeOf(await t.as('viewer').gql(APPROVE, { id, v: 1 }))).toBe('FORBIDDEN');
    const approved = await t.ok(APPROVE, { id, v: 1 });
    expect(approved.approveSavedQueryVersion).toMatchObject({ number: 1, status: 'APPROVED', approvedByName: 'Test admin' });
    expect(codeOf(await t.gql(APPROVE, { id, v: 1 }))).toBe('BAD_USER_INPUT'); // approved already
    const audit = await t.ok(`{ auditEvents(where: { action: { equals: "APPROVE" }, entity: { equals: "SavedQueryVersion" } }, take: 1) { actorName after } }`);
    expect(audit.auditEvents[0]).toMatchObject({ actorName: 'admin', after: { savedQueryId: Number(id), number: 1, status: 'APPROVED' } });
  });

  it('adds a new DRAFT version on a document change; the approved one still runs and stays readable', async () => {
    const { id } = await approvedQuery(`{ venuesCount }`);
    const { savedQuery } = await t.ok(`query($id: ID!) { savedQuery(id: $id) { version } }`, { id });
    const updated = await t.as('auditor').ok(
      `mutation($id: ID!, $v: Int!, $d: SavedQueryUpdateInput!) { updateSavedQuery(id: $id, version: $v, data: $d) { latestVersion currentVersion { number } versions { number status document } } }`,
      { id, v: savedQuery.version, d: { document: unique(`{ venuesCount programsCount }`), changeNote: 'tambah program' } },
    );
    expect(updated.updateSavedQuery.latestVersion).toBe(2);
    expect(updated.updateSavedQuery.currentVersion).toEqual({ number: 1 });
    expect(updated.updateSavedQuery.versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([[2, 'DRAFT'], [1, 'APPROVED']]);
    const stale = await t.as('auditor').gql(`mutation($id: ID!, $v: Int!) { updateSavedQuery(id: $id, version: $v, data: { name: "Basi" }) { id } }`, { id, v: savedQuery.version });
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
    // The viewer sees the approved version only, runs it by default, and may not run the draft.
    const seen = await t.as('viewer').ok(`query($id: ID!) { savedQuery(id: $id) { versions { number } } }`, { id });
    expect(seen.savedQuery.versions).toEqual([{ number: 1 }]);
    expect((await t.as('viewer').ok(RUN, { id })).runSavedQuery.versionNumber).toBe(1);
    expect(codeOf(await t.as('viewer').gql(RUN, { id, v: 2 }))).toBe('FORBIDDEN');
    expect((await t.as('auditor').ok(RUN, { id, v: 2 })).runSavedQuery.data).toEqual({ venuesCount: expect.any(Number), programsCount: expect.any(Number) });
  });

  it('retires a version and a whole query: runs and persisted calls are refused, and both are audited', async () => {
    const { id, persistedId } = await approvedQuery(`{ aidStandardsCount }`);
    const token = await tokenFor('viewer');
    expect((await persisted('POST', persistedId, undefined, { authorization: `Bearer ${token}` })).data).toEqual({ aidStandardsCount: 4 });
    await t.as('auditor').ok(`mutation($id: ID!) { retireSavedQueryVersion(id: $id, version: 1) { status } }`, { id });
    expect(codeOf(await t.as('auditor').gql(RUN, { id, v: 1 }))).toBe('BAD_USER_INPUT');
    // With no approved version left, the query is out of the viewer's catalogue.
    expect(codeOf(await t.as('viewer').gql(RUN, { id, v: 1 }))).toBe('NOT_FOUND');
    expect(codeOf(await persisted('POST', persistedId, undefined, { authorization: `Bearer ${token}` }))).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    await t.as('auditor').ok(`mutation($id: ID!) { retireSavedQuery(id: $id) { retiredAt } }`, { id });
    expect(codeOf(await t.gql(RUN, { id, v: 1 }))).toBe('BAD_USER_INPUT');
    const audit = await t.ok(`{ auditEvents(where: { action: { equals: "RETIRE" } }, take: 5) { entity recordId } }`);
    expect(audit.auditEvents.map((e: { entity: string }) => e.entity).sort()).toEqual(expect.arrayContaining(['SavedQuery', 'SavedQueryVersion']));
  });
});

describe('the catalogue', () => {
  it('lists queries with versions, current version and run counts in constant statements', async () => {
    for (let i = 0; i < 3; i++) await approvedQuery(`{ regionsCount }`);
    const catalogue = (take: number) =>
      `{ savedQueries(take: ${take}, orderBy: [{ name: asc }]) { name ownerName latestVersion runsCount currentVersion { number persistedId approvedByName } versions { number status authorName variables { name } } } savedQueriesCount }`;
    const statementsFor = async (query: string) => {
      const before = t.db.statements.count;
      await t.as('auditor').ok(query);
      return t.db.statements.count - before;
    };
    await statementsFor(catalogue(1));
    expect(await statementsFor(catalogue(50))).toBe(await statementsFor(catalogue(1)));
    const { savedQueries } = await t.as('auditor').ok(catalogue(50));
    expect(savedQueries.length).toBeGreaterThanOrEqual(3);
  });

  it('shows other roles only queries with an approved version', async () => {
    const draft = await t.as('auditor').ok(CREATE, { d: { name: `Hanya draf ${++serial}`, purpose: 'x', document: unique(`{ programsCount }`) } });
    const where = { id: { equals: draft.createSavedQuery.id } };
    const count = `query($w: SavedQueryWhereInput) { savedQueriesCount(where: $w) }`;
    expect((await t.as('viewer').ok(count, { w: where })).savedQueriesCount).toBe(0);
    expect((await t.as('clerk').ok(count, { w: where })).savedQueriesCount).toBe(0);
    expect((await t.as('auditor').ok(count, { w: where })).savedQueriesCount).toBe(1);
    // Relation filters on records without a trash, and through the viewer's scope.
    const every = { id: { equals: draft.createSavedQuery.id }, versions: { every: { status: { equals: 'DRAFT' } } } };
    expect((await t.as('auditor').ok(count, { w: every })).savedQueriesCount).toBe(1);
    expect((await t.as('viewer').ok(`{ savedQueriesCount(where: { versions: { some: { status: { equals: DRAFT } } } }) }`)).savedQueriesCount).toBe(0);
  });
});

describe('runs', () => {
  it('stores each run with its version, variables and the SHA-256 of the canonical result', async () => {
    const { id } = await approvedQuery(WORKERS_BY_ROLE);
    const vars = { role: 'TKSK', take: 3 };
    const { runSavedQuery: run } = await t.as('viewer').ok(RUN, { id, vars });
    expect(run.data.workers).toHaveLength(3);
    expect(run.data.workersCount).toBe(31);
    expect(run).toMatchObject({ versionNumber: 1, variables: vars, rowCount: 4, via: 'RUN_MUTATION', userName: 'Test viewer', role: 'VIEWER', errors: null });
    expect(run.resultHash).toBe(sha256(run.data));
    const stored = await t.as('auditor').ok(`query($id: ID!) { savedQueryRun(id: $id) { resultHash variables versionNumber rowCount data savedQueryVersion { number } } }`, { id: run.id });
    expect(stored.savedQueryRun).toEqual({ resultHash: run.resultHash, variables: vars, versionNumber: 1, rowCount: 4, data: null, savedQueryVersion: { number: 1 } });
    // The same data gives the same hash.
    expect((await t.as('auditor').ok(RUN, { id, vars })).runSavedQuery.resultHash).toBe(run.resultHash);
  });

  it('changes the hash when a record changes', async () => {
    const { id } = await approvedQuery(WORKERS_BY_ROLE);
    const vars = { role: 'TKSK', take: 1 };
    const before = (await t.ok(RUN, { id, vars })).runSavedQuery;
    const worker = before.data.workers[0];
    const { worker: current } = await t.ok(`query($id: ID!) { worker(id: $id) { version } }`, { id: worker.id });
    await t.ok(`mutation($id: ID!, $v: Int!) { updateWorker(id: $id, version: $v, data: { name: "Aaa Diubah" }) { id } }`, { id: worker.id, v: current.version });
    const after = (await t.ok(RUN, { id, vars })).runSavedQuery;
    expect(after.data.workers[0].name).toBe('Aaa Diubah');
    expect(after.resultHash).not.toBe(before.resultHash);
    expect(after.resultHash).toBe(sha256(after.data));
  });

  it('runs with the caller’s permissions and masks', async () => {
    const { id } = await approvedQuery(`{ beneficiaries(take: 2, orderBy: [{ id: asc }]) { id nik } beneficiariesCount }`);
    const admin = (await t.ok(RUN, { id })).runSavedQuery.data;
    const auditor = (await t.as('auditor').ok(RUN, { id })).runSavedQuery.data;
    const clerk = (await t.as('clerk').ok(RUN, { id })).runSavedQuery.data;
    expect(auditor.beneficiaries.map((b: { id: string }) => b.id)).toEqual(admin.beneficiaries.map((b: { id: string }) => b.id));
    expect(auditor.beneficiaries[0].nik).toMatch(/\*{6}/);
    const viewer = (await t.as('viewer').ok(RUN, { id })).runSavedQuery;
    expect(viewer.data).toBeNull();
    expect(viewer.errors.map((e: { code: string }) => e.code)).toContain('FORBIDDEN');
    expect(admin.beneficiaries[0].nik).toMatch(/^\d{16}$/);
    expect(clerk.beneficiariesCount).toBeLessThan(admin.beneficiariesCount);
    const forbidden = (await t.as('viewer').ok(RUN, { id: (await approvedQuery(`{ auditEventsCount }`)).id })).runSavedQuery;
    expect(forbidden.errors).toEqual([{ code: 'FORBIDDEN', message: 'Your role may not do this.', path: ['auditEventsCount'] }]);
  });

  it('refuses unusable variables without logging a run', async () => {
    const { id } = await approvedQuery(WORKERS_BY_ROLE);
    const before = await t.ok(`query($id: ID) { savedQueryRunsCount(where: { savedQueryId: { equals: $id } }) }`, { id });
    const result = await t.as('viewer').gql(RUN, { id, vars: { role: 'KEPALA' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'variables' });
    expect(codeOf(await t.as('viewer').gql(RUN, { id, vars: [1] }))).toBe('BAD_USER_INPUT');
    const after = await t.ok(`query($id: ID) { savedQueryRunsCount(where: { savedQueryId: { equals: $id } }) }`, { id });
    expect(after.savedQueryRunsCount).toBe(before.savedQueryRunsCount);
  });

  it('shows everyone their own runs, and ADMIN and AUDITOR all runs', async () => {
    const { id } = await approvedQuery(`{ programsCount venuesCount }`);
    await t.as('viewer').ok(RUN, { id });
    await t.as('clerk').ok(RUN, { id });
    const list = `query($id: ID) { savedQueryRuns(where: { savedQueryId: { equals: $id } }, orderBy: [{ startedAt: desc }]) { userName } }`;
    expect((await t.as('viewer').ok(list, { id })).savedQueryRuns).toEqual([{ userName: 'Test viewer' }]);
    expect((await t.as('auditor').ok(list, { id })).savedQueryRuns.map((r: { userName: string }) => r.userName).sort()).toEqual(['Test clerk', 'Test viewer']);
    const audit = await t.ok(`query($id: String) { auditEvents(where: { action: { equals: "RUN" }, recordId: { equals: $id } }) { actorName after } }`, { id });
    expect(audit.auditEvents).toHaveLength(2);
  });
});

describe('persisted operations and the allow-list for API tokens', () => {
  it('refuses an ad-hoc operation from a token, in both languages', async () => {
    const token = await tokenFor('viewer');
    const result = await t.anonymous.gql(`{ workersCount }`, {}, { authorization: `Bearer ${token}` });
    expect(result.data ?? null).toBeNull();
    expect(codeOf(result)).toBe('PERSISTED_ONLY');
    expect(result.errors?.[0]?.message).toContain('may run approved saved queries only');
    const id = await t.anonymous.gql(`{ workersCount }`, {}, { authorization: `Bearer ${token}`, 'accept-language': 'id' });
    expect(id.errors?.[0]?.message).toContain('hanya boleh menjalankan kueri tersimpan');
  });

  it('runs an approved version by its persisted id over POST and GET, and logs each run', async () => {
    const { id, persistedId } = await approvedQuery(WORKERS_BY_ROLE);
    const token = await tokenFor('viewer');
    const auth = { authorization: `Bearer ${token}` };
    const vars = { role: 'PSM', take: 2 };
    const post = await persisted('POST', persistedId, vars, auth);
    expect(post.errors).toBeUndefined();
    expect(post.data?.workers).toHaveLength(2);
    const hex = persistedId.replace('sha256:', '');
    const get = await persisted('GET', hex, vars, auth);
    expect(get.data).toEqual(post.data);
    const runs = await t.as('auditor').ok(
      `query($id: ID) { savedQueryRuns(where: { savedQueryId: { equals: $id } }, orderBy: [{ id: asc }]) { via variables versionNumber resultHash rowCount role tokenId } }`,
      { id },
    );
    expect(runs.savedQueryRuns).toEqual([
      { via: 'PERSISTED', variables: vars, versionNumber: 1, resultHash: sha256(post.data), rowCount: 3, role: 'VIEWER', tokenId: expect.any(String) },
      { via: 'PERSISTED', variables: vars, versionNumber: 1, resultHash: sha256(post.data), rowCount: 3, role: 'VIEWER', tokenId: expect.any(String) },
    ]);
  });

  it('serves a dashboard chart to a VIEWER token: an approved aggregate, by GET, with small groups suppressed', async () => {
    const { persistedId } = await approvedQuery(`query PpksPerDistrict($status: BeneficiaryStatus = ACTIVE) {
      beneficiariesAggregate(where: { status: { equals: $status } }, groupBy: [district, aidStandard]) { key { district { name } aidStandard { code } } count countLabel suppressed }
    }`);
    const result = await persisted('GET', persistedId, { status: 'MOVED' }, { authorization: `Bearer ${await tokenFor('viewer')}` });
    const rows = result.data?.beneficiariesAggregate as { count: number | null; countLabel: string; suppressed: boolean }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => (r.suppressed ? r.count === null && r.countLabel === '< 5' : r.count! >= 5))).toBe(true);
    expect(rows.some((r) => r.suppressed)).toBe(true);
  });

  it('does not find drafts or unknown ids', async () => {
    const created = await t.as('auditor').ok(CREATE, { d: { name: `Draf ${++serial}`, purpose: 'x', document: unique(`{ venuesCount }`) } });
    const auth = { authorization: `Bearer ${await tokenFor('viewer')}` };
    expect(codeOf(await persisted('POST', created.createSavedQuery.versions[0].persistedId, undefined, auth))).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    expect(codeOf(await persisted('POST', 'sha256:nope', undefined, auth))).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('lets a token an ADMIN granted allowAdHoc run ad hoc, and sessions keep running anything', async () => {
    const token = await tokenFor('admin', ', allowAdHoc: true, role: VIEWER');
    expect(await t.anonymous.gql(`{ programsCount }`, {}, { authorization: `Bearer ${token}` })).toEqual({ data: { programsCount: expect.any(Number) } });
    expect(codeOf(await t.as('viewer').gql(`mutation { createApiToken(name: "x", allowAdHoc: true) { secret } }`))).toBe('FORBIDDEN');
    expect(await t.as('viewer').ok(`{ programsCount }`)).toEqual({ programsCount: expect.any(Number) });
  });
});
