import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness.ts';

let t: TestApp;
let haurgeulis: number;
let kroya: number;

beforeAll(async () => {
  t = await createTestApp();
  const data = await t.ok(`{ h: regions(where: { code: { equals: "32.12.01" } }) { id } k: regions(where: { code: { equals: "32.12.02" } }) { id } }`);
  haurgeulis = Number(data.h[0].id);
  kroya = Number(data.k[0].id);
});
afterAll(() => t?.close());

const eventsOf = (id: string) =>
  t.db.prisma.auditEvent.findMany({ where: { entity: 'User', recordId: id }, orderBy: { id: 'asc' }, select: { action: true, before: true, after: true } });

describe("the audit trail of a clerk's regions", () => {
  it('records the region ids a user is created with and how an update changes them', async () => {
    const created = await t.ok(`mutation($d: UserCreateInput!) { createUser(data: $d) { id version } }`, {
      d: { username: 'petugas.wilayah', password: 'kata sandi petugas', role: 'CLERK', regionIds: [String(kroya), String(haurgeulis)] },
    });
    const id = created.createUser.id as string;
    await t.ok(`mutation($id: ID!, $v: Int!, $r: [ID!]) { updateUser(id: $id, version: $v, data: { regionIds: $r }) { id } }`, {
      id,
      v: created.createUser.version,
      r: [String(haurgeulis)],
    });
    const [create, update] = await eventsOf(id);
    expect(create).toMatchObject({ action: 'CREATE', after: { username: 'petugas.wilayah', regionIds: [haurgeulis, kroya].sort((a, b) => a - b) } });
    expect(update).toEqual({ action: 'UPDATE', before: { regionIds: [haurgeulis, kroya].sort((a, b) => a - b) }, after: { regionIds: [haurgeulis] } });
  });

  it('leaves unchanged regions out of an update event', async () => {
    const created = await t.ok(`mutation($d: UserCreateInput!) { createUser(data: $d) { id version } }`, {
      d: { username: 'petugas.tetap', password: 'kata sandi petugas', role: 'CLERK', regionIds: [String(haurgeulis)] },
    });
    const id = created.createUser.id as string;
    await t.ok(`mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, data: { displayName: "Petugas Tetap", regionIds: ["${haurgeulis}"] }) { id } }`, {
      id,
      v: created.createUser.version,
    });
    const update = (await eventsOf(id)).find((e) => e.action === 'UPDATE');
    expect(update).toEqual({ action: 'UPDATE', before: { displayName: null }, after: { displayName: 'Petugas Tetap' } });
  });
});
