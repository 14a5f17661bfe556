import type { SavedQuery } from '../../generated/graphql.ts';
import type { ScalarFieldOf } from '../../data/records.ts';
import type { VariableError } from './variables.ts';

/** Labels of the saved-query catalogue's fields (react-admin's `resources.savedQueries`). */
export type SavedQueryResourceMessages = {
  name: string;
  fields: Record<ScalarFieldOf<SavedQuery>, string> & { document: string; changeNote: string; q: string };
};

/** The catalogue's own texts. Indonesian first; English has the same keys (a test compares them). */
export type SavedQueryMessages = {
  approved: string;
  draftOnly: string;
  retired: string;
  tabs: { versions: string; run: string };
  version: {
    title: string;
    left: string;
    right: string;
    author: string;
    approvedBy: string;
    changeNote: string;
    persistedId: string;
    diff: string;
    same: string;
    approve: string;
    approved: string;
    retire: string;
    retireTitle: string;
    retireBody: string;
    retired: string;
  };
  status: { DRAFT: string; APPROVED: string; RETIRED: string };
  retireQuery: string;
  retireQueryTitle: string;
  retireQueryBody: string;
  queryRetired: string;
  documentHelp: string;
  changeNoteHelp: string;
  run: {
    version: string;
    noVariables: string;
    submit: string;
    result: string;
    rows: string;
    duration: string;
    hash: string;
    download: string;
    errors: string;
    notRunnable: string;
    required: string;
  };
  variableErrors: Record<VariableError, string>;
  history: {
    title: string;
    when: string;
    who: string;
    version: string;
    variables: string;
    rows: string;
    duration: string;
    hash: string;
    via: string;
    empty: string;
    download: string;
    shown: string;
  };
};

export const savedQueryResourceIndonesian: SavedQueryResourceMessages = {
  name: 'Kueri Tersimpan |||| Kueri Tersimpan',
  fields: {
    id: 'ID',
    version: 'Versi data',
    createdAt: 'Dibuat',
    updatedAt: 'Diubah',
    name: 'Nama',
    purpose: 'Tujuan',
    ownerId: 'Pemilik',
    ownerName: 'Pemilik',
    latestVersion: 'Versi terbaru',
    retiredAt: 'Dipensiunkan',
    runsCount: 'Jumlah run',
    document: 'Dokumen kueri (GraphQL)',
    changeNote: 'Catatan perubahan',
    q: 'Cari',
  },
};

export const savedQueryResourceEnglish: SavedQueryResourceMessages = {
  name: 'Saved query |||| Saved queries',
  fields: {
    id: 'ID',
    version: 'Record version',
    createdAt: 'Created',
    updatedAt: 'Updated',
    name: 'Name',
    purpose: 'Purpose',
    ownerId: 'Owner',
    ownerName: 'Owner',
    latestVersion: 'Latest version',
    retiredAt: 'Retired',
    runsCount: 'Runs',
    document: 'Query document (GraphQL)',
    changeNote: 'Change note',
    q: 'Search',
  },
};

export const savedQueryIndonesian: SavedQueryMessages = {
  approved: 'Disetujui: versi %{number}',
  draftOnly: 'Belum ada versi yang disetujui',
  retired: 'Dipensiunkan',
  tabs: { versions: 'Versi', run: 'Jalankan' },
  version: {
    title: 'Versi %{number}',
    left: 'Versi kiri',
    right: 'Versi kanan',
    author: 'Ditulis oleh %{name}, %{when}',
    approvedBy: 'Disetujui oleh %{name}, %{when}',
    changeNote: 'Catatan: %{note}',
    persistedId: 'ID tersimpan (persisted)',
    diff: 'Perbedaan versi %{left} → versi %{right}',
    same: 'Dokumen kedua versi sama.',
    approve: 'Setujui versi %{number}',
    approved: 'Versi disetujui',
    retire: 'Pensiunkan versi %{number}',
    retireTitle: 'Pensiunkan versi %{number}?',
    retireBody: 'Versi ini tidak dapat dijalankan lagi dan ID tersimpannya berhenti berlaku. Riwayat run-nya tetap dapat dibaca.',
    retired: 'Versi dipensiunkan',
  },
  status: { DRAFT: 'Draf', APPROVED: 'Disetujui', RETIRED: 'Dipensiunkan' },
  retireQuery: 'Pensiunkan kueri',
  retireQueryTitle: 'Pensiunkan kueri "%{name}"?',
  retireQueryBody: 'Semua versinya tidak dapat dijalankan lagi. Versi dan riwayat run tetap dapat dibaca.',
  queryRetired: 'Kueri dipensiunkan',
  documentHelp: 'Satu operasi query GraphQL beserta variabelnya. Mutation dan subscription ditolak. Dokumen yang berubah menjadi versi baru (draf).',
  changeNoteHelp: 'Apa yang berubah pada versi ini.',
  run: {
    version: 'Versi yang dijalankan',
    noVariables: 'Kueri ini tidak memakai variabel.',
    submit: 'Jalankan',
    result: 'Hasil',
    rows: '%{smart_count} baris',
    duration: '%{ms} ms',
    hash: 'SHA-256 hasil',
    download: 'Unduh CSV',
    errors: 'Kueri dijalankan dengan galat',
    notRunnable: 'Belum ada versi yang dapat dijalankan.',
    required: 'wajib',
  },
  variableErrors: {
    required: 'Wajib diisi',
    int: 'Harus bilangan bulat',
    float: 'Harus angka',
    boolean: 'Pilih ya atau tidak',
    date: 'Tanggal tidak sah (TTTT-BB-HH)',
    datetime: 'Waktu tidak sah',
    json: 'JSON tidak sah',
    enum: 'Bukan pilihan yang sah',
  },
  history: {
    title: 'Riwayat run',
    when: 'Waktu',
    who: 'Oleh',
    version: 'Versi',
    variables: 'Variabel',
    rows: 'Baris',
    duration: 'Durasi (ms)',
    hash: 'SHA-256 hasil',
    via: 'Lewat',
    empty: 'Kueri ini belum pernah dijalankan.',
    download: 'Unduh riwayat (CSV)',
    shown: '%{shown} dari %{total} run terbaru',
  },
};

export const savedQueryEnglish: SavedQueryMessages = {
  approved: 'Approved: version %{number}',
  draftOnly: 'No approved version yet',
  retired: 'Retired',
  tabs: { versions: 'Versions', run: 'Run' },
  version: {
    title: 'Version %{number}',
    left: 'Left version',
    right: 'Right version',
    author: 'Written by %{name}, %{when}',
    approvedBy: 'Approved by %{name}, %{when}',
    changeNote: 'Note: %{note}',
    persistedId: 'Persisted id',
    diff: 'Changes from version %{left} → version %{right}',
    same: 'Both versions have the same document.',
    approve: 'Approve version %{number}',
    approved: 'Version approved',
    retire: 'Retire version %{number}',
    retireTitle: 'Retire version %{number}?',
    retireBody: 'This version can no longer be run and its persisted id stops working. Its runs stay readable.',
    retired: 'Version retired',
  },
  status: { DRAFT: 'Draft', APPROVED: 'Approved', RETIRED: 'Retired' },
  retireQuery: 'Retire query',
  retireQueryTitle: 'Retire the query "%{name}"?',
  retireQueryBody: 'None of its versions can be run any more. Versions and runs stay readable.',
  queryRetired: 'Query retired',
  documentHelp: 'One GraphQL query operation with its variables. Mutations and subscriptions are refused. A changed document becomes a new (draft) version.',
  changeNoteHelp: 'What changed in this version.',
  run: {
    version: 'Version to run',
    noVariables: 'This query takes no variables.',
    submit: 'Run',
    result: 'Result',
    rows: '%{smart_count} row |||| %{smart_count} rows',
    duration: '%{ms} ms',
    hash: 'SHA-256 of the result',
    download: 'Download CSV',
    errors: 'The query ran with errors',
    notRunnable: 'No version can be run yet.',
    required: 'required',
  },
  variableErrors: {
    required: 'Required',
    int: 'Must be a whole number',
    float: 'Must be a number',
    boolean: 'Choose yes or no',
    date: 'Not a valid date (YYYY-MM-DD)',
    datetime: 'Not a valid time',
    json: 'Not valid JSON',
    enum: 'Not one of the choices',
  },
  history: {
    title: 'Run history',
    when: 'When',
    who: 'By',
    version: 'Version',
    variables: 'Variables',
    rows: 'Rows',
    duration: 'Duration (ms)',
    hash: 'SHA-256 of the result',
    via: 'Via',
    empty: 'This query has not been run yet.',
    download: 'Download history (CSV)',
    shown: 'latest %{shown} of %{total} runs',
  },
};
