import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type GraphQLResponse, type TestApp } from '../testing/harness.ts';

// What ends a user's sessions and API tokens: an admin's password reset, deactivation and
// reactivation, and the user's own password change. The harness remembers credentials for ten
// minutes, so every "at once" below is the change's own invalidation, not an expiry.

let t: TestApp;
let serial = 0;
const PASSWORD = 'kata sandi awal pengguna';
const NEW_PASSWORD = 'kata sandi baru pengguna';

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const codeOf = (body: GraphQLResponse) => body.errors?.[0]?.extensions?.code ?? 'OK';

async function newUser(): Promise<{ id: string; username: string }> {
  const username = `sesi.${++serial}.${Date.now() % 100_000}`;
  const data = await t.ok(`mutation($d: UserCreateInput!) { createUser(data: $d) { id } }`, { d: { username, password: PASSWORD, role: 'AUDITOR' } });
  return { id: data.createUser.id, username };
}

const login = (username: string, password = PASSWORD) => t.signIn(username, password);

const withCookie = (cookie: string, query: string, variables?: Record<string, unknown>) => t.anonymous.gql(query, variables, { cookie });
const withToken = (secret: string, query: string) => t.anonymous.gql(query, {}, { authorization: `Bearer ${secret}` });

async function tokenOf(cookie: string): Promise<string> {
  const created = await withCookie(cookie, `mutation { createApiToken(name: "skrip ${++serial}", allowAdHoc: false) { secret } }`);
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  return created.data!.createApiToken.secret;
}

/** Whether a session cookie still signs its user in. */
const signedIn = async (cookie: string) => (await withCookie(cookie, `{ me { id } }`)).data?.me !== null;
/** Whether a token is still accepted (a refused token is UNAUTHENTICATED, not anonymous). */
const tokenWorks = async (secret: string) => codeOf(await withToken(secret, `{ me { id } }`)) !== 'UNAUTHENTICATED';

async function updateUser(id: string, data: Record<string, unknown>) {
  const { user } = await t.ok(`query($id: ID!) { user(id: $id) { version } }`, { id });
  return t.ok(`mutation($id: ID!, $v: Int!, $d: UserUpdateInput!) { updateUser(id: $id, version: $v, data: $d) { id active } }`, { id, v: user.version, d: data });
}

const CHANGE = `mutation($c: String!, $n: String!, $k: Boolean) { changePassword(currentPassword: $c, newPassword: $n, keepApiTokens: $k) }`;

describe("an admin's change to a user", () => {
  it('refuses the old session cookie and token after a password reset', async () => {
    const user = await newUser();
    const cookie = await login(user.username);
    const token = await tokenOf(cookie);
    expect(await signedIn(cookie)).toBe(true);
    expect(await tokenWorks(token)).toBe(true);

    await updateUser(user.id, { password: NEW_PASSWORD });

    expect(await signedIn(cookie)).toBe(false);
    expect(await tokenWorks(token)).toBe(false);
    expect(await signedIn(await login(user.username, NEW_PASSWORD))).toBe(true);
  });

  it('refuses tokens after deactivation, and reactivation does not bring old sessions or tokens back', async () => {
    const user = await newUser();
    const cookie = await login(user.username);
    const token = await tokenOf(cookie);

    await updateUser(user.id, { active: false });
    expect(await signedIn(cookie)).toBe(false);
    expect(await tokenWorks(token)).toBe(false);

    await updateUser(user.id, { active: true });
    expect(await signedIn(cookie)).toBe(false);
    expect(await tokenWorks(token)).toBe(false);
    const rows = await t.db.prisma.userSession.findMany({ where: { userId: Number(user.id) }, select: { revokedAt: true } });
    expect(rows.every((r) => r.revokedAt !== null)).toBe(true);
    expect(await signedIn(await login(user.username))).toBe(true);
  });

  it('ends sessions and tokens when the user goes to the trash, and a restore brings none back', async () => {
    const user = await newUser();
    const cookie = await login(user.username);
    const token = await tokenOf(cookie);
    await t.ok(`mutation($id: ID!) { deleteUser(id: $id) { id } }`, { id: user.id });
    expect(await signedIn(cookie)).toBe(false);
    expect(await tokenWorks(token)).toBe(false);
    await t.ok(`mutation($id: ID!) { restoreUser(id: $id) { id } }`, { id: user.id });
    expect(await signedIn(cookie)).toBe(false);
    expect(await tokenWorks(token)).toBe(false);
    expect(await signedIn(await login(user.username))).toBe(true);
  });

  it('keeps sessions and tokens when neither the password nor the state changes', async () => {
    const user = await newUser();
    const cookie = await login(user.username);
    const token = await tokenOf(cookie);
    // The admin panel sends every field of the form, `active: true` included.
    await updateUser(user.id, { displayName: 'Nama baru', active: true });
    expect(await signedIn(cookie)).toBe(true);
    expect(await tokenWorks(token)).toBe(true);
  });
});

describe('changePassword', () => {
  it('keeps the current session, ends the other sessions and every token', async () => {
    const user = await newUser();
    const here = await login(user.username);
    const elsewhere = await login(user.username);
    const token = await tokenOf(here);

    expect(await withCookie(here, CHANGE, { c: PASSWORD, n: NEW_PASSWORD })).toEqual({ data: { changePassword: true } });

    expect(await signedIn(here)).toBe(true);
    expect(await signedIn(elsewhere)).toBe(false);
    expect(await tokenWorks(token)).toBe(false);
    await expect(login(user.username)).rejects.toThrow(/UNAUTHENTICATED/);
    expect(await signedIn(await login(user.username, NEW_PASSWORD))).toBe(true);
  });

  it('keeps API tokens only when asked, and still ends the other sessions', async () => {
    const user = await newUser();
    const here = await login(user.username);
    const elsewhere = await login(user.username);
    const token = await tokenOf(here);

    expect(await withCookie(here, CHANGE, { c: PASSWORD, n: NEW_PASSWORD, k: true })).toEqual({ data: { changePassword: true } });

    expect(await signedIn(here)).toBe(true);
    expect(await signedIn(elsewhere)).toBe(false);
    expect(await tokenWorks(token)).toBe(true);
  });

  it('is audited without secrets', async () => {
    const user = await newUser();
    const here = await login(user.username);
    await login(user.username);
    await withCookie(here, CHANGE, { c: PASSWORD, n: NEW_PASSWORD });
    const events = await t.db.prisma.auditEvent.findMany({ where: { action: 'PASSWORD_CHANGE', recordId: user.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorName: user.username, after: { sessionsEnded: 1, apiTokensEnded: 0, keptApiTokens: false } });
    const written = JSON.stringify(events);
    for (const secret of [PASSWORD, NEW_PASSWORD, '$argon2']) expect(written).not.toContain(secret);
  });

  it('refuses a wrong current password, audits it and throttles it like a sign-in', async () => {
    const user = await newUser();
    const here = await login(user.username);
    const wrong = () => withCookie(here, CHANGE, { c: 'bukan kata sandinya', n: NEW_PASSWORD });
    const first = await wrong();
    expect(first.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    for (let i = 0; i < 3; i++) await wrong();
    // The sign-in cleared this address's count: five wrong passwords are checked, no more.
    expect(codeOf(await wrong())).toBe('BAD_USER_INPUT');
    const refused = await withCookie(here, CHANGE, { c: PASSWORD, n: NEW_PASSWORD });
    expect(codeOf(refused)).toBe('TOO_MANY_ATTEMPTS');
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    const actions = await t.db.prisma.auditEvent.findMany({ where: { recordId: user.id, action: { startsWith: 'PASSWORD_CHANGE' } }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual([...Array(5).fill('PASSWORD_CHANGE_FAILED'), 'PASSWORD_CHANGE_THROTTLED']);
    expect(await signedIn(here)).toBe(true);
  });

  it('refuses an API token and a short new password', async () => {
    // Even a token that may run any operation (only an admin's may).
    const token = (await t.ok(`mutation { createApiToken(name: "admin skrip ${++serial}", allowAdHoc: true) { secret } }`)).createApiToken.secret;
    const viaToken = await withToken(token, `mutation { changePassword(currentPassword: "${'x'.repeat(12)}", newPassword: "${'y'.repeat(12)}") }`);
    expect(codeOf(viaToken)).toBe('FORBIDDEN');
    const user = await newUser();
    const here = await login(user.username);
    const short = await withCookie(here, CHANGE, { c: PASSWORD, n: 'pendek' });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(codeOf(await t.anonymous.gql(CHANGE, { c: PASSWORD, n: NEW_PASSWORD }))).toBe('UNAUTHENTICATED');
  });
});
