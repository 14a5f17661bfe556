// "Did you mean …" hints name fields, input fields and enum values: in production they reach an
// ADMIN only; everyone else gets the rest of the message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../testing/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const messagesOf = async (client: Client, query: string, variables?: Record<string, unknown>) => ((await client.gql(query, variables)).errors ?? []).map((e) => e.message);

const CASES = {
  // Validation: an enum literal, an unknown input field, an unknown argument, an unknown field.
  enumLiteral: [`{ beneficiariesCount(where: { gender: { equals: FEMAL } }) }`, undefined, 'Value "FEMAL" does not exist in "Gender" enum.'],
  inputField: [`{ beneficiariesCount(where: { nme: { equals: "x" } }) }`, undefined, 'Field "nme" is not defined by type "BeneficiaryWhereInput".'],
  argument: [`mutation { login(username: "x", passwrd: "y") { id } }`, undefined, 'Unknown argument "passwrd" on field "Mutation.login".'],
  // Variable coercion, at execution.
  enumVariable: [`query($g: Gender) { beneficiariesCount(where: { gender: { equals: $g } }) }`, { g: 'FEMAL' }, 'Variable "$g" got invalid value "FEMAL"; Value "FEMAL" does not exist in "Gender" enum.'],
  inputVariable: [`query($w: BeneficiaryWhereInput) { beneficiariesCount(where: $w) }`, { w: { gendr: { equals: 'MALE' } } }, 'Variable "$w" got invalid value { gendr: { equals: "MALE" } }; Field "gendr" is not defined by type "BeneficiaryWhereInput".'],
} as const;

describe('field and enum suggestions in production', () => {
  for (const [name, [query, variables, bare]] of Object.entries(CASES)) {
    it(`are removed for anonymous callers and a VIEWER, the rest kept (${name})`, async () => {
      for (const client of [t.anonymous, t.as('viewer'), t.as('clerk')]) {
        const messages = await messagesOf(client, query, variables);
        expect(messages.join(' ')).not.toMatch(/Did you mean/);
        expect(messages).toContain(bare);
      }
    });

    it(`reach an ADMIN (${name})`, async () => {
      const messages = await messagesOf(t, query, variables);
      expect(messages.find((m) => m.startsWith(bare))).toMatch(/Did you mean/);
    });
  }

  it('are removed from a saved-query run’s variable errors for a VIEWER, and kept for an ADMIN', async () => {
    const { createSavedQuery } = await t.as('auditor').ok(`mutation($d: SavedQueryCreateInput!) { createSavedQuery(data: $d) { id } }`, {
      d: { name: 'Per jenis kelamin', purpose: 'Uji saran', document: 'query($g: Gender!) { beneficiariesCount(where: { gender: { equals: $g } }) }' },
    });
    await t.ok(`mutation($id: ID!) { approveSavedQueryVersion(id: $id, version: 1) { status } }`, { id: createSavedQuery.id });
    const RUN = `mutation($id: ID!, $v: JSON) { runSavedQuery(id: $id, variables: $v) { id } }`;
    const viewer = await messagesOf(t.as('viewer'), RUN, { id: createSavedQuery.id, v: { g: 'FEMAL' } });
    expect(viewer.join(' ')).toMatch(/does not exist in "Gender" enum/);
    expect(viewer.join(' ')).not.toMatch(/Did you mean/);
    expect((await messagesOf(t, RUN, { id: createSavedQuery.id, v: { g: 'FEMAL' } })).join(' ')).toMatch(/Did you mean the enum value "FEMALE"/);
  });
});
