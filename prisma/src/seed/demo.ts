// Deterministic demo data built around the May 2024 news report the product grew from: the
// 2024 Bimtek of the pilar-pilar sosial (1,678 participants over all sessions, 238 on Tuesday
// 21 May 2024 at Balai Desa Karangtumaritis, Kecamatan Haurgeulis) and the Bantuan Permakanan
// 2024 handed over that day under the 4 SPM aid standards. Everything else (names, NIKs, other
// sessions and distributions) is invented but shaped like the real thing.
import type { Gender, Prisma, PrismaClient, WorkerRole } from '../../generated/client/client.ts';
import { districtPrefixOf, makeKk, makeNik, type NikGender } from './nik.ts';
import { bulkInsert, bulkInsertReturningIds, type ColumnTypes } from './bulk.ts';
import { blokAddress, familyCardIssueDate, mobilePhone, personName } from './people.ts';
import { createRandom, day, type Random } from './random.ts';
import { AID_STANDARD_CODES, DISTRICT_GROUPS, readRegions, type AidStandardCode } from './reference.ts';

const HAURGEULIS_GROUP = DISTRICT_GROUPS.find((group) => group.name === 'Haurgeulis');
if (!HAURGEULIS_GROUP) throw new Error('The Haurgeulis eks-Kawedanan is missing from DISTRICT_GROUPS');

/** The article's figures and the demo's own fixed numbers, for tests and the admin's dashboards. */
export const DEMO_FIGURES = {
  seed: 20240521,
  trainingProgramName: 'Pembinaan, Pemantapan, Penguatan dan Peningkatan Kemampuan Pilar-Pilar Sosial 2024',
  trainingYear: 2024,
  trainingSessions: 6,
  /** Distinct workers with an attendance in the 2024 programme, and attendance rows: one each. */
  participants2024: 1678,
  /** One TKSK per district, all of whom attended. */
  tkskWorkers: 31,
  /** Workers who joined after the 2024 sessions and attended nothing. */
  newRecruits: 20,
  workers: 1698,
  karangtumaritisSessionStartsAt: '2024-05-21T08:00:00+07:00',
  karangtumaritisVenueName: 'Balai Desa Karangtumaritis',
  karangtumaritisVillageCode: '32.12.01.2011',
  karangtumaritisDistrictGroup: HAURGEULIS_GROUP.name,
  karangtumaritisServedDistricts: HAURGEULIS_GROUP.districts,
  karangtumaritisAttendances: 238,
  aidProgramName: 'Bantuan Permakanan 2024',
  aidYear: 2024,
  beneficiaries: 400,
  /** The day of the Karangtumaritis session, when the food aid was handed over. */
  handoverDate: '2024-05-21',
  handoverPerStandard: 10,
  handoverDistributions: 10 * AID_STANDARD_CODES.length,
  paketItems: 'Paket permakanan',
  paketUnit: 'paket',
  paketValueRupiah: 450_000,
} as const;

/** What one seedDemo run wrote; all zero with `skipped` when the demo data already existed. */
export interface DemoSeedResult {
  skipped: boolean;
  venues: number;
  sessions: number;
  workers: number;
  attendances: number;
  beneficiaries: number;
  distributions: number;
}

/**
 * One Bimtek session per area. Only Haurgeulis is a real eks-Kawedanan (from the article); the
 * other areas are demo groupings of neighbouring districts so that every district's workers
 * attend exactly one session. Venues are balai desa of villages in the area (by village code).
 */
interface DemoArea {
  title: string;
  startsAt: string;
  venueVillageCode: string;
  districts: readonly string[];
  districtGroup?: string;
  notes?: string;
}

const AREAS: readonly DemoArea[] = [
  {
    title: 'Bimtek Pilar-Pilar Sosial Wilayah Indramayu',
    startsAt: '2024-05-14T08:00:00+07:00',
    venueVillageCode: '32.12.15.2015', // Pekandangan, Kecamatan Indramayu
    districts: ['Indramayu', 'Sindang', 'Cantigi', 'Pasekan', 'Balongan'],
  },
  {
    title: 'Bimtek Pilar-Pilar Sosial se-Wilayah Eks Kawedanan Haurgeulis',
    startsAt: DEMO_FIGURES.karangtumaritisSessionStartsAt,
    venueVillageCode: DEMO_FIGURES.karangtumaritisVillageCode,
    districts: HAURGEULIS_GROUP.districts,
    districtGroup: HAURGEULIS_GROUP.name,
    notes:
      'Dibuka oleh Bupati Indramayu Nina Agustina, bersama Kepala Dinas Sosial Sri Wulaningsih. Disertai penyerahan Bantuan Permakanan Tahun 2024 sesuai 4 standar minimal.',
  },
  {
    title: 'Bimtek Pilar-Pilar Sosial Wilayah Losarang',
    startsAt: '2024-06-04T08:00:00+07:00',
    venueVillageCode: '32.12.20.2010', // Losarang
    districts: ['Lohbener', 'Arahan', 'Losarang', 'Kandanghaur', 'Bongas'],
  },
  {
    title: 'Bimtek Pilar-Pilar Sosial Wilayah Jatibarang',
    startsAt: '2024-06-19T08:00:00+07:00',
    venueVillageCode: '32.12.13.2006', // Jatibarang
    districts: ['Jatibarang', 'Widasari', 'Bangodua', 'Tukdana', 'Sukagumiwang', 'Kertasemaya', 'Sliyeg'],
  },
  {
    title: 'Bimtek Pilar-Pilar Sosial Wilayah Cikedung',
    startsAt: '2024-07-02T08:00:00+07:00',
    venueVillageCode: '32.12.04.2007', // Cikedung
    districts: ['Cikedung', 'Terisi', 'Kroya', 'Gabuswetan', 'Lelea'],
  },
  {
    title: 'Bimtek Pilar-Pilar Sosial Wilayah Karangampel',
    startsAt: '2024-07-16T08:00:00+07:00',
    venueVillageCode: '32.12.10.2014', // Karangampel
    districts: ['Karangampel', 'Krangkeng', 'Juntinyuat', 'Kedokan Bunder'],
  },
];

const SESSION_HOURS = 7; // 08:00–15:00 WIB

/** Shares of the non-TKSK participants; roughly one Puskesos, PSM and operator per village. */
const ROLE_WEIGHTS: Record<Exclude<WorkerRole, 'TKSK'>, number> = {
  PUSKESOS: 22,
  PSM: 26,
  PKH: 18,
  TAGANA: 12,
  SIKS_NG_OPERATOR: 22,
};

/** Roles posted to a village rather than to the district office. */
const VILLAGE_ROLES: ReadonlySet<WorkerRole> = new Set(['PUSKESOS', 'PSM', 'PKH', 'SIKS_NG_OPERATOR']);

const STANDARD_WEIGHTS: Record<AidStandardCode, number> = {
  LANSIA_TELANTAR: 40,
  ANAK_TELANTAR: 25,
  DISABILITAS_TELANTAR: 20,
  TUNA_SOSIAL_TELANTAR: 15,
};

/**
 * Birth-date ranges per standard: lansia are 60+ throughout 2024, anak under 18 throughout 2024,
 * the others adults.
 */
const STANDARD_BIRTH_RANGES: Record<AidStandardCode, readonly [Date, Date]> = {
  LANSIA_TELANTAR: [day('1935-01-01'), day('1963-12-31')],
  ANAK_TELANTAR: [day('2007-01-01'), day('2020-12-31')],
  DISABILITAS_TELANTAR: [day('1965-01-01'), day('2005-12-31')],
  TUNA_SOSIAL_TELANTAR: [day('1965-01-01'), day('2005-12-31')],
};

/** Demo NIKs use serials 0001–4999; the scale generator keeps to 5000–9999 so they never meet. */
export const DEMO_MAX_NIK_SERIAL = 4999;

const HAURGEULIS_SHARE_OF_BENEFICIARIES = 0.4;
const MONTHLY_AID_CHANCE = 0.3;
const BENEFICIARY_STATUS_WEIGHTS = { ACTIVE: 88, GRADUATED: 5, MOVED: 3, DECEASED: 4 } as const;

// Columns written by the bulk inserts (the rest keep their defaults).
const WORKER_COLUMNS: ColumnTypes<Prisma.WorkerCreateManyInput> = {
  name: 'text',
  nik: 'text',
  gender: '"Gender"',
  birthDate: 'date',
  phone: 'text',
  role: '"WorkerRole"',
  regionId: 'int',
  status: '"WorkerStatus"',
  joinedAt: 'date',
  notes: 'text',
};
const ATTENDANCE_COLUMNS: ColumnTypes<Prisma.AttendanceCreateManyInput> = {
  workerId: 'int',
  sessionId: 'int',
  status: '"AttendanceStatus"',
};
/** The columns the demo seed and the generator (generate.ts) write; districtId is the database's (a trigger). */
export const BENEFICIARY_COLUMNS: ColumnTypes<Prisma.BeneficiaryCreateManyInput> = {
  nik: 'text',
  kkNumber: 'text',
  name: 'text',
  gender: '"Gender"',
  birthDate: 'date',
  address: 'text',
  phone: 'text',
  villageId: 'int',
  aidStandardId: 'int',
  status: '"BeneficiaryStatus"',
  registeredById: 'int',
};
const DISTRIBUTION_COLUMNS: ColumnTypes<Prisma.AidDistributionCreateManyInput> = {
  beneficiaryId: 'int',
  programId: 'int',
  aidStandardId: 'int',
  distributedOn: 'date',
  items: 'text',
  quantity: 'int',
  unit: 'text',
  valueRupiah: 'int',
  sessionId: 'int',
  venueId: 'int',
  handedOverById: 'int',
  notes: 'text',
};

interface District {
  id: number;
  code: string;
  name: string;
  prefix: string;
  villages: { id: number; name: string }[];
}

interface DemoWorker {
  data: Prisma.WorkerCreateManyInput;
  districtId: number;
  /** Index into AREAS of the session attended, or null for new recruits. */
  area: number | null;
}

interface DemoBeneficiary {
  data: Prisma.BeneficiaryCreateManyInput;
  districtId: number;
  standard: AidStandardCode;
  area: number;
}

/**
 * Writes the demo programmes, sessions, workers, attendances, beneficiaries and distributions in
 * one transaction. Idempotent: returns `{ skipped: true }` when the 2024 training programme
 * already exists. Needs the reference data (seedReference) first.
 */
export async function seedDemo(prisma: PrismaClient, options: { seed?: number } = {}): Promise<DemoSeedResult> {
  const existing = await prisma.program.findUnique({
    where: { name_year: { name: DEMO_FIGURES.trainingProgramName, year: DEMO_FIGURES.trainingYear } },
    select: { id: true },
  });
  if (existing) {
    return { skipped: true, venues: 0, sessions: 0, workers: 0, attendances: 0, beneficiaries: 0, distributions: 0 };
  }
  const random = createRandom(options.seed ?? DEMO_FIGURES.seed);
  // One transaction so a failure leaves nothing behind: otherwise a half-written demo would
  // include the programme and be skipped forever after.
  return prisma.$transaction((tx) => writeDemo(tx, random), { timeout: 120_000, maxWait: 20_000 });
}

/** Everything the later steps need to know about the places and sessions already written. */
interface DemoContext {
  random: Random;
  districts: District[];
  /** The districts of each area, in AREAS order. */
  areaDistricts: District[][];
  /** Index into AREAS of the Karangtumaritis session. */
  karangtumaritisArea: number;
  /** Participants of each area's session. */
  perArea: number[];
  standardId: (code: AidStandardCode) => number;
  /** A fresh NIK for someone of this district, birth date and gender (serials 0001–4999). */
  nikFor: (district: District, birthDate: Date, gender: NikGender) => string;
}

async function writeDemo(tx: Prisma.TransactionClient, random: Random): Promise<DemoSeedResult> {
  const { regencyId, districts } = await loadDistricts(tx);
  const byName = new Map(districts.map((d) => [d.name, d]));
  const areaDistricts = AREAS.map((area) =>
    area.districts.map((name) => {
      const district = byName.get(name);
      if (!district) throw new Error(`Demo area "${area.title}" names unknown district ${name}; run seedReference first`);
      return district;
    }),
  );
  const standards = new Map((await tx.aidStandard.findMany({ select: { id: true, code: true } })).map((s) => [s.code, s.id]));
  const usedNiks = new Set<string>();
  const karangtumaritisArea = AREAS.findIndex((a) => a.venueVillageCode === DEMO_FIGURES.karangtumaritisVillageCode);
  const ctx: DemoContext = {
    random,
    districts,
    areaDistricts,
    karangtumaritisArea,
    perArea: participantsPerArea(karangtumaritisArea),
    standardId: (code) => {
      const id = standards.get(code);
      if (id === undefined) throw new Error(`Aid standard ${code} is missing; run seedReference first`);
      return id;
    },
    nikFor: (district, birthDate, gender) => {
      for (;;) {
        const serial = random.int(1, DEMO_MAX_NIK_SERIAL);
        const nik = makeNik({ districtPrefix: district.prefix, birthDate, gender, serial });
        if (!usedNiks.has(nik)) {
          usedNiks.add(nik);
          return nik;
        }
      }
    },
  };

  const { aidProgramId, venueIds, sessionIds } = await writeProgrammesAndSessions(tx, ctx, regencyId);

  const workers = planWorkers(ctx);
  const workerIds = await bulkInsertReturningIds(tx, 'Worker', WORKER_COLUMNS, workers.map((w) => w.data), 'nik');
  const attendances: Prisma.AttendanceCreateManyInput[] = workers.flatMap((worker, i) =>
    worker.area === null ? [] : [{ workerId: workerIds[i]!, sessionId: sessionIds[worker.area]!, status: 'ATTENDED' }],
  );
  await bulkInsert(tx, 'Attendance', ATTENDANCE_COLUMNS, attendances);

  // Who registers PPKS and hands aid over in each district: its TKSK, Puskesos staff and PSM.
  const tkskOf = new Map<number, number>();
  const fieldWorkersOf = new Map<number, number[]>();
  workers.forEach((worker, i) => {
    const id = workerIds[i]!;
    if (worker.data.role === 'TKSK') tkskOf.set(worker.districtId, id);
    else if (worker.data.role === 'PUSKESOS' || worker.data.role === 'PSM') {
      const list = fieldWorkersOf.get(worker.districtId);
      if (list) list.push(id);
      else fieldWorkersOf.set(worker.districtId, [id]);
    }
  });

  const beneficiaries = planBeneficiaries(ctx, (districtId) => {
    const tksk = tkskOf.get(districtId);
    return [...(tksk === undefined ? [] : [tksk]), ...(fieldWorkersOf.get(districtId) ?? [])];
  });
  const beneficiaryIds = await bulkInsertReturningIds(
    tx,
    'Beneficiary',
    BENEFICIARY_COLUMNS,
    beneficiaries.map((b) => b.data),
    'nik',
  );

  const distributions = planDistributions(random, {
    beneficiaries,
    beneficiaryIds,
    karangtumaritisArea,
    programId: aidProgramId,
    sessionId: sessionIds[karangtumaritisArea]!,
    venueIds,
    standardId: ctx.standardId,
    handoverBy: (districtId, preferTksk) => {
      const field = fieldWorkersOf.get(districtId) ?? [];
      const tksk = tkskOf.get(districtId);
      if (preferTksk || field.length === 0) return tksk ?? null;
      return random.pick(field);
    },
  });
  await bulkInsert(tx, 'AidDistribution', DISTRIBUTION_COLUMNS, distributions);

  return {
    skipped: false,
    venues: venueIds.length,
    sessions: sessionIds.length,
    workers: workers.length,
    attendances: attendances.length,
    beneficiaries: beneficiaries.length,
    distributions: distributions.length,
  };
}

/**
 * The two programmes, one venue and one session per area: a handful of rows, written one by one
 * for the nested many-to-many `servedDistricts`.
 */
async function writeProgrammesAndSessions(
  tx: Prisma.TransactionClient,
  ctx: DemoContext,
  regencyId: number,
): Promise<{ aidProgramId: number; venueIds: number[]; sessionIds: number[] }> {
  const training = await tx.program.create({
    data: {
      name: DEMO_FIGURES.trainingProgramName,
      year: DEMO_FIGURES.trainingYear,
      kind: 'TRAINING',
      description:
        'Bimbingan teknis tahunan bagi pilar-pilar sosial (TKSK, Puskesos, PSM, Pendamping PKH, Tagana, Operator SIKS-NG), dilaksanakan per wilayah di balai desa.',
    },
  });
  const aid = await tx.program.create({
    data: {
      name: DEMO_FIGURES.aidProgramName,
      year: DEMO_FIGURES.aidYear,
      kind: 'AID',
      description:
        'Bantuan permakanan bagi PPKS sesuai 4 standar minimal SPM bidang sosial: lansia, anak, disabilitas dan tuna sosial telantar.',
    },
  });
  const venueIds: number[] = [];
  const sessionIds: number[] = [];
  for (const [index, area] of AREAS.entries()) {
    const village = await tx.region.findUniqueOrThrow({
      where: { code: area.venueVillageCode },
      select: { id: true, name: true, parent: { select: { name: true } } },
    });
    // Room for the area's participants, rounded up to the next 50 seats (250 at Karangtumaritis).
    const capacity = Math.ceil((ctx.perArea[index]! + 1) / 50) * 50;
    const venue = await tx.venue.create({
      data: {
        name: `Balai Desa ${village.name}`,
        villageId: village.id,
        address: `Desa ${village.name}, Kecamatan ${village.parent?.name ?? ''}, Kabupaten Indramayu`,
        capacity,
      },
    });
    const group = area.districtGroup
      ? await tx.districtGroup.findUniqueOrThrow({
          where: { regencyId_name: { regencyId, name: area.districtGroup } },
          select: { id: true },
        })
      : null;
    const startsAt = new Date(area.startsAt);
    const session = await tx.trainingSession.create({
      data: {
        programId: training.id,
        title: area.title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + SESSION_HOURS * 3_600_000),
        venueId: venue.id,
        districtGroupId: group?.id ?? null,
        capacity,
        notes: area.notes ?? null,
        servedDistricts: { connect: ctx.areaDistricts[index]!.map((d) => ({ id: d.id })) },
      },
    });
    venueIds.push(venue.id);
    sessionIds.push(session.id);
  }
  return { aidProgramId: aid.id, venueIds, sessionIds };
}

/**
 * Every participant attends the session of their own district's area: one TKSK per district,
 * the others in proportion to the district's villages. Then the new recruits, who attend nothing.
 */
function planWorkers(ctx: DemoContext): DemoWorker[] {
  const { random } = ctx;
  const workers: DemoWorker[] = [];
  for (const [areaIndex, districtsOfArea] of ctx.areaDistricts.entries()) {
    const others = apportion(
      ctx.perArea[areaIndex]! - districtsOfArea.length,
      districtsOfArea.map((d) => d.villages.length),
    );
    for (const [i, district] of districtsOfArea.entries()) {
      workers.push(makeWorker(ctx, district, 'TKSK', areaIndex));
      for (let k = 0; k < others[i]!; k += 1) {
        workers.push(makeWorker(ctx, district, random.weighted(ROLE_WEIGHTS), areaIndex));
      }
    }
  }
  for (let k = 0; k < DEMO_FIGURES.newRecruits; k += 1) {
    workers.push(makeWorker(ctx, random.pick(ctx.districts), random.weighted(ROLE_WEIGHTS), null));
  }
  return workers;
}

/** PPKS spread over the villages, more in the Haurgeulis area where the aid was handed over. */
function planBeneficiaries(ctx: DemoContext, registrarsOf: (districtId: number) => number[]): DemoBeneficiary[] {
  const { random, areaDistricts, karangtumaritisArea } = ctx;
  const areaOfDistrict = new Map(areaDistricts.flatMap((ds, areaIndex) => ds.map((d) => [d.id, areaIndex] as const)));
  const villagesIn = (ds: readonly District[]) => ds.flatMap((d) => d.villages.map((v) => ({ village: v, district: d })));
  const haurgeulisVillages = villagesIn(areaDistricts[karangtumaritisArea]!);
  const otherVillages = villagesIn(areaDistricts.filter((_, i) => i !== karangtumaritisArea).flat());
  return Array.from({ length: DEMO_FIGURES.beneficiaries }, (): DemoBeneficiary => {
    const local = random.chance(HAURGEULIS_SHARE_OF_BENEFICIARIES);
    const { village, district } = random.pick(local ? haurgeulisVillages : otherVillages);
    const standard = random.weighted(STANDARD_WEIGHTS);
    const [from, to] = STANDARD_BIRTH_RANGES[standard];
    const birthDate = random.date(from, to);
    const gender: Gender = random.chance(standard === 'LANSIA_TELANTAR' ? 0.58 : 0.5) ? 'FEMALE' : 'MALE';
    const registrars = registrarsOf(district.id);
    return {
      districtId: district.id,
      standard,
      area: areaOfDistrict.get(district.id)!,
      data: {
        nik: ctx.nikFor(district, birthDate, gender),
        kkNumber: makeKk(district.prefix, random.int(1, 9999), familyCardIssueDate(random, birthDate)),
        name: personName(random, gender, birthDate.getUTCFullYear()),
        gender,
        birthDate,
        address: blokAddress(random),
        phone: standard !== 'ANAK_TELANTAR' && random.chance(0.3) ? mobilePhone(random) : null,
        villageId: village.id,
        aidStandardId: ctx.standardId(standard),
        status: random.weighted(BENEFICIARY_STATUS_WEIGHTS),
        registeredById: registrars.length > 0 ? random.pick(registrars) : null,
      },
    };
  });
}

/** The regency's id and its districts with their villages, in code order. */
async function loadDistricts(tx: Prisma.TransactionClient): Promise<{ regencyId: number; districts: District[] }> {
  const regencyCode = readRegions().find((r) => r.level === 'REGENCY')?.code;
  const regency = regencyCode
    ? await tx.region.findUnique({ where: { code: regencyCode }, select: { id: true } })
    : null;
  if (!regency) throw new Error('The regency is missing; run seedReference before seedDemo');
  const rows = await tx.region.findMany({
    where: { level: 'DISTRICT', parentId: regency.id, deletedAt: null },
    select: {
      id: true,
      code: true,
      name: true,
      children: { where: { level: 'VILLAGE', deletedAt: null }, select: { id: true, name: true }, orderBy: { code: 'asc' } },
    },
    orderBy: { code: 'asc' },
  });
  const districts = rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    prefix: districtPrefixOf(row.code),
    villages: row.children,
  }));
  return { regencyId: regency.id, districts };
}

/** 238 for the Karangtumaritis session, the rest of the 1,678 in proportion to each area's districts. */
function participantsPerArea(karangtumaritisArea: number): number[] {
  const others = AREAS.map((area, i) => (i === karangtumaritisArea ? 0 : area.districts.length));
  const counts = apportion(DEMO_FIGURES.participants2024 - DEMO_FIGURES.karangtumaritisAttendances, others);
  counts[karangtumaritisArea] = DEMO_FIGURES.karangtumaritisAttendances;
  return counts;
}

/** Splits `total` into whole parts proportional to `weights` (largest remainder), summing exactly to `total`. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) throw new Error('apportion() needs a positive weight');
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const remainders = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (const { i } of remainders) {
    if (left === 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}

function makeWorker(ctx: DemoContext, district: District, role: WorkerRole, area: number | null): DemoWorker {
  const { random } = ctx;
  const femaleShare = role === 'TAGANA' ? 0.2 : role === 'PKH' ? 0.6 : 0.45;
  const gender: Gender = random.chance(femaleShare) ? 'FEMALE' : 'MALE';
  const youngRole = role === 'TAGANA' || role === 'SIKS_NG_OPERATOR';
  const birthDate = random.date(day(youngRole ? '1980-01-01' : '1965-01-01'), day(role === 'TKSK' ? '1990-12-31' : '2000-12-31'));
  const region = VILLAGE_ROLES.has(role) && district.villages.length > 0 ? random.pick(district.villages) : district;
  const newRecruit = area === null;
  // Attendees joined before 2024 (at 20 at the earliest); recruits joined after the sessions.
  const twentieth = new Date(Date.UTC(birthDate.getUTCFullYear() + 20, 0, 1));
  const joinedAt = newRecruit
    ? random.date(day('2024-08-01'), day('2024-12-31'))
    : random.date(twentieth > day('2010-01-01') ? twentieth : day('2010-01-01'), day('2023-12-31'));
  const inactive = !newRecruit && role !== 'TKSK' && random.chance(0.02);
  return {
    districtId: district.id,
    area,
    data: {
      name: personName(random, gender, birthDate.getUTCFullYear()),
      nik: ctx.nikFor(district, birthDate, gender),
      gender,
      birthDate,
      phone: mobilePhone(random),
      role,
      regionId: region.id,
      status: inactive ? 'INACTIVE' : 'ACTIVE',
      joinedAt,
      notes: newRecruit ? 'Rekrutan baru; belum mengikuti Bimtek.' : inactive ? 'Tidak aktif lagi setelah Bimtek 2024.' : null,
    },
  };
}

interface DistributionPlan {
  beneficiaries: DemoBeneficiary[];
  beneficiaryIds: number[];
  karangtumaritisArea: number;
  programId: number;
  sessionId: number;
  venueIds: number[];
  standardId: (code: AidStandardCode) => number;
  handoverBy: (districtId: number, preferTksk: boolean) => number | null;
}

/**
 * The 21 May 2024 hand-over at Karangtumaritis (10 beneficiaries per standard, from the
 * Haurgeulis area first) plus monthly deliveries in every area through 2024 for the charts.
 */
function planDistributions(random: Random, plan: DistributionPlan): Prisma.AidDistributionCreateManyInput[] {
  const { beneficiaries, beneficiaryIds, karangtumaritisArea } = plan;
  const handoverDate = day(DEMO_FIGURES.handoverDate);
  const active = beneficiaries
    .map((b, i) => ({ ...b, id: beneficiaryIds[i]! }))
    .filter((b) => b.data.status === 'ACTIVE');
  const rows: Prisma.AidDistributionCreateManyInput[] = [];
  const handedOverOnDay = new Set<number>();
  const paket = (quantity: number) => ({
    items: DEMO_FIGURES.paketItems,
    quantity,
    unit: DEMO_FIGURES.paketUnit,
    valueRupiah: quantity * DEMO_FIGURES.paketValueRupiah,
  });

  for (const code of AID_STANDARD_CODES) {
    const candidates = active.filter((b) => b.standard === code);
    const local = random.shuffle(candidates.filter((b) => b.area === karangtumaritisArea));
    const elsewhere = random.shuffle(candidates.filter((b) => b.area !== karangtumaritisArea));
    const chosen = [...local, ...elsewhere].slice(0, DEMO_FIGURES.handoverPerStandard);
    if (chosen.length < DEMO_FIGURES.handoverPerStandard) {
      throw new Error(`Too few active ${code} beneficiaries for the 21 May hand-over`);
    }
    for (const b of chosen) {
      handedOverOnDay.add(b.id);
      rows.push({
        beneficiaryId: b.id,
        programId: plan.programId,
        aidStandardId: plan.standardId(code),
        distributedOn: handoverDate,
        ...paket(1),
        sessionId: plan.sessionId,
        venueId: plan.venueIds[karangtumaritisArea]!,
        handedOverById: plan.handoverBy(b.districtId, true),
        notes: 'Diserahkan langsung oleh Bupati Indramayu pada Bimtek Pilar-Pilar Sosial se-Wilayah Eks Kawedanan Haurgeulis.',
      });
    }
  }

  for (let month = 0; month < 12; month += 1) {
    for (const [area, venueId] of plan.venueIds.entries()) {
      const on = weekdayInMonth(random, DEMO_FIGURES.aidYear, month, handoverDate);
      for (const b of active) {
        if (b.area !== area || !random.chance(MONTHLY_AID_CHANCE)) continue;
        // The May hand-over replaces that month's delivery for its recipients.
        if (month === handoverDate.getUTCMonth() && handedOverOnDay.has(b.id)) continue;
        const atVenue = random.chance(0.6);
        rows.push({
          beneficiaryId: b.id,
          programId: plan.programId,
          aidStandardId: plan.standardId(b.standard),
          distributedOn: on,
          ...paket(random.chance(0.1) ? 2 : 1),
          venueId: atVenue ? venueId : null,
          handedOverById: plan.handoverBy(b.districtId, false),
          notes: atVenue ? null : 'Diantar ke rumah penerima.',
        });
      }
    }
  }
  return rows;
}

/** A Monday–Friday in the given month, never `avoid` (the hand-over day stays unique). */
function weekdayInMonth(random: Random, year: number, month: number, avoid: Date): Date {
  const last = new Date(Date.UTC(year, month + 1, 0));
  for (;;) {
    const candidate = random.date(new Date(Date.UTC(year, month, 1)), last);
    const weekday = candidate.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && candidate.getTime() !== avoid.getTime()) return candidate;
  }
}
