// A clerk's day in the admin panel, in headless Chromium against the real server (in-process,
// fresh seeded database) serving the freshly built admin.
import { mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api } from '../support/api.ts';
import { launchChromium, screenshotOnFailure } from '../support/browser.ts';
import { ADMIN, startServer, type RunningServer } from '../support/server.ts';
import { signedInFetch } from '../support/session.ts';

let server: RunningServer;
let signedIn: typeof fetch;
let browser: Browser;
let context: BrowserContext | undefined;
let page: Page | undefined;

const NIK = '3212011705850001';
const KK = '3212010101100001';
/** Day 32: a NIK whose date part is impossible. */
const INVALID_NIK = '3212013205850001';

beforeAll(async () => {
  browser = await launchChromium();
  server = await startServer({ adminDir: inject('adminDist') });
  signedIn = await signedInFetch(server.graphqlUrl);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Requests the panel made to any host but the product's own. */
let foreignRequests: string[] = [];

/**
 * A new browser profile (empty storage) on the Asia/Jakarta clock of the clerks, signed in as
 * the administrator unless asked otherwise.
 */
async function openPanel({ signIn = true } = {}): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, timezoneId: 'Asia/Jakarta', locale: 'id-ID' });
  context.setDefaultTimeout(15_000);
  foreignRequests = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  if (signIn) {
    await context.request.post(server.graphqlUrl, {
      data: { query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', variables: { u: ADMIN.username, p: ADMIN.password } },
    });
  }
  page = await context.newPage();
  return page;
}

/** Closes the profile, checking the panel called no host outside the product. */
async function closePanel() {
  await context?.close();
  expect(foreignRequests).toEqual([]);
}

/** Picks a choice of a react-admin autocomplete by typing part of its text. */
async function choose(scope: Page, label: string | RegExp, typed: string, option: RegExp) {
  const input = scope.getByRole('combobox', { name: label });
  await input.click();
  await input.fill(typed);
  await scope.getByRole('option', { name: option }).first().click();
}

/** The help or error text under an input, found through the input's aria-describedby. */
async function helperTextOf(scope: Page, label: string) {
  const id = await scope.getByLabel(label, { exact: true }).getAttribute('aria-describedby');
  return scope.locator(`[id="${id}"]`);
}

async function beneficiaryByNik(nik: string) {
  const data = await api<{ beneficiaries: { id: string; name: string; phone: string | null; deletedAt: string | null; version: number }[] }>(
    signedIn,
    server.graphqlUrl,
    'query($nik: String!) { beneficiaries(where: { nik: { equals: $nik } }, includeDeleted: true) { id name phone deletedAt version } }',
    { nik },
  );
  return data.beneficiaries[0];
}

describe('a clerk', () => {
  it('signs in on the Indonesian sign-in page', async () => {
    screenshotOnFailure(() => page, 'sign-in');
    const p = await openPanel({ signIn: false });
    await p.goto(server.origin);
    await p.getByLabel('Nama pengguna').fill(ADMIN.username);
    await p.getByRole('textbox', { name: 'Kata sandi' }).fill('salah-sandi-123');
    await p.getByRole('button', { name: 'Masuk' }).click();
    await p.getByText('Nama pengguna atau kata sandi salah.').waitFor();
    await p.getByRole('textbox', { name: 'Kata sandi' }).fill(ADMIN.password);
    await p.getByRole('button', { name: 'Masuk' }).click();
    // Signed in, the dashboard opens.
    await p.getByRole('region', { name: 'Peserta Bimtek', exact: true }).waitFor();
    expect(await p.title()).toContain('Pilar');
    await closePanel();
  });

  it('finds, registers, edits, conflicts, deletes and restores a beneficiary (PPKS)', async () => {
    screenshotOnFailure(() => page, 'beneficiary-journey');
    const p = await openPanel();

    // The beneficiaries list, in Indonesian.
    const jsBytes: Promise<number>[] = [];
    p.on('response', (response) => {
      if (response.url().endsWith('.js')) jsBytes.push(response.body().then((body) => gzipSync(body).length));
    });
    const started = performance.now();
    await p.goto(`${server.origin}/#/beneficiaries`);
    await p.locator('table tbody tr').first().waitFor();
    const firstList = Math.round(performance.now() - started);
    const firstPageJs = (await Promise.all(jsBytes)).reduce((a, b) => a + b, 0) / 1024;
    console.info(`Time to first rendered list: ${firstList} ms; JS loaded on the first page: ${firstPageJs.toFixed(1)} kB gzipped`);
    expect(await p.locator('html').getAttribute('lang')).toBe('id');
    await expect.poll(() => p.locator('table tbody tr').count()).toBe(25);
    mkdirSync(new URL('../../docs/', import.meta.url), { recursive: true });
    await p.screenshot({ path: new URL('../../docs/admin.png', import.meta.url).pathname });

    // Filter by village.
    await choose(p, 'Desa/Kelurahan', 'Karangtumaritis', /^Karangtumaritis/);
    await expect.poll(() => p.url()).toContain('villageId');
    await expect
      .poll(async () => new Set(await p.locator('table tbody tr td.column-villageId').allTextContents()))
      .toEqual(new Set(['Karangtumaritis, Kec. Haurgeulis']));

    // Register a PPKS: the server refuses the NIK and says why under the NIK field.
    await p.getByRole('link', { name: 'Tambah' }).click();
    await p.getByLabel('NIK', { exact: true }).fill(INVALID_NIK);
    await p.getByLabel('No. KK', { exact: true }).fill(KK);
    await p.getByLabel('Nama', { exact: true }).fill('Budi Santoso');
    await p.getByRole('combobox', { name: 'Jenis kelamin' }).click();
    await p.getByRole('option', { name: 'Laki-laki' }).click();
    await p.getByLabel('Tanggal lahir', { exact: true }).fill('1985-05-17');
    await choose(p, 'Desa/Kelurahan', 'Karangtumaritis', /^Karangtumaritis/);
    await choose(p, 'Kategori PPKS', 'Lansia', /Lansia/);
    // The help texts speak the panel's language.
    expect(await (await helperTextOf(p, 'NIK')).textContent()).toContain('NIK: 16 angka; bagian tanggalnya harus sesuai tanggal lahir');
    await p.getByRole('button', { name: 'Simpan' }).click();
    const nikHelp = await helperTextOf(p, 'NIK');
    await expect.poll(() => nikHelp.textContent()).toContain('bukan tanggal yang sah');
    expect(await nikHelp.getAttribute('class')).toContain('Mui-error');

    // Fixed, it saves and the record's page opens.
    await p.getByLabel('NIK', { exact: true }).fill(NIK);
    await p.getByRole('button', { name: 'Simpan' }).click();
    await p.getByText('Budi Santoso', { exact: true }).waitFor();
    const created = await beneficiaryByNik(NIK);
    expect(created).toMatchObject({ name: 'Budi Santoso', version: 1, deletedAt: null });

    // Edit it.
    await p.getByRole('link', { name: 'Ubah' }).click();
    await p.getByLabel('Alamat', { exact: true }).fill('Blok Karang RT 01/02');
    await p.getByRole('button', { name: 'Simpan' }).click();
    await p.getByText('Blok Karang RT 01/02').waitFor();

    // A second tab saves first; the first tab's save is refused, and nothing is lost.
    await p.getByRole('link', { name: 'Ubah' }).click();
    await p.getByLabel('Nama', { exact: true }).fill('Budi Santoso Wijaya');
    const tab2 = await context!.newPage();
    await tab2.goto(`${server.origin}/#/beneficiaries/${created!.id}`);
    await tab2.getByLabel('No. HP', { exact: true }).fill('081234567890');
    await tab2.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(async () => (await beneficiaryByNik(NIK))?.phone).toBe('081234567890');
    await tab2.close();

    await p.getByRole('button', { name: 'Simpan' }).click();
    const conflict = p.getByTestId('conflict-alert');
    await expect.poll(() => conflict.textContent()).toContain('Data ini sudah diubah orang lain');
    expect(await conflict.textContent()).toContain('Budi Santoso Wijaya');
    expect((await beneficiaryByNik(NIK))?.name).toBe('Budi Santoso');
    await conflict.getByRole('button', { name: 'Muat data terbaru' }).click();
    await expect.poll(() => p.getByLabel('No. HP', { exact: true }).inputValue()).toBe('081234567890');
    expect(await p.getByLabel('Nama', { exact: true }).inputValue()).toBe('Budi Santoso');
    await conflict.getByRole('button', { name: 'Terapkan lagi perubahan saya' }).click();
    expect(await p.getByLabel('Nama', { exact: true }).inputValue()).toBe('Budi Santoso Wijaya');
    await p.getByRole('button', { name: 'Simpan' }).click();
    await p.getByText('Budi Santoso Wijaya', { exact: true }).waitFor();
    expect(await beneficiaryByNik(NIK)).toMatchObject({ name: 'Budi Santoso Wijaya', phone: '081234567890' });

    // Delete, then undo: nothing reaches the server.
    await p.getByRole('button', { name: 'Hapus' }).click();
    const undo = p.getByRole('button', { name: 'Batalkan' });
    await undo.click();
    await undo.waitFor({ state: 'detached' });
    await p.waitForTimeout(6_000);
    expect((await beneficiaryByNik(NIK))?.deletedAt).toBeNull();

    // Delete for real, then restore from the trash ("Terhapus").
    await p.goto(`${server.origin}/#/beneficiaries/${created!.id}/show`);
    await p.getByRole('button', { name: 'Hapus' }).click();
    await expect.poll(async () => (await beneficiaryByNik(NIK))?.deletedAt, { timeout: 15_000 }).not.toBeNull();
    await p.getByRole('link', { name: 'Terhapus' }).click();
    const row = p.locator('table tbody tr', { hasText: 'Budi Santoso Wijaya' });
    await row.getByRole('button', { name: 'Pulihkan' }).click();
    await p.getByText('Data dipulihkan').waitFor();
    expect((await beneficiaryByNik(NIK))?.deletedAt).toBeNull();
    await closePanel();
  });

  it("adds a worker to a session's roster and marks them present", async () => {
    screenshotOnFailure(() => page, 'roster-journey');
    const { trainingSessions } = await api<{ trainingSessions: { id: string }[] }>(
      signedIn,
      server.graphqlUrl,
      '{ trainingSessions(where: { venue: { is: { name: { equals: "Balai Desa Karangtumaritis" } } } }) { id } }',
    );
    const sessionId = trainingSessions[0]!.id;
    const { workers } = await api<{ workers: { id: string; name: string; nik: string }[] }>(
      signedIn,
      server.graphqlUrl,
      'query($s: ID!) { workers(where: { attendances: { none: { sessionId: { equals: $s } } } }, take: 1) { id name nik } }',
      { s: sessionId },
    );
    const worker = workers[0]!;

    const p = await openPanel();
    await p.goto(`${server.origin}/#/trainingSessions/${sessionId}/show`);
    await choose(p, 'Cari pilar sosial (nama atau NIK)', worker.nik, new RegExp(worker.nik));
    await p.getByRole('button', { name: 'Tambahkan' }).click();
    await p.getByText('Ditambahkan ke daftar hadir').waitFor();

    const line = p.locator('table tbody tr', { hasText: worker.nik });
    await line.getByRole('button', { name: 'Hadir', exact: true }).click();
    const attendance = () =>
      api<{ attendances: { status: string }[] }>(
        signedIn,
        server.graphqlUrl,
        'query($s: ID!, $w: ID!) { attendances(where: { sessionId: { equals: $s }, workerId: { equals: $w } }) { status } }',
        { s: sessionId, w: worker.id },
      );
    await expect.poll(async () => (await attendance()).attendances[0]?.status).toBe('ATTENDED');
    expect(await line.locator('td.column-status').textContent()).toBe('Hadir');
    await closePanel();
  });

  it('exports the whole filtered list as CSV with Indonesian headers', async () => {
    screenshotOnFailure(() => page, 'export');
    const { workersCount } = await api<{ workersCount: number }>(signedIn, server.graphqlUrl, '{ workersCount }');
    const p = await openPanel();
    await p.goto(`${server.origin}/#/workers`);
    await p.locator('table tbody tr').first().waitFor();
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Ekspor' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const [header, ...rows] = csv.replace(/^\ufeff/, '').trim().split('\n');
    expect(header).toBe('NIK;Nama;Jenis kelamin;Tanggal lahir;Peran;Wilayah tugas;No. HP;Bergabung sejak;Status;Jumlah sesi;Catatan');
    // More than the API's page of 500: the export read every page.
    expect(rows).toHaveLength(workersCount);
    expect(rows.some((row) => row.includes(';TKSK;') && row.includes(';Aktif;'))).toBe(true);
    await closePanel();
  });

  it('switches the panel to English and keeps it after a reload', async () => {
    screenshotOnFailure(() => page, 'language');
    const p = await openPanel();
    await p.goto(`${server.origin}/#/beneficiaries`);
    await p.getByRole('button', { name: /Bahasa Indonesia/i }).click();
    await p.getByRole('menuitem', { name: 'English' }).click();
    await p.getByRole('link', { name: 'Create' }).waitFor();
    await p.reload();
    await p.getByRole('link', { name: 'Create' }).waitFor();
    expect(await p.locator('html').getAttribute('lang')).toBe('en');
    await closePanel();
  });
});
