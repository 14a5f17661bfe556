// Reference data every installation needs: the region tree of Kabupaten Indramayu, the
// eks-Kawedanan, the 4 SPM aid standards and the regency's poverty figures.
//
// Idempotent and insert-only: rows are matched on their natural keys and only missing ones are
// added, so running it on every start costs a few statements and never overwrites what clerks
// have edited since (regions are data, editable in the admin).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PrismaClient, Prisma, RegionLevel, VillageKind } from '../../generated/client/client.ts';
import { seedDataDir } from '../paths.ts';

/**
 * Region codes from Kepmendagri No 300.2.2-2138 Tahun 2025, as compiled in the MIT-licensed
 * public data set cahyadsn/wilayah (copied from the shared domain folder so the repo stands alone).
 */
const REGIONS_CSV = join(seedDataDir, 'regions-indramayu.csv');

export interface RegionRow {
  /** Dotted Kemendagri code, e.g. `32.12.01.2011`. */
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  villageKind: VillageKind | null;
}

/** Reads a header + rows CSV without quoted fields (the seed files are plain). */
function readCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  if (!header) throw new Error(`${path} is empty`);
  const columns = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((column, i) => [column, (cells[i] ?? '').trim()]));
  });
}

const LEVELS: readonly RegionLevel[] = ['PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE'];
const VILLAGE_KINDS: readonly VillageKind[] = ['DESA', 'KELURAHAN'];

/** The province, regency, 31 districts and 317 villages of Indramayu, parents before children. */
export function readRegions(): RegionRow[] {
  return readCsv(REGIONS_CSV).map((row) => {
    const level = LEVELS.find((l) => l === row.level);
    if (!level || !row.code || !row.name) throw new Error(`Bad region row: ${JSON.stringify(row)}`);
    return {
      code: row.code,
      name: row.name,
      level,
      parentCode: row.parent_code || null,
      villageKind: VILLAGE_KINDS.find((k) => k === row.village_kind) ?? null,
    };
  });
}

/**
 * Eks-Kawedanan: former administrative areas still used to organise events. Only Haurgeulis is
 * seeded: it is the one named in the source article; the other historical groupings of Indramayu
 * could not be confirmed from an authoritative source. Clerks can add the others in the admin.
 */
export const DISTRICT_GROUPS: readonly { name: string; districts: readonly string[] }[] = [
  { name: 'Haurgeulis', districts: ['Haurgeulis', 'Gantar', 'Sukra', 'Patrol', 'Anjatan'] },
];

export const AID_STANDARD_CODES = [
  'LANSIA_TELANTAR',
  'ANAK_TELANTAR',
  'DISABILITAS_TELANTAR',
  'TUNA_SOSIAL_TELANTAR',
] as const;
export type AidStandardCode = (typeof AID_STANDARD_CODES)[number];

const LEGAL_BASIS = 'Permensos No. 9 Tahun 2018 tentang Standar Teknis Pelayanan Dasar pada SPM Bidang Sosial';

/** The 4 basic services of the SPM bidang sosial that a regency delivers outside institutions. */
export const AID_STANDARDS: readonly (Prisma.AidStandardCreateManyInput & { code: AidStandardCode })[] = [
  {
    code: 'LANSIA_TELANTAR',
    name: 'Lansia Telantar',
    description:
      'Rehabilitasi sosial dasar bagi lanjut usia (60 tahun ke atas) telantar di luar panti. / Basic social rehabilitation for neglected elderly people aged 60 or over, outside institutions.',
    legalBasis: LEGAL_BASIS,
  },
  {
    code: 'ANAK_TELANTAR',
    name: 'Anak Telantar',
    description:
      'Rehabilitasi sosial dasar bagi anak (di bawah 18 tahun) telantar di luar panti. / Basic social rehabilitation for neglected children under 18, outside institutions.',
    legalBasis: LEGAL_BASIS,
  },
  {
    code: 'DISABILITAS_TELANTAR',
    name: 'Disabilitas Telantar',
    description:
      'Rehabilitasi sosial dasar bagi penyandang disabilitas telantar di luar panti. / Basic social rehabilitation for neglected persons with disabilities, outside institutions.',
    legalBasis: LEGAL_BASIS,
  },
  {
    code: 'TUNA_SOSIAL_TELANTAR',
    name: 'Tuna Sosial Telantar',
    description:
      'Rehabilitasi sosial dasar bagi tuna sosial, khususnya gelandangan dan pengemis, di luar panti. / Basic social rehabilitation for the homeless and beggars, outside institutions.',
    legalBasis: LEGAL_BASIS,
  },
];

/** Angka kemiskinan of Kabupaten Indramayu as quoted by the Bupati in May 2024. */
export const POVERTY_RATES: readonly { year: number; ratePercent: number; source: string }[] = [
  { year: 2022, ratePercent: 12.77, source: 'BPS Kabupaten Indramayu' },
  { year: 2023, ratePercent: 12.13, source: 'BPS Kabupaten Indramayu' },
];

/** Rows inserted or linked by one run; all zero when the reference data was already complete. */
export interface ReferenceSeedResult {
  regionsInserted: number;
  parentsLinked: number;
  districtGroupsInserted: number;
  districtsGrouped: number;
  aidStandardsInserted: number;
  povertyIndicatorsInserted: number;
}

/**
 * Inserts the missing reference data in a handful of bulk statements. Safe to run on every
 * start: a second run inserts and updates nothing.
 */
export async function seedReference(prisma: PrismaClient): Promise<ReferenceSeedResult> {
  const regions = readRegions();
  const regencyRow = regions.find((r) => r.level === 'REGENCY');
  if (!regencyRow) throw new Error('regions-indramayu.csv has no REGENCY row');

  const { count: regionsInserted } = await prisma.region.createMany({
    data: regions.map(({ code, name, level, villageKind }) => ({ code, name, level, villageKind })),
    skipDuplicates: true,
  });

  // One statement links every level: all codes exist once createMany has run. Only unlinked rows
  // are touched, so a parent a clerk has changed stays changed and a second run updates nothing.
  const children = regions.filter((r) => r.parentCode !== null);
  const parentsLinked = await prisma.$executeRaw`
    UPDATE "Region" AS child
    SET "parentId" = parent.id
    FROM unnest(${children.map((r) => r.code)}::text[], ${children.map((r) => r.parentCode)}::text[])
      AS link(code, parent_code)
    JOIN "Region" AS parent ON parent.code = link.parent_code
    WHERE child.code = link.code AND child."parentId" IS NULL`;

  const regency = await prisma.region.findUniqueOrThrow({ where: { code: regencyRow.code }, select: { id: true } });
  const { count: districtGroupsInserted } = await prisma.districtGroup.createMany({
    data: DISTRICT_GROUPS.map((group) => ({ name: group.name, regencyId: regency.id })),
    skipDuplicates: true,
  });

  // District names are unique within a regency; resolve them to codes through the CSV so a typo
  // fails loudly instead of silently leaving a district out of its group.
  const membership = DISTRICT_GROUPS.flatMap((group) =>
    group.districts.map((name) => {
      const district = regions.find((r) => r.level === 'DISTRICT' && r.name === name && r.parentCode === regencyRow.code);
      if (!district) throw new Error(`District ${name} of group ${group.name} is not in regions-indramayu.csv`);
      return { code: district.code, group: group.name };
    }),
  );
  const districtsGrouped = await prisma.$executeRaw`
    UPDATE "Region" AS district
    SET "districtGroupId" = grp.id, "updatedAt" = now() AT TIME ZONE 'UTC'
    FROM unnest(${membership.map((m) => m.code)}::text[], ${membership.map((m) => m.group)}::text[])
      AS member(code, group_name)
    JOIN "DistrictGroup" AS grp ON grp.name = member.group_name AND grp."regencyId" = ${regency.id}
    WHERE district.code = member.code AND district."districtGroupId" IS NULL`;

  const { count: aidStandardsInserted } = await prisma.aidStandard.createMany({
    data: [...AID_STANDARDS],
    skipDuplicates: true,
  });

  const { count: povertyIndicatorsInserted } = await prisma.povertyIndicator.createMany({
    data: POVERTY_RATES.map((rate) => ({ ...rate, regionId: regency.id })),
    skipDuplicates: true,
  });

  return {
    regionsInserted,
    parentsLinked,
    districtGroupsInserted,
    districtsGrouped,
    aidStandardsInserted,
    povertyIndicatorsInserted,
  };
}
