import { page } from './crud.ts';

/**
 * Field helpers shared by every prismaObject. Pothos types its field builder per model, so
 * these take the builder structurally; the fields they add exist on every editable model.
 */
interface FieldBuilder {
  exposeID(name: string, options?: object): unknown;
  exposeInt(name: string, options?: object): unknown;
  expose(name: string, options: object): unknown;
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
 * A to-many relation as a paged list of live records (25 by default, at most 500), loaded
 * with the parent's query (no N+1), plus its `<name>Count`.
 */
export function listRelation<N extends string>(t: unknown, name: N, options: { orderBy?: object; description?: string } = {}) {
  const b = t as FieldBuilder;
  return {
    [name]: b.relation(name, {
      ...(options.description ? { description: options.description } : {}),
      args: { skip: b.arg.int(), take: b.arg.int() },
      query: (args: { skip?: number | null; take?: number | null }) => ({
        where: { deletedAt: null },
        orderBy: [options.orderBy ?? {}, { id: 'asc' }].filter((o) => Object.keys(o).length),
        ...page(args.skip, args.take),
      }),
    }),
    [`${name}Count`]: b.relationCount(name, { where: { deletedAt: null } }),
  } as Record<N | `${N}Count`, never>;
}
