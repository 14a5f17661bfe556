/**
 * Every message a client may show, in English and Indonesian. The error's message is chosen
 * by the request's Accept-Language (see localized-errors.ts); the codes stay the same.
 */
export interface Text {
  en: string;
  id: string;
}

const FIELD_ID: Record<string, string> = {
  name: 'Nama',
  nik: 'NIK',
  kkNumber: 'No. KK',
  gender: 'Jenis kelamin',
  birthDate: 'Tanggal lahir',
  phone: 'Nomor HP',
  role: 'Peran',
  regionId: 'Wilayah',
  status: 'Status',
  joinedAt: 'Tanggal bergabung',
  notes: 'Catatan',
  code: 'Kode',
  level: 'Tingkat',
  villageKind: 'Jenis desa',
  parentId: 'Wilayah induk',
  districtGroupId: 'Eks-Kawedanan',
  districtIds: 'Kecamatan',
  regencyId: 'Kabupaten',
  year: 'Tahun',
  kind: 'Jenis',
  description: 'Keterangan',
  villageId: 'Desa',
  address: 'Alamat',
  capacity: 'Kapasitas',
  latitude: 'Lintang',
  longitude: 'Bujur',
  programId: 'Program',
  title: 'Judul',
  startsAt: 'Waktu mulai',
  endsAt: 'Waktu selesai',
  venueId: 'Tempat',
  servedDistrictIds: 'Kecamatan yang dilayani',
  workerId: 'Pilar sosial',
  sessionId: 'Sesi',
  legalBasis: 'Dasar hukum',
  aidStandardId: 'Standar bantuan',
  registeredById: 'Didaftarkan oleh',
  beneficiaryId: 'PPKS',
  distributedOn: 'Tanggal penyaluran',
  items: 'Barang',
  quantity: 'Jumlah',
  unit: 'Satuan',
  valueRupiah: 'Nilai (Rp)',
  handedOverById: 'Diserahkan oleh',
  ratePercent: 'Angka kemiskinan (%)',
  source: 'Sumber',
  take: 'take',
  skip: 'skip',
  orderBy: 'orderBy',
  id: 'ID',
  username: 'Nama pengguna',
  password: 'Kata sandi',
  displayName: 'Nama tampilan',
  active: 'Aktif',
  regionIds: 'Wilayah kerja',
  reason: 'Alasan',
  purpose: 'Tujuan',
  document: 'Dokumen',
  variables: 'Variabel',
  version: 'Versi',
  changeNote: 'Catatan perubahan',
  groupBy: 'Pengelompokan',
};

const MODEL_ID: Record<string, string> = {
  Region: 'Wilayah',
  DistrictGroup: 'Eks-Kawedanan',
  Worker: 'Pilar sosial',
  Program: 'Program',
  Venue: 'Tempat',
  TrainingSession: 'Sesi Bimtek',
  Attendance: 'Kehadiran',
  AidStandard: 'Standar bantuan',
  Beneficiary: 'PPKS',
  AidDistribution: 'Penyaluran bantuan',
  PovertyIndicator: 'Angka kemiskinan',
  SavedQuery: 'Kueri tersimpan',
  SavedQueryVersion: 'Versi kueri tersimpan',
  SavedQueryRun: 'Jalannya kueri tersimpan',
};

const LEVEL_ID: Record<string, string> = { PROVINCE: 'provinsi', REGENCY: 'kabupaten', DISTRICT: 'kecamatan', VILLAGE: 'desa' };

const f = (field: string) => FIELD_ID[field] ?? field;
const m = (model: string) => MODEL_ID[model] ?? model;
const level = (value: string) => LEVEL_ID[value] ?? value.toLowerCase();

export const messages = {
  required: (field: string): Text => ({ en: `${field} is required.`, id: `${f(field)} wajib diisi.` }),
  tooLong: (field: string, max: number): Text => ({
    en: `${field} is too long (at most ${max} characters).`,
    id: `${f(field)} terlalu panjang (paling banyak ${max} karakter).`,
  }),
  inFuture: (field: string): Text => ({ en: `${field} cannot be in the future.`, id: `${f(field)} tidak boleh di masa depan.` }),
  wholeNumber: (field: string, allowZero: boolean): Text => ({
    en: `${field} must be a whole number ${allowZero ? 'of at least 0' : 'greater than 0'}.`,
    id: `${f(field)} harus bilangan bulat ${allowZero ? 'paling kecil 0' : 'lebih dari 0'}.`,
  }),
  between: (field: string, min: number, max: number): Text => ({
    en: `${field} must be between ${min} and ${max}.`,
    id: `${f(field)} harus antara ${min} dan ${max}.`,
  }),
  phone: (field: string): Text => ({
    en: `${field} must be an Indonesian mobile number such as 081234567890.`,
    id: `${f(field)} harus nomor HP Indonesia, misalnya 081234567890.`,
  }),
  badId: (field: string, value: unknown): Text => ({
    en: `${field} must be a record id (a positive whole number), got "${String(value).slice(0, 40)}".`,
    id: `${f(field)} harus ID data (bilangan bulat positif), bukan "${String(value).slice(0, 40)}".`,
  }),
  missingReference: (field: string, model: string, id: number): Text => ({
    en: `${field}: ${model} ${id} does not exist.`,
    id: `${f(field)}: ${m(model)} ${id} tidak ada.`,
  }),
  referenceInTrash: (field: string, model: string, id: number): Text => ({
    en: `${field}: ${model} ${id} is in the trash.`,
    id: `${f(field)}: ${m(model)} ${id} ada di tempat sampah (Terhapus).`,
  }),
  wrongLevel: (levels: string[], actual: string): Text => ({
    en: `must be a ${levels.map((l) => l.toLowerCase()).join(' or ')}, not a ${actual.toLowerCase()}.`,
    id: `harus ${levels.map(level).join(' atau ')}, bukan ${level(actual)}.`,
  }),
  wrongProgramKind: (kind: 'TRAINING' | 'AID'): Text =>
    kind === 'TRAINING'
      ? { en: 'must be a TRAINING programme.', id: 'harus program pelatihan (TRAINING).' }
      : { en: 'must be an AID programme.', id: 'harus program bantuan (AID).' },
  duplicateNik: (model: string, id: number | null, inTrash: boolean): Text =>
    id === null
      ? { en: `This NIK is already registered (${model} outside your regions).`, id: `NIK ini sudah terdaftar (${m(model)} di luar wilayah kerja Anda).` }
      : {
          en: `This NIK is already registered (${model} ${id}${inTrash ? ', in the trash' : ''}).`,
          id: `NIK ini sudah terdaftar (${m(model)} ${id}${inTrash ? ', di tempat sampah' : ''}).`,
        },
  duplicate: (model: string, fields: string[]): Text => ({
    en: `Another ${model} already has this ${fields.join(' + ') || 'value'}.`,
    id: `${m(model)} lain sudah memakai ${fields.map(f).join(' + ') || 'nilai ini'}.`,
  }),
  alreadyOnRoster: (id: number, inTrash: boolean): Text => ({
    en: `The worker is already on this session's roster (Attendance ${id}${inTrash ? ', in the trash: restore it' : ''}).`,
    id: `Pilar sosial ini sudah ada di daftar hadir sesi ini (Kehadiran ${id}${inTrash ? ', di tempat sampah: pulihkan' : ''}).`,
  }),
  sessionFull: (taken: number, capacity: number): Text => ({
    en: `The session is full (${taken} of ${capacity} places taken).`,
    id: `Sesi sudah penuh (${taken} dari ${capacity} tempat terisi).`,
  }),
  endsBeforeStart: (): Text => ({ en: 'endsAt cannot be before startsAt.', id: 'Waktu selesai tidak boleh sebelum waktu mulai.' }),
  regionCodeShape: (lvl: string, example: string): Text => ({
    en: `A ${lvl.toLowerCase()} code looks like ${example}.`,
    id: `Kode ${level(lvl)} berbentuk seperti ${example}.`,
  }),
  parentLevel: (lvl: string, parent: string): Text => ({
    en: `The parent of a ${lvl.toLowerCase()} must be a ${parent.toLowerCase()}.`,
    id: `Induk sebuah ${level(lvl)} harus ${level(parent)}.`,
  }),
  codePrefix: (code: string, parentCode: string): Text => ({
    en: `The code ${code} does not start with the parent's code ${parentCode}.`,
    id: `Kode ${code} tidak diawali kode induknya ${parentCode}.`,
  }),
  provinceHasNoParent: (): Text => ({ en: 'A province has no parent.', id: 'Provinsi tidak punya wilayah induk.' }),
  onlyVillagesHaveKind: (): Text => ({ en: 'Only villages are a desa or kelurahan.', id: 'Hanya desa yang berjenis desa atau kelurahan.' }),
  onlyDistrictsInGroup: (): Text => ({ en: 'Only districts belong to an eks-Kawedanan.', id: 'Hanya kecamatan yang masuk eks-Kawedanan.' }),
  standardCode: (): Text => ({
    en: 'code may hold only letters, digits and underscores, e.g. LANSIA_TELANTAR.',
    id: 'Kode hanya boleh huruf, angka dan garis bawah, misalnya LANSIA_TELANTAR.',
  }),
  notFound: (model: string, id: number): Text => ({ en: `${model} ${id} does not exist.`, id: `${m(model)} ${id} tidak ada.` }),
  inTrashRestoreFirst: (model: string, id: number): Text => ({
    en: `${model} ${id} is in the trash; restore it before editing.`,
    id: `${m(model)} ${id} ada di tempat sampah; pulihkan dulu sebelum mengubah.`,
  }),
  alreadyInTrash: (model: string, id: number): Text => ({ en: `${model} ${id} is already in the trash.`, id: `${m(model)} ${id} sudah ada di tempat sampah.` }),
  notInTrash: (model: string, id: number): Text => ({ en: `${model} ${id} is not in the trash.`, id: `${m(model)} ${id} tidak ada di tempat sampah.` }),
  versionConflict: (model: string, id: number, current: number, edited: number): Text => ({
    en: `${model} ${id} was changed by someone else (version ${current}, you edited version ${edited}). Reload it and apply your change again.`,
    id: `${m(model)} ${id} sudah diubah orang lain (versi ${current}, Anda mengubah versi ${edited}). Muat ulang lalu ulangi perubahan Anda.`,
  }),
  missingRecord: (model: string): Text => ({
    en: `The ${model} record (or a record it references) does not exist.`,
    id: `Data ${m(model)} (atau data yang dirujuknya) tidak ada.`,
  }),
  missingReferenceOf: (field: string | undefined): Text => ({
    en: `The record referenced by ${field ?? 'a field'} does not exist.`,
    id: `Data yang dirujuk ${field ? f(field) : 'sebuah isian'} tidak ada.`,
  }),
  takeRange: (max: number): Text => ({
    en: `take must be between 0 and ${max}; page through larger lists with skip.`,
    id: `take harus antara 0 dan ${max}; ambil daftar yang lebih besar per halaman dengan skip.`,
  }),
  negativeSkip: (): Text => ({ en: 'skip cannot be negative.', id: 'skip tidak boleh negatif.' }),
  nullList: (key: string): Text => ({ en: `${key} cannot be null.`, id: `${key} tidak boleh null.` }),
  unknownFilter: (key: string, model: string): Text => ({ en: `Unknown filter field ${key} on ${model}.`, id: `Isian filter ${key} tidak dikenal pada ${m(model)}.` }),
  unknownSort: (model: string, field: string): Text => ({ en: `Cannot sort ${model} by ${field}.`, id: `${m(model)} tidak bisa diurutkan menurut ${field}.` }),
  badDateTime: (value: unknown): Text => ({
    en: `"${String(value).slice(0, 40)}" is not a valid date-time (ISO 8601, e.g. 2024-05-21T08:00:00+07:00).`,
    id: `"${String(value).slice(0, 40)}" bukan waktu yang sah (ISO 8601, misalnya 2024-05-21T08:00:00+07:00).`,
  }),
  badDate: (value: unknown): Text => ({
    en: `"${String(value).slice(0, 40)}" is not a valid date (YYYY-MM-DD, e.g. 2024-05-21).`,
    id: `"${String(value).slice(0, 40)}" bukan tanggal yang sah (YYYY-MM-DD, misalnya 2024-05-21).`,
  }),
  // Identity numbers
  sixteenDigits: (label: string): Text => ({ en: `${label} must be exactly 16 digits.`, id: `${label} harus tepat 16 angka.` }),
  notProvince: (label: string, code: string): Text => ({
    en: `${label} starts with ${code}, which is not a province code.`,
    id: `${label} diawali ${code}, yang bukan kode provinsi.`,
  }),
  missingRegionCodes: (label: string): Text => ({
    en: `${label} must carry a regency and district code after the province code.`,
    id: `${label} harus memuat kode kabupaten dan kecamatan setelah kode provinsi.`,
  }),
  nikDate: (part: string): Text => ({
    en: `NIK date part ${part} is not a real date (DDMMYY, day + 40 for women).`,
    id: `Bagian tanggal NIK ${part} bukan tanggal yang sah (DDMMYY, tanggal + 40 untuk perempuan).`,
  }),
  nikSerial: (): Text => ({ en: 'NIK serial (last 4 digits) cannot be 0000.', id: 'Nomor urut NIK (4 angka terakhir) tidak boleh 0000.' }),
  nikBirthDate: (part: string, expected: string): Text => ({
    en: `NIK date part ${part} does not match the birth date (expected ${expected}).`,
    id: `Bagian tanggal NIK ${part} tidak cocok dengan tanggal lahir (seharusnya ${expected}).`,
  }),
  nikIsMale: (): Text => ({
    en: 'NIK belongs to a man (day of birth under 41), but the gender is female: for women the day is written + 40.',
    id: 'NIK ini milik laki-laki (tanggal lahir di bawah 41), padahal jenis kelaminnya perempuan: untuk perempuan tanggal ditulis + 40.',
  }),
  nikIsFemale: (): Text => ({
    en: 'NIK belongs to a woman (day of birth + 40), but the gender is male.',
    id: 'NIK ini milik perempuan (tanggal lahir + 40), padahal jenis kelaminnya laki-laki.',
  }),
  // Accounts and access
  forbidden: (): Text => ({ en: 'Your role may not do this.', id: 'Peran Anda tidak diizinkan melakukan ini.' }),
  signInFirst: (): Text => ({ en: 'Sign in first.', id: 'Silakan masuk terlebih dahulu.' }),
  badCredentials: (): Text => ({ en: 'Wrong username or password.', id: 'Nama pengguna atau kata sandi salah.' }),
  badToken: (): Text => ({
    en: 'The API token or session is not valid (revoked, expired or unknown).',
    id: 'Token API atau sesi tidak berlaku (dicabut, kedaluwarsa atau tidak dikenal).',
  }),
  // The sign-in back-off starts at seconds; a lock of minutes is said in minutes.
  tooManyAttempts: (seconds: number): Text =>
    seconds < 60
      ? { en: `Too many sign-in attempts. Try again in ${seconds} s.`, id: `Terlalu banyak percobaan masuk. Coba lagi dalam ${seconds} detik.` }
      : {
          en: `Too many sign-in attempts. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
          id: `Terlalu banyak percobaan masuk. Coba lagi dalam ${Math.ceil(seconds / 60)} menit.`,
        },
  outsideRegion: (model: string): Text => ({
    en: `This ${model} would be outside your regions.`,
    id: `${m(model)} ini akan berada di luar wilayah kerja Anda.`,
  }),
  hiddenField: (field: string): Text => ({
    en: `You may not filter or sort by ${field}: your role does not see it, or it could single out a person.`,
    id: `Anda tidak boleh menyaring atau mengurutkan menurut ${f(field)}: peran Anda tidak melihatnya, atau isian ini dapat menunjuk satu orang.`,
  }),
  weakPassword: (): Text => ({
    en: 'The password must have at least 10 characters.',
    id: 'Kata sandi minimal 10 karakter.',
  }),
  tokenRole: (): Text => ({
    en: "A token may act with its owner's role or a lesser one only.",
    id: 'Token hanya boleh memakai peran pemiliknya atau peran yang lebih rendah.',
  }),
  reasonTooShort: (): Text => ({
    en: 'Give a reason of at least a few words (15 characters) for revealing personal data.',
    id: 'Tuliskan alasan minimal beberapa kata (15 karakter) untuk membuka data pribadi.',
  }),
  clerkNeedsRegions: (): Text => ({
    en: 'A clerk needs at least one district or village to work in.',
    id: 'Petugas (CLERK) memerlukan paling sedikit satu kecamatan atau desa.',
  }),
  username: (): Text => ({
    en: 'username may hold 3–40 lower-case letters, digits, dots, dashes and underscores.',
    id: 'Nama pengguna berisi 3–40 huruf kecil, angka, titik, tanda hubung atau garis bawah.',
  }),
  cannotDemoteSelf: (): Text => ({
    en: 'You cannot take away your own ADMIN role or deactivate yourself.',
    id: 'Anda tidak dapat mencabut peran ADMIN Anda sendiri atau menonaktifkan diri sendiri.',
  }),
  // Aggregates
  tooManyGroups: (max: number): Text => ({
    en: `More than ${max} groups: narrow the filter or group by fewer or coarser dimensions.`,
    id: `Lebih dari ${max} kelompok: persempit filter atau kelompokkan dengan dimensi yang lebih sedikit atau lebih kasar.`,
  }),
  // Saved queries and persisted operations
  invalidDocument: (detail: string): Text => ({
    en: `The document is not a valid GraphQL query for this API: ${detail}`,
    id: `Dokumen bukan kueri GraphQL yang sah untuk API ini: ${detail}`,
  }),
  oneOperation: (): Text => ({
    en: 'The document must hold exactly one query operation (fragments may accompany it).',
    id: 'Dokumen harus berisi tepat satu operasi query (boleh disertai fragment).',
  }),
  queryOnly: (kind: string): Text => ({
    en: `A saved query may only read: ${kind} operations are refused.`,
    id: `Kueri tersimpan hanya boleh membaca: operasi ${kind} ditolak.`,
  }),
  duplicateDocument: (name: string, version: number): Text => ({
    en: `The same document is already version ${version} of the saved query "${name}".`,
    id: `Dokumen yang sama sudah menjadi versi ${version} dari kueri tersimpan "${name}".`,
  }),
  savedQueryRetired: (name: string): Text => ({
    en: `The saved query "${name}" is retired; it can no longer be changed or run.`,
    id: `Kueri tersimpan "${name}" sudah dipensiunkan; tidak dapat diubah atau dijalankan lagi.`,
  }),
  noSuchVersion: (name: string, version: number): Text => ({
    en: `The saved query "${name}" has no version ${version}.`,
    id: `Kueri tersimpan "${name}" tidak punya versi ${version}.`,
  }),
  notDraft: (version: number, status: string): Text => ({
    en: `Version ${version} is ${status}, not a draft: only drafts can be approved.`,
    id: `Versi ${version} berstatus ${status}, bukan draf: hanya draf yang dapat disetujui.`,
  }),
  ownVersion: (): Text => ({
    en: 'You wrote this version: another ADMIN or AUDITOR must approve it.',
    id: 'Anda penulis versi ini: ADMIN atau AUDITOR lain yang harus menyetujuinya.',
  }),
  versionRetired: (version: number): Text => ({
    en: `Version ${version} is retired and can no longer be run.`,
    id: `Versi ${version} sudah dipensiunkan dan tidak dapat dijalankan lagi.`,
  }),
  alreadyRetired: (): Text => ({ en: 'It is already retired.', id: 'Sudah dipensiunkan.' }),
  noApprovedVersion: (name: string): Text => ({
    en: `The saved query "${name}" has no approved version yet; name a version to run a draft.`,
    id: `Kueri tersimpan "${name}" belum punya versi yang disetujui; sebutkan nomor versi untuk menjalankan draf.`,
  }),
  draftNotRunnable: (): Text => ({
    en: 'Only approved versions can be run by your role; drafts only by an ADMIN or AUDITOR.',
    id: 'Peran Anda hanya dapat menjalankan versi yang sudah disetujui; draf hanya oleh ADMIN atau AUDITOR.',
  }),
  variablesObject: (): Text => ({
    en: 'variables must be a JSON object of variable names and values.',
    id: 'Variabel harus berupa objek JSON berisi nama dan nilai variabel.',
  }),
  badVariables: (detail: string): Text => ({
    en: `The variables do not fit the query: ${detail}`,
    id: `Variabel tidak sesuai dengan kueri: ${detail}`,
  }),
  persistedOnly: (): Text => ({
    en: 'This API token may run approved saved queries only: send the persisted id (extensions.persistedQuery.sha256Hash) instead of a query. An ADMIN can create a token that may run other operations.',
    id: 'Token API ini hanya boleh menjalankan kueri tersimpan yang sudah disetujui: kirim ID persisted (extensions.persistedQuery.sha256Hash), bukan teks kueri. ADMIN dapat membuat token yang boleh menjalankan operasi lain.',
  }),
  persistedNotFound: (): Text => ({
    en: 'No approved saved query has this persisted id (it may be a draft, retired, or mistyped).',
    id: 'Tidak ada kueri tersimpan yang disetujui dengan ID persisted ini (mungkin masih draf, sudah dipensiunkan, atau salah ketik).',
  }),
  persistedIdRequired: (): Text => ({
    en: 'Send a query, or the persisted id of an approved saved query in extensions.persistedQuery.sha256Hash.',
    id: 'Kirim sebuah kueri, atau ID persisted kueri tersimpan yang disetujui di extensions.persistedQuery.sha256Hash.',
  }),
  unexpected: (): Text => ({ en: 'Unexpected error.', id: 'Terjadi kesalahan tak terduga.' }),
  notFutureExpiry: (): Text => ({ en: 'expiresAt must be in the future.', id: 'Tanggal kedaluwarsa harus di masa depan.' }),
  databaseUnavailable: (): Text => ({
    en: 'The database cannot be reached right now; try again in a moment.',
    id: 'Basis data sedang tidak dapat dihubungi; coba lagi sebentar lagi.',
  }),
  filterTooDeep: (max: number): Text => ({
    en: `The filter is nested deeper than ${max} levels (AND/OR/NOT and relations).`,
    id: `Filter bersarang lebih dalam dari ${max} tingkat (AND/OR/NOT dan relasi).`,
  }),
  filterValueTooLong: (max: number): Text => ({ en: `A filter value is longer than ${max} characters.`, id: `Nilai filter lebih panjang dari ${max} karakter.` }),
  filterListTooLong: (max: number): Text => ({ en: `A filter list (in, notIn) has more than ${max} values.`, id: `Daftar filter (in, notIn) berisi lebih dari ${max} nilai.` }),
  bodyNotUtf8: (): Text => ({ en: 'The request body is not valid UTF-8.', id: 'Isi permintaan bukan UTF-8 yang sah.' }),
  variablesTooDeep: (max: number): Text => ({ en: `The variables are nested deeper than ${max} levels.`, id: `Variabel bersarang lebih dalam dari ${max} tingkat.` }),
  unsupportedContentType: (): Text => ({
    en: 'Send GraphQL requests as application/json (POST) or as a GET query string.',
    id: 'Kirim permintaan GraphQL sebagai application/json (POST) atau sebagai query string GET.',
  }),
  tooDeep: (n: number): Text => ({ en: `The query is nested deeper than ${n} levels.`, id: `Kueri bersarang lebih dalam dari ${n} tingkat.` }),
  tooManyAliases: (n: number): Text => ({ en: `The query uses more than ${n} aliases.`, id: `Kueri memakai lebih dari ${n} alias.` }),
  tooManyDirectives: (n: number): Text => ({ en: `The query uses more than ${n} directives.`, id: `Kueri memakai lebih dari ${n} direktif.` }),
  tooManyTokens: (n: number): Text => ({ en: `The query is longer than ${n} tokens.`, id: `Kueri lebih panjang dari ${n} token.` }),
  tooCostly: (n: number): Text => ({ en: `The query would cost more than ${n} (too many fields × rows).`, id: `Kueri terlalu berat (biaya lebih dari ${n}).` }),
  introspectionDisabled: (): Text => ({ en: 'Schema introspection is available to administrators only.', id: 'Introspeksi skema hanya untuk administrator.' }),
  executionTimeout: (ms: number): Text => ({ en: `The request took longer than ${ms / 1000} s and was stopped.`, id: `Permintaan lebih lama dari ${ms / 1000} detik dan dihentikan.` }),
  rateLimited: (seconds: number): Text => ({
    en: `Too many requests. Try again in ${seconds} s.`,
    id: `Terlalu banyak permintaan. Coba lagi dalam ${seconds} detik.`,
  }),
  bodyTooLarge: (max: number): Text => ({ en: `The request body is larger than ${max / 1_000_000} MB.`, id: `Isi permintaan lebih besar dari ${max / 1_000_000} MB.` }),
  // Sign-in and sessions
  passwordChangeNeedsSession: (): Text => ({
    en: 'Sign in to change your password; an API token may not change it.',
    id: 'Masuk terlebih dahulu untuk mengganti kata sandi; token API tidak dapat menggantinya.',
  }),
  wrongCurrentPassword: (): Text => ({ en: 'The current password is wrong.', id: 'Kata sandi saat ini salah.' }),
  // Input and audit breaks
  controlCharacter: (field: string): Text => ({
    en: `${field} contains a control character (such as NUL) that no text may hold.`,
    id: `${field} berisi karakter kontrol (seperti NUL) yang tidak boleh ada dalam teks.`,
  }),
  tooManyFilterValues: (max: number, count: number): Text => ({
    en: `The filters of this request hold ${count} list values (in, notIn, AND/OR/NOT); at most ${max} are allowed. Split the request.`,
    id: `Filter permintaan ini berisi ${count} nilai daftar (in, notIn, AND/OR/NOT); paling banyak ${max}. Bagi permintaannya.`,
  }),
  lineBreak: (field: string): Text => ({ en: `${field} must be a single line (no line breaks or tabs).`, id: `${field} harus satu baris (tanpa ganti baris atau tab).` }),
  savedQueryIntrospection: (): Text => ({
    en: 'A saved query may not ask for the schema (__schema, __type); __typename is allowed.',
    id: 'Kueri tersimpan tidak boleh meminta skema (__schema, __type); __typename diperbolehkan.',
  }),
  // Privacy
  personalDimension: (name: string): Text => ({
    en: `Your role may not group by ${name}: it is part of a birth date, and so of a NIK.`,
    id: `Peran Anda tidak boleh mengelompokkan menurut ${name}: itu bagian dari tanggal lahir, jadi bagian dari NIK.`,
  }),
  // HTTP edge
  badRequestTarget: (): Text => ({
    en: 'The request path or Host header is not valid (a malformed %-escape, a NUL byte, a path not starting with /, or a Host that is not a host name).',
    id: 'Path permintaan atau header Host tidak sah (escape % yang rusak, byte NUL, path yang tidak diawali /, atau Host yang bukan nama host).',
  }),
  pathNotFound: (): Text => ({ en: 'Nothing is served at this path.', id: 'Tidak ada yang disajikan di path ini.' }),
  pathForbidden: (): Text => ({ en: 'This path may not be served.', id: 'Path ini tidak boleh disajikan.' }),
  methodNotAllowed: (allowed: string): Text => ({ en: `This path answers ${allowed} only.`, id: `Path ini hanya melayani ${allowed}.` }),
  lengthRequired: (): Text => ({
    en: 'Send a Content-Length with the body (a body of unknown length is refused).',
    id: 'Kirim Content-Length bersama isi permintaan (isi yang panjangnya tidak diketahui ditolak).',
  }),
  metricsUnauthorized: (): Text => ({
    en: 'The metrics need the header Authorization: Bearer <METRICS_TOKEN>.',
    id: 'Metrik memerlukan header Authorization: Bearer <METRICS_TOKEN>.',
  }),
  metricsUnavailable: (): Text => ({ en: 'The metrics cannot be gathered right now.', id: 'Metrik sedang tidak dapat dikumpulkan.' }),
} satisfies Record<string, (...args: never[]) => Text>;
