import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness.ts';
import { seedRefs, type SeedRefs } from '../testing/fixtures.ts';

let t: TestApp;
let refs: SeedRefs;
beforeAll(async () => {
  t = await createTestApp();
  refs = await seedRefs(t);
});
afterAll(() => t?.close());

describe('REVEAL events', () => {
  it('are found by the record they revealed, like READ_PII events', async () => {
    const reason = 'pencocokan data dengan laporan desa';
    await t.as('auditor').ok(`mutation($id: ID!, $r: String!) { revealPersonalData(entity: Beneficiary, id: $id, reason: $r) { nik } }`, { id: refs.beneficiaryId, r: reason });
    const record = `Beneficiary:${refs.beneficiaryId}`;
    const found = await t.as('auditor').ok(`query($r: String!) { auditEvents(where: { action: { equals: "REVEAL" }, recordIds: { has: $r } }) { actorName reason recordIds } }`, { r: record });
    expect(found.auditEvents).toEqual([{ actorName: 'auditor', reason, recordIds: [record] }]);
    // Another record's history does not list it.
    const other = await t.as('auditor').ok(`{ auditEventsCount(where: { action: { equals: "REVEAL" }, recordIds: { has: "Beneficiary:999999" } }) }`);
    expect(other.auditEventsCount).toBe(0);
  });
});
