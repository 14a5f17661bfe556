import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness.ts';

/** The figures of the seed article, read back through the GraphQL API. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('seed article figures', () => {
  it('has 238 attendances at the Karangtumaritis session of Tuesday 21 May 2024', async () => {
    const data = await t.ok(`{
      trainingSessions(where: { startsAt: { gte: "2024-05-21", lt: "2024-05-22" }, venue: { is: { name: { equals: "Balai Desa Karangtumaritis" } } } }) {
        title startsAt attendancesCount
        venue { name village { code name parent { name } } }
        districtGroup { name }
        servedDistricts(take: 10) { name }
      }
    }`);
    expect(data.trainingSessions).toHaveLength(1);
    const session = data.trainingSessions[0];
    expect(session.attendancesCount).toBe(238);
    expect(session.venue.village).toEqual({ code: '32.12.01.2011', name: 'Karangtumaritis', parent: { name: 'Haurgeulis' } });
    expect(session.districtGroup.name).toBe('Haurgeulis');
    expect(session.servedDistricts.map((d: { name: string }) => d.name).sort()).toEqual(['Anjatan', 'Gantar', 'Haurgeulis', 'Patrol', 'Sukra']);
    const count = await t.ok(`query($s: IDFilter!) { attendancesCount(where: { sessionId: $s }) }`, { s: { equals: (await t.ok(`{ trainingSessions(where: { startsAt: { gte: "2024-05-21", lt: "2024-05-22" } }) { id } }`)).trainingSessions[0].id } });
    expect(count.attendancesCount).toBe(238);
  });

  it('counts 1,678 distinct workers attending the 2024 training programme, across all six roles', async () => {
    const inProgramme = { attendances: { some: { session: { is: { program: { is: { year: { equals: 2024 }, kind: { equals: 'TRAINING' } } } } } } } };
    const data = await t.ok(
      `query($w: WorkerWhereInput!) {
        all: workersCount(where: $w)
        TKSK: workersCount(where: { AND: [$w, { role: { equals: TKSK } }] })
        PUSKESOS: workersCount(where: { AND: [$w, { role: { equals: PUSKESOS } }] })
        PSM: workersCount(where: { AND: [$w, { role: { equals: PSM } }] })
        PKH: workersCount(where: { AND: [$w, { role: { equals: PKH } }] })
        TAGANA: workersCount(where: { AND: [$w, { role: { equals: TAGANA } }] })
        SIKS_NG_OPERATOR: workersCount(where: { AND: [$w, { role: { equals: SIKS_NG_OPERATOR } }] })
      }`,
      { w: inProgramme },
    );
    expect(data.all).toBe(1678);
    const byRole = [data.TKSK, data.PUSKESOS, data.PSM, data.PKH, data.TAGANA, data.SIKS_NG_OPERATOR];
    expect(byRole.every((n: number) => n > 0)).toBe(true);
    expect(byRole.reduce((a: number, b: number) => a + b, 0)).toBe(1678);
  });

  it('has the 4 minimum aid standards, and the food aid of 21 May 2024 covers all of them', async () => {
    const data = await t.ok(`{
      aidStandards(orderBy: [{ code: asc }]) { code name distributionsCount }
      handedOver: aidDistributions(take: 500, where: { distributedOn: { equals: "2024-05-21" }, program: { is: { name: { contains: "permakanan" } } } }) { aidStandard { code } }
    }`);
    expect(data.aidStandards.map((s: { code: string }) => s.code)).toEqual(['ANAK_TELANTAR', 'DISABILITAS_TELANTAR', 'LANSIA_TELANTAR', 'TUNA_SOSIAL_TELANTAR']);
    const covered = new Set(data.handedOver.map((d: { aidStandard: { code: string } }) => d.aidStandard.code));
    expect(covered.size).toBe(4);
  });

  it("has Indramayu's poverty rate: 12.77 % in 2022 and 12.13 % in 2023", async () => {
    const data = await t.ok(`{ povertyIndicators(where: { region: { is: { code: { equals: "32.12" } } } }, orderBy: [{ year: asc }]) { year ratePercent region { name } } }`);
    expect(data.povertyIndicators).toEqual([
      { year: 2022, ratePercent: 12.77, region: { name: 'Kabupaten Indramayu' } },
      { year: 2023, ratePercent: 12.13, region: { name: 'Kabupaten Indramayu' } },
    ]);
  });

  it('has 31 districts and 317 villages in Indramayu', async () => {
    const data = await t.ok(`{
      districts: regionsCount(where: { level: { equals: DISTRICT }, parent: { is: { code: { equals: "32.12" } } } })
      villages: regionsCount(where: { level: { equals: VILLAGE }, code: { startsWith: "32.12." } })
    }`);
    expect(data).toEqual({ districts: 31, villages: 317 });
  });
});
