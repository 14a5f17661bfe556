import { builder, type InputFields } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { ALL_ROLES, crudQueries, writeMutations } from '../../lib/crud.ts';
import { ProgramKindEnum } from '../../lib/enums.ts';
import { listRelation, recordFields } from '../../lib/object-fields.ts';
import { merged, numberInRange, optionalText, required, requiredText } from '../../lib/validate.ts';

builder.prismaObject('Program', {
  // Only the columns a request's selection needs are read (see lib/object-fields.ts).
  select: { id: true },
  fields: (t) => ({
    ...recordFields(t),
    name: t.exposeString('name'),
    year: t.exposeInt('year'),
    kind: t.expose('kind', { type: ProgramKindEnum }),
    description: t.exposeString('description', { nullable: true }),
    ...listRelation(t, 'Program', 'sessions', { orderBy: { startsAt: 'asc' } }),
    ...listRelation(t, 'Program', 'distributions', { orderBy: { distributedOn: 'asc' } }),
  }),
});

crudQueries({ model: 'Program', one: 'program', many: 'programs', read: ALL_ROLES, write: ['admin'] });

const fields = (t: InputFields, create: boolean) => ({
  name: t.string({ required: create }),
  year: t.int({ required: create }),
  kind: t.field({ type: ProgramKindEnum, required: create }),
  description: t.string(),
});
const Create = builder.inputType('ProgramCreateInput', { fields: (t) => fields(t, true) });
const Update = builder.inputType('ProgramUpdateInput', { description: 'Only the fields given are changed.', fields: (t) => fields(t, false) });

async function programData(_ctx: Context, input: Record<string, unknown>, current?: Record<string, unknown>) {
  const next = merged(current, input);
  const year = required(next.year as number | null, 'year');
  numberInRange(year, 'year', 2000, new Date().getUTCFullYear() + 5);
  return {
    name: requiredText(next.name as string, 'name'),
    year,
    kind: required(next.kind as string | null, 'kind'),
    description: optionalText(next.description as string | null, 'description'),
  } as never;
}

writeMutations({ model: 'Program', write: ['admin'], create: Create, update: Update, data: programData });
