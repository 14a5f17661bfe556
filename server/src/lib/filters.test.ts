import { describe, expect, it } from 'vitest';
import '../schema.ts';
import { listWhere, toPrismaOrderBy, toPrismaWhere } from './filters.ts';

describe('toPrismaWhere', () => {
  it('makes text matches case-insensitive and leaves equals exact', () => {
    expect(toPrismaWhere('Beneficiary', { name: { contains: 'siti' }, nik: { equals: '3212015705850002' } })).toEqual({
      name: { contains: 'siti', mode: 'insensitive' },
      nik: { equals: '3212015705850002' },
    });
  });

  it('refuses a filter whose lists hold more than 10,000 values in all, each list within 1,000', () => {
    const lists = (n: number) => ({ OR: Array.from({ length: n }, (_, i) => ({ name: { in: Array.from({ length: 1_000 }, (_, j) => `${i}-${j}`) } })) });
    expect(() => toPrismaWhere('Beneficiary', lists(11))).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'where' }) }));
    expect(() => toPrismaWhere('Beneficiary', lists(9))).not.toThrow();
  });

  it('escapes %, _ and \\ in text matches, nested ones too, and leaves equals and in alone', () => {
    expect(toPrismaWhere('Beneficiary', { name: { contains: '50%_a\\b', equals: '%', in: ['_'], not: { startsWith: '_' } } })).toEqual({
      name: { contains: '50\\%\\_a\\\\b', equals: '%', in: ['_'], not: { startsWith: '\\_' }, mode: 'insensitive' },
    });
  });

  it('parses record ids in id and foreign-key filters', () => {
    expect(toPrismaWhere('Beneficiary', { id: { in: ['1', '2'] }, villageId: { equals: '7' } })).toEqual({
      id: { in: [1, 2] },
      villageId: { equals: 7 },
    });
  });

  it('rejects an id that is not a number, naming the field', () => {
    expect(() => toPrismaWhere('Beneficiary', { villageId: { equals: 'abc' } })).toThrow(/villageId/);
  });

  it('maps nested to-one relation filters with the target model', () => {
    expect(toPrismaWhere('Beneficiary', { village: { is: { parentId: { equals: '3' }, name: { startsWith: 'k' } } } })).toEqual({
      village: { is: { parentId: { equals: 3 }, name: { startsWith: 'k', mode: 'insensitive' } } },
    });
  });

  it('leaves records in the trash out of to-many relation filters', () => {
    expect(toPrismaWhere('Worker', { attendances: { some: { status: { equals: 'ATTENDED' } } } })).toEqual({
      attendances: { some: { AND: [{ status: { equals: 'ATTENDED' } }, { deletedAt: null }] } },
    });
    expect(toPrismaWhere('Worker', { attendances: { every: { status: { equals: 'ATTENDED' } } } })).toEqual({
      attendances: { every: { OR: [{ deletedAt: { not: null } }, { status: { equals: 'ATTENDED' } }] } },
    });
  });

  it('maps AND, OR and NOT lists and the nested not', () => {
    expect(toPrismaWhere('Worker', { OR: [{ role: { equals: 'TKSK' } }, { name: { not: { contains: 'a' } } }] })).toEqual({
      OR: [{ role: { equals: 'TKSK' } }, { name: { not: { contains: 'a' }, mode: 'insensitive' } }],
    });
  });
});

describe('listWhere', () => {
  it('hides records in the trash by default', () => {
    expect(listWhere('Worker', undefined)).toEqual({ deletedAt: null });
    expect(listWhere('Worker', { role: { equals: 'PSM' } })).toEqual({ AND: [{ role: { equals: 'PSM' } }, { deletedAt: null }] });
  });

  it('respects a filter that names deletedAt, and includeDeleted', () => {
    expect(listWhere('Worker', { deletedAt: { not: null } })).toEqual({ deletedAt: { not: null } });
    expect(listWhere('Worker', undefined, true)).toEqual({});
  });
});

describe('toPrismaOrderBy', () => {
  it('splits multi-field entries and breaks ties by id', () => {
    expect(toPrismaOrderBy('Worker', [{ role: 'asc', name: 'desc' }])).toEqual([{ role: 'asc' }, { name: 'desc' }, { id: 'asc' }]);
  });

  it('does not add a second id sort', () => {
    expect(toPrismaOrderBy('Worker', [{ id: 'desc' }])).toEqual([{ id: 'desc' }]);
  });
});
