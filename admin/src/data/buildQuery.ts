import { parse, type DocumentNode, type IntrospectionField } from 'graphql';
import type { BuildQuery, BuildQueryFactory, BuildQueryResult } from 'ra-data-graphql';
import {
  CREATE,
  DELETE,
  DELETE_MANY,
  GET_LIST,
  GET_MANY,
  GET_MANY_REFERENCE,
  GET_ONE,
  HttpError,
  UPDATE,
  UPDATE_MANY,
  type CreateParams,
  type DeleteManyParams,
  type DeleteParams,
  type GetListParams,
  type GetManyParams,
  type GetManyReferenceParams,
  type GetOneParams,
  type RaRecord,
  type UpdateManyParams,
  type UpdateParams,
} from 'ra-core';
import { entityOf, grammarOf, typeText, type Entity, type Grammar } from './grammar.ts';
import { toInput } from './input.ts';
import { toRecord } from './records.ts';
import { idListFields, recordSelection } from './selection.ts';
import { filterToWhere, type Where, type WhereOptions } from './where.ts';

/** Not a react-admin method: brings a record back from the trash (`restoreE`). */
export const RESTORE = 'RESTORE';

/** The API's page-size cap (`take` above it is refused). */
export const MAX_TAKE = 500;

/**
 * What the data provider tells a list call about the caller, in `params.meta`: who sees
 * personal data masked may not search or sort on it.
 */
export type ListMeta = WhereOptions;

/** What every call learns about the caller: the GraphQL types its role may not read (see permissions.ts). */
export interface CallerMeta {
  unreadableTypes?: readonly string[];
}

/** `updateMany` needs each record's version; the data provider reads them first. */
export interface UpdateManyWithVersions extends UpdateManyParams {
  meta: { versions: Record<string, number> };
}

type Variables = Record<string, unknown>;
type Response = { data: Record<string, unknown> };

function argType(field: IntrospectionField, name: string): string {
  const arg = field.args.find((a) => a.name === name);
  if (!arg) throw new Error(`${field.name} takes no argument "${name}"`);
  return typeText(arg.type);
}

function document(kind: 'query' | 'mutation', declarations: string[], body: string): DocumentNode {
  const vars = declarations.length ? `(${declarations.join(', ')})` : '';
  return parse(`${kind}${vars} { ${body} }`);
}

function mustHave<T>(value: T | undefined, what: string): T {
  if (!value) throw new Error(`The API has no ${what}`);
  return value;
}

function orderBy(entity: Entity, sort: GetListParams['sort'] | undefined, meta: ListMeta): Where[] | undefined {
  if (!sort?.field || !entity.sortable.has(sort.field)) return undefined;
  if (meta.withoutPersonalData && entity.personalFields.has(sort.field)) return undefined;
  return [{ [sort.field]: sort.order === 'DESC' ? 'desc' : 'asc' }];
}

function listMeta(params: GetListParams | GetManyReferenceParams): ListMeta {
  const meta = params.meta as ListMeta | undefined;
  return { withoutPersonalData: meta?.withoutPersonalData === true };
}

function pageArgs(pagination: GetListParams['pagination'] | undefined) {
  if (!pagination) return {};
  const { page, perPage } = pagination;
  return { skip: (page - 1) * perPage, take: perPage };
}

/** One operation per react-admin call, for any entity of the grammar. */
function buildFor(grammar: Grammar): BuildQuery {
  return (fetchType, resource, params): BuildQueryResult => {
    const entity = entityOf(grammar, resource);
    const selection = recordSelection(grammar, entity, new Set((params as { meta?: CallerMeta }).meta?.unreadableTypes ?? []));
    const idLists = idListFields(entity).map(([ids]) => ids);
    const record = (raw: unknown) => toRecord(raw, idLists);
    const { one, many, count } = entity;

    const list = (where: Where, p: GetListParams | GetManyReferenceParams): BuildQueryResult => ({
      query: document(
        'query',
        [`$where: ${argType(many, 'where')}`, `$orderBy: ${argType(many, 'orderBy')}`, `$skip: ${argType(many, 'skip')}`, `$take: ${argType(many, 'take')}`],
        `items: ${many.name}(where: $where, orderBy: $orderBy, skip: $skip, take: $take) ${selection}
         total: ${count.name}(where: $where)`,
      ),
      variables: { where, orderBy: orderBy(entity, p.sort, listMeta(p)), ...pageArgs(p.pagination) },
      parseResponse: ({ data }: Response) => ({ data: (data.items as unknown[]).map(record), total: data.total as number }),
    });

    const single = (
      kind: 'query' | 'mutation',
      field: IntrospectionField,
      args: string[],
      variables: Variables,
    ): BuildQueryResult => ({
      query: document(
        kind,
        args.map((a) => `$${a}: ${argType(field, a)}`),
        `data: ${field.name}(${args.map((a) => `${a}: $${a}`).join(', ')}) ${selection}`,
      ),
      variables,
      parseResponse: ({ data }: Response) => {
        if (!data.data) throw new HttpError(`${entity.type.name} ${String(variables.id)} does not exist.`, 404, { code: 'NOT_FOUND' });
        return { data: record(data.data) };
      },
    });

    /** Several calls of one mutation in one request, aliased `m0`, `m1`, … */
    const batch = (field: IntrospectionField, ids: RaRecord['id'][], perId: (id: RaRecord['id']) => Variables, shared: Variables = {}): BuildQueryResult => {
      const ownArgs = Object.keys(perId(ids[0] ?? ''));
      const sharedArgs = Object.keys(shared);
      const declarations = [
        ...ids.flatMap((_, i) => ownArgs.map((a) => `$${a}${i}: ${argType(field, a)}`)),
        ...sharedArgs.map((a) => `$${a}: ${argType(field, a)}`),
      ];
      const calls = ids.map((_, i) => {
        const args = [...ownArgs.map((a) => `${a}: $${a}${i}`), ...sharedArgs.map((a) => `${a}: $${a}`)];
        return `m${i}: ${field.name}(${args.join(', ')}) { id }`;
      });
      const variables: Variables = { ...shared };
      ids.forEach((id, i) => {
        for (const [a, v] of Object.entries(perId(id))) variables[`${a}${i}`] = v;
      });
      return {
        query: document('mutation', declarations, calls.join('\n')),
        variables,
        parseResponse: ({ data }: Response) => ({ data: ids.map((_, i) => (data[`m${i}`] as { id: string }).id) }),
      };
    };

    switch (fetchType) {
      case GET_LIST: {
        const p = params as GetListParams;
        return list(filterToWhere(grammar, entity, p.filter, listMeta(p)), p);
      }
      case GET_MANY_REFERENCE: {
        const p = params as GetManyReferenceParams;
        return list({ ...filterToWhere(grammar, entity, p.filter, listMeta(p)), [p.target]: { equals: String(p.id) } }, p);
      }
      case GET_MANY: {
        const { ids } = params as GetManyParams;
        // Asked for by id, a record in the trash is still shown (e.g. the worker of an old roster
        // line), where the entity has a trash at all.
        const withTrash = many.args.some((a) => a.name === 'includeDeleted');
        const declarations = [`$where: ${argType(many, 'where')}`, `$take: ${argType(many, 'take')}`];
        if (withTrash) declarations.push(`$includeDeleted: ${argType(many, 'includeDeleted')}`);
        return {
          query: document(
            'query',
            declarations,
            `items: ${many.name}(where: $where, take: $take${withTrash ? ', includeDeleted: $includeDeleted' : ''}) ${selection}`,
          ),
          variables: { where: { id: { in: ids.map(String) } }, take: ids.length, ...(withTrash ? { includeDeleted: true } : {}) },
          parseResponse: ({ data }: Response) => ({ data: (data.items as unknown[]).map(record) }),
        };
      }
      case GET_ONE:
        return single('query', one, ['id'], { id: String((params as GetOneParams).id) });
      case CREATE: {
        const input = mustHave(entity.createInput, `create${entity.type.name}`);
        return single('mutation', mustHave(entity.create, `create${entity.type.name}`), ['data'], {
          data: toInput(input, (params as CreateParams).data),
        });
      }
      case UPDATE: {
        const p = params as UpdateParams;
        const version = p.previousData?.version;
        if (typeof version !== 'number') throw new Error(`Updating ${resource} ${String(p.id)} needs the version it was read at (previousData.version).`);
        return single('mutation', mustHave(entity.update, `update${entity.type.name}`), ['id', 'version', 'data'], {
          id: String(p.id),
          version,
          data: toInput(mustHave(entity.updateInput, `update${entity.type.name}`), p.data, p.previousData),
        });
      }
      case UPDATE_MANY: {
        const p = params as UpdateManyWithVersions;
        const data = toInput(mustHave(entity.updateInput, `update${entity.type.name}`), p.data);
        return batch(mustHave(entity.update, `update${entity.type.name}`), p.ids, (id) => ({ id: String(id), version: p.meta.versions[String(id)] }), { data });
      }
      case DELETE:
        return single('mutation', mustHave(entity.remove, `delete${entity.type.name}`), ['id'], { id: String((params as DeleteParams).id) });
      case DELETE_MANY:
        return batch(mustHave(entity.remove, `delete${entity.type.name}`), (params as DeleteManyParams).ids, (id) => ({ id: String(id) }));
      case RESTORE:
        return single('mutation', mustHave(entity.restore, `restore${entity.type.name}`), ['id'], { id: String((params as DeleteParams).id) });
      default:
        throw new Error(`Unsupported data provider call ${fetchType}`);
    }
  };
}

/** The one `buildQuery` of the admin, driven by the introspected grammar. */
export const buildQuery: BuildQueryFactory = (introspection) => buildFor(grammarOf(introspection.schema));
