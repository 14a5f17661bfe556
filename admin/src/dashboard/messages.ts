/** The dashboard's texts. Indonesian first; English has the same keys (a test compares them). */
export type DashboardMessages = {
  title: string;
  filters: { year: string; program: string; allPrograms: string; region: string; allRegions: string };
  figures: {
    participants: string;
    participantsOf: string;
    session: string;
    sessionOf: string;
    sessionAid: string;
    aid: string;
    aidOf: string;
    poverty: string;
    povertyFrom: string;
    noData: string;
  };
  charts: {
    byRole: string;
    bySession: string;
    aidByStandard: string;
    aidByMonth: string;
    poverty: string;
  };
  columns: {
    role: string;
    participants: string;
    session: string;
    venue: string;
    day: string;
    standard: string;
    month: string;
    distributions: string;
    persons: string;
    value: string;
    year: string;
    rate: string;
  };
  showTable: string;
  showChart: string;
  download: string;
  empty: string;
  suppressedNote: string;
  /** For VIEWER, whose person counts the server rounds (and suppresses under 5). */
  roundedNote: string;
  loadFailed: string;
};

export const dashboardIndonesian: DashboardMessages = {
  title: 'Dasbor',
  filters: {
    year: 'Tahun',
    program: 'Program',
    allPrograms: 'Semua program',
    region: 'Kecamatan',
    allRegions: 'Seluruh kabupaten',
  },
  figures: {
    participants: 'Peserta Bimtek',
    participantsOf: 'pilar sosial hadir pada %{year}',
    session: 'Bimtek dan penyaluran bantuan',
    sessionOf: 'peserta hadir di %{venue}, %{day}',
    sessionAid: 'Bantuan permakanan di sesi ini',
    aid: 'Bantuan disalurkan',
    aidOf: 'penyaluran pada %{year}, senilai %{value}',
    poverty: 'Angka kemiskinan',
    povertyFrom: 'pada %{year} (%{previousYear}: %{previous})',
    noData: 'Belum ada data',
  },
  charts: {
    byRole: 'Peserta Bimtek per peran',
    bySession: 'Kehadiran per sesi',
    aidByStandard: 'Bantuan per standar',
    aidByMonth: 'Bantuan per bulan dan standar',
    poverty: 'Angka kemiskinan per tahun',
  },
  columns: {
    role: 'Peran',
    participants: 'Peserta',
    session: 'Sesi',
    venue: 'Tempat',
    day: 'Tanggal',
    standard: 'Standar bantuan',
    month: 'Bulan',
    distributions: 'Penyaluran',
    persons: 'Penerima',
    value: 'Nilai (Rp)',
    year: 'Tahun',
    rate: 'Angka kemiskinan (%)',
  },
  showTable: 'Lihat tabel',
  showChart: 'Lihat grafik',
  download: 'Unduh CSV',
  empty: 'Tidak ada data untuk pilihan ini.',
  suppressedNote: '"< 5": kelompok kurang dari 5 orang tidak ditampilkan angkanya.',
  roundedNote: 'Angka dibulatkan ke kelipatan 5; kelompok kurang dari 5 orang disamarkan.',
  loadFailed: 'Data dasbor tidak dapat dimuat: %{message}',
};

export const dashboardEnglish: DashboardMessages = {
  title: 'Dashboard',
  filters: {
    year: 'Year',
    program: 'Programme',
    allPrograms: 'All programmes',
    region: 'District',
    allRegions: 'Whole regency',
  },
  figures: {
    participants: 'Training participants',
    participantsOf: 'social workers attended in %{year}',
    session: 'Training with aid handed out',
    sessionOf: 'participants attended at %{venue}, %{day}',
    sessionAid: 'Food aid at this session',
    aid: 'Aid handed out',
    aidOf: 'distributions in %{year}, worth %{value}',
    poverty: 'Poverty rate',
    povertyFrom: 'in %{year} (%{previousYear}: %{previous})',
    noData: 'No data yet',
  },
  charts: {
    byRole: 'Training participants by role',
    bySession: 'Attendance per session',
    aidByStandard: 'Aid by standard',
    aidByMonth: 'Aid per month and standard',
    poverty: 'Poverty rate per year',
  },
  columns: {
    role: 'Role',
    participants: 'Participants',
    session: 'Session',
    venue: 'Venue',
    day: 'Date',
    standard: 'Aid standard',
    month: 'Month',
    distributions: 'Distributions',
    persons: 'Recipients',
    value: 'Value (Rp)',
    year: 'Year',
    rate: 'Poverty rate (%)',
  },
  showTable: 'Show table',
  showChart: 'Show chart',
  download: 'Download CSV',
  empty: 'No data for this selection.',
  suppressedNote: '"< 5": groups of fewer than 5 people are not shown as numbers.',
  roundedNote: 'Figures are rounded to multiples of 5; groups of fewer than 5 people are hidden.',
  loadFailed: 'The dashboard could not be loaded: %{message}',
};
