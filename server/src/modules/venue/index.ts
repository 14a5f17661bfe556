import { builder, type InputFields } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { ALL_ROLES, crudQueries, writeMutations } from '../../lib/crud.ts';
import { listRelation, readableRelation, recordFields } from '../../lib/object-fields.ts';
import { merged, numberInRange, optionalText, positiveInt, regionLevel, requiredReference, requiredText } from '../../lib/validate.ts';

builder.prismaObject('Venue', {
  // Only the columns a request's selection needs are read (see lib/object-fields.ts).
  select: { id: true },
  fields: (t) => ({
    ...recordFields(t),
    name: t.exposeString('name'),
    villageId: t.exposeID('villageId'),
    village: t.relation('village', readableRelation('Venue', 'village')),
    address: t.exposeString('address', { nullable: true }),
    capacity: t.exposeInt('capacity', { nullable: true }),
    latitude: t.exposeFloat('latitude', { nullable: true }),
    longitude: t.exposeFloat('longitude', { nullable: true }),
    ...listRelation(t, 'Venue', 'sessions', { orderBy: { startsAt: 'asc' } }),
    ...listRelation(t, 'Venue', 'distributions', { orderBy: { distributedOn: 'asc' } }),
  }),
});

crudQueries({ model: 'Venue', one: 'venue', many: 'venues', read: ALL_ROLES, write: ['admin', 'clerk'] });

const fields = (t: InputFields, create: boolean) => ({
  name: t.string({ required: create, description: 'e.g. Balai Desa Karangtumaritis' }),
  villageId: t.id({ required: create }),
  address: t.string(),
  capacity: t.int(),
  latitude: t.float(),
  longitude: t.float(),
});
const Create = builder.inputType('VenueCreateInput', { fields: (t) => fields(t, true) });
const Update = builder.inputType('VenueUpdateInput', { description: 'Only the fields given are changed.', fields: (t) => fields(t, false) });

async function venueData(ctx: Context, input: Record<string, unknown>, current?: Record<string, unknown>) {
  const next = merged(current, input);
  positiveInt(next.capacity as number | null, 'capacity');
  numberInRange(next.latitude as number | null, 'latitude', -90, 90);
  numberInRange(next.longitude as number | null, 'longitude', -180, 180);
  return {
    name: requiredText(next.name as string, 'name'),
    villageId: await requiredReference(ctx, 'Region', next.villageId as string, 'villageId', regionLevel('VILLAGE')),
    address: optionalText(next.address as string | null, 'address', 500),
    capacity: (next.capacity as number | null) ?? null,
    latitude: (next.latitude as number | null) ?? null,
    longitude: (next.longitude as number | null) ?? null,
  };
}

writeMutations({ model: 'Venue', write: ['admin', 'clerk'], create: Create, update: Update, data: venueData });
