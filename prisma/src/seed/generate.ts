// Scale-test data: up to millions of beneficiaries with valid, unique NIKs, written in large
// unnest() batches.
//
// NIK uniqueness is by construction, not by retry. A NIK is prefix × birth date × gender × serial.
// Each run takes serials above every serial ≥ 5000 already in the table (the demo seed keeps to
// 0001–4999), so it cannot collide with the demo, with earlier runs (whatever their seed) or with
// anything typed in. Within a run, each (district, age band) has its own counter that walks a
// permutation of the band's (birth date, gender) pairs, moving to the next serial when the band
// is full. Do not run two generators against the same database at the same time.
import type { BeneficiaryStatus, Gender, Prisma, PrismaClient } from '../../generated/client/client.ts';
import { bulkInsert } from './bulk.ts';
import { BENEFICIARY_COLUMNS, DEMO_MAX_NIK_SERIAL } from './demo.ts';
import { districtPrefixOf, makeKk, makeNik } from './nik.ts';
import { blokAddress, familyCardIssueDate, mobilePhone, personName } from './people.ts';
import { addDays, createRandom, day, daysBetween, type Random } from './random.ts';
import { AID_STANDARD_CODES, readRegions, type AidStandardCode } from './reference.ts';

export interface GenerateProgress {
  done: number;
  total: number;
  elapsedMs: number;
}

export interface GenerateOptions {
  /** Beneficiaries to insert (default 1,000,000). */
  count?: number;
  /** PRNG seed for names, places, standards and statuses (default 1). */
  seed?: number;
  /** Rows per INSERT statement (default 5,000). */
  batchSize?: number;
  /** INSERT statements in flight at once (default 3). */
  concurrency?: number;
  /** Called after every batch. */
  onProgress?: (progress: GenerateProgress) => void;
}

export interface GenerateResult {
  inserted: number;
  elapsedMs: number;
  rowsPerSecond: number;
  /** The NIK serials this run used (4-digit suffix). */
  serials: { first: number; last: number };
}

/**
 * Age bands with disjoint birth-date ranges, so NIKs of different bands can never coincide:
 * children (under 18 throughout 2024), adults, elderly (60+ throughout 2024).
 */
const BANDS = {
  child: { from: day('2007-01-01'), to: day('2023-12-31') },
  adult: { from: day('1965-01-01'), to: day('2005-12-31') },
  elderly: { from: day('1930-01-01'), to: day('1963-12-31') },
} as const;
export type Band = keyof typeof BANDS;

const BAND_OF: Record<AidStandardCode, Band> = {
  LANSIA_TELANTAR: 'elderly',
  ANAK_TELANTAR: 'child',
  DISABILITAS_TELANTAR: 'adult',
  TUNA_SOSIAL_TELANTAR: 'adult',
};

const STANDARD_WEIGHTS: Record<AidStandardCode, number> = {
  LANSIA_TELANTAR: 40,
  ANAK_TELANTAR: 20,
  DISABILITAS_TELANTAR: 25,
  TUNA_SOSIAL_TELANTAR: 15,
};

const STATUS_WEIGHTS: Record<BeneficiaryStatus, number> = { ACTIVE: 80, GRADUATED: 10, MOVED: 5, DECEASED: 5 };

export interface Village {
  id: number;
  districtId: number;
  prefix: string;
}

/**
 * Inserts `count` beneficiaries spread over every village of the regency and all 4 aid
 * standards. Needs the reference data (seedReference); uses demo workers as registrars when
 * there are any.
 */
export async function generateBeneficiaries(
  prisma: PrismaClient,
  { count = 1_000_000, seed = 1, batchSize = 5_000, concurrency = 3, onProgress }: GenerateOptions = {},
): Promise<GenerateResult> {
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number, got ${count}`);
  if (!(batchSize >= 1 && concurrency >= 1)) throw new Error('batchSize and concurrency must be at least 1');
  const started = performance.now();
  const random = createRandom(seed);
  const villages = await loadVillages(prisma);
  const standardIds = await loadStandardIds(prisma);
  const registrarsOf = await loadRegistrars(prisma);
  const firstSerial = (await maxGeneratedSerial(prisma)) + 1;
  const nikFor = nikSequence(random, firstSerial);

  let lastSerial = firstSerial;
  const makeRow = (): Prisma.BeneficiaryCreateManyInput => {
    const village = random.pick(villages);
    const standard = random.weighted(STANDARD_WEIGHTS);
    const { nik, birthDate, gender, serial } = nikFor(village, BAND_OF[standard]);
    lastSerial = Math.max(lastSerial, serial);
    const registrars = registrarsOf.get(village.districtId);
    return {
      nik,
      kkNumber: makeKk(village.prefix, random.int(1, 9999), familyCardIssueDate(random, birthDate)),
      name: personName(random, gender, birthDate.getUTCFullYear()),
      gender,
      birthDate,
      address: blokAddress(random),
      phone: standard !== 'ANAK_TELANTAR' && random.chance(0.3) ? mobilePhone(random) : null,
      villageId: village.id,
      aidStandardId: standardIds[standard],
      status: random.weighted(STATUS_WEIGHTS),
      registeredById: registrars && random.chance(0.7) ? random.pick(registrars) : null,
    };
  };
  const makeBatch = (size: number) => Array.from({ length: size }, makeRow);

  // Up to `concurrency` INSERTs in flight while the next batch is built: on PostgreSQL they run
  // on separate pooled connections in parallel; PGlite simply queues them.
  let done = 0;
  let planned = 0;
  const inFlight: Promise<void>[] = [];
  const write = async (batch: Prisma.BeneficiaryCreateManyInput[]) => {
    const written = await bulkInsert(prisma, 'Beneficiary', BENEFICIARY_COLUMNS, batch);
    if (written !== batch.length) throw new Error(`Expected to insert ${batch.length} rows, inserted ${written}`);
    done += written;
    onProgress?.({ done, total: count, elapsedMs: performance.now() - started });
  };
  try {
    while (planned < count) {
      const batch = makeBatch(Math.min(batchSize, count - planned));
      planned += batch.length;
      const writing = write(batch);
      // Observed now so a later batch failing while an earlier one is awaited is not reported
      // as an unhandled rejection; the error still surfaces when `writing` is awaited.
      writing.catch(() => {});
      inFlight.push(writing);
      if (inFlight.length >= concurrency) await inFlight.shift();
    }
    while (inFlight.length > 0) await inFlight.shift();
  } finally {
    // On failure, let the statements still running finish before the caller closes the database.
    await Promise.allSettled(inFlight);
  }

  const elapsedMs = performance.now() - started;
  return {
    inserted: done,
    elapsedMs,
    rowsPerSecond: done / (elapsedMs / 1000),
    serials: { first: firstSerial, last: done > 0 ? lastSerial : firstSerial - 1 },
  };
}

/**
 * Hands out NIKs for (village's district, band): the n-th NIK of a district and band takes the
 * n-th element of a fixed permutation of the band's (date, gender) pairs, on serial
 * `firstSerial + floor(n / pairs)`. Exported for its unit test.
 */
export function nikSequence(random: Random, firstSerial: number) {
  const counters = new Map<string, number>();
  const bandShape = Object.fromEntries(
    (Object.keys(BANDS) as Band[]).map((band) => {
      const pairs = (daysBetween(BANDS[band].from, BANDS[band].to) + 1) * 2;
      return [band, { pairs, stride: coprimeStride(pairs), shift: random.int(0, pairs - 1) }];
    }),
  ) as Record<Band, { pairs: number; stride: number; shift: number }>;

  return (village: Village, band: Band): { nik: string; birthDate: Date; gender: Gender; serial: number } => {
    const key = `${village.districtId}:${band}`;
    const n = counters.get(key) ?? 0;
    counters.set(key, n + 1);
    const { pairs, stride, shift } = bandShape[band];
    const serial = firstSerial + Math.floor(n / pairs);
    if (serial > 9999) {
      throw new Error('NIK serials 5000–9999 are used up in this database; generate into a fresh database');
    }
    // stride is coprime with pairs, so n ↦ (n·stride + shift) mod pairs is a permutation. The
    // multiplication stays far below 2^53 (pairs < 30,000).
    const slot = ((n % pairs) * stride + shift) % pairs;
    const gender: Gender = slot % 2 === 1 ? 'FEMALE' : 'MALE';
    const birthDate = addDays(BANDS[band].from, Math.floor(slot / 2));
    return { nik: makeNik({ districtPrefix: village.prefix, birthDate, gender, serial }), birthDate, gender, serial };
  };
}

/** A stride near the golden ratio of `n` and coprime with it: scatters consecutive counters. */
function coprimeStride(n: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let stride = Math.floor(n * 0.618_033_988_7) | 1;
  while (gcd(stride, n) !== 1) stride += 2;
  return stride;
}

/** The highest serial of any 16-digit NIK in the generator's range (5000–9999), or 4999. */
async function maxGeneratedSerial(prisma: PrismaClient): Promise<number> {
  // The WHERE compares text: SQL does not promise to test the regex before a cast would run.
  const [row] = await prisma.$queryRaw<{ max: number | null }[]>`
    SELECT max(right(nik, 4)::int) AS max FROM "Beneficiary"
    WHERE nik ~ '^[0-9]{16}$' AND right(nik, 4) > ${String(DEMO_MAX_NIK_SERIAL).padStart(4, '0')}`;
  return row?.max ?? DEMO_MAX_NIK_SERIAL;
}

async function loadVillages(prisma: PrismaClient): Promise<Village[]> {
  const regencyCode = readRegions().find((r) => r.level === 'REGENCY')?.code ?? '';
  const rows = await prisma.region.findMany({
    where: { level: 'VILLAGE', deletedAt: null, parent: { parent: { code: regencyCode } } },
    select: { id: true, parent: { select: { id: true, code: true } } },
    orderBy: { code: 'asc' },
  });
  const villages = rows.flatMap((row) =>
    row.parent ? [{ id: row.id, districtId: row.parent.id, prefix: districtPrefixOf(row.parent.code) }] : [],
  );
  if (villages.length === 0) throw new Error('No villages found; run seedReference before generating data');
  return villages;
}

async function loadStandardIds(prisma: PrismaClient): Promise<Record<AidStandardCode, number>> {
  const rows = await prisma.aidStandard.findMany({ where: { code: { in: [...AID_STANDARD_CODES] } } });
  const ids = Object.fromEntries(rows.map((r) => [r.code, r.id]));
  for (const code of AID_STANDARD_CODES) {
    if (ids[code] === undefined) throw new Error(`Aid standard ${code} is missing; run seedReference first`);
  }
  return ids as Record<AidStandardCode, number>;
}

/** Active workers who register PPKS (TKSK, Puskesos, PSM), by the district they work in. */
async function loadRegistrars(prisma: PrismaClient): Promise<Map<number, number[]>> {
  const workers = await prisma.worker.findMany({
    where: { status: 'ACTIVE', deletedAt: null, role: { in: ['TKSK', 'PUSKESOS', 'PSM'] } },
    select: { id: true, region: { select: { id: true, level: true, parentId: true } } },
  });
  const byDistrict = new Map<number, number[]>();
  for (const { id, region } of workers) {
    const districtId = region.level === 'DISTRICT' ? region.id : region.level === 'VILLAGE' ? region.parentId : null;
    if (districtId === null) continue;
    const list = byDistrict.get(districtId);
    if (list) list.push(id);
    else byDistrict.set(districtId, [id]);
  }
  return byDistrict;
}
