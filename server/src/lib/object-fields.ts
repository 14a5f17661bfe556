import type { Context } from '../context.ts';
import { readScope, SCOPE_COLUMNS, within } from '../auth/policy.ts';
import { page, roles } from './crud.ts';
import { model as modelInfo } from './datamodel.ts';
import { birthDateOf, birthYearOf, personalText } from '../privacy/view.ts';
import { readersOf } from '../privacy/rules.ts';

/**
 * Field helpers shared by every prismaObject. Pothos types its field builder per model, so
 * these take the builder structurally; the fields they add exist on every editable model.
 *
 * The registry's objects are in Pothos' select mode (`select: { id: true }`): a request reads
 * only the columns its selection exposes, which at a million beneficiaries makes a list page
 * several times cheaper for the database than reading (and JSON-encoding) every column of
 * every joined row. A field with its own resolver must therefore say what it reads.
 */
interface FieldBuilder {
  exposeID(name: string, options?: object): unknown;
  exposeInt(name: string, options?: object): unknown;
  expose(name: string, options: object): unknown;
  string(options: object): unknown;
  field(options: object): unknown;
  int(options: object): unknown;
  relation(name: string, options?: object): unknown;
  relationCount(name: string, options?: object): unknown;
  arg: { int(options?: object): unknown };
}

/** id, version and the timestamps every editable record carries. */
export function recordFields(t: unknown) {
  const b = t as FieldBuilder;
  return {
    id: b.exposeID('id'),
    version: b.exposeInt('version'),
    createdAt: b.expose('createdAt', { type: 'DateTime' }),
    updatedAt: b.expose('updatedAt', { type: 'DateTime' }),
    deletedAt: b.expose('deletedAt', { type: 'DateTime', nullable: true }),
  } as never as Record<'id' | 'version' | 'createdAt' | 'updatedAt' | 'deletedAt', never>;
}

/**
 * The auth scopes of a relation field: the roles that may read the related entity, as its
 * crudQueries declared them (privacy/rules.ts), so a relation never leads a role to records it
 * could not list. Evaluated when the schema is built; an entity without a declaration fails it.
 * Spread into every `t.relation` of the registry: `t.relation('village', readableRelation('Beneficiary', 'village'))`.
 */
export function readableRelation(parent: string, name: string) {
  const field = modelInfo(parent).byName.get(name);
  if (field?.kind !== 'object') throw new Error(`${parent}.${name} is not a relation`);
  return { authScopes: roles(...readersOf(field.type)) };
}

/**
 * A to-many relation as a paged list of live records the caller may see (25 by default, at
 * most 500), loaded with the parent's query (no N+1), plus its `<name>Count`.
 */
export function listRelation<N extends string>(
  t: unknown,
  parent: string,
  name: N,
  options: { orderBy?: object; description?: string } = {},
) {
  const b = t as FieldBuilder;
  const target = modelInfo(parent).byName.get(name)!.type;
  const visible = (ctx: Context) => within({ deletedAt: null }, readScope(ctx.viewer, target));
  const { authScopes } = readableRelation(parent, name);
  return {
    [name]: b.relation(name, {
      authScopes,
      ...(options.description ? { description: options.description } : {}),
      args: { skip: b.arg.int(), take: b.arg.int() },
      query: (args: { skip?: number | null; take?: number | null }, ctx: Context) => ({
        where: visible(ctx),
        orderBy: [options.orderBy ?? {}, { id: 'asc' }].filter((o) => Object.keys(o).length),
        ...page(args.skip, args.take),
      }),
    }),
    [`${name}Count`]: b.relationCount(name, { authScopes, where: (_args: unknown, ctx: Context) => visible(ctx) }),
  } as Record<N | `${N}Count`, never>;
}

/** A personal field (NIK, No. KK, phone, address), masked as the caller's role requires. */
export function personal(t: unknown, model: string, name: string, options: { nullable?: boolean; description?: string } = {}) {
  const b = t as FieldBuilder;
  const doc = modelInfo(model).byName.get(name)?.documentation;
  // personalField reads the value, the id (for the read event) and the region (rowInScope).
  const columns = ['id', name, ...(SCOPE_COLUMNS[model] ?? [])];
  return b.string({
    nullable: options.nullable ?? false,
    description: [
      options.description ?? doc,
      'Masked for AUDITOR (revealPersonalData shows it in clear) and for a CLERK outside the record’s regions; never shown to VIEWER.',
    ]
      .filter(Boolean)
      .join(' '),
    select: Object.fromEntries(columns.map((column) => [column, true])),
    resolve: (row: Record<string, unknown>, _args: unknown, ctx: Context) => personalText(ctx, model, row, name),
  }) as never;
}

/**
 * `birthDate` and `birthYear` of a person. The birth date is the NIK's digits 7–12, so it is
 * shown only where the NIK is shown in clear; the year is the matching aid of the masked view.
 */
export function birthFields(t: unknown, model: string) {
  const b = t as FieldBuilder;
  const select = Object.fromEntries(['id', 'birthDate', ...(SCOPE_COLUMNS[model] ?? [])].map((column) => [column, true]));
  return {
    birthDate: b.field({
      type: 'Date',
      nullable: true,
      description: 'Date of birth; null where the NIK is masked (AUDITOR, a CLERK outside the record’s regions, VIEWER): it is the NIK’s middle digits.',
      select,
      resolve: (row: Record<string, unknown>, _args: unknown, ctx: Context) => birthDateOf(ctx, model, row),
    }),
    birthYear: b.int({
      nullable: true,
      description: 'Year of birth, also where the birth date is hidden (for matching records); null for VIEWER.',
      select,
      resolve: (row: Record<string, unknown>, _args: unknown, ctx: Context) => birthYearOf(ctx, model, row),
    }),
  } as Record<'birthDate' | 'birthYear', never>;
}
