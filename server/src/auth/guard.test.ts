import { getNamedType, isObjectType, type GraphQLField } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readersOf, type ReadRole } from '../privacy/rules.ts';
import { schema } from '../schema.ts';

const ROLES: readonly ReadRole[] = ['admin', 'clerk', 'auditor', 'viewer'];

/** The declared readers of an entity type, or null for types that are not declared entities. */
function declaredReaders(typeName: string): readonly ReadRole[] | null {
  try {
    return readersOf(typeName);
  } catch {
    return null;
  }
}

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

  it('lets no field lead a role to an entity it may not read (root fields and relations alike)', () => {
    // Reviewed exceptions, each with the reason the wider scope cannot reach another's record.
    const reviewed = new Set([
      // apiTokens lists a non-admin's own tokens only: the owner they reach is themselves.
      'ApiToken.owner',
    ]);
    const leaks: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const readers = declaredReaders(getNamedType(field.type).name);
        if (!readers || ROLES.every((role) => readers.includes(role)) || reviewed.has(`${type.name}.${field.name}`)) continue;
        const scopes = scopesOf(field);
        // No scopes, or a scope wider than a role (public, signedIn), lets every role through.
        const allowed = scopes ? Object.keys(scopes).filter((scope) => scopes[scope]) : ['signedIn'];
        const beyond = allowed.filter((scope) => !readers.includes(scope as ReadRole));
        if (beyond.length) leaks.push(`${type.name}.${field.name} → ${getNamedType(field.type).name} (${beyond.join(', ')})`);
      }
    }
    expect(leaks).toEqual([]);
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
