import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../database.ts';
import type { PrismaClient } from '../../generated/client/client.ts';
import { DEMO_FIGURES, seedDemo, type DemoSeedResult } from './demo.ts';
import { generateBeneficiaries } from './generate.ts';
import { provinceNames } from '../provinces.ts';
import { AID_STANDARD_CODES, seedReference, type ReferenceSeedResult } from './reference.ts';

// One fresh in-memory PGlite for the file; seeding twice up front is itself under test (the
// second runs must change nothing). Tests only read, except the generator tests, which look only
// at the rows they inserted.
let db: Database;
let prisma: PrismaClient;
let secondReference: ReferenceSeedResult;
let firstDemo: DemoSeedResult;
let secondDemo: DemoSeedResult;
let referenceFingerprintAfterFirst: unknown;
let referenceFingerprintAfterSecond: unknown;
let demoCountsAfterFirst: unknown;
let demoCountsAfterSecond: unknown;

/** Row counts and last change of every reference table. */
async function referenceFingerprint(client: PrismaClient) {
  return client.$queryRaw`
    SELECT 'Region' AS t, count(*)::int AS n, max("updatedAt") AS changed, sum(version)::int AS v FROM "Region"
    UNION ALL SELECT 'DistrictGroup', count(*)::int, max("updatedAt"), sum(version)::int FROM "DistrictGroup"
    UNION ALL SELECT 'AidStandard', count(*)::int, max("updatedAt"), sum(version)::int FROM "AidStandard"
    UNION ALL SELECT 'PovertyIndicator', count(*)::int, max("updatedAt"), sum(version)::int FROM "PovertyIndicator"
    ORDER BY 1`;
}

async function demoCounts(client: PrismaClient) {
  return Promise.all([
    client.program.count(),
    client.venue.count(),
    client.trainingSession.count(),
    client.worker.count(),
    client.attendance.count(),
    client.beneficiary.count(),
    client.aidDistribution.count(),
  ]);
}

/** Problems with a NIK given its owner's district code, birth date and gender; empty when valid. */
function nikProblems(nik: string, districtCode: string, birthDate: Date, gender: 'MALE' | 'FEMALE'): string[] {
  const problems: string[] = [];
  if (!/^[0-9]{16}$/.test(nik)) return [`${nik} is not 16 digits`];
  if (!provinceNames.has(nik.slice(0, 2))) problems.push(`${nik}: unknown province`);
  if (nik.slice(0, 6) !== districtCode.replaceAll('.', '')) problems.push(`${nik}: prefix is not ${districtCode}`);
  const rawDay = Number(nik.slice(6, 8));
  const day = gender === 'FEMALE' ? rawDay - 40 : rawDay;
  if (gender === 'FEMALE' ? rawDay <= 40 : rawDay > 31) problems.push(`${nik}: day ${rawDay} does not fit ${gender}`);
  const matches =
    birthDate.getUTCDate() === day &&
    birthDate.getUTCMonth() + 1 === Number(nik.slice(8, 10)) &&
    birthDate.getUTCFullYear() % 100 === Number(nik.slice(10, 12));
  if (!matches) problems.push(`${nik}: date part does not match ${birthDate.toISOString().slice(0, 10)}`);
  if (nik.slice(12) === '0000') problems.push(`${nik}: serial 0000`);
  return problems;
}

const ageOn = (birthDate: Date, on: Date) => {
  const years = on.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    on.getUTCMonth() < birthDate.getUTCMonth() ||
    (on.getUTCMonth() === birthDate.getUTCMonth() && on.getUTCDate() < birthDate.getUTCDate());
  return beforeBirthday ? years - 1 : years;
};

beforeAll(async () => {
  db = await openDatabase();
  prisma = db.prisma;
  await seedReference(prisma);
  referenceFingerprintAfterFirst = await referenceFingerprint(prisma);
  secondReference = await seedReference(prisma);
  referenceFingerprintAfterSecond = await referenceFingerprint(prisma);
  firstDemo = await seedDemo(prisma);
  demoCountsAfterFirst = await demoCounts(prisma);
  secondDemo = await seedDemo(prisma);
  demoCountsAfterSecond = await demoCounts(prisma);
}, 120_000);

afterAll(async () => {
  await db?.close();
});

describe('seedReference', () => {
  it('loads the 31 districts and 317 villages (309 desa, 8 kelurahan) of Kabupaten Indramayu in Jawa Barat', async () => {
    const regency = await prisma.region.findUniqueOrThrow({ where: { code: '32.12' }, include: { parent: true } });
    expect(regency).toMatchObject({ name: 'Kabupaten Indramayu', level: 'REGENCY' });
    expect(regency.parent).toMatchObject({ code: '32', name: 'Jawa Barat', level: 'PROVINCE' });
    expect(await prisma.region.count({ where: { level: 'DISTRICT', parentId: regency.id } })).toBe(31);
    expect(await prisma.region.count({ where: { level: 'VILLAGE', parent: { parentId: regency.id } } })).toBe(317);
    expect(await prisma.region.count({ where: { level: 'VILLAGE', villageKind: 'DESA' } })).toBe(309);
    expect(await prisma.region.count({ where: { level: 'VILLAGE', villageKind: 'KELURAHAN' } })).toBe(8);
    expect(await prisma.region.count({ where: { parentId: null } })).toBe(1);
  });

  it('places Karangtumaritis (32.12.01.2011) under Kecamatan Haurgeulis (32.12.01) as a desa', async () => {
    const village = await prisma.region.findUniqueOrThrow({
      where: { code: '32.12.01.2011' },
      include: { parent: true },
    });
    expect(village).toMatchObject({ name: 'Karangtumaritis', level: 'VILLAGE', villageKind: 'DESA' });
    expect(village.parent).toMatchObject({ code: '32.12.01', name: 'Haurgeulis', level: 'DISTRICT' });
  });

  it('groups Haurgeulis, Gantar, Sukra, Patrol and Anjatan into eks-Kawedanan Haurgeulis', async () => {
    const group = await prisma.districtGroup.findFirstOrThrow({
      where: { name: 'Haurgeulis', regency: { code: '32.12' } },
      include: { districts: { orderBy: { name: 'asc' } } },
    });
    expect(group.districts.map((d) => d.name)).toEqual(['Anjatan', 'Gantar', 'Haurgeulis', 'Patrol', 'Sukra']);
    expect(group.districts.every((d) => d.level === 'DISTRICT')).toBe(true);
  });

  it('seeds the 4 SPM aid standards with names and legal basis', async () => {
    const standards = await prisma.aidStandard.findMany({ orderBy: { code: 'asc' } });
    expect(standards.map((s) => s.code)).toEqual([...AID_STANDARD_CODES].sort());
    expect(standards.find((s) => s.code === 'LANSIA_TELANTAR')?.name).toBe('Lansia Telantar');
    expect(standards.every((s) => s.legalBasis?.includes('Permensos No. 9 Tahun 2018'))).toBe(true);
  });

  it('records the poverty rate of Kabupaten Indramayu: 12.77 % in 2022 and 12.13 % in 2023', async () => {
    const rates = await prisma.povertyIndicator.findMany({
      where: { region: { code: '32.12' } },
      orderBy: { year: 'asc' },
      select: { year: true, ratePercent: true, source: true },
    });
    expect(rates).toEqual([
      { year: 2022, ratePercent: 12.77, source: 'BPS Kabupaten Indramayu' },
      { year: 2023, ratePercent: 12.13, source: 'BPS Kabupaten Indramayu' },
    ]);
  });

  it('inserts and updates nothing when run a second time', () => {
    expect(secondReference).toEqual({
      regionsInserted: 0,
      parentsLinked: 0,
      districtGroupsInserted: 0,
      districtsGrouped: 0,
      aidStandardsInserted: 0,
      povertyIndicatorsInserted: 0,
    });
    expect(referenceFingerprintAfterSecond).toEqual(referenceFingerprintAfterFirst);
  });
});

describe('seedDemo', () => {
  const trainingProgram = { name: DEMO_FIGURES.trainingProgramName, year: 2024, kind: 'TRAINING' as const };

  it('holds the session of Tuesday 21 May 2024 at Balai Desa Karangtumaritis with exactly 238 attendances', async () => {
    const session = await prisma.trainingSession.findFirstOrThrow({
      where: { startsAt: new Date('2024-05-21T08:00:00+07:00'), venue: { name: 'Balai Desa Karangtumaritis' } },
      include: {
        program: true,
        venue: { include: { village: true } },
        districtGroup: true,
        servedDistricts: { orderBy: { name: 'asc' } },
        _count: { select: { attendances: true } },
      },
    });
    expect(session.program).toMatchObject(trainingProgram);
    expect(session.venue.village.code).toBe('32.12.01.2011');
    expect(session.districtGroup?.name).toBe('Haurgeulis');
    expect(session.servedDistricts.map((d) => d.name)).toEqual(['Anjatan', 'Gantar', 'Haurgeulis', 'Patrol', 'Sukra']);
    expect(session._count.attendances).toBe(238);
    expect(session.capacity).toBeGreaterThanOrEqual(238);
  });

  it('runs the 2024 programme as 6 sessions at different balai desa between May and July 2024', async () => {
    const sessions = await prisma.trainingSession.findMany({
      where: { program: trainingProgram },
      include: { venue: true },
    });
    expect(sessions).toHaveLength(DEMO_FIGURES.trainingSessions);
    expect(new Set(sessions.map((s) => s.venueId)).size).toBe(sessions.length);
    expect(sessions.every((s) => s.venue.name.startsWith('Balai Desa '))).toBe(true);
    for (const s of sessions) {
      expect(s.startsAt >= new Date('2024-05-01T00:00:00+07:00') && s.startsAt < new Date('2024-08-01T00:00:00+07:00')).toBe(true);
    }
  });

  it('counts exactly 1,678 distinct workers attending the 2024 training programme, one attendance each', async () => {
    const inProgramme = { session: { program: trainingProgram } };
    expect(await prisma.worker.count({ where: { attendances: { some: inProgramme } } })).toBe(1678);
    expect(await prisma.attendance.count({ where: inProgramme })).toBe(1678);
    expect(await prisma.attendance.count({ where: { ...inProgramme, status: 'ATTENDED' } })).toBe(1678);
  });

  it('includes all six worker roles, with exactly one TKSK per district', async () => {
    const byRole = await prisma.worker.groupBy({ by: ['role'], _count: { _all: true } });
    expect(byRole.map((r) => r.role).sort()).toEqual(['PKH', 'PSM', 'PUSKESOS', 'SIKS_NG_OPERATOR', 'TAGANA', 'TKSK']);
    const tksk = await prisma.worker.findMany({ where: { role: 'TKSK' }, include: { region: true } });
    expect(tksk).toHaveLength(31);
    expect(new Set(tksk.map((w) => w.region.code)).size).toBe(31);
    expect(tksk.every((w) => w.region.level === 'DISTRICT')).toBe(true);
  });

  it('keeps 20 new recruits who joined after the sessions and attended nothing', async () => {
    const recruits = await prisma.worker.findMany({ where: { attendances: { none: {} } } });
    expect(recruits).toHaveLength(DEMO_FIGURES.newRecruits);
    expect(recruits.every((w) => w.joinedAt >= new Date('2024-08-01'))).toBe(true);
  });

  it('gives every worker a valid NIK of their district, birth date and gender, a phone and a 1965–2000 birth date', async () => {
    const workers = await prisma.worker.findMany({
      include: { region: { include: { parent: true } } },
    });
    expect(workers).toHaveLength(DEMO_FIGURES.workers);
    const problems = workers.flatMap((w) => {
      const district = w.region.level === 'DISTRICT' ? w.region : w.region.parent;
      return nikProblems(w.nik, district?.code ?? '?', w.birthDate, w.gender);
    });
    expect(problems).toEqual([]);
    expect(workers.every((w) => /^08[0-9]{10}$/.test(w.phone ?? ''))).toBe(true);
    expect(workers.every((w) => w.birthDate.getUTCFullYear() >= 1965 && w.birthDate.getUTCFullYear() <= 2000)).toBe(true);
    const attendees = workers.filter((w) => !w.notes?.startsWith('Rekrutan baru'));
    expect(attendees.every((w) => w.joinedAt < new Date('2024-01-01'))).toBe(true);
  });

  it('registers 400 beneficiaries with valid NIKs and KK numbers and ages fitting their aid standard', async () => {
    const beneficiaries = await prisma.beneficiary.findMany({
      include: { aidStandard: true, village: { include: { parent: true } }, registeredBy: { include: { region: true } } },
    });
    const demo = beneficiaries.filter((b) => Number(b.nik.slice(12)) <= 4999);
    expect(demo).toHaveLength(DEMO_FIGURES.beneficiaries);
    const problems = demo.flatMap((b) => nikProblems(b.nik, b.village.parent?.code ?? '?', b.birthDate, b.gender));
    expect(problems).toEqual([]);
    expect(demo.every((b) => b.kkNumber.length === 16 && b.kkNumber.slice(0, 6) === b.nik.slice(0, 6))).toBe(true);
    expect(demo.every((b) => /^Blok .+ RT [0-9]{3}\/RW [0-9]{3}$/.test(b.address ?? ''))).toBe(true);
    const mid2024 = new Date('2024-05-21');
    for (const b of demo) {
      const age = ageOn(b.birthDate, mid2024);
      if (b.aidStandard.code === 'LANSIA_TELANTAR') expect(age).toBeGreaterThanOrEqual(60);
      else if (b.aidStandard.code === 'ANAK_TELANTAR') expect(age).toBeLessThan(18);
      else expect(age).toBeGreaterThanOrEqual(18);
    }
    expect(new Set(demo.map((b) => b.aidStandard.code)).size).toBe(4);
    // Registered by a worker of the beneficiary's own district.
    const registrarDistrict = (b: (typeof demo)[number]) =>
      b.registeredBy?.region.level === 'DISTRICT' ? b.registeredBy.region.id : b.registeredBy?.region.parentId;
    expect(demo.every((b) => b.registeredBy && registrarDistrict(b) === b.village.parentId)).toBe(true);
  });

  it('hands over food aid on 21 May 2024 at the Karangtumaritis session under all 4 standards, by TKSK', async () => {
    const handover = await prisma.aidDistribution.findMany({
      where: { distributedOn: new Date('2024-05-21') },
      include: { aidStandard: true, program: true, venue: true, session: true, handedOverBy: true, beneficiary: true },
    });
    expect(handover).toHaveLength(DEMO_FIGURES.handoverDistributions);
    expect(new Set(handover.map((d) => d.aidStandard.code))).toEqual(new Set(AID_STANDARD_CODES));
    for (const d of handover) {
      expect(d.program).toMatchObject({ name: 'Bantuan Permakanan 2024', kind: 'AID', year: 2024 });
      expect(d.venue?.name).toBe('Balai Desa Karangtumaritis');
      expect(d.session?.startsAt).toEqual(new Date('2024-05-21T08:00:00+07:00'));
      expect(d.handedOverBy?.role).toBe('TKSK');
      expect(d).toMatchObject({ items: 'Paket permakanan', unit: 'paket' });
      expect(d.valueRupiah).toBe(d.quantity * 450_000);
      expect(d.aidStandardId).toBe(d.beneficiary.aidStandardId);
    }
  });

  it('spreads the other 2024 distributions over all twelve months', async () => {
    const months = await prisma.$queryRaw<{ month: number; n: number }[]>`
      SELECT extract(month FROM "distributedOn")::int AS month, count(*)::int AS n
      FROM "AidDistribution" WHERE extract(year FROM "distributedOn") = 2024 GROUP BY 1 ORDER BY 1`;
    expect(months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months.every((m) => m.n > 0)).toBe(true);
  });

  it('writes the demo once, and does nothing when the 2024 programme already exists', () => {
    expect(firstDemo).toMatchObject({
      skipped: false,
      sessions: DEMO_FIGURES.trainingSessions,
      workers: DEMO_FIGURES.workers,
      attendances: DEMO_FIGURES.participants2024,
      beneficiaries: DEMO_FIGURES.beneficiaries,
    });
    expect(secondDemo).toMatchObject({ skipped: true, workers: 0, attendances: 0 });
    expect(demoCountsAfterSecond).toEqual(demoCountsAfterFirst);
  });
});

describe('generateBeneficiaries', () => {
  /** The rows a run inserted: their NIK serials are exactly the run's serial range. */
  async function rowsOfRun(first: number, last: number) {
    const rows = await prisma.beneficiary.findMany({
      include: { village: { include: { parent: true } }, aidStandard: true },
    });
    return rows.filter((b) => {
      const serial = Number(b.nik.slice(12));
      return serial >= first && serial <= last;
    });
  }

  it('inserts 5,000 beneficiaries with unique valid NIKs over villages and all 4 standards', async () => {
    const result = await generateBeneficiaries(prisma, { count: 5_000, seed: 11 });
    expect(result.inserted).toBe(5_000);
    const rows = await rowsOfRun(result.serials.first, result.serials.last);
    expect(rows).toHaveLength(5_000);
    expect(new Set(rows.map((b) => b.nik)).size).toBe(5_000);
    const problems = rows.flatMap((b) => nikProblems(b.nik, b.village.parent?.code ?? '?', b.birthDate, b.gender));
    expect(problems).toEqual([]);
    expect(new Set(rows.map((b) => b.aidStandard.code)).size).toBe(4);
    expect(new Set(rows.map((b) => b.villageId)).size).toBeGreaterThan(250);
    expect(new Set(rows.map((b) => b.status)).size).toBe(4);
  }, 60_000);

  it('never collides with earlier runs, even with the same seed', async () => {
    const first = await generateBeneficiaries(prisma, { count: 2_000, seed: 5 });
    const second = await generateBeneficiaries(prisma, { count: 2_000, seed: 5 });
    expect(second.serials.first).toBeGreaterThan(first.serials.last);
    expect(first.serials.first).toBeGreaterThan(4999);
    const rows = await rowsOfRun(first.serials.first, second.serials.last);
    expect(new Set(rows.map((b) => b.nik)).size).toBe(4_000);
  }, 60_000);
});
