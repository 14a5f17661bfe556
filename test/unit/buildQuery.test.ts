import { validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildQuery, RESTORE } from '../../admin/src/data/buildQuery.ts';
import type { Entity } from '../../admin/src/data/grammar.ts';
import { introspection, printedGrammar, printedSchema } from '../support/schema.ts';

const build = buildQuery(introspection);
const list = { pagination: { page: 2, perPage: 10 }, sort: { field: 'id', order: 'DESC' }, filter: {} };
const record = { id: '1', version: 4 };

/** Each react-admin call, with the operation of the grammar it needs. */
const calls: [string, Record<string, unknown>, keyof Entity][] = [
  ['GET_LIST', list, 'many'],
  ['GET_ONE', { id: '1' }, 'one'],
  ['GET_MANY', { ids: ['1', '2'] }, 'many'],
  ['GET_MANY_REFERENCE', { ...list, target: 'id', id: '1' }, 'many'],
  ['CREATE', { data: {} }, 'create'],
  ['UPDATE', { id: '1', data: {}, previousData: record }, 'update'],
  ['UPDATE_MANY', { ids: ['1', '2'], data: {}, meta: { versions: { 1: 4, 2: 7 } } }, 'update'],
  ['DELETE', { id: '1', previousData: record }, 'remove'],
  ['DELETE_MANY', { ids: ['1', '2'] }, 'remove'],
  [RESTORE, { id: '1' }, 'restore'],
];

describe('buildQuery', () => {
  const entities = [...printedGrammar.entities.values()];

  it('finds the registry entities in the grammar', () => {
    expect(entities.map((e) => e.resource)).toEqual(
      expect.arrayContaining([
        'aidDistributions', 'aidStandards', 'attendances', 'beneficiaries', 'districtGroups', 'povertyIndicators',
        'programs', 'regions', 'trainingSessions', 'venues', 'workers',
      ]),
    );
  });

  const available = entities.flatMap((entity) =>
    calls.filter(([, , operation]) => entity[operation]).map(([fetchType, params]) => [entity.resource, fetchType, params] as const),
  );

  it.each(available)(
    'builds a valid %s %s operation',
    (resource, fetchType, params) => {
      const { query } = build(fetchType, resource, params);
      expect(validate(printedSchema, query).map((e) => e.message)).toEqual([]);
    },
  );

  it('pages, sorts and counts with the same where', () => {
    const { variables } = build('GET_LIST', 'workers', { ...list, filter: { role: 'TKSK' } });
    expect(variables).toEqual({ where: { role: { equals: 'TKSK' } }, orderBy: [{ id: 'desc' }], skip: 10, take: 10 });
  });

  it('ignores a sort on a field the API cannot sort by', () => {
    const { variables } = build('GET_LIST', 'workers', { ...list, sort: { field: 'region.name', order: 'ASC' } });
    expect(variables?.orderBy).toBeUndefined();
  });

  it('drops a sort and a search on personal data for a caller who sees it masked', () => {
    const byNik = { ...list, sort: { field: 'nik', order: 'ASC' }, filter: { q: 'sum' } };
    const masked = build('GET_LIST', 'beneficiaries', { ...byNik, meta: { withoutPersonalData: true } }).variables;
    expect(masked).toMatchObject({ orderBy: undefined, where: { AND: [{ OR: [{ name: { contains: 'sum' } }] }] } });
    const clear = build('GET_MANY_REFERENCE', 'beneficiaries', { ...byNik, target: 'villageId', id: '3' }).variables;
    expect(clear?.orderBy).toEqual([{ nik: 'asc' }]);
  });

  it('leaves out relations (and their counts) to the types the caller may not read, as VIEWER', () => {
    const meta = { unreadableTypes: ['Beneficiary', 'AidDistribution', 'Attendance'] };
    const viewer = build('GET_ONE', 'workers', { id: '1', meta }).query;
    const text = JSON.stringify(viewer.loc?.source.body ?? '');
    expect(text).not.toMatch(/attendancesCount|registeredBeneficiariesCount|handedOverDistributionsCount/);
    expect(text).toMatch(/birthYear/);
    expect(validate(printedSchema, viewer)).toEqual([]);
    const region = JSON.stringify(build('GET_LIST', 'regions', { ...list, meta }).query.loc?.source.body ?? '');
    expect(region).not.toMatch(/beneficiariesCount/);
    expect(region).toMatch(/workersCount/);
    expect(JSON.stringify(build('GET_ONE', 'workers', { id: '1' }).query.loc?.source.body)).toMatch(/attendancesCount/);
  });

  it('knows which fields hold personal data, from what revealPersonalData shows', () => {
    const personal = (resource: string) => [...printedGrammar.entities.get(resource)!.personalFields].sort();
    expect(personal('beneficiaries')).toEqual(['address', 'kkNumber', 'nik', 'phone']);
    expect(personal('workers')).toEqual(['nik', 'phone']);
    expect(personal('venues')).toEqual([]);
  });

  it('sends the version the record was read at, and only the fields that changed', () => {
    const previousData = { id: '5', version: 3, name: 'Sri', phone: '0812' };
    const { variables } = build('UPDATE', 'beneficiaries', { id: '5', previousData, data: { ...previousData, name: 'Sri Wahyuni', __typename: 'Beneficiary' } });
    expect(variables).toEqual({ id: '5', version: 3, data: { name: 'Sri Wahyuni' } });
  });

  it('refuses an update without the version it was read at', () => {
    expect(() => build('UPDATE', 'beneficiaries', { id: '5', previousData: { id: '5' }, data: { name: 'x' } })).toThrow(/version/);
  });

  it('gives each record of updateMany its own version', () => {
    const { variables } = build('UPDATE_MANY', 'workers', { ids: ['1', '2'], data: { status: 'INACTIVE' }, meta: { versions: { 1: 4, 2: 7 } } });
    expect(variables).toEqual({ id0: '1', version0: 4, id1: '2', version1: 7, data: { status: 'INACTIVE' } });
  });

  it('parses records without __typename and with relations edited as id lists', () => {
    const { parseResponse } = build('GET_ONE', 'trainingSessions', { id: '2' });
    const raw = { __typename: 'TrainingSession', id: '2', venue: { __typename: 'Venue', id: '1', name: 'Balai Desa' }, servedDistrictIds: [{ __typename: 'Region', id: '3' }] };
    expect(parseResponse({ data: { data: raw }, loading: false, networkStatus: 7 })).toEqual({
      data: { id: '2', venue: { id: '1', name: 'Balai Desa' }, servedDistrictIds: ['3'] },
    });
  });
});
