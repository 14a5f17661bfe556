import { describe, expect, it } from 'vitest';
import { grammarOf } from '../../admin/src/data/grammar.ts';
import { filterToWhere } from '../../admin/src/data/where.ts';
import { firstList, resultTable } from '../../admin/src/resources/savedQueries/result.ts';
import { initialValues, inputKind, toVariables } from '../../admin/src/resources/savedQueries/variables.ts';
import { apiSchema } from '../support/schema.ts';

describe('the catalogue', () => {
  it('searches the names and purposes, not the computed owner name the API cannot filter on', () => {
    const grammar = grammarOf(apiSchema);
    expect(filterToWhere(grammar, grammar.entities.get('savedQueries')!, { q: 'sesi' })).toEqual({
      AND: [{ OR: [{ name: { contains: 'sesi' } }, { purpose: { contains: 'sesi' } }] }],
    });
  });
});

const variable = (name: string, namedType: string, more: object = {}) => ({
  name,
  namedType,
  kind: 'SCALAR' as const,
  list: false,
  required: false,
  defaultValue: null,
  enumValues: null,
  ...more,
});

describe('the run form of a saved query', () => {
  const role = variable('role', 'WorkerRole', { kind: 'ENUM', required: true, enumValues: ['TKSK', 'PSM'] });
  const year = variable('year', 'Int', { defaultValue: 2024 });
  const rate = variable('rate', 'Float');
  const active = variable('active', 'Boolean', { defaultValue: true });
  const day = variable('day', 'Date');
  const since = variable('since', 'DateTime');
  const roles = variable('roles', 'WorkerRole', { kind: 'ENUM', list: true, enumValues: ['TKSK', 'PSM'] });
  const where = variable('where', 'WorkerWhereInput', { kind: 'INPUT_OBJECT', defaultValue: { role: { equals: 'PSM' } } });
  const all = [role, year, rate, active, day, since, roles, where];

  it('asks for each type with its own input', () => {
    expect(all.map(inputKind)).toEqual(['select', 'int', 'float', 'boolean', 'date', 'datetime', 'text', 'json']);
  });

  it("starts from the document's defaults", () => {
    expect(initialValues(all)).toEqual({
      role: '',
      year: '2024',
      rate: '',
      active: 'true',
      day: '',
      since: '',
      roles: '',
      where: JSON.stringify({ role: { equals: 'PSM' } }, null, 2),
    });
  });

  it('sends typed variables and leaves an empty optional one to its default', () => {
    const values = { ...initialValues(all), role: 'PSM', rate: '12,77', day: '2024-05-21', roles: 'TKSK, PSM', year: '' };
    expect(toVariables(all, values)).toEqual({
      variables: { role: 'PSM', rate: 12.77, active: true, day: '2024-05-21', roles: ['TKSK', 'PSM'], where: { role: { equals: 'PSM' } } },
      errors: {},
    });
  });

  it('refuses what the server would refuse, naming the variable', () => {
    const values = { role: '', year: '20.5', rate: 'x', active: 'ya', day: '21/05/2024', since: 'kemarin', roles: 'TKSK, LURAH', where: '{' };
    expect(toVariables(all, values).errors).toEqual({
      role: 'required',
      year: 'int',
      rate: 'float',
      active: 'boolean',
      day: 'date',
      since: 'datetime',
      roles: 'enum',
      where: 'json',
    });
  });
});

describe('the result table of a run', () => {
  const data = {
    attendancesAggregate: [
      { key: { role: 'TKSK', session: { id: '2', name: 'Bimtek' } }, count: 31, distinct: { workers: 31 } },
      { key: { role: 'PSM', session: null }, count: 447, distinct: { workers: 447 }, tags: ['a'] },
    ],
  };

  it('flattens the first list in data, one column per field path', () => {
    expect(firstList({ me: { id: '1' }, x: { list: [1] } })).toEqual([1]);
    const table = resultTable(data);
    expect(table.columns.map((c) => [c.key, c.kind])).toEqual([
      ['key.role', 'text'],
      ['key.session.id', 'text'],
      ['key.session.name', 'text'],
      ['count', 'count'],
      ['distinct.workers', 'count'],
      ['key.session', 'text'],
      ['tags', 'text'],
    ]);
    expect(table.rows[1]).toEqual({ 'key.role': 'PSM', 'key.session': null, count: 447, 'distinct.workers': 447, tags: '["a"]' });
  });

  it('makes one row of a result without a list, and none of an empty one', () => {
    expect(resultTable({ workersCount: 1678 }).rows).toEqual([{ workersCount: 1678 }]);
    expect(resultTable(null).rows).toEqual([]);
  });
});
