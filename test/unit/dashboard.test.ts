import { describe, expect, it } from 'vitest';
import {
  aidByMonth,
  aidByStandard,
  attendanceBySession,
  featuredSession,
  dashboardVariables,
  participantsByRole,
  povertyByYear,
  total,
  type DashboardData,
} from '../../admin/src/dashboard/figures.ts';
import { rowsToCsv } from '../../admin/src/common/csvExport.ts';
import { csvRows, formatCell, tableCsv } from '../../admin/src/dashboard/table.ts';
import { dashboardEnglish, dashboardIndonesian } from '../../admin/src/dashboard/messages.ts';
import { messages } from '../../admin/src/i18n/i18nProvider.ts';

/** The Indonesian messages as react-admin's translate would give them (without plurals). */
function t(key: string, options: Record<string, unknown> = {}): string {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages.id);
  return typeof found === 'string' ? found.replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name])) : key;
}

const row = (count: number | null, extra: object = {}) => ({
  count,
  countLabel: count === null ? '< 5' : String(count),
  suppressed: count === null,
  persons: count,
  ...extra,
});

const standard = (id: string, name: string) => ({ id, code: name.toUpperCase(), name });

/** Figures shaped as the API returns them, the article's among them. */
const data: DashboardData = {
  participants: [row(1678)],
  participantsByRole: [row(31, { key: { role: 'TKSK' } }), row(447, { key: { role: 'PSM' } }), row(null, { key: { role: 'TAGANA' } })],
  bySession: [
    row(277, { key: { session: { id: '1', name: 'Bimtek Indramayu' }, venue: { name: 'Balai Desa Pekandangan' }, status: 'ATTENDED' } }),
    row(238, { key: { session: { id: '2', name: 'Bimtek Haurgeulis' }, venue: { name: 'Balai Desa Karangtumaritis' }, status: 'ATTENDED' } }),
    row(null, { key: { session: { id: '2', name: 'Bimtek Haurgeulis' }, venue: { name: 'Balai Desa Karangtumaritis' }, status: 'ABSENT' } }),
  ],
  aidByStandard: [
    row(286, { key: { aidStandard: standard('2', 'Anak Telantar') }, sum: { valueRupiah: 145_800_000 } }),
    row(521, { key: { aidStandard: standard('1', 'Lansia Telantar') }, sum: { valueRupiah: 257_850_000 } }),
  ],
  aidByMonth: [
    row(28, { key: { distributedMonth: '2024-02', aidStandard: standard('2', 'Anak Telantar') }, sum: { valueRupiah: 1 } }),
    row(44, { key: { distributedMonth: '2024-01', aidStandard: standard('1', 'Lansia Telantar') }, sum: { valueRupiah: 1 } }),
  ],
  aidAtSessions: [
    row(10, { key: { session: { id: '2' }, aidStandard: standard('1', 'Lansia Telantar') }, sum: { valueRupiah: 4_500_000 } }),
    row(10, { key: { session: { id: '2' }, aidStandard: standard('2', 'Anak Telantar') }, sum: { valueRupiah: 4_500_000 } }),
  ],
  poverty: [
    { count: 1, key: { year: 2022 }, avg: { ratePercent: 12.77 } },
    { count: 1, key: { year: 2023 }, avg: { ratePercent: 12.13 } },
  ],
  sessions: [
    { id: '2', title: 'Bimtek Haurgeulis', startsAt: '2024-05-21T01:00:00.000Z', venue: { name: 'Balai Desa Karangtumaritis' } },
    { id: '1', title: 'Bimtek Indramayu', startsAt: '2024-05-14T01:00:00.000Z', venue: { name: 'Balai Desa Pekandangan' } },
  ],
} as DashboardData;

describe('dashboard figures', () => {
  it('filters training by the programme year and a district with its villages', () => {
    const v = dashboardVariables({ year: 2024, program: { id: '1', kind: 'TRAINING' }, districtId: '3' });
    expect(v.attended).toEqual({
      session: { is: { program: { is: { year: { equals: 2024 }, id: { equals: '1' } } } } },
      worker: { is: { region: { is: { OR: [{ id: { equals: '3' } }, { parentId: { equals: '3' } }] } } } },
      status: { equals: 'ATTENDED' },
    });
    // A training programme does not narrow the aid; the district does.
    expect(v.aid).toEqual({
      distributedOn: { gte: '2024-01-01', lt: '2025-01-01' },
      beneficiary: { is: { village: { is: { OR: [{ id: { equals: '3' } }, { parentId: { equals: '3' } }] } } } },
    });
    expect(v.poverty).toEqual({ region: { is: { id: { equals: '3' } } } });
  });

  it('narrows the aid, not the training, by an aid programme; the whole regency by default', () => {
    const v = dashboardVariables({ year: 2023, program: { id: '2', kind: 'AID' } });
    expect(v.attendance).toEqual({ session: { is: { program: { is: { year: { equals: 2023 } } } } } });
    expect(v.aid.program).toEqual({ is: { id: { equals: '2' } } });
    expect(v.poverty).toEqual({ region: { is: { level: { equals: 'REGENCY' } } } });
  });

  it('shows participants by role, with "< 5" for a group hidden from a viewer', () => {
    expect(participantsByRole(data, t).rows).toEqual([
      { role: 'TKSK', participants: 31 },
      { role: 'PSM', participants: 447 },
      { role: 'Tagana', participants: '< 5' },
    ]);
  });

  it('pivots attendance per session by status, in time order, and features the session with aid', () => {
    const table = attendanceBySession(data, t, 'id-ID');
    expect(table.rows.map(({ venue, day, ATTENDED, ABSENT }) => [venue, day, ATTENDED, ABSENT])).toEqual([
      ['Balai Desa Pekandangan', '14 Mei 2024', 277, 0],
      ['Balai Desa Karangtumaritis', '21 Mei 2024', 238, '< 5'],
    ]);
    // Not the largest session (277) but the one where aid was handed out too.
    const featured = featuredSession(data, t, 'id-ID');
    expect(featured).toMatchObject({ attended: 238, venue: 'Balai Desa Karangtumaritis', day: '21 Mei 2024' });
    expect(featuredSession({ ...data, aidAtSessions: [] }, t, 'id-ID')).toMatchObject({ attended: 277, aid: { rows: [] } });
    expect(featured!.aid.rows).toEqual([
      { standard: 'Lansia Telantar', distributions: 10, value: 4_500_000 },
      { standard: 'Anak Telantar', distributions: 10, value: 4_500_000 },
    ]);
  });

  it('sums aid by standard and spreads it by month and standard', () => {
    const byStandard = aidByStandard(data, t);
    expect(total(byStandard, 'distributions')).toBe(807);
    expect(total(byStandard, 'value')).toBe(403_650_000);
    const byMonth = aidByMonth(data, t);
    expect(byMonth.columns.map((c) => c.label)).toEqual(['Bulan', 'Anak Telantar', 'Lansia Telantar']);
    expect(byMonth.rows).toEqual([
      { month: '2024-01', s2: 0, s1: 44 },
      { month: '2024-02', s2: 28, s1: 0 },
    ]);
  });

  it('draws poverty per year, 12,77 → 12,13 in Indonesian', () => {
    const table = povertyByYear(data, t);
    expect(table.rows.map((r) => [r.year, formatCell(r.rate!, 'percent', 'id-ID')])).toEqual([
      ['2022', '12,77'],
      ['2023', '12,13'],
    ]);
  });
});

describe('dashboard tables', () => {
  it('formats numbers the Indonesian way', () => {
    expect(formatCell(1678, 'count', 'id-ID')).toBe('1.678');
    expect(formatCell(4_500_000, 'rupiah', 'id-ID').replace(/\s/g, ' ')).toBe('Rp 4.500.000');
    expect(formatCell('< 5', 'count', 'id-ID')).toBe('< 5');
    expect(formatCell(1678, 'count', 'en-GB')).toBe('1,678');
  });

  it('downloads as CSV exactly the table it shows: same headers, same rows, numbers as numbers', async () => {
    const table = participantsByRole(data, t);
    const csv = await tableCsv(table);
    const [header, ...lines] = csv.trim().split('\n');
    expect(header).toBe(table.columns.map((c) => c.label).join(';'));
    expect(lines).toEqual(table.rows.map((r) => table.columns.map((c) => String(r[c.key])).join(';')));
    expect(csvRows(table)[0]).toEqual({ Peran: 'TKSK', Peserta: 31 });
  });

  it('writes CSV as a spreadsheet set to Indonesian reads it: semicolons, decimal commas, quoted separators', async () => {
    const csv = await rowsToCsv(['Tahun', 'Persentase', 'Catatan'], [{ Tahun: 2022, Persentase: 12.77, Catatan: 'BPS; angka tetap' }, { Tahun: 2023, Persentase: 12.13, Catatan: null }]);
    expect(csv.split('\n')).toEqual(['Tahun;Persentase;Catatan', '2022;12,77;"BPS; angka tetap"', '2023;12,13;']);
  });

  it('has the same texts in Indonesian and English', () => {
    const keys = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
    expect(keys(dashboardEnglish)).toEqual(keys(dashboardIndonesian));
  });
});
