import { NetworkStatus, type ApolloClient, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { getOperationAST, type IntrospectionSchema } from 'graphql';
import buildGraphQLProvider, { type GraphqlDataProvider, type IntrospectionResult } from 'ra-data-graphql';
import type {
  DataProvider,
  DeleteParams,
  DeleteResult,
  GetListParams,
  GetListResult,
  GetManyReferenceParams,
  RaRecord,
  UpdateManyParams,
} from 'ra-core';
import { buildQuery, MAX_TAKE, RESTORE, type CallerMeta, type ListMeta, type UpdateManyWithVersions } from './buildQuery.ts';
import { toHttpError } from './errors.ts';
import { grammarOf, inputFields } from './grammar.ts';

export interface PilarDataProvider extends DataProvider {
  /** Brings a record back from the trash. */
  restore(resource: string, params: DeleteParams): Promise<DeleteResult>;
  /** The API's introspection: the grammar, and the docs shown as help texts. */
  getIntrospection(): Promise<IntrospectionResult>;
  /**
   * An operation outside the CRUD grammar (API tokens, the chain check, a reveal), with errors
   * turned into messages as for the other calls; an error on one of `fields` goes under that input.
   */
  request<TData, TVariables extends OperationVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    fields?: readonly string[],
  ): Promise<TData>;
}

export interface DataProviderOptions {
  /** Whether the caller sees personal data masked, and so may not search or sort on it. */
  withoutPersonalData?: () => Promise<boolean>;
  /** The GraphQL types the caller's role may not read: records leave out relations to them. */
  unreadableTypes?: () => Promise<readonly string[]>;
}

/** Runs a list call in pages the API accepts, for windows larger than its cap (exports). */
async function inPages<P extends GetListParams | GetManyReferenceParams>(
  fetchPage: (params: P) => Promise<GetListResult>,
  params: P,
): Promise<GetListResult> {
  const { page, perPage } = params.pagination ?? { page: 1, perPage: MAX_TAKE };
  if (perPage <= MAX_TAKE) return fetchPage(params);
  const start = (page - 1) * perPage;
  const end = start + perPage;
  const rows: RaRecord[] = [];
  let total: number | undefined;
  for (let chunk = Math.floor(start / MAX_TAKE); chunk * MAX_TAKE < end; chunk++) {
    const result = await fetchPage({ ...params, pagination: { page: chunk + 1, perPage: MAX_TAKE } });
    rows.push(...result.data);
    total = result.total;
    if (result.data.length < MAX_TAKE || (total !== undefined && (chunk + 1) * MAX_TAKE >= total)) break;
  }
  const offset = Math.floor(start / MAX_TAKE) * MAX_TAKE;
  return { data: rows.slice(start - offset, end - offset), total };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The admin's data provider: ra-data-graphql with our one `buildQuery`, driven by the API's
 * introspection (`schema`, read from the printed schema at build time), plus what the grammar
 * asks of a client: pages of at most 500, a version on every update (also in `updateMany`),
 * errors turned into messages on form fields, and `restore` for the trash.
 */
export function createDataProvider(
  client: ApolloClient<unknown>,
  schema: IntrospectionSchema,
  { withoutPersonalData = async () => false, unreadableTypes = async () => [] }: DataProviderOptions = {},
): PilarDataProvider {
  const base: GraphqlDataProvider = buildGraphQLProvider({
    client,
    buildQuery,
    introspection: { schema },
    query: () => ({ fetchPolicy: 'no-cache' }),
    mutation: () => ({ fetchPolicy: 'no-cache' }),
  });
  const grammar = grammarOf(schema);

  /** Input fields a form of the resource may show errors on. */
  const formFields = (resource: string): ReadonlySet<string> => {
    const entity = grammar.entities.get(resource);
    return new Set([...inputFields(entity?.createInput).keys(), ...inputFields(entity?.updateInput).keys()]);
  };

  const guarded =
    <A extends unknown[], R>(call: (resource: string, ...args: A) => Promise<R>) =>
    async (resource: string, ...args: A): Promise<R> => {
      try {
        return await call(resource, ...args);
      } catch (error) {
        throw toHttpError(error, formFields(resource));
      }
    };

  /** Every call learns what the caller's role may not read (see `CallerMeta`). */
  const withTypes = async <P extends { meta?: unknown }>(params: P): Promise<P> => {
    const meta: CallerMeta = { unreadableTypes: await unreadableTypes() };
    return { ...params, meta: { ...(params.meta as object | undefined), ...meta } };
  };
  /** List calls also learn whether the caller sees personal data masked (see `ListMeta`). */
  const withCaller = async <P extends GetListParams | GetManyReferenceParams>(params: P): Promise<P> => {
    const meta: ListMeta = { withoutPersonalData: await withoutPersonalData() };
    return withTypes({ ...params, meta: { ...params.meta, ...meta } });
  };

  const getMany: DataProvider['getMany'] = async (resource, params) => {
    const typed = await withTypes(params);
    const parts = await Promise.all(chunks(params.ids, MAX_TAKE).map((ids) => base.getMany(resource, { ...typed, ids })));
    return { data: parts.flatMap((part) => part.data) };
  };

  const provider: PilarDataProvider = {
    getList: guarded(async (resource, params: GetListParams) => inPages((p) => base.getList(resource, p), await withCaller(params))),
    getManyReference: guarded(async (resource, params: GetManyReferenceParams) =>
      inPages((p) => base.getManyReference(resource, p), await withCaller(params)),
    ),
    getOne: guarded(async (resource, params) => base.getOne(resource, await withTypes(params))),
    getMany: guarded(getMany),
    create: guarded(base.create),
    update: guarded(base.update),
    updateMany: guarded(async (resource, params: UpdateManyParams) => {
      const { data: current } = await getMany(resource, { ids: params.ids });
      const versions = Object.fromEntries(current.map((r) => [String(r.id), r.version as number]));
      const withVersions: UpdateManyWithVersions = { ...params, meta: { ...params.meta, versions } };
      return base.updateMany(resource, withVersions);
    }),
    delete: guarded(base.delete),
    deleteMany: guarded(base.deleteMany),
    restore: guarded(async (resource, params: DeleteParams) => {
      const { query, variables, parseResponse } = buildQuery(await base.getIntrospection())(RESTORE, resource, params);
      const { data } = await client.mutate({ mutation: query, variables });
      return parseResponse({ data, loading: false, networkStatus: NetworkStatus.ready });
    }),
    getIntrospection: () => base.getIntrospection(),
    async request(document, variables, fields = []) {
      try {
        if (getOperationAST(document)?.operation === 'mutation') {
          const { data } = await client.mutate({ mutation: document, variables });
          if (!data) throw new Error('The API answered without data');
          return data;
        }
        return (await client.query({ query: document, variables })).data;
      } catch (error) {
        throw toHttpError(error, new Set(fields));
      }
    },
  };
  return provider;
}
