import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness.ts';
import { seedRefs, testNik, type SeedRefs } from '../../testing/fixtures.ts';

/**
 * Beneficiary.districtId is kept by the database (triggers of migration
 * 20261127221507_beneficiary_district), never by the application: it must follow the village on
 * create, on a change of village, and when a village is moved to another district.
 */
let t: TestApp;
let refs: SeedRefs;
let otherDistrictId: string;
let otherDistrictVillageId: string;
beforeAll(async () => {
  t = await createTestApp();
  refs = await seedRefs(t);
  const data = await t.ok(`{
    district: regions(where: { code: { equals: "32.12.02" } }) { id }
    village: regions(where: { level: { equals: VILLAGE }, parent: { is: { code: { equals: "32.12.02" } } } }, take: 1) { id }
  }`);
  otherDistrictId = data.district[0].id;
  otherDistrictVillageId = data.village[0].id;
});
afterAll(() => t?.close());

const READ = 'query($id: ID!) { beneficiary(id: $id) { id version villageId districtId district { id level } } }';
const IN_DISTRICT = 'query($d: ID!, $id: ID!) { beneficiariesCount(where: { districtId: { equals: $d }, id: { equals: $id } }) }';

async function createBeneficiary(villageId: string) {
  const data = await t.ok('mutation($data: BeneficiaryCreateInput!) { createBeneficiary(data: $data) { id version districtId } }', {
    data: { nik: testNik('1961-02-03', 'MALE'), kkNumber: '3212010101010001', name: 'Darsa', gender: 'MALE', birthDate: '1961-02-03', villageId, aidStandardId: refs.aidStandardId },
  });
  return data.createBeneficiary as { id: string; version: number; districtId: string };
}

describe('the district of a beneficiary', () => {
  it('is the village’s district on create, readable and filterable', async () => {
    const created = await createBeneficiary(refs.villageId);
    expect(created.districtId).toBe(refs.districtId);
    const { beneficiary } = await t.ok(READ, { id: created.id });
    expect(beneficiary.district).toEqual({ id: refs.districtId, level: 'DISTRICT' });
    expect((await t.ok(IN_DISTRICT, { d: refs.districtId, id: created.id })).beneficiariesCount).toBe(1);
  });

  it('follows a change of village', async () => {
    const created = await createBeneficiary(refs.villageId);
    const moved = await t.ok('mutation($id: ID!, $v: Int!, $data: BeneficiaryUpdateInput!) { updateBeneficiary(id: $id, version: $v, data: $data) { districtId } }', {
      id: created.id,
      v: created.version,
      data: { villageId: otherDistrictVillageId },
    });
    expect(moved.updateBeneficiary.districtId).toBe(otherDistrictId);
    expect((await t.ok(IN_DISTRICT, { d: refs.districtId, id: created.id })).beneficiariesCount).toBe(0);
    expect((await t.ok(IN_DISTRICT, { d: otherDistrictId, id: created.id })).beneficiariesCount).toBe(1);
  });

  it('follows the village when the village is moved to another district', async () => {
    const created = await createBeneficiary(refs.otherVillageId);
    const { region } = await t.ok('query($id: ID!) { region(id: $id) { version } }', { id: refs.otherVillageId });
    // A village's code starts with its district's, so a move changes both.
    const UPDATE_REGION = 'mutation($id: ID!, $v: Int!, $p: ID!, $c: String!) { updateRegion(id: $id, version: $v, data: { parentId: $p, code: $c }) { version parentId } }';
    const moved = await t.ok(UPDATE_REGION, { id: refs.otherVillageId, v: region.version, p: otherDistrictId, c: '32.12.02.2998' });
    expect((await t.ok(READ, { id: created.id })).beneficiary.districtId).toBe(otherDistrictId);
    // Moved back, every beneficiary of the village is back in the first district.
    await t.ok(UPDATE_REGION, { id: refs.otherVillageId, v: moved.updateRegion.version, p: refs.districtId, c: '32.12.01.2008' });
    expect((await t.ok(READ, { id: created.id })).beneficiary.districtId).toBe(refs.districtId);
    const raw = await t.db.prisma.$queryRawUnsafe<{ stale: number }[]>(
      'SELECT count(*)::int AS stale FROM "Beneficiary" b JOIN "Region" v ON v.id = b."villageId" WHERE b."districtId" IS DISTINCT FROM v."parentId"',
    );
    expect(raw[0]!.stale).toBe(0);
  });

  it('cannot be written by a client, nor by a direct write to the column', async () => {
    const created = await createBeneficiary(refs.villageId);
    const refused = await t.gql('mutation($id: ID!, $v: Int!) { updateBeneficiary(id: $id, version: $v, data: { districtId: "1" }) { id } }', { id: created.id, v: created.version });
    expect(refused.errors?.[0]?.message).toMatch(/districtId/);
    await t.db.prisma.$executeRawUnsafe('UPDATE "Beneficiary" SET "districtId" = $1 WHERE id = $2', Number(otherDistrictId), Number(created.id));
    expect((await t.ok(READ, { id: created.id })).beneficiary.districtId).toBe(refs.districtId);
  });
});
