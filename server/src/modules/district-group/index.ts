import { builder, type InputFields } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { ALL_ROLES, crudQueries, writeMutations } from '../../lib/crud.ts';
import { listRelation, readableRelation, recordFields } from '../../lib/object-fields.ts';
import { merged, references, regionLevel, requiredReference, requiredText } from '../../lib/validate.ts';

builder.prismaObject('DistrictGroup', {
  // Only the columns a request's selection needs are read (see lib/object-fields.ts).
  select: { id: true },
  fields: (t) => ({
    ...recordFields(t),
    name: t.exposeString('name'),
    regencyId: t.exposeID('regencyId'),
    regency: t.relation('regency', readableRelation('DistrictGroup', 'regency')),
    ...listRelation(t, 'DistrictGroup', 'districts', { orderBy: { code: 'asc' } }),
    ...listRelation(t, 'DistrictGroup', 'sessions', { orderBy: { startsAt: 'asc' } }),
  }),
});

crudQueries({ model: 'DistrictGroup', one: 'districtGroup', many: 'districtGroups', read: ALL_ROLES, write: ['admin'] });

const fields = (t: InputFields, create: boolean) => ({
  name: t.string({ required: create, description: 'e.g. Haurgeulis' }),
  regencyId: t.id({ required: create }),
  districtIds: t.idList({ description: 'The districts in the group (replaces the current list on update).' }),
});
const Create = builder.inputType('DistrictGroupCreateInput', { fields: (t) => fields(t, true) });
const Update = builder.inputType('DistrictGroupUpdateInput', { description: 'Only the fields given are changed.', fields: (t) => fields(t, false) });

async function groupData(ctx: Context, input: Record<string, unknown>, current?: Record<string, unknown>) {
  const next = merged(current, input);
  const districtIds = await references(ctx, 'Region', input.districtIds as string[] | null, 'districtIds', regionLevel('DISTRICT'));
  return {
    name: requiredText(next.name as string, 'name'),
    regencyId: await requiredReference(ctx, 'Region', next.regencyId as string, 'regencyId', regionLevel('REGENCY')),
    ...(districtIds ? { districts: { [current ? 'set' : 'connect']: districtIds.map((id) => ({ id })) } } : {}),
  } as never;
}

writeMutations({ model: 'DistrictGroup', write: ['admin'], create: Create, update: Update, data: groupData });
