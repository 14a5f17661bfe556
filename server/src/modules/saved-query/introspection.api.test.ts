// A saved query is run by the server for every signed-in role: it may not describe the schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type GraphQLResponse, type TestApp } from '../../testing/harness.ts';
import { persistedIdOf } from './document.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const CREATE = `mutation($d: SavedQueryCreateInput!) { createSavedQuery(data: $d) { id } }`;
const RUN = `mutation($id: ID!) { runSavedQuery(id: $id) { id data } }`;
const errorOf = (result: GraphQLResponse) => ({ code: result.errors?.[0]?.extensions?.code, field: result.errors?.[0]?.extensions?.field, data: result.data?.runSavedQuery ?? null });

let serial = 0;
/** A version already APPROVED in the database, as one saved before the rule existed would be. */
async function approvedInDatabase(document: string) {
  const admin = await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'admin' } });
  const auditor = await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'auditor' } });
  const saved = await t.db.prisma.savedQuery.create({ data: { name: `Skema ${++serial}`, purpose: 'Lama', ownerId: auditor.id } });
  await t.db.prisma.savedQueryVersion.create({
    data: { savedQueryId: saved.id, number: 1, document, persistedId: persistedIdOf(document), variables: [], status: 'APPROVED', authorId: auditor.id, approvedById: admin.id, approvedAt: new Date() },
  });
  return { id: String(saved.id), persistedId: persistedIdOf(document) };
}

describe('introspection in saved queries', () => {
  for (const document of ['{ __schema { types { name } } }', '{ __type(name: "User") { fields { name } } }', 'query { ...F } fragment F on Query { __schema { queryType { name } } }']) {
    it(`refuses saving ${JSON.stringify(document)} with BAD_USER_INPUT on document`, async () => {
      const result = await t.as('auditor').gql(CREATE, { d: { name: `Skema simpan ${++serial}`, purpose: 'Uji', document } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document' });
      expect(result.errors?.[0]?.message).toMatch(/__schema, __type/);
    });
  }

  it('allows __typename', async () => {
    const created = await t.as('auditor').ok(CREATE, { d: { name: `Typename ${++serial}`, purpose: 'Uji', document: '{ __typename regionsCount }' } });
    expect(created.createSavedQuery.id).toBeTruthy();
  });

  it('refuses running an approved version with introspection, for a VIEWER and for an ADMIN', async () => {
    const { id } = await approvedInDatabase('{ __schema { types { name } } }');
    expect(errorOf(await t.as('viewer').gql(RUN, { id }))).toEqual({ code: 'BAD_USER_INPUT', field: 'version', data: null });
    expect(errorOf(await t.gql(RUN, { id }))).toEqual({ code: 'BAD_USER_INPUT', field: 'version', data: null });
    expect(await t.db.prisma.savedQueryRun.count({ where: { savedQueryId: Number(id) } })).toBe(0);
  });

  it('refuses approving such a version', async () => {
    const { id } = await approvedInDatabase('{ __type(name: "Beneficiary") { name } }');
    await t.db.prisma.savedQueryVersion.updateMany({ where: { savedQueryId: Number(id) }, data: { status: 'DRAFT', approvedById: null, approvedAt: null } });
    const result = await t.gql(`mutation($id: ID!) { approveSavedQueryVersion(id: $id, version: 1) { status } }`, { id });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses calling it by its persisted id, for a VIEWER and for an ADMIN', async () => {
    const { id, persistedId } = await approvedInDatabase('{ __schema { queryType { name } } }');
    for (const user of ['viewer', 'admin'] as const) {
      const token = (await t.as(user).ok(`mutation { createApiToken(name: "skema ${++serial}") { secret } }`)).createApiToken.secret as string;
      const response = await t.app.fetch('http://pilar.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: persistedId } } }),
      });
      const result = (await response.json()) as GraphQLResponse;
      expect(result.data ?? null, user).toBeNull();
      // A VIEWER meets the production rule for every request first; an ADMIN, the saved-query rule.
      expect(result.errors?.[0]?.extensions?.code, user).toBe(user === 'viewer' ? 'INTROSPECTION_DISABLED' : 'BAD_USER_INPUT');
    }
    expect(await t.db.prisma.savedQueryRun.count({ where: { savedQueryId: Number(id) } })).toBe(0);
  });
});
