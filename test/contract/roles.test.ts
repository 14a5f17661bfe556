// The panel's providers as a clerk and an auditor against the real server (in-process, fresh
// seeded database): permissions from `me`, masked data never searched or sorted on, the audit
// trail through the generic data provider, and the calls outside the grammar (tokens, reveal,
// the chain check).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthProvider } from '../../admin/src/auth/authProvider.ts';
import { masksPersonalData, type Permissions } from '../../admin/src/auth/permissions.ts';
import { createSession } from '../../admin/src/auth/session.ts';
import { REVEAL_PERSONAL_DATA } from '../../admin/src/common/reveal/revealOperation.ts';
import { areaFilter, workAreaOf } from '../../admin/src/common/workArea.ts';
import { createApolloClient } from '../../admin/src/data/apolloClient.ts';
import { createDataProvider, type PilarDataProvider } from '../../admin/src/data/dataProvider.ts';
import type { ApiErrorBody } from '../../admin/src/data/errors.ts';
import { accessByResource } from '../../admin/src/resources/defineResource.ts';
import { resources } from '../../admin/src/resources/index.ts';
import { API_TOKENS, CREATE_API_TOKEN, REVOKE_API_TOKEN } from '../../admin/src/resources/apiTokens/apiTokenOperations.ts';
import { VERIFY_AUDIT_TRAIL } from '../../admin/src/resources/auditEvents/verifyOperation.ts';
import { apiSchema } from '../support/schema.ts';
import { startServer, type RunningServer } from '../support/server.ts';
import { signedInFetch } from '../support/session.ts';
import { createUser, type TestUser } from '../support/users.ts';

/** Haurgeulis, the clerk's district. */
const HAURGEULIS = '32.12.01';
const MASKED_NIK = /^\d{6}\*{6}\d{4}$/;

let server: RunningServer;
let admin: PilarDataProvider;

/** The panel's providers wired as App.tsx wires them, signed in as `user`. */
async function panelAs(user: TestUser) {
  const client = createApolloClient({ uri: server.graphqlUrl, getLocale: () => 'id', fetch: await signedInFetch(server.graphqlUrl, user) });
  const session = createSession(client);
  const dataProvider = createDataProvider(client, apiSchema, { withoutPersonalData: async () => masksPersonalData((await session.viewer())?.role) });
  const authProvider = createAuthProvider(client, apiSchema, { session, accessOf: accessByResource(resources) });
  return { client, dataProvider, authProvider };
}

async function rejection(promise: Promise<unknown>): Promise<{ message: string; body: ApiErrorBody }> {
  try {
    await promise;
  } catch (error) {
    return error as { message: string; body: ApiErrorBody };
  }
  throw new Error('expected the call to fail');
}

const firstPage = (perPage = 25) => ({ page: 1, perPage });

let clerk: Awaited<ReturnType<typeof panelAs>>;
let auditor: Awaited<ReturnType<typeof panelAs>>;

beforeAll(async () => {
  server = await startServer();
  const signedIn = await signedInFetch(server.graphqlUrl);
  admin = createDataProvider(createApolloClient({ uri: server.graphqlUrl, getLocale: () => 'id', fetch: signedIn }), apiSchema);
  clerk = await panelAs(await createUser(signedIn, server.graphqlUrl, 'CLERK', [HAURGEULIS]));
  auditor = await panelAs(await createUser(signedIn, server.graphqlUrl, 'AUDITOR'));
});
afterAll(async () => {
  await server?.close();
});

describe('a clerk', () => {
  it('gets the role and the regions as permissions, and no access to users or the audit trail', async () => {
    const permissions = (await clerk.authProvider.getPermissions!({})) as Permissions;
    expect(permissions.role).toBe('CLERK');
    expect(permissions.regions.map((r) => [r.code, r.level])).toEqual([[HAURGEULIS, 'DISTRICT']]);
    expect(await clerk.authProvider.canAccess!({ action: 'list', resource: 'users' })).toBe(false);
    expect(await clerk.authProvider.canAccess!({ action: 'list', resource: 'auditEvents' })).toBe(false);
    expect(await clerk.authProvider.canAccess!({ action: 'create', resource: 'beneficiaries' })).toBe(true);
  });

  it('is offered the villages of their district only', async () => {
    const permissions = (await clerk.authProvider.getPermissions!({})) as Permissions;
    const filter = { level: 'VILLAGE', ...areaFilter(workAreaOf(permissions), 'village') };
    const offered = await clerk.dataProvider.getList('regions', { filter, pagination: firstPage(100), sort: { field: 'name', order: 'ASC' } });
    const haurgeulis = await admin.getList('regions', { filter: { level: 'VILLAGE', parent: { code: HAURGEULIS } }, pagination: firstPage(100), sort: { field: 'name', order: 'ASC' } });
    expect(offered.total).toBeGreaterThan(0);
    expect(offered.data.map((r) => r.id)).toEqual(haurgeulis.data.map((r) => r.id));
  });

  it('manages their own API tokens: the secret once, never in the list, revoked at once', async () => {
    const created = await clerk.dataProvider.request(CREATE_API_TOKEN, { name: 'dasbor desa', expiresAt: null, role: 'VIEWER', allowAdHoc: null });
    expect(created.createApiToken.secret).toMatch(/^pilar_t_/);
    expect(created.createApiToken.token).toMatchObject({ name: 'dasbor desa', role: 'VIEWER', allowAdHoc: false, revokedAt: null });
    const listed = await clerk.dataProvider.request(API_TOKENS, { includeRevoked: false, take: 500 });
    expect(listed.apiTokens.map((t) => t.name)).toEqual(['dasbor desa']);
    expect(JSON.stringify(listed)).not.toContain(created.createApiToken.secret);
    await clerk.dataProvider.request(REVOKE_API_TOKEN, { id: created.createApiToken.token.id });
    expect((await clerk.dataProvider.request(API_TOKENS, { includeRevoked: false, take: 500 })).apiTokens).toEqual([]);
    expect((await clerk.dataProvider.request(API_TOKENS, { includeRevoked: true, take: 500 })).apiTokens[0]?.revokedAt).not.toBeNull();
  });

  it('is told under the field when a token may not act with a higher role', async () => {
    const refused = await rejection(clerk.dataProvider.request(CREATE_API_TOKEN, { name: 'x', expiresAt: null, role: 'ADMIN', allowAdHoc: null }, ['role']));
    expect(refused.body.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(refused.body.errors ?? {})).toEqual(['role']);
  });
});

describe('an auditor', () => {
  it('searches and sorts beneficiaries without touching the masked NIK', async () => {
    const { data, total } = await auditor.dataProvider.getList('beneficiaries', {
      filter: { q: 'a' },
      pagination: firstPage(),
      sort: { field: 'nik', order: 'ASC' },
    });
    expect(total).toBeGreaterThan(0);
    for (const b of data) expect(b.nik).toMatch(MASKED_NIK);
  });

  it('would be refused the same search by a panel that searched the NIK (why q leaves it out)', async () => {
    const unaware = createDataProvider(auditor.client, apiSchema);
    const refused = await rejection(unaware.getList('beneficiaries', { filter: { q: 'a' }, pagination: firstPage(), sort: { field: 'name', order: 'ASC' } }));
    expect(refused.body.code).toBe('FORBIDDEN');
    expect(['kkNumber', 'nik']).toContain(refused.body.field);
  });

  it('reads the audit trail through the data provider, filtered by action, kind of record and days', async () => {
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const { data, total } = await auditor.dataProvider.getList('auditEvents', {
      filter: { action: 'LOGIN', entity: 'User', at_gte: day, at_lte: day, actorName_contains: 'auditor' },
      pagination: firstPage(),
      sort: { field: 'at', order: 'DESC' },
    });
    expect(total).toBeGreaterThan(0);
    expect(data.every((e) => e.action === 'LOGIN' && String(e.actorName).startsWith('auditor'))).toBe(true);
  });

  it('verifies the chain', async () => {
    const { verifyAuditTrail } = await auditor.dataProvider.request(VERIFY_AUDIT_TRAIL, {});
    expect(verifyAuditTrail).toMatchObject({ ok: true, firstBrokenId: null });
    expect(verifyAuditTrail.checked).toBeGreaterThan(0);
  });

  it('reveals one beneficiary for a reason (a too short one is refused on the field), and finds the reveal in its history', async () => {
    const { data } = await auditor.dataProvider.getList('beneficiaries', { filter: {}, pagination: firstPage(1), sort: { field: 'id', order: 'ASC' } });
    const id = String(data[0]!.id);
    const short = await rejection(auditor.dataProvider.request(REVEAL_PERSONAL_DATA, { entity: 'Beneficiary', id, reason: 'cek' }, ['reason']));
    expect(short.body.code).toBe('BAD_USER_INPUT');
    expect(short.body.errors?.reason).toBe(short.message);

    const reason = 'pencocokan data dengan laporan desa';
    const { revealPersonalData } = await auditor.dataProvider.request(REVEAL_PERSONAL_DATA, { entity: 'Beneficiary', id, reason }, ['reason']);
    expect(revealPersonalData.nik).toMatch(/^\d{16}$/);
    expect(revealPersonalData.nik?.slice(-4)).toBe(String(data[0]!.nik).slice(-4));

    const history = await auditor.dataProvider.getManyReference('auditEvents', {
      target: 'recordId',
      id,
      filter: { entity: 'Beneficiary' },
      pagination: firstPage(10),
      sort: { field: 'at', order: 'DESC' },
    });
    expect(history.data[0]).toMatchObject({ action: 'REVEAL', reason, entity: 'Beneficiary', recordId: id });
  });
});
