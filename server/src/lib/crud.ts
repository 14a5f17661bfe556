import type { InputObjectRef } from '@pothos/core';
import type { Prisma, PrismaClient } from '@pilar/db';
import { builder, type Types } from '../builder.ts';
import type { Context } from '../context.ts';
import { filterPolicy, within, writeScope, readScope } from '../auth/policy.ts';
import { appendAudit, auditable, changes, type AuditInput } from '../audit/trail.ts';
import { actorOf } from '../audit/actor.ts';
import { declareReaders } from '../privacy/rules.ts';
import { forgetCredentials } from '../auth/credential-cache.ts';
import { delegateName, model as modelInfo } from './datamodel.ts';
import { badInput, userError } from './errors.ts';
import { filterInputs, listWhere, toPrismaOrderBy } from './filters.ts';
import { parseId } from './ids.ts';
import { messages } from './messages.ts';
import { mapPrismaError } from './prisma-errors.ts';
import { registryChanged } from './read-cache.ts';

export const DEFAULT_TAKE = 25;
export const MAX_TAKE = 500;

type Row = Record<string, unknown>;
type Args = Record<string, unknown>;
type InputRef<T> = InputObjectRef<Types, T>;
type Db = PrismaClient | Prisma.TransactionClient;

/** The part of a Prisma delegate the generic grammar uses; every model has it. */
export interface Delegate {
  findMany(args: Args): Promise<Row[]>;
  findUnique(args: Args): Promise<Row | null>;
  findFirst(args: Args): Promise<Row | null>;
  count(args: Args): Promise<number>;
  create(args: Args): Promise<Row>;
  update(args: Args): Promise<Row>;
}

export function delegate(prisma: Db, modelName: string): Delegate {
  return (prisma as unknown as Record<string, Delegate>)[delegateName(modelName)]!;
}

/** Validates `skip`/`take`: take defaults to 25 and may not exceed 500. */
export function page(skip: number | null | undefined, take: number | null | undefined) {
  if (take !== null && take !== undefined && (take < 0 || take > MAX_TAKE)) throw badInput('take', messages.takeRange(MAX_TAKE));
  if (skip !== null && skip !== undefined && skip < 0) throw badInput('skip', messages.negativeSkip());
  return { skip: skip ?? 0, take: take ?? DEFAULT_TAKE };
}

/** Roles, as the auth scopes a root field declares (any one of them suffices). */
export type Role = 'admin' | 'clerk' | 'auditor' | 'viewer';
export function roles(...allowed: Role[]) {
  return Object.fromEntries(allowed.map((role) => [role, true])) as Partial<Record<Role, boolean>>;
}

export const ALL_ROLES: Role[] = ['admin', 'clerk', 'auditor', 'viewer'];

export interface CrudNames {
  /** Prisma model and GraphQL type, e.g. `Worker`. */
  model: string;
  /** Singular field name, e.g. `worker`. */
  one: string;
  /** List field name, e.g. `workers`. */
  many: string;
  /** Who may read (lists, counts, get, and the relation fields that lead to the entity). */
  read: Role[];
  /**
   * For entities about persons: the only fields a VIEWER's `where` and `orderBy` may name, in
   * lists and aggregates (see privacy/rules.ts declareReaders).
   */
  viewerFilters?: string[];
  /** Who may create, update, delete and restore (clerks only within their regions). */
  write: Role[];
  /**
   * Nested writes that go with moving a record to or from the trash, in the same statement
   * (a user's sessions and tokens end both ways, so a restore brings none back).
   */
  trashWrites?: () => Args;
}

/**
 * The part of the grammar that is the same decision for every entity: `e`, `es`, `esCount`,
 * `deleteE` (to the trash) and `restoreE`, each within the caller's scope. Create and update
 * stay explicit in each module (see writeMutations).
 */
export function crudQueries({ model, one, many, read, write, trashWrites, viewerFilters }: CrudNames) {
  declareReaders(model, read, viewerFilters);
  const { where, orderBy } = filterInputs(model);
  const trash = modelInfo(model).byName.has('deletedAt');
  const Model = model as never;

  builder.queryField(one, (t) =>
    t.prismaField({
      type: Model,
      nullable: true,
      authScopes: roles(...read),
      description: `One ${model} by id${trash ? ' (also when it is in the trash)' : ''}, or null.`,
      args: { id: t.arg.id({ required: true }) },
      resolve: (query, _root, args, ctx) =>
        delegate(ctx.prisma, model).findFirst({
          ...(query as Args),
          where: within({ id: parseId(args.id) }, readScope(ctx.viewer, model)),
        }) as never,
    }),
  );

  builder.queryField(many, (t) =>
    t.prismaField({
      type: [Model],
      authScopes: roles(...read),
      description: `${model} records matching \`where\`, sorted by \`orderBy\` (ties by id); 25 by default, at most ${MAX_TAKE}.${trash ? ' Records in the trash are left out unless the filter names deletedAt or includeDeleted is true.' : ''}`,
      args: {
        where: t.arg({ type: where }),
        orderBy: t.arg({ type: [orderBy] }),
        skip: t.arg.int(),
        take: t.arg.int(),
        ...(trash ? { includeDeleted: t.arg.boolean() } : {}),
      },
      resolve: (query, _root, args, ctx) => {
        const policy = filterPolicy(ctx.viewer);
        return delegate(ctx.prisma, model).findMany({
          ...(query as Args),
          where: listWhere(model, args.where, (args as { includeDeleted?: boolean | null }).includeDeleted ?? false, policy),
          orderBy: toPrismaOrderBy(model, args.orderBy as Args[] | null, policy),
          ...page(args.skip, args.take),
        }) as never;
      },
    }),
  );

  builder.queryField(`${many}Count`, (t) =>
    t.int({
      authScopes: roles(...read),
      description: `How many ${model} records match \`where\` (same rules as \`${many}\`).`,
      args: { where: t.arg({ type: where }), ...(trash ? { includeDeleted: t.arg.boolean() } : {}) },
      resolve: (_root, args, ctx) =>
        delegate(ctx.prisma, model).count({
          where: listWhere(model, args.where, (args as { includeDeleted?: boolean | null }).includeDeleted ?? false, filterPolicy(ctx.viewer)),
        }),
    }),
  );

  // Records without a trash (logs, versions) have no delete and restore; neither do read-only ones.
  if (!trash || !write.length) return;

  builder.mutationField(`delete${model}`, (t) =>
    t.prismaField({
      type: Model,
      authScopes: roles(...write),
      description: `Moves a ${model} to the trash (soft delete); restore${model} brings it back.`,
      args: { id: t.arg.id({ required: true }) },
      resolve: (query, _root, args, ctx) => setDeleted(ctx, model, parseId(args.id), true, query as Args, trashWrites?.()) as never,
    }),
  );

  builder.mutationField(`restore${model}`, (t) =>
    t.prismaField({
      type: Model,
      authScopes: roles(...write),
      description: `Brings a ${model} back from the trash.`,
      args: { id: t.arg.id({ required: true }) },
      resolve: (query, _root, args, ctx) => setDeleted(ctx, model, parseId(args.id), false, query as Args, trashWrites?.()) as never,
    }),
  );
}

function scalars(model: string): ReadonlySet<string> {
  return new Set(modelInfo(model).fields.filter((f) => f.kind !== 'object').map((f) => f.name));
}

/**
 * Pothos' query for what a mutation returns, widened to every column: the objects are in select
 * mode (object-fields.ts), but the audit trail records the whole written row, whatever the
 * client asked to see. Still one statement.
 */
function withAllColumns(model: string, query: Args): Args {
  const select = query.select as Args | undefined;
  if (!select) return query;
  return { ...query, select: { ...Object.fromEntries([...scalars(model)].map((field) => [field, true])), ...select } };
}

/** Models whose changes alter what a session or token may do (role, state, a clerk's area). */
const CREDENTIAL_MODELS = new Set(['User', 'Region']);

/**
 * Runs a change in one transaction with its audit event, and checks that the changed record
 * is still within the caller's write scope (a clerk cannot create or move a record outside
 * their regions): the same `where` fragment as every read, evaluated by the database.
 */
async function audited(
  ctx: Context,
  model: string,
  change: (tx: Prisma.TransactionClient) => Promise<{ row: Row; audit: AuditInput }>,
): Promise<Row> {
  try {
    const changed = await ctx.db.prisma.$transaction(async (tx) => {
      const { row, audit } = await change(tx);
      const scope = writeScope(ctx.viewer, model);
      if (scope && !(await delegate(tx, model).findFirst({ where: within({ id: row.id }, scope), select: { id: true } }))) {
        throw userError('FORBIDDEN', messages.outsideRegion(model));
      }
      await appendAudit(tx, actorOf(ctx), audit);
      return row;
    });
    // Remembered sessions and tokens carry their user's role, state and regions; kept
    // dashboard figures count the registry (read-cache.ts).
    if (CREDENTIAL_MODELS.has(model)) forgetCredentials(ctx.db.prisma);
    registryChanged(ctx.db);
    return changed;
  } catch (error) {
    throw mapPrismaError(error, model);
  }
}

/** The stored record if the caller may change it; invisible records are NOT_FOUND. */
async function loadWritable(ctx: Context, db: Db, model: string, id: number): Promise<Row> {
  const row = await delegate(db, model).findFirst({ where: within({ id }, writeScope(ctx.viewer, model)) });
  if (!row) throw userError('NOT_FOUND', messages.notFound(model, id));
  return row;
}

async function setDeleted(ctx: Context, model: string, id: number, trash: boolean, query: Args, extra: Args = {}) {
  return audited(ctx, model, async (tx) => {
    const before = await loadWritable(ctx, tx, model, id);
    if ((before.deletedAt !== null) === trash) {
      throw userError('BAD_USER_INPUT', trash ? messages.alreadyInTrash(model, id) : messages.notInTrash(model, id));
    }
    const row = await delegate(tx, model).update({
      ...withAllColumns(model, query),
      where: { id },
      data: { ...extra, deletedAt: trash ? new Date() : null, version: { increment: 1 } },
    });
    return {
      row,
      audit: { action: trash ? 'DELETE' : 'RESTORE', entity: model, recordId: id, ...changes(auditable(before, scalars(model)), auditable(row, scalars(model))) },
    };
  });
}

/**
 * To-many relations a model's audit events record as lists of ids, e.g. `{ regionIds: 'regions' }`
 * for a clerk's regions: the audit key and the relation it lists.
 */
export type AuditedRelations = Record<string, string>;

/** The ids each audited relation holds now (sorted), read inside the change's transaction. */
async function relationIds(db: Db, model: string, id: number, relations: AuditedRelations): Promise<Row> {
  const entries = Object.entries(relations);
  if (!entries.length) return {};
  const row = await delegate(db, model).findUnique({
    where: { id },
    select: Object.fromEntries(entries.map(([, relation]) => [relation, { select: { id: true }, orderBy: { id: 'asc' } }])),
  });
  return Object.fromEntries(entries.map(([key, relation]) => [key, ((row?.[relation] ?? []) as { id: number }[]).map((r) => r.id)]));
}

/** What the trail records of a row: its scalar fields, and the ids of its audited relations. */
async function auditedState(db: Db, model: string, row: Row, relations: AuditedRelations): Promise<Row> {
  return { ...auditable(row, scalars(model)), ...(await relationIds(db, model, row.id as number, relations)) };
}

/** Creates a record with its audit event. */
export function createRecord(ctx: Context, model: string, data: Args, query: Args, relations: AuditedRelations = {}): Promise<Row> {
  return audited(ctx, model, async (tx) => {
    const row = await delegate(tx, model).create({ ...withAllColumns(model, query), data });
    return { row, audit: { action: 'CREATE', entity: model, recordId: row.id as number, after: await auditedState(tx, model, row, relations) } };
  });
}

/**
 * Updates a record only if it still has the version the client read; otherwise fails with
 * VERSION_CONFLICT and changes nothing. Bumps the version; audits the changed fields.
 */
export function updateRecord(
  ctx: Context,
  model: string,
  id: number,
  version: number,
  data: Args,
  query: Args,
  relations: AuditedRelations = {},
): Promise<Row> {
  return audited(ctx, model, async (tx) => {
    const before = await loadWritable(ctx, tx, model, id);
    const beforeState = await auditedState(tx, model, before, relations);
    if (before.deletedAt) throw userError('NOT_FOUND', messages.inTrashRestoreFirst(model, id));
    if (before.version !== version) {
      throw userError('VERSION_CONFLICT', messages.versionConflict(model, id, before.version as number, version), {
        currentVersion: before.version,
      });
    }
    let row: Row;
    try {
      row = await delegate(tx, model).update({ ...withAllColumns(model, query), where: { id, version }, data: { ...data, version: { increment: 1 } } });
    } catch (error) {
      // Another transaction changed the row between our read and our write.
      if ((error as { code?: string }).code === 'P2025') {
        throw userError('VERSION_CONFLICT', messages.versionConflict(model, id, version + 1, version), { currentVersion: version + 1 });
      }
      throw error;
    }
    return { row, audit: { action: 'UPDATE', entity: model, recordId: id, ...changes(beforeState, await auditedState(tx, model, row, relations)) } };
  });
}

/** Reads a record the caller may change, for validation of updates. */
export function loadLive(ctx: Context, model: string, id: number): Promise<Row> {
  return loadWritable(ctx, ctx.prisma, model, id);
}

/**
 * `createE` and `updateE` for one entity. What differs per entity (its input types and the
 * `data` function that validates the record as it will be stored) stays in its module; this
 * only wires the same steps: parse the id, load the stored record, check the version.
 */
export function writeMutations<Input extends object>(options: {
  model: string;
  write: Role[];
  create: InputRef<Input>;
  update: InputRef<Input>;
  data: (ctx: Context, input: Input, current?: Record<string, unknown>) => Promise<Record<string, unknown>>;
  description?: { create?: string; update?: string };
  /** To-many relations whose ids the audit events record before and after (see AuditedRelations). */
  auditRelations?: AuditedRelations;
}) {
  const { model } = options;
  builder.mutationFields((t) => ({
    [`create${model}`]: t.prismaField({
      type: model as never,
      authScopes: roles(...options.write),
      description: options.description?.create ?? `Creates a ${model}.`,
      args: { data: t.arg({ type: options.create as never, required: true }) },
      resolve: async (query, _root, args, ctx) =>
        createRecord(ctx, model, await options.data(ctx, args.data as Input), query as Args, options.auditRelations) as never,
    }),
    [`update${model}`]: t.prismaField({
      type: model as never,
      authScopes: roles(...options.write),
      description:
        options.description?.update ??
        `Changes a ${model}; only the fields given change. Fails with VERSION_CONFLICT unless \`version\` is the stored one.`,
      args: {
        id: t.arg.id({ required: true }),
        version: t.arg.int({ required: true }),
        data: t.arg({ type: options.update as never, required: true }),
      },
      resolve: async (query, _root, args, ctx) => {
        const id = parseId(args.id);
        const current = await loadLive(ctx, model, id);
        const data = await options.data(ctx, args.data as Input, current);
        return updateRecord(ctx, model, id, args.version, data, query as Args, options.auditRelations) as never;
      },
    }),
  }));
}
