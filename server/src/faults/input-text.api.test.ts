// Control characters in any string input are refused with BAD_USER_INPUT naming the field,
// before anything reaches the database; invisible formatting characters are stripped from
// stored texts; names are one line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type GraphQLResponse, type TestApp } from '../testing/harness.ts';
import { seedRefs, testNik, type SeedRefs } from '../testing/fixtures.ts';

let t: TestApp;
let refs: SeedRefs;
beforeAll(async () => {
  t = await createTestApp();
  refs = await seedRefs(t);
});
afterAll(() => t?.close());

const CREATE = `mutation($data: BeneficiaryCreateInput!) { createBeneficiary(data: $data) { id name notes } }`;
const person = (overrides: Record<string, unknown> = {}) => ({
  nik: testNik('1951-03-04', 'FEMALE'),
  kkNumber: '3212010101100002',
  name: 'Carini',
  gender: 'FEMALE',
  birthDate: '1951-03-04',
  villageId: refs.villageId,
  aidStandardId: refs.aidStandardId,
  ...overrides,
});
const refusal = (result: GraphQLResponse) => ({ code: result.errors?.[0]?.extensions?.code, field: result.errors?.[0]?.extensions?.field, data: result.data ?? null });

describe('control characters in string inputs', () => {
  it('refuses a NUL or another control character in data sent as variables, naming the field', async () => {
    const before = await t.db.prisma.beneficiary.count();
    for (const [field, value] of [['name', 'Siti\u0000'], ['name', 'Si\u0007ti'], ['notes', 'catatan\u001b[31m'], ['address', 'Blok\u007f'], ['name', 'A\u0085B']] as const) {
      const result = await t.gql(CREATE, { data: person({ [field]: value }) });
      expect(refusal(result), JSON.stringify(value)).toEqual({ code: 'BAD_USER_INPUT', field, data: null });
    }
    expect(await t.db.prisma.beneficiary.count()).toBe(before);
  });

  it('refuses one written inline in the document, as a \\u escape', async () => {
    const result = await t.gql(`mutation { createVenue(data: { name: "Balai\\u0000", villageId: "${refs.villageId}" }) { id } }`);
    expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'name', data: null });
    const argument = await t.gql(`{ region(id: "1\\u0000") { id } }`);
    expect(refusal(argument)).toEqual({ code: 'BAD_USER_INPUT', field: 'id', data: null });
  });

  it('refuses one in a filter value, naming the filtered field, inline or as a variable', async () => {
    const variable = await t.gql(`query($w: BeneficiaryWhereInput) { beneficiariesCount(where: $w) }`, { w: { OR: [{ name: { contains: 'a' } }, { name: { not: { in: ['x', '\u0000'] } } }] } });
    expect(refusal(variable)).toEqual({ code: 'BAD_USER_INPUT', field: 'name', data: null });
    const inline = await t.gql(`{ beneficiariesCount(where: { notes: { startsWith: "\\u0000" } }) }`);
    expect(refusal(inline)).toEqual({ code: 'BAD_USER_INPUT', field: 'notes', data: null });
    // A bare string variable is named by the argument it is given to.
    const bare = await t.gql(`query($s: String) { beneficiariesCount(where: { name: { equals: $s } }) }`, { s: 'x\u0000' });
    expect(refusal(bare)).toEqual({ code: 'BAD_USER_INPUT', field: 'name', data: null });
  });

  it('refuses one in the login username, anonymous, in Indonesian when asked', async () => {
    const result = await t.anonymous.gql(`mutation($u: String!) { login(username: $u, password: "x") { id } }`, { u: 'admin\u0000' }, { 'accept-language': 'id' });
    expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'username', data: null });
    expect(result.errors?.[0]?.message).toBe('username berisi karakter kontrol (seperti NUL) yang tidak boleh ada dalam teks.');
  });

  it('refuses one in a saved-query variable (a JSON argument), naming the variable', async () => {
    const created = await t.as('auditor').ok(`mutation($d: SavedQueryCreateInput!) { createSavedQuery(data: $d) { id } }`, {
      d: { name: 'Per nama', purpose: 'Uji karakter kontrol', document: 'query($n: String!) { beneficiariesCount(where: { name: { contains: $n } }) }' },
    });
    const id = created.createSavedQuery.id;
    await t.ok(`mutation($id: ID!) { approveSavedQueryVersion(id: $id, version: 1) { status } }`, { id });
    const runs = await t.db.prisma.savedQueryRun.count();
    const result = await t.as('viewer').gql(`mutation($id: ID!, $v: JSON) { runSavedQuery(id: $id, variables: $v) { id } }`, { id, v: { n: 'Si\u0000ti' } });
    expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'n', data: null });
    expect(await t.db.prisma.savedQueryRun.count()).toBe(runs);
    // Inline JSON literal too.
    const inline = await t.as('viewer').gql(`mutation { runSavedQuery(id: "${id}", variables: { n: "\\u0001" }) { id } }`);
    expect(refusal(inline)).toEqual({ code: 'BAD_USER_INPUT', field: 'n', data: null });
  });

  it('keeps tab, line feed and carriage return in multi-line texts', async () => {
    const { createBeneficiary } = await t.ok(CREATE, { data: person({ notes: 'baris satu\r\nbaris\tdua' }) });
    expect(createBeneficiary.notes).toBe('baris satu\r\nbaris\tdua');
  });
});

describe('invisible formatting characters and line breaks in texts', () => {
  it('stores "Sit\\u202Ei" without the override, and strips zero-width characters and marks', async () => {
    const { createBeneficiary } = await t.ok(CREATE, { data: person({ name: 'Sit\u202Ei', notes: '\uFEFFcatatan\u200B \u2066isolasi\u2069\u200E' }) });
    expect(createBeneficiary).toMatchObject({ name: 'Siti', notes: 'catatan isolasi' });
    const stored = await t.db.prisma.beneficiary.findUniqueOrThrow({ where: { id: Number(createBeneficiary.id) } });
    expect(stored.name).toBe('Siti');
    // On update too, and a name of invisible characters only is empty.
    const { beneficiary } = await t.ok(`query($id: ID!) { beneficiary(id: $id) { version } }`, { id: createBeneficiary.id });
    const updated = await t.ok(`mutation($id: ID!, $v: Int!, $d: BeneficiaryUpdateInput!) { updateBeneficiary(id: $id, version: $v, data: $d) { name } }`, { id: createBeneficiary.id, v: beneficiary.version, d: { name: 'Wa\u200Dr\u202Dsih' } });
    expect(updated.updateBeneficiary.name).toBe('Warsih');
    const empty = await t.gql(CREATE, { data: person({ name: '\u202E\u200B' }) });
    expect(refusal(empty)).toEqual({ code: 'BAD_USER_INPUT', field: 'name', data: null });
  });

  it('refuses a line break or tab in a name, which is one line', async () => {
    for (const name of ['Siti\nAminah', 'Siti\tAminah']) {
      expect(refusal(await t.gql(CREATE, { data: person({ name }) }))).toEqual({ code: 'BAD_USER_INPUT', field: 'name', data: null });
    }
  });
});
