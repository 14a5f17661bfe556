import type { InputObjectRef } from '@pothos/core';
import type { PrismaClient } from '@pilar/db';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { delegateName } from './datamodel.ts';
import { badInput, userError } from './errors.ts';
import { filterInputs, listWhere, toPrismaOrderBy } from './filters.ts';
import { parseId } from './ids.ts';
import { mapPrismaError } from './prisma-errors.ts';
import { messages } from './messages.ts';

export const DEFAULT_TAKE = 25;
export const MAX_TAKE = 500;

type Row = Record<string, unknown>;
type Args = Record<string, unknown>;
type InputRef<T> = InputObjectRef<import('../builder.ts').Types, T>;

/** The part of a Prisma delegate the generic grammar uses; every model has it. */
export interface Delegate {
  findMany(args: Args): Promise<Row[]>;
  findUnique(args: Args): Promise<Row | null>;
  count(args: Args): Promise<number>;
  create(args: Args): Promise<Row>;
  update(args: Args): Promise<Row>;
}

export function delegate(prisma: PrismaClient | Context['prisma'], modelName: string): Delegate {
  return (prisma as unknown as Record<string, Delegate>)[delegateName(modelName)]!;
}

/** Validates `skip`/`take`: take defaults to 25 and may not exceed 500. */
export function page(skip: number | null | undefined, take: number | null | undefined) {
  if (take !== null && take !== undefined && (take < 0 || take > MAX_TAKE)) {
    throw badInput('take', messages.takeRange(MAX_TAKE));
  }
  if (skip !== null && skip !== undefined && skip < 0) throw badInput('skip', messages.negativeSkip());
  return { skip: skip ?? 0, take: take ?? DEFAULT_TAKE };
}


export interface CrudNames {
  /** Prisma model and GraphQL type, e.g. `Worker`. */
  model: string;
  /** Singular field name, e.g. `worker`. */
  one: string;
  /** List field name, e.g. `workers`. */
  many: string;
}

/**
 * The part of the grammar that is the same decision for every entity: `e`, `es`, `esCount`,
 * `deleteE` (to the trash) and `restoreE`. Create and update stay explicit in each module.
 */
export function crudQueries({ model, one, many }: CrudNames) {
  const { where, orderBy } = filterInputs(model);
  const Model = model as never;
  const Type = `${model}`;

  builder.queryField(one, (t) =>
    t.prismaField({
      type: Model,
      nullable: true,
      description: `One ${Type} by id (also when it is in the trash), or null.`,
      args: { id: t.arg.id({ required: true }) },
      resolve: (query, _root, args, ctx) =>
        delegate(ctx.prisma, model).findUnique({ ...(query as Args), where: { id: parseId(args.id) } }) as never,
    }),
  );

  builder.queryField(many, (t) =>
    t.prismaField({
      type: [Model],
      description: `${Type} records matching \`where\`, sorted by \`orderBy\` (ties by id); 25 by default, at most ${MAX_TAKE}. Records in the trash are left out unless the filter names deletedAt or includeDeleted is true.`,
      args: {
        where: t.arg({ type: where }),
        orderBy: t.arg({ type: [orderBy] }),
        skip: t.arg.int(),
        take: t.arg.int(),
        includeDeleted: t.arg.boolean(),
      },
      resolve: (query, _root, args, ctx) =>
        delegate(ctx.prisma, model).findMany({
          ...(query as Args),
          where: listWhere(model, args.where, args.includeDeleted ?? false),
          orderBy: toPrismaOrderBy(model, args.orderBy as Args[] | null),
          ...page(args.skip, args.take),
        }) as never,
    }),
  );

  builder.queryField(`${many}Count`, (t) =>
    t.int({
      description: `How many ${Type} records match \`where\` (same rules as \`${many}\`).`,
      args: { where: t.arg({ type: where }), includeDeleted: t.arg.boolean() },
      resolve: (_root, args, ctx) =>
        delegate(ctx.prisma, model).count({ where: listWhere(model, args.where, args.includeDeleted ?? false) }),
    }),
  );

  builder.mutationField(`delete${Type}`, (t) =>
    t.prismaField({
      type: Model,
      description: `Moves a ${Type} to the trash (soft delete); restore${Type} brings it back.`,
      args: { id: t.arg.id({ required: true }) },
      resolve: (query, _root, args, ctx) =>
        setDeleted(ctx, model, parseId(args.id), new Date(), query as Args) as never,
    }),
  );

  builder.mutationField(`restore${Type}`, (t) =>
    t.prismaField({
      type: Model,
      description: `Brings a ${Type} back from the trash.`,
      args: { id: t.arg.id({ required: true }) },
      resolve: (query, _root, args, ctx) => setDeleted(ctx, model, parseId(args.id), null, query as Args) as never,
    }),
  );
}

async function setDeleted(ctx: Context, model: string, id: number, deletedAt: Date | null, query: Args) {
  const d = delegate(ctx.prisma, model);
  try {
    return await d.update({
      ...query,
      where: { id, deletedAt: deletedAt ? null : { not: null } },
      data: { deletedAt, version: { increment: 1 } },
    });
  } catch (error) {
    const existing = await d.findUnique({ where: { id }, select: { deletedAt: true } });
    if (!existing) throw userError('NOT_FOUND', messages.notFound(model, id));
    if ((existing.deletedAt === null) === (deletedAt === null)) {
      throw userError('BAD_USER_INPUT', deletedAt ? messages.alreadyInTrash(model, id) : messages.notInTrash(model, id));
    }
    throw mapPrismaError(error, model);
  }
}

/** Creates a record, mapping database errors to clear GraphQL errors. */
export async function createRecord(ctx: Context, model: string, data: Args, query: Args): Promise<Row> {
  try {
    return await delegate(ctx.prisma, model).create({ ...query, data });
  } catch (error) {
    throw mapPrismaError(error, model);
  }
}

/**
 * Updates a record only if it still has the version the client read; otherwise fails with
 * VERSION_CONFLICT and changes nothing. Bumps the version.
 */
export async function updateRecord(
  ctx: Context,
  model: string,
  id: number,
  version: number,
  data: Args,
  query: Args,
): Promise<Row> {
  const d = delegate(ctx.prisma, model);
  try {
    return await d.update({ ...query, where: { id, version, deletedAt: null }, data: { ...data, version: { increment: 1 } } });
  } catch (error) {
    const existing = await d.findUnique({ where: { id }, select: { version: true, deletedAt: true } });
    if (!existing) throw userError('NOT_FOUND', messages.notFound(model, id));
    if (existing.deletedAt) throw userError('NOT_FOUND', messages.inTrashRestoreFirst(model, id));
    if (existing.version !== version) {
      throw userError(
        'VERSION_CONFLICT',
        messages.versionConflict(model, id, existing.version as number, version),
        { currentVersion: existing.version },
      );
    }
    throw mapPrismaError(error, model);
  }
}

/** Reads a record that must exist and be live, for validation of updates. */
export async function loadLive(ctx: Context, model: string, id: number): Promise<Row> {
  const row = await delegate(ctx.prisma, model).findUnique({ where: { id } });
  if (!row) throw userError('NOT_FOUND', messages.notFound(model, id));
  return row;
}

/**
 * `createE` and `updateE` for one entity. What differs per entity (its input types and the
 * `data` function that validates the record as it will be stored) stays in its module; this
 * only wires the same steps: parse the id, load the stored record, check the version.
 */
export function writeMutations<Input extends object>(options: {
  model: string;
  create: InputRef<Input>;
  update: InputRef<Input>;
  data: (ctx: Context, input: Input, current?: Record<string, unknown>) => Promise<Record<string, unknown>>;
  description?: { create?: string; update?: string };
}) {
  const { model } = options;
  builder.mutationFields((t) => ({
    [`create${model}`]: t.prismaField({
      type: model as never,
      description: options.description?.create ?? `Creates a ${model}.`,
      args: { data: t.arg({ type: options.create as never, required: true }) },
      resolve: async (query, _root, args, ctx) =>
        createRecord(ctx, model, await options.data(ctx, args.data as Input), query as Args) as never,
    }),
    [`update${model}`]: t.prismaField({
      type: model as never,
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
        return updateRecord(ctx, model, id, args.version, data, query as Args) as never;
      },
    }),
  }));
}
