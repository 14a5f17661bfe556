import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.ts';
import { createTestApp, type GraphQLResponse, type TestApp } from '../testing/harness.ts';
import { SIGN_IN_LIMITS } from './throttle.ts';

// Sign-in protection as an attacker meets it: the real app behind a trusted proxy, so each
// request chooses its client address with X-Forwarded-For. Every test has its own app (its
// own throttle counts) and its own user.

let t: TestApp;
let serial = 0;
const PASSWORD = 'kata sandi yang benar';

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

// A back-off that starts at a minute, so no test depends on how fast the machine is.
const BACKOFF_BASE = 60;
const proxied = () => createApp({ db: t.db, trustProxy: true, development: false, signInLimits: { backoffBaseSeconds: BACKOFF_BASE } });

async function newUser(): Promise<string> {
  const username = `masuk.${++serial}.${Date.now() % 100_000}`;
  await t.ok(`mutation($d: UserCreateInput!) { createUser(data: $d) { id } }`, { d: { username, password: PASSWORD, role: 'VIEWER' } });
  return username;
}

async function login(app: App, username: string, password: string, ip: string, headers: Record<string, string> = {}) {
  const response = await app.fetch('http://pilar.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...headers },
    body: JSON.stringify({ query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { username } }`, variables: { u: username, p: password } }),
  });
  return { response, body: (await response.json()) as GraphQLResponse };
}

const codeOf = (body: GraphQLResponse) => body.errors?.[0]?.extensions?.code ?? 'OK';

/** The audit events one username's attempts left, by action. */
async function trail(username: string) {
  const events = await t.db.prisma.auditEvent.findMany({
    where: { action: { in: ['LOGIN', 'LOGIN_FAILED', 'LOGIN_THROTTLED'] } },
    select: { action: true, after: true, ip: true },
  });
  const mine = events.filter((e) => (e.after as { username?: string } | null)?.username === username);
  const count = (action: string, limit?: string) =>
    mine.filter((e) => e.action === action && (!limit || (e.after as { limit?: string }).limit === limit)).length;
  return { events: mine, count };
}

describe('sign-in throttling', () => {
  it('checks at most 5 of 20 parallel wrong passwords from one address, and audits the 15 it refuses', async () => {
    const app = proxied();
    const username = await newUser();
    const results = await Promise.all(Array.from({ length: 20 }, () => login(app, username, 'salah sekali', '10.20.0.1')));
    const codes = results.map((r) => codeOf(r.body));
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(SIGN_IN_LIMITS.perUsernameAddress);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(20 - SIGN_IN_LIMITS.perUsernameAddress);
    const { count } = await trail(username);
    expect(count('LOGIN_FAILED')).toBe(SIGN_IN_LIMITS.perUsernameAddress);
    expect(count('LOGIN_THROTTLED', 'username-address')).toBe(20 - SIGN_IN_LIMITS.perUsernameAddress);
    // Even the right password waits now, from that address.
    const right = await login(app, username, PASSWORD, '10.20.0.1');
    expect(codeOf(right.body)).toBe('TOO_MANY_ATTEMPTS');
    expect(right.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('checks at most 20 parallel attempts from one address, whatever the usernames', async () => {
    const app = proxied();
    const names = Array.from({ length: 30 }, (_, i) => `tidak.ada.${++serial}.${i}`);
    const results = await Promise.all(names.map((name) => login(app, name, 'tebakan', '10.20.0.2')));
    const codes = results.map((r) => codeOf(r.body));
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(SIGN_IN_LIMITS.perAddress);
    const throttled = await t.db.prisma.auditEvent.findMany({ where: { action: 'LOGIN_THROTTLED', ip: '10.20.0.2' }, select: { after: true } });
    expect(throttled).toHaveLength(30 - SIGN_IN_LIMITS.perAddress);
    expect(throttled.every((e) => (e.after as { limit: string }).limit === 'address')).toBe(true);
  });

  it('checks at most 11 of 40 parallel wrong passwords from 40 addresses, then backs off', async () => {
    const app = proxied();
    const username = await newUser();
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => login(app, username, 'salah', `10.21.0.${i + 1}`)));
    const codes = results.map((r) => codeOf(r.body));
    const { count } = await trail(username);
    // The first 10 are free; the 11th starts the back-off and passes; the rest must wait.
    expect(count('LOGIN_FAILED')).toBe(SIGN_IN_LIMITS.usernameFree + 1);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(SIGN_IN_LIMITS.usernameFree + 1);
    expect(count('LOGIN_THROTTLED', 'username')).toBe(40 - SIGN_IN_LIMITS.usernameFree - 1);
    const waits = results.map((r) => r.body.errors?.[0]?.extensions?.retryAfterSeconds).filter((w) => typeof w === 'number');
    // The back-off's first wait, not a fixed lock of 15 minutes.
    expect(waits).toHaveLength(40 - SIGN_IN_LIMITS.usernameFree - 1);
    expect(Math.max(...waits)).toBeLessThanOrEqual(BACKOFF_BASE);
  });

  it("cannot be turned into a lockout: the owner still signs in from their known address while a stranger hammers the username", async () => {
    const app = proxied();
    const username = await newUser();
    const office = '10.30.0.1';
    expect(codeOf((await login(app, username, PASSWORD, office)).body)).toBe('OK');

    // A stranger from many addresses, far past every username-wide allowance.
    await Promise.all(Array.from({ length: 60 }, (_, i) => login(app, username, `tebakan ${i}`, `10.31.${Math.floor(i / 5)}.${i % 5}`)));
    const { count } = await trail(username);
    expect(count('LOGIN_THROTTLED', 'username')).toBeGreaterThan(0);

    // The owner, from the office they signed in from before: not slowed at all.
    const owner = await login(app, username, PASSWORD, office);
    expect(owner.body).toEqual({ data: { login: { username } } });
    // From a new place the owner meets the back-off's wait, not a 15-minute lock.
    const elsewhere = await login(app, username, PASSWORD, '10.32.0.1');
    expect(codeOf(elsewhere.body)).toBe('TOO_MANY_ATTEMPTS');
    expect(elsewhere.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeLessThanOrEqual(BACKOFF_BASE);
  });

  it("cannot borrow the owner's known address by sending it in X-Forwarded-For", async () => {
    const app = proxied();
    const username = await newUser();
    const office = '10.33.0.1';
    expect(codeOf((await login(app, username, PASSWORD, office)).body)).toBe('OK');
    // The proxy appends the peer it saw; what the client wrote before it is the client's word.
    const forged = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(app, username, `tebakan ${i}`, `${office}, 10.34.${Math.floor(i / 5)}.${i % 5}`)),
    );
    const { count, events } = await trail(username);
    expect(count('LOGIN_FAILED')).toBe(SIGN_IN_LIMITS.usernameFree + 1);
    expect(count('LOGIN_THROTTLED', 'username')).toBe(40 - SIGN_IN_LIMITS.usernameFree - 1);
    expect(forged.some((r) => codeOf(r.body) === 'TOO_MANY_ATTEMPTS')).toBe(true);
    // The trail names the address the proxy saw, not the forged one.
    expect(events.filter((e) => e.action !== 'LOGIN').every((e) => e.ip?.startsWith('10.34.'))).toBe(true);
  });

  it("forgives an address its slips once the right password is given there", async () => {
    const app = proxied();
    const username = await newUser();
    for (let i = 0; i < 4; i++) expect(codeOf((await login(app, username, 'salah', '10.40.0.1')).body)).toBe('UNAUTHENTICATED');
    expect(codeOf((await login(app, username, PASSWORD, '10.40.0.1')).body)).toBe('OK');
    for (let i = 0; i < 4; i++) expect(codeOf((await login(app, username, 'salah', '10.40.0.1')).body)).toBe('UNAUTHENTICATED');
    expect(codeOf((await login(app, username, PASSWORD, '10.40.0.1')).body)).toBe('OK');
  });

  it('audits a throttled attempt with the username and the limit, never the password', async () => {
    const app = proxied();
    const username = await newUser();
    const guesses = Array.from({ length: 6 }, (_, i) => `rahasia-tebakan-${i}`);
    for (const guess of guesses) await login(app, username, guess, '10.50.0.1');
    const { events } = await trail(username);
    const throttled = events.filter((e) => e.action === 'LOGIN_THROTTLED');
    expect(throttled).toHaveLength(1);
    expect(throttled[0]).toMatchObject({ ip: '10.50.0.1', after: { username, limit: 'username-address' } });
    expect((throttled[0]!.after as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    const written = JSON.stringify(events);
    for (const guess of guesses) expect(written).not.toContain(guess);
  });
});

describe('the session cookie behind a TLS proxy', () => {
  it('is Secure when a trusted proxy says the request came over https', async () => {
    const username = await newUser();
    const { response } = await login(proxied(), username, PASSWORD, '10.60.0.1', { 'x-forwarded-proto': 'https' });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^pilar_session=/);
    expect(cookie).toMatch(/;\s*Secure/i);
  });

  it('is not Secure on the header alone when the proxy is not trusted', async () => {
    const username = await newUser();
    const { response } = await login(createApp({ db: t.db, development: false }), username, PASSWORD, '10.60.0.2', { 'x-forwarded-proto': 'https' });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^pilar_session=/);
    expect(cookie).not.toMatch(/Secure/i);
  });
});
