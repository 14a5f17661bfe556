import type { GraphQLField } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../schema.ts';

const rootFields = () =>
  [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
    Object.values(type.getFields()).map((field) => ({ name: `${type.name}.${field.name}`, field })),
  );

function scopesOf(field: GraphQLField<unknown, unknown>) {
  return (field.extensions as { pothosOptions?: { authScopes?: Record<string, boolean> } }).pothosOptions?.authScopes;
}

describe('authorization guard', () => {
  it('finds an auth rule on every root field (deny by default)', () => {
    const missing = rootFields()
      .filter(({ field }) => {
        const scopes = scopesOf(field);
        return !scopes || Object.values(scopes).every((v) => !v);
      })
      .map(({ name }) => name);
    expect(missing).toEqual([]);
  });

  it('opens only sign-in, sign-out and `me` to the public', () => {
    const open = rootFields()
      .filter(({ field }) => scopesOf(field)?.public)
      .map(({ name }) => name)
      .sort();
    expect(open).toEqual(['Mutation.login', 'Mutation.logout', 'Query.me']);
  });

  it('never exposes a password hash or token hash as a field or filter', () => {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!('getFields' in type)) continue;
      const names = Object.keys(type.getFields());
      expect(names, type.name).not.toContain('passwordHash');
      expect(names, type.name).not.toContain('tokenHash');
    }
  });
});
