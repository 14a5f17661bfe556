import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness.ts';
import { seedRefs, testNik, type SeedRefs } from '../testing/fixtures.ts';

let t: TestApp;
let refs: SeedRefs;
beforeAll(async () => {
  t = await createTestApp();
  refs = await seedRefs(t);
});
afterAll(() => t?.close());

const CREATE = `mutation($data: BeneficiaryCreateInput!) { createBeneficiary(data: $data) { id nik } }`;
const person = (overrides: Record<string, unknown> = {}) => ({
  nik: testNik('1948-02-11', 'FEMALE'),
  kkNumber: '3212010101100002',
  name: 'Casiah',
  gender: 'FEMALE',
  birthDate: '1948-02-11',
  villageId: refs.villageId,
  aidStandardId: refs.aidStandardId,
  ...overrides,
});

async function errorOf(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const body = await t.gql(query, variables, headers);
  expect(body.errors, JSON.stringify(body)).toHaveLength(1);
  return body.errors![0]!;
}

describe('NIK validation', () => {
  it('rejects a NIK that is not 16 digits on the nik field', async () => {
    const error = await errorOf(CREATE, { data: person({ nik: '32120151024800' }) });
    expect(error).toMatchObject({ message: 'NIK must be exactly 16 digits.', extensions: { code: 'BAD_USER_INPUT', field: 'nik' } });
  });

  it('rejects a NIK whose province code does not exist', async () => {
    const error = await errorOf(CREATE, { data: person({ nik: '9912015102480001' }) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nik' });
    expect(error.message).toContain('not a province code');
  });

  it('rejects a NIK whose date part disagrees with the birth date, naming the expected digits', async () => {
    const error = await errorOf(CREATE, { data: person({ nik: '3212015202480001' }) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nik' });
    expect(error.message).toContain('expected 510248');
  });

  it('rejects a woman whose NIK day is not written + 40', async () => {
    const error = await errorOf(CREATE, { data: person({ nik: '3212011102480001' }) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nik' });
  });

  it('answers in Indonesian when the request asks for it', async () => {
    const error = await errorOf(CREATE, { data: person({ nik: '123' }) }, { 'accept-language': 'id-ID,id;q=0.9,en;q=0.8' });
    expect(error.message).toBe('NIK harus tepat 16 angka.');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'nik' });
  });

  it('reports a NIK already registered as DUPLICATE with the existing record id', async () => {
    const first = await t.ok(CREATE, { data: person() });
    const again = person({ nik: first.createBeneficiary.nik, kkNumber: '3212010101100003' });
    const error = await errorOf(CREATE, { data: again });
    expect(error.extensions).toEqual({ code: 'DUPLICATE', field: 'nik', existingId: first.createBeneficiary.id });
  });

  it('rejects an invalid No. KK on its field', async () => {
    const error = await errorOf(CREATE, { data: person({ kkNumber: '0012010101100001' }) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kkNumber' });
  });
});

describe('other validation', () => {
  it('rejects a birth date in the future', async () => {
    const error = await errorOf(CREATE, { data: person({ birthDate: '2999-01-01', nik: '3212014101990001' }) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'birthDate' });
  });

  it('rejects an impossible date with the field named', async () => {
    const error = await errorOf(CREATE, { data: person({ birthDate: '1948-02-30' }) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'birthDate' });
    expect(error.message).toContain('1948-02-30');
  });

  it('rejects a village that is a district', async () => {
    const error = await errorOf(CREATE, { data: person({ villageId: refs.districtId }) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'villageId' });
    expect(error.message).toContain('must be a village');
  });

  it('rejects a reference to a record that does not exist', async () => {
    const error = await errorOf(CREATE, { data: person({ aidStandardId: '99999' }) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'aidStandardId' });
  });

  it('rejects an id that is not a number', async () => {
    const error = await errorOf(`{ beneficiary(id: "abc") { id } }`, {});
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('rejects an empty required text', async () => {
    const error = await errorOf(CREATE, { data: person({ name: '   ' }) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('rejects an unknown enum value with a clear message and no stack', async () => {
    const error = await errorOf(CREATE, { data: person({ gender: 'OTHER' }) });
    expect(error.message).toContain('OTHER');
    expect(JSON.stringify(error)).not.toMatch(/stack|at \w+ \(|\.ts:\d+/);
  });

  it('refuses aid under a TRAINING programme', async () => {
    const error = await errorOf(`mutation($d: AidDistributionCreateInput!) { createAidDistribution(data: $d) { id } }`, {
      d: { beneficiaryId: refs.beneficiaryId, programId: refs.trainingProgramId, distributedOn: '2024-05-21', items: 'Paket', valueRupiah: 1 },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'programId' });
  });
});

describe('errors never leak internals', () => {
  it('masks an unexpected database error: no SQL, table name or stack reaches the client', async () => {
    await t.db.prisma.$executeRawUnsafe('ALTER TABLE "Venue" RENAME TO "VenueGone"');
    try {
      const error = await errorOf(`{ venues { id name } }`, {});
      expect(error.message).toBe('Unexpected error.');
      expect(JSON.stringify(error)).not.toMatch(/VenueGone|SELECT|relation|prisma|\.ts:\d+/i);
    } finally {
      await t.db.prisma.$executeRawUnsafe('ALTER TABLE "VenueGone" RENAME TO "Venue"');
    }
  });
});
