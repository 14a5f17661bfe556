import type { Query } from '../generated/graphql.ts';

/**
 * Record types derived from the generated API types: a resource is a list field of `Query`
 * whose items carry an id and a version; its record is what `recordSelection` reads.
 */
type Item<T> = T extends ReadonlyArray<infer I> ? I : never;

export type ResourceName = {
  [K in keyof Query]: Query[K] extends ReadonlyArray<{ id: string; version: number }> ? K : never;
}[keyof Query];

type EntityOf<R extends ResourceName> = Item<Query[R]>;

type IsObject<V> = NonNullable<V> extends object ? true : false;

/** The scalar and enum fields of a type (ids, foreign keys, counts, dates). */
type ScalarFields<T> = { [K in keyof T as IsObject<T[K]> extends true ? never : K]: T[K] };

/** To-one relations, each named by its id and its scalar fields. */
type Relations<T> = {
  [K in keyof T as NonNullable<T[K]> extends ReadonlyArray<unknown> ? never : IsObject<T[K]> extends true ? K : never]?:
    | (Partial<ScalarFields<NonNullable<T[K]>>> & { id: string })
    | null;
};

export type RecordOf<R extends ResourceName> = ScalarFields<EntityOf<R>> & Relations<EntityOf<R>>;

/** Names of the scalar fields of an API type, e.g. `action` of an AuditEvent. */
export type ScalarFieldOf<T> = keyof ScalarFields<T> & string;

/** Names of the scalar fields of a resource's records, e.g. `nik` or `villageId`. */
export type FieldOf<R extends ResourceName> = keyof ScalarFields<EntityOf<R>> & string;

type Json = { [key: string]: unknown };

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Drops Apollo's `__typename` everywhere in a response value. */
function withoutTypename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== '__typename').map(([k, v]) => [k, withoutTypename(v)]));
}

/**
 * A record as react-admin wants it: no `__typename`, and relations edited as id lists turned
 * from `[{ id }]` into `[id]`.
 */
export function toRecord(raw: unknown, idLists: readonly string[]): { id: string } & Json {
  const record = withoutTypename(raw) as { id: string } & Json;
  for (const field of idLists) {
    const value = record[field];
    if (Array.isArray(value)) record[field] = value.map((item) => (item as { id: string }).id);
  }
  return record;
}
