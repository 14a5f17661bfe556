// The dashboard and the saved-query catalogue, in headless Chromium against the real server
// (in-process, fresh seeded database) serving the freshly built admin. One server for the file;
// the auditor and the approved query are made through the API, as the screens would.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api } from '../support/api.ts';
import { launchChromium, screenshotOnFailure } from '../support/browser.ts';
import { startServer, type RunningServer } from '../support/server.ts';
import { signedInFetch } from '../support/session.ts';
import { createUser, type TestUser } from '../support/users.ts';

/** Workers of one role who attended, per session of a year's programme. */
const DOCUMENT = `query ParticipantsPerSession($role: WorkerRole!, $year: Int = 2024) {
  attendancesAggregate(
    where: { status: { equals: ATTENDED }, worker: { is: { role: { equals: $role } } }, session: { is: { program: { is: { year: { equals: $year } } } } } }
    groupBy: [session]
  ) {
    key { session { name } }
    count
  }
}`;

let server: RunningServer;
let admin: typeof fetch;
let auditorFetch: typeof fetch;
let browser: Browser;
let context: BrowserContext | undefined;
let page: Page | undefined;
let auditor: TestUser;
let queryId: string;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer({ adminDir: inject('adminDist') })]);
  admin = await signedInFetch(server.graphqlUrl);
  auditor = await createUser(admin, server.graphqlUrl, 'AUDITOR');
  auditorFetch = await signedInFetch(server.graphqlUrl, auditor);
  // Written by the administrator, approved by the auditor: an author may not approve their own version.
  const { createSavedQuery } = await api<{ createSavedQuery: { id: string } }>(
    admin,
    server.graphqlUrl,
    'mutation($d: SavedQueryCreateInput!) { createSavedQuery(data: $d) { id } }',
    { d: { name: 'Peserta per sesi menurut peran', purpose: 'Berapa pilar sosial suatu peran hadir di tiap sesi Bimtek', document: DOCUMENT } },
  );
  queryId = createSavedQuery.id;
  await api(auditorFetch, server.graphqlUrl, 'mutation($id: ID!) { approveSavedQueryVersion(id: $id, version: 1) { id } }', { id: queryId });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A new browser profile on the clerks' clock, signed in as `user`, on the landing page. */
async function openPanel(user: { username: string; password: string }): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Asia/Jakarta', locale: 'id-ID', acceptDownloads: true });
  context.setDefaultTimeout(15_000);
  await context.request.post(server.graphqlUrl, {
    data: { query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', variables: { u: user.username, p: user.password } },
  });
  page = await context.newPage();
  await page.goto(server.origin);
  return page;
}

/** A downloaded CSV as lines, without the byte-order mark. */
async function csvLines(download: Download): Promise<string[]> {
  return readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').trim().split('\n');
}

/** A table's rows as the cells' texts. */
async function tableRows(scope: ReturnType<Page['locator']>): Promise<string[][]> {
  const rows = await scope.locator('tbody tr').all();
  return Promise.all(rows.map(async (row) => (await row.locator('td').allTextContents()).map((t) => t.trim())));
}

describe('an auditor', () => {
  it("sees the article's figures on the dashboard, each chart also as a table and a CSV", async () => {
    screenshotOnFailure(() => page, 'dashboard');
    const p = await openPanel(auditor);
    const figure = (name: string) => p.getByRole('region', { name, exact: true });
    await expect.poll(() => figure('Peserta Bimtek').getByTestId('figure').textContent()).toBe('1.678');
    const session = figure('Bimtek dan penyaluran bantuan');
    expect(await session.getByTestId('figure').textContent()).toBe('238');
    expect(await session.textContent()).toContain('Balai Desa Karangtumaritis, 21 Mei 2024');
    // The food aid handed out there, by the 4 standards: 10 packages worth Rp 4.500.000 each.
    const aid = (await tableRows(session.locator('table'))).map((cells) => [cells[0], cells[1], cells[2]!.replace(/\s/g, ' ')]);
    expect(aid).toEqual(
      ['Anak Telantar', 'Disabilitas Telantar', 'Lansia Telantar', 'Tuna Sosial Telantar'].map((s) => [s, '10', 'Rp 4.500.000']),
    );
    const poverty = figure('Angka kemiskinan');
    expect(await poverty.getByTestId('figure').textContent()).toBe('12,13 %');
    expect(await poverty.textContent()).toContain('2022: 12,77 %');
    // Charts are drawn (the chart library loads after the page).
    await expect.poll(() => p.locator('.recharts-wrapper').count()).toBe(5);
    await p.screenshot({ path: new URL('../../docs/dashboard.png', import.meta.url).pathname });

    // Participants by role, as a table and as its CSV: the same rows.
    const byRole = figure('Peserta Bimtek per peran');
    await byRole.getByRole('button', { name: 'Lihat tabel' }).click();
    const shown = await tableRows(byRole.locator('table'));
    expect(shown).toContainEqual(['PSM', '447']);
    const [download] = await Promise.all([p.waitForEvent('download'), byRole.getByRole('button', { name: 'Unduh CSV' }).click()]);
    const [header, ...rows] = await csvLines(download);
    expect(header).toBe('Peran;Peserta');
    expect(rows).toEqual(shown.map(([role, n]) => `${role};${n!.replace(/\./g, '')}`));
    expect(rows.reduce((sum, row) => sum + Number(row.split(';')[1]), 0)).toBe(1678);
    await context?.close();
  });

  it('runs an approved saved query with variables, downloads the result as CSV, and finds the run in the log', async () => {
    screenshotOnFailure(() => page, 'saved-query-run');
    const p = await openPanel(auditor);
    await p.getByRole('menuitem', { name: 'Kueri Tersimpan' }).click();
    await p.getByPlaceholder('Cari').fill('per sesi');
    await expect.poll(() => p.url()).toContain('per%20sesi');
    await p.locator('table tbody tr', { hasText: 'Peserta per sesi menurut peran' }).click();
    await p.getByRole('tab', { name: 'Jalankan' }).click();

    // The form comes from the document's variables: role (required enum), year (default 2024).
    expect(await p.getByRole('textbox', { name: 'year' }).inputValue()).toBe('2024');
    await p.getByRole('button', { name: 'Jalankan' }).click();
    await p.getByText('Wajib diisi').waitFor();
    await p.getByRole('combobox', { name: /role/ }).click();
    await p.getByRole('option', { name: 'PSM', exact: true }).click();
    await p.getByRole('button', { name: 'Jalankan' }).click();

    const result = p.getByRole('region', { name: 'Hasil' });
    await result.locator('tbody tr').first().waitFor();
    const shown = await tableRows(result.locator('table'));
    expect(shown).toHaveLength(6);
    expect(shown.reduce((sum, [, n]) => sum + Number(n!.replace(/\./g, '')), 0)).toBe(447);
    const hash = (await result.getByTestId('result-hash').textContent())!;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);

    const [download] = await Promise.all([p.waitForEvent('download'), result.getByRole('button', { name: 'Unduh CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Peserta per sesi menurut peran v1 \d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = await csvLines(download);
    expect(header).toBe('key.session.name;count');
    expect(rows).toEqual(shown.map(([name, n]) => `${name};${n!.replace(/\./g, '')}`));

    // The run log: who, which version, the variables and the same hash, here and in the API.
    const history = p.getByRole('region', { name: 'Riwayat run' });
    await expect.poll(async () => (await tableRows(history.locator('table')))[0]?.slice(1)).toEqual([
      'Uji AUDITOR (Auditor)',
      '1',
      '{"role":"PSM","year":2024}',
      '6',
      expect.stringMatching(/^\d+$/),
      hash,
    ]);
    const { savedQueryRuns } = await api<{ savedQueryRuns: { userId: string; versionNumber: number; variables: unknown; resultHash: string }[] }>(
      admin,
      server.graphqlUrl,
      'query($id: ID!) { savedQueryRuns(where: { savedQueryId: { equals: $id } }) { userId versionNumber variables resultHash } }',
      { id: queryId },
    );
    expect(savedQueryRuns).toEqual([{ userId: auditor.id, versionNumber: 1, variables: { role: 'PSM', year: 2024 }, resultHash: hash }]);
    await context?.close();
  });
});

describe('an administrator', () => {
  it('edits a query into a new draft, sees the diff, and is refused approving their own version', async () => {
    screenshotOnFailure(() => page, 'saved-query-approve');
    const p = await openPanel({ username: 'admin', password: 'rahasia-pilar-2024' });
    await p.goto(`${server.origin}/#/savedQueries/${queryId}`);
    const document = p.getByLabel('Dokumen kueri (GraphQL)', { exact: false });
    await expect.poll(() => document.inputValue()).toBe(DOCUMENT);
    await document.fill(DOCUMENT.replace('count\n', 'count\n    persons\n'));
    await p.getByLabel('Catatan perubahan').fill('Tambah jumlah orang');
    await p.getByRole('button', { name: 'Simpan' }).click();

    // Version 1 (approved) on the left, the new draft 2 on the right, and their diff.
    const diff = p.getByLabel('diff');
    await expect.poll(() => diff.textContent()).toContain('+     persons');
    await p.getByRole('button', { name: 'Setujui versi 2' }).click();
    await p.getByText('Anda penulis versi ini: ADMIN atau AUDITOR lain yang harus menyetujuinya.').waitFor();
    await context?.close();
  });
});
