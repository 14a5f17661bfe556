// A user changes their own password in the admin panel, in headless Chromium against the real
// server serving the freshly built admin: the panel's session stays, the user's other session
// ends, and their API token ends because the keep-tokens box was left unticked.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api } from '../support/api.ts';
import { launchChromium, screenshotOnFailure } from '../support/browser.ts';
import { startServer, type RunningServer } from '../support/server.ts';
import { signedInFetch } from '../support/session.ts';
import { createUser, type TestUser } from '../support/users.ts';

const NEW_PASSWORD = 'sandi-baru-yang-panjang-2025';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext | undefined;
let page: Page | undefined;
let user: TestUser;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer({ adminDir: inject('adminDist') })]);
  user = await createUser(await signedInFetch(server.graphqlUrl), server.graphqlUrl, 'VIEWER');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Ganti kata sandi', () => {
  it('changes the password from the user menu, keeps this session and ends the other one and the API token', async () => {
    screenshotOnFailure(() => page, 'change-password');
    // Another session of the same user, and a token made with it.
    const elsewhere = await signedInFetch(server.graphqlUrl, user);
    const { createApiToken } = await api<{ createApiToken: { secret: string } }>(elsewhere, server.graphqlUrl, 'mutation { createApiToken(name: "dasbor") { secret } }');
    const withToken: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...init?.headers, authorization: `Bearer ${createApiToken.secret}` } });

    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, timezoneId: 'Asia/Jakarta', locale: 'id-ID' });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    await page.goto(server.origin);
    await page.getByLabel('Nama pengguna').fill(user.username);
    await page.getByRole('textbox', { name: 'Kata sandi' }).fill(user.password);
    await page.getByRole('button', { name: 'Masuk' }).click();

    await page.getByRole('button', { name: 'Profil' }).click();
    await page.getByRole('menuitem', { name: 'Ganti kata sandi' }).click();
    await expect.poll(() => page!.url()).toMatch(/#\/change-password$/);
    await expect.poll(() => page!.getByText('Token API tetap berlaku hanya jika dicentang', { exact: false }).count()).toBe(1);

    await page.getByLabel('Kata sandi saat ini').fill('bukan-kata-sandinya');
    await page.getByLabel('Kata sandi baru', { exact: false }).first().fill(NEW_PASSWORD);
    await page.getByLabel('Ulangi kata sandi baru').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await page.getByText('Kata sandi saat ini salah.').waitFor();

    await page.getByLabel('Kata sandi saat ini').fill(user.password);
    await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await page.getByText('Kata sandi diganti. Sesi Anda yang lain sudah diakhiri.').first().waitFor();

    // The panel's session still works; the other session and the token do not.
    const me = await page.evaluate(async () => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { username } }' }) });
      return ((await response.json()) as { data: { me: { username: string } | null } }).data.me;
    });
    expect(me).toEqual({ username: user.username });
    expect(await api<{ me: unknown }>(elsewhere, server.graphqlUrl, '{ me { id } }')).toEqual({ me: null });
    await expect(api(withToken, server.graphqlUrl, '{ me { id } }')).rejects.toThrow(/UNAUTHENTICATED/);
    await expect(signedInFetch(server.graphqlUrl, { username: user.username, password: NEW_PASSWORD })).resolves.toBeTypeOf('function');
  });
});
