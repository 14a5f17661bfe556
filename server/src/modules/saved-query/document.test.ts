import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { schema } from '../../schema.ts';
import { analyseDocument, persistedIdOf } from './document.ts';
import { normalizePersistedId } from './persisted.ts';
import { resultHash, rowCount } from './runs.ts';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: { code?: string; field?: string } }).extensions;
  }
  return null;
};

describe('analyseDocument', () => {
  it('takes the variables with their types, defaults and enum values', () => {
    const analysed = analyseDocument(schema, `query($w: [BeneficiaryStatus!] = [ACTIVE], $on: DateTime!, $where: AidDistributionWhereInput) { aidDistributionsCount(where: $where) beneficiariesCount(where: { status: { in: $w } }) aidDistributionsAggregate(where: { distributedOn: { equals: $on } }) { count } }`);
    expect(analysed.variables.map(({ name, type, namedType, kind, list, required, defaultValue }) => ({ name, type, namedType, kind, list, required, defaultValue }))).toEqual([
      { name: 'w', type: '[BeneficiaryStatus!]', namedType: 'BeneficiaryStatus', kind: 'ENUM', list: true, required: false, defaultValue: ['ACTIVE'] },
      { name: 'on', type: 'DateTime!', namedType: 'DateTime', kind: 'SCALAR', list: false, required: true, defaultValue: null },
      { name: 'where', type: 'AidDistributionWhereInput', namedType: 'AidDistributionWhereInput', kind: 'INPUT_OBJECT', list: false, required: false, defaultValue: null },
    ]);
  });

  it('names the document by the SHA-256 of its trimmed text', () => {
    const text = '{ regionsCount }';
    expect(analyseDocument(schema, `  ${text}\n`).persistedId).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
    expect(persistedIdOf(text)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('refuses mutations, subscriptions, several operations, empty and invalid documents on `document`', () => {
    for (const text of ['mutation { logout }', 'subscription { x }', '{ me { id } } query B { me { id } }', '   ', '{ nope }', '{ me {']) {
      expect(fieldOf(() => analyseDocument(schema, text)), text).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'document' }));
    }
  });
});

describe('persisted ids and run fingerprints', () => {
  it('accepts a hash with or without the sha256: prefix, in any case', () => {
    const hex = 'a'.repeat(64);
    expect(normalizePersistedId(hex)).toBe(`sha256:${hex}`);
    expect(normalizePersistedId(`SHA256:${hex.toUpperCase()}`)).toBe(`sha256:${hex}`);
    expect(normalizePersistedId('sha256:short')).toBeNull();
  });

  it('hashes the canonical JSON, so key order does not matter', () => {
    expect(resultHash({ b: 1, a: [{ y: 2, x: 1 }] })).toBe(resultHash({ a: [{ x: 1, y: 2 }], b: 1 }));
    expect(resultHash({ a: 1 })).not.toBe(resultHash({ a: 2 }));
    expect(resultHash(null)).toBe(createHash('sha256').update('null').digest('hex'));
  });

  it('counts list items and other non-null fields as rows', () => {
    expect(rowCount({ workers: [1, 2, 3], workersCount: 3, me: null })).toBe(4);
    expect(rowCount(null)).toBe(0);
  });
});
