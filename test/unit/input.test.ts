import { describe, expect, it } from 'vitest';
import { entityOf } from '../../admin/src/data/grammar.ts';
import { toInput } from '../../admin/src/data/input.ts';
import { printedGrammar } from '../support/schema.ts';

const beneficiaries = entityOf(printedGrammar, 'beneficiaries');

describe('toInput', () => {
  it('keeps only the fields the input type accepts', () => {
    const data = { id: '1', version: 3, __typename: 'Beneficiary', name: 'Sri', village: { id: '9', name: 'X' }, distributionsCount: 2 };
    expect(toInput(beneficiaries.createInput!, data)).toEqual({ name: 'Sri' });
  });

  it('sends an emptied non-text input as null and keeps an emptied text input as it is', () => {
    expect(toInput(beneficiaries.updateInput!, { registeredById: '', status: '', notes: '' })).toEqual({
      registeredById: null,
      status: null,
      notes: '',
    });
  });

  it('sends only the fields that changed since the record was read', () => {
    const previous = { id: '1', version: 2, name: 'Sri', phone: '0812', villageId: '9' };
    expect(toInput(beneficiaries.updateInput!, { ...previous, phone: '0813' }, previous)).toEqual({ phone: '0813' });
  });

  it('leaves out a write-only field left empty, such as a new password', () => {
    const users = entityOf(printedGrammar, 'users');
    const previous = { id: '1', version: 1, username: 'sri' };
    expect(toInput(users.updateInput!, { ...previous, password: '' }, previous)).toEqual({});
    expect(toInput(users.updateInput!, { ...previous, password: 'rahasia-baru-2024' }, previous)).toEqual({ password: 'rahasia-baru-2024' });
  });

  it('compares id lists by value', () => {
    const sessions = entityOf(printedGrammar, 'trainingSessions');
    const previous = { servedDistrictIds: ['1', '2'] };
    expect(toInput(sessions.updateInput!, { servedDistrictIds: ['1', '2'] }, previous)).toEqual({});
    expect(toInput(sessions.updateInput!, { servedDistrictIds: ['1'] }, previous)).toEqual({ servedDistrictIds: ['1'] });
  });
});
