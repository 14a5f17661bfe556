// A clerk and an auditor in the admin panel, in headless Chromium against the real server
// (in-process, fresh seeded database) serving the freshly built admin. The users are created
// through the API by the administrator, as the users screen would.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api } from '../support/api.ts';
import { launchChromium, screenshotOnFailure } from '../support/browser.ts';
import { startServer, type RunningServer } from '../support/server.ts';
import { signedInFetch } from '../support/session.ts';
import { createUser, type TestUser } from '../support/users.ts';

/** Haurgeulis, the clerk's district. */
const HAURGEULIS = '32.12.01';
const MASKED_NIK = /^\d{6}\*{6}\d{4}$/;
const REASON = 'pencocokan data dengan laporan desa';

let server: RunningServer;
let admin: typeof fetch;
let browser: Browser;
let context: BrowserContext | undefined;
let page: Page | undefined;
let clerk: TestUser;
let auditor: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer({ adminDir: inject('adminDist') })]);
  admin = await signedInFetch(server.graphqlUrl);
  clerk = await createUser(admin, server.graphqlUrl, 'CLERK', [HAURGEULIS]);
  auditor = await createUser(admin, server.graphqlUrl, 'AUDITOR');
  viewer = await createUser(admin, server.graphqlUrl, 'VIEWER');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Signs in on the panel's own sign-in page, in a new browser profile on the clerks' clock. */
async function signIn(user: TestUser, open: (p: Page) => Promise<void> = openBeneficiaries): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, timezoneId: 'Asia/Jakarta', locale: 'id-ID' });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
  await page.goto(server.origin);
  await page.getByLabel('Nama pengguna').fill(user.username);
  await page.getByRole('textbox', { name: 'Kata sandi' }).fill(user.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  // The dashboard opens first; these journeys start from the beneficiaries.
  await open(page);
  return page;
}

/** The beneficiaries (PPKS) list from the menu, once its rows are there. */
async function openBeneficiaries(p: Page) {
  await p.getByRole('menuitem', { name: 'PPKS', exact: true }).click();
  await expect.poll(() => p.url()).toMatch(/#\/beneficiaries(\?|$)/);
  await p.locator('table tbody td.column-nik').first().waitFor();
}

/** The total of a list, from its pagination ("1–25 dari 42"). */
async function listTotal(p: Page): Promise<number> {
  const text = await p.getByText(/\d+–\d+ dari \d+/).first().textContent();
  return Number(/dari (\d+)/.exec(text ?? '')?.[1]);
}

/** The names in the sidebar menu. */
async function menu(p: Page): Promise<string[]> {
  return (await p.getByRole('menuitem').allTextContents()).map((t) => t.trim());
}

async function countAs(user: TestUser | null, field: string): Promise<number> {
  const call = user ? await signedInFetch(server.graphqlUrl, user) : admin;
  return (await api<Record<string, number>>(call, server.graphqlUrl, `{ ${field} }`))[field]!;
}

describe('a clerk of Haurgeulis', () => {
  it('sees only their region’s beneficiaries, in clear, and no users or audit trail in the menu', async () => {
    screenshotOnFailure(() => page, 'clerk-scope');
    const p = await signIn(clerk);
    const [everywhere, theirs] = await Promise.all([countAs(null, 'beneficiariesCount'), countAs(clerk, 'beneficiariesCount')]);
    expect(theirs).toBeGreaterThan(0);
    expect(theirs).toBeLessThan(everywhere);
    await expect.poll(() => listTotal(p)).toBe(theirs);
    const niks = await p.locator('table tbody td.column-nik').allTextContents();
    expect(niks.every((nik) => /^\d{16}$/.test(nik))).toBe(true);

    const items = await menu(p);
    expect(items).toContain('PPKS');
    expect(items).toContain('Token API');
    expect(items).not.toContain('Pengguna');
    expect(items).not.toContain('Jejak Audit');
    await p.goto(`${server.origin}/#/users`);
    await p.getByText('Anda tidak memiliki izin untuk membuka halaman ini').waitFor();

    // The kecamatan filter offers their district only.
    await p.goto(`${server.origin}/#/beneficiaries`);
    await p.locator('table tbody td.column-nik').first().waitFor();
    const district = p.getByRole('combobox', { name: 'Kecamatan' });
    await district.click();
    await expect.poll(() => p.getByRole('option').allTextContents()).toEqual(['Kec. Haurgeulis']);
    await context?.close();
  });

  it('creates an API token, sees its secret once, and revokes it', async () => {
    screenshotOnFailure(() => page, 'clerk-token');
    const p = await signIn(clerk);
    await p.getByRole('menuitem', { name: 'Token API' }).click();
    await p.getByText('Belum ada token API.').waitFor();
    await p.getByRole('button', { name: 'Buat token' }).click();
    const form = p.getByRole('dialog');
    await form.getByLabel('Nama').fill('Dasbor Haurgeulis');
    await form.getByRole('button', { name: 'Buat token' }).click();

    const secretDialog = p.getByRole('dialog', { name: 'Token "Dasbor Haurgeulis" sudah dibuat' });
    const secret = await secretDialog.getByTestId('token-secret').inputValue();
    expect(secret).toMatch(/^pilar_t_/);
    expect(await secretDialog.textContent()).toContain('hanya ditampilkan sekali');
    await secretDialog.getByRole('button', { name: 'Salin' }).first().click();
    await secretDialog.getByRole('button', { name: 'Sudah saya simpan' }).click();

    const row = p.locator('table tbody tr', { hasText: 'Dasbor Haurgeulis' });
    expect(await row.textContent()).toContain(secret.slice(0, 12));
    expect(await p.content()).not.toContain(secret);
    await row.getByRole('button', { name: 'Cabut' }).click();
    await p.getByRole('dialog').getByRole('button', { name: 'Cabut' }).click();
    await p.getByText('Token dicabut').waitFor();
    await p.getByText('Belum ada token API.').waitFor();
    await context?.close();
  });
});

describe('an auditor', () => {
  it('sees masked NIKs, and nothing to create or change', async () => {
    screenshotOnFailure(() => page, 'auditor-masked');
    const p = await signIn(auditor);
    const niks = await p.locator('table tbody td.column-nik').allTextContents();
    expect(niks.length).toBe(25);
    expect(niks.every((nik) => MASKED_NIK.test(nik))).toBe(true);
    // The birth date is the NIK's middle digits: the auditor sees the birth year instead.
    const births = await p.locator('table tbody td.column-birthDate').allTextContents();
    expect(births.every((b) => /^(19|20)\d\d$/.test(b.trim()))).toBe(true);
    expect(await listTotal(p)).toBe(await countAs(null, 'beneficiariesCount'));
    expect(await p.getByRole('link', { name: 'Tambah' }).count()).toBe(0);
    expect(await p.getByRole('link', { name: 'Terhapus' }).count()).toBe(0);
    // Searching goes by name only: a search that included the masked NIK would be refused.
    await p.getByPlaceholder('Cari').fill('a');
    await expect.poll(() => p.url()).toContain('q');
    await p.locator('table tbody td.column-nik').first().waitFor();
    expect(await p.getByText('Anda tidak berwenang').count()).toBe(0);
    await context?.close();
  });

  it('filters the audit trail, verifies the chain, reveals one NIK for a reason and finds the reveal and an administrator’s read in the record’s history', async () => {
    screenshotOnFailure(() => page, 'auditor-audit');
    const p = await signIn(auditor);

    // The audit trail, filtered to sign-ins.
    await p.getByRole('menuitem', { name: 'Jejak Audit' }).click();
    await p.locator('table tbody td.column-action').first().waitFor();
    await p.getByRole('combobox', { name: 'Tindakan' }).click();
    await p.getByRole('option', { name: 'Masuk', exact: true }).click();
    await expect.poll(() => p.url()).toContain('LOGIN');
    await expect.poll(async () => new Set(await p.locator('table tbody td.column-action').allTextContents())).toEqual(new Set(['Masuk']));
    expect(await p.locator('table tbody tr', { hasText: auditor.username }).count()).toBeGreaterThan(0);

    // The chain verifies.
    await p.getByRole('button', { name: 'Periksa rantai' }).click();
    const result = p.getByTestId('chain-result');
    await expect.poll(() => result.textContent()).toContain('Rantai utuh');
    await p.getByRole('button', { name: 'Tutup' }).click();

    // A beneficiary's page: NIK masked, revealed for a reason.
    await openBeneficiaries(p);
    await p.locator('table tbody td.column-nik').first().click();
    await expect.poll(() => p.url()).toMatch(/#\/beneficiaries\/\d+\/show$/);
    // Meanwhile an administrator reads this record's NIK in clear (through the API): a read event listing it.
    const recordId = /beneficiaries\/(\d+)\/show/.exec(p.url())![1]!;
    await api(admin, server.graphqlUrl, 'query($id: ID!) { beneficiary(id: $id) { nik } }', { id: recordId });
    const nikOnPage = p.locator('.ra-field-nik');
    const masked = (await nikOnPage.textContent())?.replace('NIK', '').trim() ?? '';
    expect(masked).toMatch(MASKED_NIK);
    await p.getByRole('button', { name: 'Tampilkan data pribadi' }).click();
    const dialog = p.getByRole('dialog');
    await dialog.getByLabel('Alasan').fill('cek');
    await dialog.getByRole('button', { name: 'Tampilkan' }).click();
    const reasonHelp = dialog.locator('.MuiFormHelperText-root');
    await expect.poll(() => reasonHelp.getAttribute('class')).toContain('Mui-error');
    expect(await reasonHelp.textContent()).not.toContain('Tulis alasan');
    await dialog.getByLabel('Alasan').fill(REASON);
    await dialog.getByRole('button', { name: 'Tampilkan' }).click();
    const revealed = dialog.getByTestId('revealed-data');
    await expect.poll(() => revealed.textContent()).toMatch(new RegExp(`NIK${masked.slice(0, 6)}\\d{6}${masked.slice(-4)}`));
    await dialog.getByRole('button', { name: 'Tutup' }).click();
    await expect.poll(async () => (await nikOnPage.textContent())?.replace('NIK', '').trim()).toBe(masked);

    // The reveal is in the record's history, with its reason.
    await p.getByRole('tab', { name: 'Riwayat' }).click();
    await expect.poll(() => p.url()).toMatch(/\/show\/history$/);
    const latest = p.locator('table tbody tr').first();
    await expect.poll(() => latest.textContent()).toContain('Tampilkan data pribadi');
    expect(await latest.textContent()).toContain(REASON);
    expect(await latest.textContent()).toContain(auditor.username);
    // So is the administrator's read of its NIK: who saw whose ID, on the record itself.
    const read = p.locator('table tbody tr', { hasText: 'Lihat NIK/No. KK' });
    await expect.poll(() => read.count()).toBeGreaterThan(0);
    expect(await read.first().textContent()).toContain('1 data ditampilkan');
    await context?.close();
  });
});

describe('a viewer', () => {
  it('gets the dashboard with the rounding stated, pilar sosial without personal data, and no person-level records', async () => {
    screenshotOnFailure(() => page, 'viewer-dashboard');
    const p = await signIn(viewer, async (dashboard) => {
      await dashboard.getByText('Angka dibulatkan ke kelipatan 5; kelompok kurang dari 5 orang disamarkan.').waitFor();
    });
    const items = await menu(p);
    expect(items).toContain('Pilar Sosial');
    for (const hidden of ['PPKS', 'Pengguna', 'Jejak Audit']) expect(items).not.toContain(hidden);
    await p.getByRole('menuitem', { name: 'Pilar Sosial' }).click();
    await p.locator('table tbody td.column-nik').first().waitFor();
    const niks = await p.locator('table tbody td.column-nik').allTextContents();
    expect(niks.every((nik) => /^\*{16}$/.test(nik))).toBe(true);
    // No name search for a VIEWER: the server refuses it (a name isolates one person).
    expect(await p.locator('input[name="q"]').count()).toBe(0);
    expect(await p.getByText('Anda tidak berwenang').count()).toBe(0);
    await p.goto(`${server.origin}/#/beneficiaries`);
    await p.getByText('Anda tidak memiliki izin untuk membuka halaman ini').waitFor();
    await context?.close();
  });
});
