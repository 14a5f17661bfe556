import type { TestApp } from './harness.ts';

/** Ids of seeded records that tests build on (looked up by natural keys, never hard-coded). */
export interface SeedRefs {
  regencyId: string;
  districtId: string;
  villageId: string;
  otherVillageId: string;
  trainingProgramId: string;
  aidProgramId: string;
  venueId: string;
  sessionId: string;
  workerId: string;
  aidStandardId: string;
  beneficiaryId: string;
  districtGroupId: string;
}

export async function seedRefs(t: TestApp): Promise<SeedRefs> {
  const data = await t.ok(`{
    regency: regions(where: { code: { equals: "32.12" } }) { id }
    district: regions(where: { code: { equals: "32.12.01" } }) { id }
    village: regions(where: { code: { equals: "32.12.01.2011" } }) { id }
    otherVillage: regions(where: { code: { equals: "32.12.01.2008" } }) { id }
    training: programs(where: { kind: { equals: TRAINING }, year: { equals: 2024 } }) { id }
    aid: programs(where: { kind: { equals: AID }, year: { equals: 2024 } }) { id }
    venue: venues(where: { name: { equals: "Balai Desa Karangtumaritis" } }) { id }
    session: trainingSessions(where: { startsAt: { gte: "2024-05-21", lt: "2024-05-22" } }) { id }
    worker: workers(take: 1) { id }
    standard: aidStandards(where: { code: { equals: "LANSIA_TELANTAR" } }) { id }
    beneficiary: beneficiaries(take: 1) { id }
    group: districtGroups(where: { name: { equals: "Haurgeulis" } }) { id }
  }`);
  const first = (key: string) => {
    const rows = data[key] as { id: string }[];
    if (!rows[0]) throw new Error(`seed is missing ${key}`);
    return rows[0].id;
  };
  return {
    regencyId: first('regency'),
    districtId: first('district'),
    villageId: first('village'),
    otherVillageId: first('otherVillage'),
    trainingProgramId: first('training'),
    aidProgramId: first('aid'),
    venueId: first('venue'),
    sessionId: first('session'),
    workerId: first('worker'),
    aidStandardId: first('standard'),
    beneficiaryId: first('beneficiary'),
    districtGroupId: first('group'),
  };
}

let serial = 9000;
/** A valid NIK from Haurgeulis (321201) for the given birth date and gender, unique per call. */
export function testNik(birthDate: string, gender: 'MALE' | 'FEMALE'): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const day = String(d + (gender === 'FEMALE' ? 40 : 0)).padStart(2, '0');
  serial += 1;
  return `321201${day}${String(m).padStart(2, '0')}${String(y % 100).padStart(2, '0')}${serial}`;
}
