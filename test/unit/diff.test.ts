import { describe, expect, it } from 'vitest';
import { changesOf, isPersonalField, maskPersonal, plainText, resourceOfEntity, revealedFields, shownRecordCount, valueKind } from '../../admin/src/common/history/diff.ts';
import { printedGrammar } from '../support/schema.ts';

describe('the changes of an audit event', () => {
  it('pairs before and after field by field, in the order written, leaving out equal values', () => {
    expect(changesOf({ before: { status: 'ACTIVE', phone: null, notes: 'x' }, after: { status: 'GRADUATED', phone: '0812', notes: 'x' } })).toEqual([
      { field: 'status', before: 'ACTIVE', after: 'GRADUATED' },
      { field: 'phone', before: null, after: '0812' },
    ]);
  });

  it('reads a new record (no before, and its id is the event\'s own) and a deletion', () => {
    expect(changesOf({ before: null, after: { id: 401, name: 'Darsono', villageId: 12 } })).toEqual([
      { field: 'name', before: null, after: 'Darsono' },
      { field: 'villageId', before: null, after: 12 },
    ]);
    expect(changesOf({ before: { deletedAt: null }, after: { deletedAt: '2025-01-02T03:04:05.000Z' } })).toEqual([
      { field: 'deletedAt', before: null, after: '2025-01-02T03:04:05.000Z' },
    ]);
    expect(changesOf({ before: null, after: null })).toEqual([]);
  });

  it('reads what a reveal showed and how many records a read listed', () => {
    expect(revealedFields({ after: { fields: ['nik', 'kkNumber'] } })).toEqual(['nik', 'kkNumber']);
    expect(revealedFields({ after: null })).toEqual([]);
    expect(shownRecordCount({ recordIds: ['Beneficiary:1', 'Beneficiary:2'] })).toBe(2);
    expect(shownRecordCount({ recordIds: null })).toBe(0);
  });
});

describe('how a changed value reads', () => {
  it('knows enums, days, moments, yes/no and related records from the schema', () => {
    const kind = (field: string, type = 'Beneficiary') => valueKind(printedGrammar, type, field);
    expect(kind('status')).toEqual({ kind: 'enum', enumName: 'BeneficiaryStatus' });
    expect(kind('birthDate')).toEqual({ kind: 'day' });
    expect(kind('deletedAt')).toEqual({ kind: 'moment' });
    expect(kind('villageId')).toEqual({ kind: 'reference', resource: 'regions' });
    expect(kind('registeredById')).toEqual({ kind: 'reference', resource: 'workers' });
    expect(kind('active', 'User')).toEqual({ kind: 'boolean' });
    expect(kind('allowAdHoc', 'ApiToken')).toEqual({ kind: 'boolean' });
    expect(kind('name')).toEqual({ kind: 'text' });
    expect(kind('gone')).toEqual({ kind: 'text' });
    expect(valueKind(printedGrammar, null, 'status')).toEqual({ kind: 'text' });
  });

  it('finds the panel resource of an entity', () => {
    expect(resourceOfEntity(printedGrammar, 'Beneficiary')).toBe('beneficiaries');
    expect(resourceOfEntity(printedGrammar, 'ApiToken')).toBe('apiTokens');
    expect(resourceOfEntity(printedGrammar, 'Session')).toBeUndefined();
    expect(resourceOfEntity(printedGrammar, null)).toBeUndefined();
  });

  it('masks personal data for roles that see it masked, as the API masks identity numbers', () => {
    expect(isPersonalField(printedGrammar, 'Beneficiary', 'kkNumber')).toBe(true);
    expect(isPersonalField(printedGrammar, 'Worker', 'address')).toBe(false);
    expect(isPersonalField(printedGrammar, 'Beneficiary', 'name')).toBe(false);
    expect([maskPersonal('3212010101805000'), maskPersonal('081234567890'), maskPersonal('Jl. Rahasia 1'), maskPersonal(null)]).toEqual([
      '321201******5000',
      '0812******90',
      '***',
      null,
    ]);
  });

  it('shows anything else as text', () => {
    expect([null, '', [], ['a', 'b'], { a: 1 }, 5].map(plainText)).toEqual(['—', '—', '—', 'a, b', '{"a":1}', '5']);
  });
});
