import { builder, type InputFields } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { ALL_ROLES, crudQueries, writeMutations } from '../../lib/crud.ts';
import { readableRelation, recordFields } from '../../lib/object-fields.ts';
import { merged, numberInRange, required, requiredReference, requiredText } from '../../lib/validate.ts';

builder.prismaObject('PovertyIndicator', {
  // Only the columns a request's selection needs are read (see lib/object-fields.ts).
  select: { id: true },
  fields: (t) => ({
    ...recordFields(t),
    regionId: t.exposeID('regionId'),
    region: t.relation('region', readableRelation('PovertyIndicator', 'region')),
    year: t.exposeInt('year'),
    ratePercent: t.exposeFloat('ratePercent'),
    source: t.exposeString('source'),
  }),
});

crudQueries({ model: 'PovertyIndicator', one: 'povertyIndicator', many: 'povertyIndicators', read: ALL_ROLES, write: ['admin'] });

const fields = (t: InputFields, create: boolean) => ({
  regionId: t.id({ required: create }),
  year: t.int({ required: create }),
  ratePercent: t.float({ required: create, description: 'Percent of the population below the poverty line, e.g. 12.13.' }),
  source: t.string({ required: create, description: 'e.g. BPS Kabupaten Indramayu' }),
});
const Create = builder.inputType('PovertyIndicatorCreateInput', { fields: (t) => fields(t, true) });
const Update = builder.inputType('PovertyIndicatorUpdateInput', { description: 'Only the fields given are changed.', fields: (t) => fields(t, false) });

async function indicatorData(ctx: Context, input: Record<string, unknown>, current?: Record<string, unknown>) {
  const next = merged(current, input);
  const year = required(next.year as number | null, 'year');
  numberInRange(year, 'year', 1990, new Date().getUTCFullYear());
  const ratePercent = required(next.ratePercent as number | null, 'ratePercent');
  numberInRange(ratePercent, 'ratePercent', 0, 100);
  return {
    regionId: await requiredReference(ctx, 'Region', next.regionId as string, 'regionId'),
    year,
    ratePercent,
    source: requiredText(next.source as string, 'source'),
  };
}

writeMutations({ model: 'PovertyIndicator', write: ['admin'], create: Create, update: Update, data: indicatorData });
