import { describe, expect, it } from 'vitest';
import { entityOf } from '../../admin/src/data/grammar.ts';
import { filterToWhere } from '../../admin/src/data/where.ts';
import { printedGrammar } from '../support/schema.ts';

const where = (resource: string, filter: Record<string, unknown>) =>
  filterToWhere(printedGrammar, entityOf(printedGrammar, resource), filter);

describe('filterToWhere', () => {
  it('maps plain keys to equals, arrays to in, and suffixes to operators', () => {
    expect(where('workers', { role: 'TKSK', regionId: '5', status: ['ACTIVE', 'INACTIVE'], joinedAt_gte: '2024-01-01' })).toEqual({
      role: { equals: 'TKSK' },
      regionId: { equals: '5' },
      status: { in: ['ACTIVE', 'INACTIVE'] },
      joinedAt: { gte: '2024-01-01' },
    });
  });

  it('merges a range on one field into one condition', () => {
    expect(where('aidDistributions', { distributedOn_gte: '2024-05-01', distributedOn_lte: '2024-05-31' })).toEqual({
      distributedOn: { gte: '2024-05-01', lte: '2024-05-31' },
    });
  });

  it('reads a day on a DateTime field as the whole local day', () => {
    const local = (y: number, m: number, d: number) => new Date(y, m - 1, d).toISOString();
    expect(where('trainingSessions', { startsAt_gte: '2024-05-21', startsAt_lte: '2024-05-21' })).toEqual({
      startsAt: { gte: local(2024, 5, 21), lt: local(2024, 5, 22) },
    });
  });

  it('turns nested filter values into relation filters, to-one with is and to-many with some', () => {
    expect(where('beneficiaries', { village: { parentId: '3' } })).toEqual({ village: { is: { parentId: { equals: '3' } } } });
    expect(where('aidDistributions', { beneficiary: { village: { parentId: '3' } } })).toEqual({
      beneficiary: { is: { village: { is: { parentId: { equals: '3' } } } } },
    });
    expect(where('trainingSessions', { attendances: { workerId: '7' } })).toEqual({ attendances: { some: { workerId: { equals: '7' } } } });
  });

  it('searches q in the non-null text fields of the record', () => {
    expect(where('beneficiaries', { q: ' sum ' })).toEqual({
      AND: [{ OR: [{ kkNumber: { contains: 'sum' } }, { name: { contains: 'sum' } }, { nik: { contains: 'sum' } }] }],
    });
  });

  it('searches q in the linked records when the record has no text of its own', () => {
    expect(where('attendances', { q: 'darto' })).toEqual({
      AND: [
        {
          OR: [
            { session: { is: { OR: [{ title: { contains: 'darto' } }] } } },
            { worker: { is: { OR: [{ name: { contains: 'darto' } }, { nik: { contains: 'darto' } }] } } },
          ],
        },
      ],
    });
  });

  it('leaves personal data out of q for a caller who sees it masked, on the record and on linked records', () => {
    const masked = { withoutPersonalData: true };
    expect(filterToWhere(printedGrammar, entityOf(printedGrammar, 'beneficiaries'), { q: 'sum' }, masked)).toEqual({
      AND: [{ OR: [{ name: { contains: 'sum' } }] }],
    });
    expect(filterToWhere(printedGrammar, entityOf(printedGrammar, 'attendances'), { q: 'darto' }, masked)).toEqual({
      AND: [
        {
          OR: [
            { session: { is: { OR: [{ title: { contains: 'darto' } }] } } },
            { worker: { is: { OR: [{ name: { contains: 'darto' } }] } } },
          ],
        },
      ],
    });
  });

  it('takes AND, OR and NOT as lists of filters in the same language', () => {
    // A record's history: its own events, or the reads that showed it (a JSON list holding it).
    expect(where('auditEvents', { OR: [{ entity: 'Beneficiary', recordId: '12' }, { recordIds_has: 'Beneficiary:12' }] })).toEqual({
      OR: [{ entity: { equals: 'Beneficiary' }, recordId: { equals: '12' } }, { recordIds: { has: 'Beneficiary:12' } }],
    });
    expect(where('regions', { level: 'VILLAGE', OR: [{ id_in: ['1', '2'] }, { parentId_in: ['9'] }] })).toEqual({
      level: { equals: 'VILLAGE' },
      OR: [{ id: { in: ['1', '2'] } }, { parentId: { in: ['9'] } }],
    });
    expect(where('beneficiaries', { q: 'x', AND: [{ status: 'ACTIVE' }] })).toEqual({
      AND: [{ OR: [{ kkNumber: { contains: 'x' } }, { name: { contains: 'x' } }, { nik: { contains: 'x' } }] }, { status: { equals: 'ACTIVE' } }],
    });
    expect(where('regions', { OR: [] })).toEqual({ OR: [] });
  });

  it('filters the audit trail by actor, kind, record, action and local days, numbers as numbers', () => {
    const local = (y: number, m: number, d: number) => new Date(y, m - 1, d).toISOString();
    expect(
      where('auditEvents', { actorId: '7', actorName_contains: 'audit', entity: 'Beneficiary', recordId: '12', action: 'REVEAL', at_gte: '2025-05-01', at_lte: '2025-05-31' }),
    ).toEqual({
      actorId: { equals: 7 },
      actorName: { contains: 'audit' },
      entity: { equals: 'Beneficiary' },
      recordId: { equals: '12' },
      action: { equals: 'REVEAL' },
      at: { gte: local(2025, 5, 1), lt: local(2025, 6, 1) },
    });
    expect(where('auditEvents', { actorId_in: ['1', '2'] })).toEqual({ actorId: { in: [1, 2] } });
  });

  it('lists the trash with deletedAt_exists', () => {
    expect(where('venues', { deletedAt_exists: true })).toEqual({ deletedAt: { not: null } });
    expect(where('venues', { deletedAt_exists: false })).toEqual({ deletedAt: { equals: null } });
  });

  it('leaves out empty values, as react-admin sends them for cleared inputs', () => {
    expect(where('workers', { q: '', role: null, regionId: undefined, status: [] })).toEqual({});
  });

  it('refuses a filter the API does not have', () => {
    expect(() => where('workers', { shoeSize: 42 })).toThrow(/Cannot filter Worker by "shoeSize"/);
  });
});
