// Remembered sessions and tokens (credential-cache.ts): a busy client costs no lookup per
// request, and every change that ends or narrows a credential in this process applies at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../testing/harness.ts';
import { TEST_PASSWORD } from '../testing/users.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

async function statementsFor(work: () => Promise<unknown>): Promise<number> {
  const before = t.db.statements.count;
  await work();
  return t.db.statements.count - before;
}

/** A fresh session of `username` through the login mutation, as a cookie-sending client. */
async function signIn(username: string): Promise<Client> {
  const response = await t.app.fetch('http://pilar.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', variables: { u: username, p: TEST_PASSWORD } }),
  });
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const gql: Client['gql'] = async (query, variables, headers = {}) =>
    (await (await t.app.fetch('http://pilar.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', cookie, ...headers }, body: JSON.stringify({ query, variables }) })).json()) as never;
  return { gql, ok: async (query, variables) => (await gql(query, variables)).data as never };
}

describe('remembered credentials', () => {
  it('cost one lookup, not one per request', async () => {
    const viewer = await signIn('viewer');
    expect(await statementsFor(() => viewer.ok('{ me { id } }'))).toBe(1);
    expect(await statementsFor(() => viewer.ok('{ me { id } }'))).toBe(0);
  });

  it('stop working at once on sign-out', async () => {
    const session = await signIn('auditor');
    await session.ok('{ me { id } }');
    expect(await session.ok('mutation { logout }')).toEqual({ logout: true });
    expect((await session.ok('{ me { id } }')).me).toBeNull();
  });

  it('stop working at once when a token is revoked', async () => {
    const owner = await signIn('viewer');
    const { createApiToken } = await owner.ok<{ createApiToken: { secret: string; token: { id: string } } }>(
      'mutation { createApiToken(name: "cache") { secret token { id } } }',
    );
    const bearer = { authorization: `Bearer ${createApiToken.secret}` };
    expect(codeOf(await t.anonymous.gql('{ me { id } }', {}, bearer))).not.toBe('UNAUTHENTICATED');
    await owner.ok('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id: createApiToken.token.id });
    expect(codeOf(await t.anonymous.gql('{ me { id } }', {}, bearer))).toBe('UNAUTHENTICATED');
  });

  it('follow a user’s deactivation, role and regions at once', async () => {
    const { createUser } = await t.ok<{ createUser: { id: string; version: number } }>(
      `mutation($p: String!) { createUser(data: { username: "kasir", password: $p, role: CLERK, regionIds: ["${(await t.db.prisma.region.findUniqueOrThrow({ where: { code: '32.12.01' } })).id}"] }) { id version } }`,
      { p: TEST_PASSWORD },
    );
    const clerk = await signIn('kasir');
    const inHaurgeulis = (await clerk.ok<{ beneficiariesCount: number }>('{ beneficiariesCount }')).beneficiariesCount;
    const kroya = await t.db.prisma.region.findUniqueOrThrow({ where: { code: '32.12.02' } });
    const moved = await t.ok<{ updateUser: { version: number } }>('mutation($id: ID!, $v: Int!, $r: [ID!]) { updateUser(id: $id, version: $v, data: { regionIds: $r }) { version } }', {
      id: createUser.id,
      v: createUser.version,
      r: [String(kroya.id)],
    });
    expect((await clerk.ok<{ beneficiariesCount: number }>('{ beneficiariesCount }')).beneficiariesCount).not.toBe(inHaurgeulis);
    await t.ok('mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, data: { active: false }) { id } }', { id: createUser.id, v: moved.updateUser.version });
    expect(codeOf(await clerk.gql('{ beneficiariesCount }'))).toBe('UNAUTHENTICATED');
  });
});
