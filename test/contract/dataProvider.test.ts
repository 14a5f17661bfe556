// The admin's real data provider against the real server (in-process, fresh seeded database):
// every react-admin method on beneficiaries, workers, training sessions and attendances, and
// what the grammar asks of a client (the page cap, versions, errors on fields, the trash).
import { DEMO_FIGURES } from '@pilar/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApolloClient } from '../../admin/src/data/apolloClient.ts';
import { createDataProvider, type PilarDataProvider } from '../../admin/src/data/dataProvider.ts';
import type { ApiErrorBody } from '../../admin/src/data/errors.ts';
import { newPerson } from '../support/people.ts';
import { apiSchema } from '../support/schema.ts';
import { startServer, type RunningServer } from '../support/server.ts';
import { signedInFetch } from '../support/session.ts';

let server: RunningServer;
let dp: PilarDataProvider;
let signedIn: typeof fetch;
/** The admin's data provider in the given UI language, signed in as the administrator unless anonymous. */
const provider = (locale: string, { anonymous = false } = {}) =>
  createDataProvider(createApolloClient({ uri: server.graphqlUrl, getLocale: () => locale, fetch: anonymous ? undefined : signedIn }), apiSchema);
type RaRecord = Awaited<ReturnType<PilarDataProvider['getOne']>>['data'];
/** Records of the demo data the tests refer to, found in beforeAll. */
const ids = { karangtumaritis: '', haurgeulis: '', aidStandard: '', trainingProgram: '', venue: '', karangtumaritisSession: '' };

const page = (perPage = 25, pageNumber = 1) => ({ page: pageNumber, perPage });
const byId = { field: 'id', order: 'ASC' as const };

async function one(resource: string, filter: Record<string, unknown>): Promise<RaRecord> {
  const { data } = await dp.getList(resource, { filter, pagination: page(1), sort: byId });
  if (!data[0]) throw new Error(`No ${resource} matches ${JSON.stringify(filter)}`);
  return data[0];
}

async function rejection(promise: Promise<unknown>): Promise<{ message: string; status: number; body: ApiErrorBody }> {
  try {
    await promise;
  } catch (error) {
    return error as { message: string; status: number; body: ApiErrorBody };
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  server = await startServer();
  signedIn = await signedInFetch(server.graphqlUrl);
  dp = provider('id');
  ids.karangtumaritis = String((await one('regions', { code: DEMO_FIGURES.karangtumaritisVillageCode })).id);
  ids.haurgeulis = String((await one('regions', { code: '32.12.01' })).id);
  ids.aidStandard = String((await one('aidStandards', { code: 'LANSIA_TELANTAR' })).id);
  ids.trainingProgram = String((await one('programs', { kind: 'TRAINING' })).id);
  ids.venue = String((await one('venues', { name: DEMO_FIGURES.karangtumaritisVenueName })).id);
  ids.karangtumaritisSession = String((await one('trainingSessions', { venueId: ids.venue })).id);
});
afterAll(async () => {
  await server?.close();
});

interface Case {
  resource: string;
  /** Valid data for a new record, different on every call. */
  make: () => Promise<Record<string, unknown>>;
  /** A change to the new record, and a field it shows in. */
  change: Record<string, unknown>;
  /** A filter that finds the record among the demo data. */
  find: (record: RaRecord) => Record<string, unknown>;
}

let workerCount = 0;
const workerData = async () => {
  workerCount += 1;
  const { kkNumber: _familyCard, ...person } = newPerson('FEMALE', '1990-03-07');
  return { ...person, name: `Siti Kontrak ${workerCount}`, role: 'PSM', regionId: ids.karangtumaritis, joinedAt: '2024-01-15' };
};

const cases: Case[] = [
  {
    resource: 'beneficiaries',
    make: async () => ({ ...newPerson('MALE', '1985-05-17'), name: 'Budi Kontrak', villageId: ids.karangtumaritis, aidStandardId: ids.aidStandard }),
    change: { address: 'Blok Karang RT 01/02' },
    find: (record) => ({ q: record.nik }),
  },
  {
    resource: 'workers',
    make: workerData,
    change: { status: 'INACTIVE' },
    find: (record) => ({ q: record.nik, role: 'PSM' }),
  },
  {
    resource: 'trainingSessions',
    make: async () => ({
      title: `Bimtek Kontrak ${Math.random().toString(36).slice(2, 8)}`,
      programId: ids.trainingProgram,
      venueId: ids.venue,
      startsAt: '2024-08-06T01:00:00.000Z',
      servedDistrictIds: [ids.haurgeulis],
    }),
    change: { capacity: 40, servedDistrictIds: [] },
    find: (record) => ({ q: record.title }),
  },
  {
    resource: 'attendances',
    make: async () => {
      const worker = await dp.create('workers', { data: await workerData() });
      return { sessionId: ids.karangtumaritisSession, workerId: worker.data.id };
    },
    change: { status: 'ATTENDED' },
    find: (record) => ({ workerId: record.workerId, sessionId: record.sessionId }),
  },
];

describe.each(cases)('$resource', ({ resource, make, change, find }) => {
  it('creates a record and reads it back with getOne, getMany and getList', async () => {
    const data = await make();
    const { data: created } = await dp.create(resource, { data: { ...data, id: 'ignored', __typename: 'Ignored' } });
    expect(created).toMatchObject({ ...data, version: 1, deletedAt: null });
    expect(created.id).not.toBe('ignored');
    expect(JSON.stringify(created)).not.toContain('__typename');

    expect((await dp.getOne(resource, { id: created.id })).data).toEqual(created);
    const other = await dp.create(resource, { data: await make() });
    const many = await dp.getMany(resource, { ids: [created.id, other.data.id] });
    expect(many.data.map((r) => r.id).sort()).toEqual([created.id, other.data.id].sort());
    const found = await dp.getList(resource, { filter: find(created), pagination: page(), sort: byId });
    expect(found.data.map((r) => r.id)).toEqual([created.id]);
    expect(found.total).toBe(1);
  });

  it('updates with the version it read, and refuses a stale version without changing anything', async () => {
    const { data: created } = await dp.create(resource, { data: await make() });
    const { data: updated } = await dp.update(resource, { id: created.id, data: { ...created, ...change }, previousData: created });
    expect(updated).toMatchObject({ ...change, version: 2 });

    const stale = await rejection(dp.update(resource, { id: created.id, data: { ...created, notes: 'lost?' }, previousData: created }));
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(stale.body.currentVersion).toBe(2);
    expect((await dp.getOne(resource, { id: created.id })).data).toEqual(updated);
  });

  it('updates many records, each at its own version', async () => {
    const a = (await dp.create(resource, { data: await make() })).data;
    const b = (await dp.create(resource, { data: await make() })).data;
    await dp.update(resource, { id: b.id, data: { notes: 'first change' }, previousData: b });
    const { data } = await dp.updateMany(resource, { ids: [a.id, b.id], data: { notes: 'checked' } });
    expect(data?.sort()).toEqual([a.id, b.id].sort());
    const after = await dp.getMany(resource, { ids: [a.id, b.id] });
    expect(after.data.map((r) => [r.notes, r.version])).toEqual(expect.arrayContaining([['checked', 2], ['checked', 3]]));
  });

  it('moves records to the trash and restores them', async () => {
    const a = (await dp.create(resource, { data: await make() })).data;
    const b = (await dp.create(resource, { data: await make() })).data;
    const c = (await dp.create(resource, { data: await make() })).data;

    const { data: deleted } = await dp.delete(resource, { id: a.id, previousData: a });
    expect(deleted.deletedAt).toEqual(expect.any(String));
    expect((await dp.deleteMany(resource, { ids: [b.id, c.id] })).data?.sort()).toEqual([b.id, c.id].sort());

    const live = await dp.getList(resource, { filter: { id: [a.id, b.id, c.id] }, pagination: page(), sort: byId });
    expect(live.total).toBe(0);
    const trash = await dp.getList(resource, { filter: { id: [a.id, b.id, c.id], deletedAt_exists: true }, pagination: page(), sort: byId });
    expect(trash.data.map((r) => r.id).sort()).toEqual([a.id, b.id, c.id].sort());
    // Asked for by id, a record in the trash is still found (a reference to it still shows).
    expect((await dp.getMany(resource, { ids: [a.id] })).data).toHaveLength(1);

    const { data: restored } = await dp.restore(resource, { id: a.id });
    expect(restored.deletedAt).toBeNull();
    expect((await dp.getList(resource, { filter: { id: [a.id, b.id, c.id] }, pagination: page(), sort: byId })).data.map((r) => r.id)).toEqual([a.id]);
  });
});

describe('getList', () => {
  it('pages and sorts', async () => {
    const first = await dp.getList('workers', { filter: {}, pagination: page(10), sort: { field: 'birthDate', order: 'DESC' } });
    const second = await dp.getList('workers', { filter: {}, pagination: page(10, 2), sort: { field: 'birthDate', order: 'DESC' } });
    expect(first.data).toHaveLength(10);
    expect(first.total).toBeGreaterThanOrEqual(DEMO_FIGURES.workers);
    const dates = [...first.data, ...second.data].map((r) => r.birthDate as string);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('reads a window larger than the API page cap of 500 in pages', async () => {
    const { data, total } = await dp.getList('workers', { filter: {}, pagination: page(1000, 2), sort: byId });
    expect(total).toBeGreaterThan(1000);
    expect(data).toHaveLength(Math.min(1000, total! - 1000));
    expect(new Set(data.map((r) => r.id)).size).toBe(data.length);
  });

  it('filters by enum, by reference and by a kecamatan through the village', async () => {
    const tksk = await dp.getList('workers', { filter: { role: 'TKSK' }, pagination: page(100), sort: byId });
    expect(tksk.total).toBe(DEMO_FIGURES.tkskWorkers);
    expect(new Set(tksk.data.map((r) => r.role))).toEqual(new Set(['TKSK']));

    const inVillage = await dp.getList('beneficiaries', { filter: { villageId: ids.karangtumaritis }, pagination: page(100), sort: byId });
    expect(inVillage.total).toBeGreaterThan(0);
    expect(new Set(inVillage.data.map((r) => r.villageId))).toEqual(new Set([ids.karangtumaritis]));

    const inDistrict = await dp.getList('beneficiaries', { filter: { village: { parentId: ids.haurgeulis } }, pagination: page(500), sort: byId });
    const villages = await dp.getMany('regions', { ids: [...new Set(inDistrict.data.map((r) => r.villageId as string))] });
    expect(inDistrict.total).toBeGreaterThan(inVillage.total!);
    expect(new Set(villages.data.map((v) => v.parentId))).toEqual(new Set([ids.haurgeulis]));

    // The list's kecamatan filter reads the database-kept districtId: the same records.
    const byDistrictId = await dp.getList('beneficiaries', { filter: { districtId: ids.haurgeulis }, pagination: page(500), sort: byId });
    expect(byDistrictId.total).toBe(inDistrict.total);
    expect(byDistrictId.data.map((r) => r.id)).toEqual(inDistrict.data.map((r) => r.id));
  });

  it('filters by a date range and by a day on a moment', async () => {
    const may = await dp.getList('aidDistributions', {
      filter: { distributedOn_gte: '2024-05-01', distributedOn_lte: '2024-05-31' },
      pagination: page(500),
      sort: { field: 'distributedOn', order: 'ASC' },
    });
    expect(may.total).toBeGreaterThanOrEqual(DEMO_FIGURES.handoverDistributions);
    expect(may.data.every((r) => r.distributedOn >= '2024-05-01' && r.distributedOn <= '2024-05-31')).toBe(true);

    const onTheDay = await dp.getList('trainingSessions', {
      filter: { startsAt_gte: DEMO_FIGURES.handoverDate, startsAt_lte: DEMO_FIGURES.handoverDate },
      pagination: page(),
      sort: byId,
    });
    expect(onTheDay.data.map((r) => r.id)).toEqual([ids.karangtumaritisSession]);
  });

  it('searches the text fields with q, ignoring case', async () => {
    const { data } = await dp.getList('regions', { filter: { q: 'KARANGTUMARITIS' }, pagination: page(), sort: byId });
    expect(data.map((r) => r.id)).toEqual([ids.karangtumaritis]);
  });
});

describe('getManyReference', () => {
  it("lists a session's roster", async () => {
    const { data, total } = await dp.getManyReference('attendances', {
      target: 'sessionId',
      id: ids.karangtumaritisSession,
      filter: {},
      pagination: page(25),
      sort: byId,
    });
    expect(total).toBeGreaterThanOrEqual(DEMO_FIGURES.karangtumaritisAttendances);
    expect(data).toHaveLength(25);
    expect(new Set(data.map((r) => r.sessionId))).toEqual(new Set([ids.karangtumaritisSession]));
  });

  it("lists a region's children", async () => {
    const { data } = await dp.getManyReference('regions', { target: 'parentId', id: ids.haurgeulis, filter: {}, pagination: page(50), sort: { field: 'code', order: 'ASC' } });
    expect(data.map((r) => r.code)).toContain(DEMO_FIGURES.karangtumaritisVillageCode);
  });
});

describe('errors', () => {
  const invalidNik = async () => ({ ...newPerson('MALE', '1985-05-17'), nik: '3212013205850001', name: 'Budi', villageId: ids.karangtumaritis, aidStandardId: ids.aidStandard });

  it('puts a validation message on the field it concerns, in the UI language', async () => {
    const data = await invalidNik();
    const id = await rejection(dp.create('beneficiaries', { data }));
    expect(id.status).toBe(400);
    expect(id.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nik', errors: { nik: id.message } });

    const en = await rejection(provider('en').create('beneficiaries', { data }));
    expect(en.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nik' });
    expect(en.message).not.toBe(id.message);
  });

  it('reports a value the server refuses before running the request on its field', async () => {
    const data = { ...(await invalidNik()), nik: newPerson('MALE', '1985-05-17').nik, birthDate: '1985-13-45' };
    const error = await rejection(dp.create('beneficiaries', { data }));
    expect(error.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'birthDate', errors: { birthDate: error.message } });
  });

  it('names the existing record of a duplicate NIK', async () => {
    const data = { ...(await invalidNik()), ...newPerson('MALE', '1985-05-17') };
    const first = await dp.create('beneficiaries', { data });
    const duplicate = await rejection(dp.create('beneficiaries', { data }));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ code: 'DUPLICATE', field: 'nik', existingId: first.data.id, errors: { nik: duplicate.message } });
  });

  it('refuses a caller who is not signed in', async () => {
    const refused = await rejection(provider('id', { anonymous: true }).getList('workers', { filter: {}, pagination: page(), sort: byId }));
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('UNAUTHENTICATED');
  });

  it('says when a record does not exist', async () => {
    const missing = await rejection(dp.getOne('workers', { id: '999999' }));
    expect(missing.status).toBe(404);
  });
});
