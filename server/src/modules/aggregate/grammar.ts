import { builder, type Types } from '../../builder.ts';
import { filterPolicy } from '../../auth/policy.ts';
import type { Context } from '../../context.ts';
import { ALL_ROLES, roles } from '../../lib/crud.ts';
import { badInput, userError } from '../../lib/errors.ts';
import { roleView } from '../../privacy/rules.ts';
import { filterInputs, listWhere } from '../../lib/filters.ts';
import { messages } from '../../lib/messages.ts';
import { whereToSql } from '../../lib/where-sql.ts';
import { cachedRead } from '../../lib/read-cache.ts';
import { selectedFields } from './selection.ts';
import { AGE_BANDS, type AggregateSpec, type Dimension } from './spec.ts';
import { aggregateStatement, NUMBER_OPS, type NumberOp } from './statement.ts';

/** Groups a VIEWER sees only as "< 5": fewer persons than this could re-identify someone. */
export const MIN_GROUP_PERSONS = 5;
/**
 * Every other count a VIEWER receives is rounded to a multiple of this, so that a total minus
 * the visible cells no longer gives a suppressed cell.
 */
export const ROUND_TO = 5;

/** `n` rounded to the nearest multiple of ROUND_TO. */
export function rounded(n: number): number {
  return Math.round(n / ROUND_TO) * ROUND_TO;
}

const VIEWER_FIGURES = `For VIEWER: rounded to the nearest multiple of ${ROUND_TO}, and null in groups of fewer than ${MIN_GROUP_PERSONS} persons.`;
/** More groups than this is not a chart but a list: narrow the filter or group more coarsely. */
export const MAX_GROUPS = 5_000;

type SqlRow = Record<string, unknown>;

interface Group {
  id: string;
  name: string | null;
  code: string | null;
}
interface AgeBand {
  from: number;
  to: number | null;
  label: string;
}
interface AggregateRow {
  key: Record<string, unknown>;
  count: number | null;
  persons: number | null;
  suppressed: boolean;
  distinct: Record<string, number | null>;
  numbers: Record<NumberOp, Record<string, number | null>>;
}

const GroupRef = builder.objectRef<Group>('AggregateGroup').implement({
  description: 'A record a group is formed by (a region, aid standard, programme, session, …), with its label.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { nullable: true, description: 'The record’s name (a session’s title).' }),
    code: t.exposeString('code', { nullable: true, description: 'The Kemendagri code of a region, the code of an aid standard; null otherwise.' }),
  }),
});

const AgeBandRef = builder.objectRef<AgeBand>('AgeBand').implement({
  description: 'An age band: ages from `from` to `to` (inclusive; null: no upper bound).',
  fields: (t) => ({
    from: t.exposeInt('from'),
    to: t.exposeInt('to', { nullable: true }),
    label: t.exposeString('label', { description: 'e.g. "60–69" or "80+".' }),
  }),
});

function ageBandOf(from: number): AgeBand {
  const next = AGE_BANDS.find((b) => b > from);
  return { from, to: next === undefined ? null : next - 1, label: next === undefined ? `${from}+` : `${from}–${next - 1}` };
}

function keyField(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Record<string, unknown>>, d: Dimension) {
  const resolve = (key: Record<string, unknown>) => key[d.name] ?? null;
  const description = d.description;
  switch (d.type.kind) {
    case 'record':
      return t.field({ type: GroupRef, nullable: true, description, resolve: (key) => resolve(key) as Group | null });
    case 'enum':
      return t.field({ type: d.type.enumName as never, nullable: true, description, resolve: (key) => resolve(key) as never });
    case 'int':
      return t.int({ nullable: true, description, resolve: (key) => resolve(key) as number | null });
    case 'month':
      return t.string({ nullable: true, description, resolve: (key) => resolve(key) as string | null });
    case 'ageBand':
      return t.field({ type: AgeBandRef, nullable: true, description, resolve: (key) => resolve(key) as AgeBand | null });
  }
}

/**
 * `<entities>Aggregate(where, groupBy, ageAsOf): [<Entity>AggregateRow!]!` for one entity: the
 * same `where` (and region scope, and live-records rule) as the entity's list, grouped by any
 * of the entity's dimensions, with count, distinct counts and sum/avg/min/max of its numbers.
 * One SQL statement per field, computed in the database; only the selected measures are
 * computed. For VIEWER, groups of fewer than 5 persons are suppressed.
 */
export function aggregateQuery(spec: AggregateSpec) {
  const { model } = spec;
  const { where } = filterInputs(model);
  const byName = new Map(spec.dimensions.map((d) => [d.name, d]));
  const hasAge = spec.dimensions.some((d) => d.type.kind === 'ageBand');

  const GroupBy = builder.enumType(`${model}AggregateGroupBy`, {
    description: `What ${model} figures can be grouped by.`,
    values: Object.fromEntries(spec.dimensions.map((d) => [d.name, { value: d.name, description: d.description }])),
  });

  const Key = builder.objectRef<Record<string, unknown>>(`${model}AggregateKey`).implement({
    description: `The group of an aggregate row: the fields named in groupBy are set, the others are null.`,
    fields: (t) => Object.fromEntries(spec.dimensions.map((d) => [d.name, keyField(t, d)])),
  });

  const Distinct = spec.distinct?.length
    ? builder.objectRef<Record<string, number | null>>(`${model}AggregateDistinct`).implement({
        description: `Distinct counts in a group of ${model} records.`,
        fields: (t) =>
          Object.fromEntries(spec.distinct!.map((m) => [m.name, t.int({ nullable: true, description: m.description, resolve: (d) => d[m.name] ?? null })])),
      })
    : null;

  const Numbers = spec.numbers?.length
    ? builder.objectRef<Record<string, number | null>>(`${model}AggregateNumbers`).implement({
        description: `Figures over the numeric fields of the ${model} records in a group (null when the group has none).`,
        fields: (t) =>
          Object.fromEntries(spec.numbers!.map((m) => [m.name, t.float({ nullable: true, description: m.description, resolve: (n) => n[m.name] ?? null })])),
      })
    : null;

  const Row = builder.objectRef<AggregateRow>(`${model}AggregateRow`).implement({
    description: `One group of ${model} records and its figures.`,
    fields: (t) => ({
      key: t.field({ type: Key, resolve: (row) => row.key }),
      count: t.int({
        nullable: true,
        description: `Records in the group; null when suppressed. ${VIEWER_FIGURES}`,
        resolve: (row) => row.count,
      }),
      suppressed: t.boolean({
        description: `True for VIEWER when the group counts fewer than ${MIN_GROUP_PERSONS} persons: its figures are then null and countLabel is "< ${MIN_GROUP_PERSONS}".`,
        resolve: (row) => row.suppressed,
      }),
      countLabel: t.string({
        description: `The count as text (rounded for VIEWER), or "< ${MIN_GROUP_PERSONS}" when suppressed: what a chart or table shows.`,
        resolve: (row) => (row.suppressed ? `< ${MIN_GROUP_PERSONS}` : String(row.count)),
      }),
      ...(spec.persons && spec.persons !== 'rows'
        ? { persons: t.int({ nullable: true, description: `${spec.persons.description} ${VIEWER_FIGURES}`, resolve: (row) => row.persons }) }
        : {}),
      ...(Distinct ? { distinct: t.field({ type: Distinct, description: `Distinct counts. ${VIEWER_FIGURES}`, resolve: (row) => row.distinct }) } : {}),
      ...(Numbers
        ? Object.fromEntries(
            NUMBER_OPS.map((op) => [
              op,
              t.field({
                type: Numbers,
                description: `The ${op} of each numeric field.${
                  spec.persons === null ? '' : op === 'min' || op === 'max' ? ' Null for VIEWER (one person’s value).' : ' Null for VIEWER in suppressed groups.'
                }`,
                resolve: (row) => row.numbers[op],
              }),
            ]),
          )
        : {}),
    }),
  });

  builder.queryField(spec.field, (t) =>
    t.field({
      type: [Row],
      authScopes: roles(...ALL_ROLES),
      description: spec.description,
      args: {
        where: t.arg({ type: where, description: `The same filter as the ${model} list (and the same region scope).` }),
        groupBy: t.arg({ type: [GroupBy], description: 'Dimensions to group by, in order; none: one row over everything.' }),
        ...(hasAge ? { ageAsOf: t.arg({ type: 'Date', description: 'The day ages are counted on (default: today).' }) } : {}),
      },
      resolve: async (_root, args, ctx, info) => {
        const dims = [...new Set((args.groupBy as string[] | null | undefined) ?? [])].map((name) => byName.get(name)!);
        const selected = selectedFields(info);
        const asOf = ((args as { ageAsOf?: Date | null }).ageAsOf ?? new Date()).toISOString().slice(0, 10);
        // The view of persons (privacy/rules.ts): a masked role may not group by part of a birth
        // date and counts ages by birth year; VIEWER's person figures are suppressed and rounded.
        const view = roleView(ctx.viewer);
        const personal = dims.find((d) => d.personal);
        if (personal && view !== 'clear') throw userError('FORBIDDEN', messages.personalDimension(personal.name), { field: 'groupBy' });
        const suppress = view === 'none' && spec.persons !== null;
        const plan = {
          dimensions: dims,
          where: whereToSql(model, listWhere(model, args.where as Record<string, unknown> | null, false, filterPolicy(ctx.viewer)), 't'),
          persons: suppress || selected.has('persons'),
          distinct: (spec.distinct ?? []).filter((m) => selected.get('distinct')?.has(m.name)).map((m) => m.name),
          numbers: NUMBER_OPS.flatMap((op) => (spec.numbers ?? []).filter((m) => selected.get(op)?.has(m.name)).map((m) => ({ op, name: m.name }))),
          params: { asOf, byYear: view !== 'clear' },
          limit: MAX_GROUPS + 1,
        };
        const statement = aggregateStatement(spec, plan);
        const rows = await cachedRead(ctx as Context, `${statement.sql} ${JSON.stringify(statement.values)}`, () => (ctx as Context).reader.$queryRaw<SqlRow[]>(statement));
        if (rows.length > MAX_GROUPS) throw badInput('groupBy', messages.tooManyGroups(MAX_GROUPS));
        return rows.map((row) => toRow(row, dims, plan, suppress));
      },
    }),
  );
}

function toRow(row: SqlRow, dims: Dimension[], plan: { distinct: string[]; numbers: { op: NumberOp; name: string }[] }, suppress: boolean): AggregateRow {
  const key: Record<string, unknown> = {};
  dims.forEach((d, i) => {
    const value = row[`k${i}`];
    if (value === null || value === undefined) key[d.name] = null;
    else if (d.type.kind === 'record') key[d.name] = { id: String(value), name: (row[`n${i}`] as string | null) ?? null, code: (row[`c${i}`] as string | null) ?? null };
    else if (d.type.kind === 'ageBand') key[d.name] = ageBandOf(Number(value));
    else if (d.type.kind === 'int') key[d.name] = Number(value);
    else key[d.name] = value;
  });
  // `suppress` is VIEWER's view: small groups hidden, every other count rounded, no min/max.
  const suppressed = suppress && Number(row.persons) < MIN_GROUP_PERSONS;
  const hide = <T,>(value: T): T | null => (suppressed ? null : value);
  const count = (value: unknown): number | null => (suppressed ? null : suppress ? rounded(Number(value)) : Number(value));
  const numbers = Object.fromEntries(NUMBER_OPS.map((op) => [op, {} as Record<string, number | null>])) as AggregateRow['numbers'];
  for (const { op, name } of plan.numbers) {
    const value = row[`${op}_${name}`] === null ? null : Number(row[`${op}_${name}`]);
    numbers[op][name] = suppress && (op === 'min' || op === 'max') ? null : hide(value);
  }
  return {
    key,
    count: count(row.count),
    persons: row.persons === undefined ? null : count(row.persons),
    suppressed,
    distinct: Object.fromEntries(plan.distinct.map((name) => [name, count(row[`distinct_${name}`])])),
    numbers,
  };
}
