import { builder, type InputFields } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { ALL_ROLES, crudQueries, writeMutations } from '../../lib/crud.ts';
import { badInput } from '../../lib/errors.ts';
import { listRelation, recordFields } from '../../lib/object-fields.ts';
import { merged, optionalText, requiredText } from '../../lib/validate.ts';
import { messages } from '../../lib/messages.ts';

builder.prismaObject('AidStandard', {
  // Only the columns a request's selection needs are read (see lib/object-fields.ts).
  select: { id: true },
  fields: (t) => ({
    ...recordFields(t),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    legalBasis: t.exposeString('legalBasis', { nullable: true }),
    ...listRelation(t, 'AidStandard', 'beneficiaries'),
    ...listRelation(t, 'AidStandard', 'distributions', { orderBy: { distributedOn: 'asc' } }),
  }),
});

crudQueries({ model: 'AidStandard', one: 'aidStandard', many: 'aidStandards', read: ALL_ROLES, write: ['admin'] });

const fields = (t: InputFields, create: boolean) => ({
  code: t.string({ required: create, description: 'Upper-case code, e.g. LANSIA_TELANTAR.' }),
  name: t.string({ required: create }),
  description: t.string(),
  legalBasis: t.string(),
});
const Create = builder.inputType('AidStandardCreateInput', { fields: (t) => fields(t, true) });
const Update = builder.inputType('AidStandardUpdateInput', { description: 'Only the fields given are changed.', fields: (t) => fields(t, false) });

async function standardData(_ctx: Context, input: Record<string, unknown>, current?: Record<string, unknown>) {
  const next = merged(current, input);
  const code = requiredText(next.code as string, 'code', 40).toUpperCase();
  if (!/^[A-Z][A-Z0-9_]*$/.test(code)) throw badInput('code', messages.standardCode());
  return {
    code,
    name: requiredText(next.name as string, 'name'),
    description: optionalText(next.description as string | null, 'description'),
    legalBasis: optionalText(next.legalBasis as string | null, 'legalBasis', 500),
  };
}

writeMutations({ model: 'AidStandard', write: ['admin'], create: Create, update: Update, data: standardData });
