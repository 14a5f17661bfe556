import { builder, type InputFields } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { crudQueries, writeMutations } from '../../lib/crud.ts';
import { readableRelation, recordFields } from '../../lib/object-fields.ts';
import {
  merged,
  notInFuture,
  optionalText,
  positiveInt,
  reference,
  required,
  requiredReference,
  requiredText,
  unchangedReference,
} from '../../lib/validate.ts';
import { messages } from '../../lib/messages.ts';

builder.prismaObject('AidDistribution', {
  // Only the columns a request's selection needs are read (see lib/object-fields.ts).
  select: { id: true },
  fields: (t) => ({
    ...recordFields(t),
    beneficiaryId: t.exposeID('beneficiaryId'),
    beneficiary: t.relation('beneficiary', readableRelation('AidDistribution', 'beneficiary')),
    programId: t.exposeID('programId'),
    program: t.relation('program', readableRelation('AidDistribution', 'program')),
    aidStandardId: t.exposeID('aidStandardId'),
    aidStandard: t.relation('aidStandard', readableRelation('AidDistribution', 'aidStandard')),
    distributedOn: t.expose('distributedOn', { type: 'Date' }),
    items: t.exposeString('items'),
    quantity: t.exposeInt('quantity'),
    unit: t.exposeString('unit', { nullable: true }),
    valueRupiah: t.exposeInt('valueRupiah'),
    sessionId: t.exposeID('sessionId', { nullable: true }),
    session: t.relation('session', { nullable: true, ...readableRelation('AidDistribution', 'session') }),
    venueId: t.exposeID('venueId', { nullable: true }),
    venue: t.relation('venue', { nullable: true, ...readableRelation('AidDistribution', 'venue') }),
    handedOverById: t.exposeID('handedOverById', { nullable: true }),
    handedOverBy: t.relation('handedOverBy', { nullable: true, ...readableRelation('AidDistribution', 'handedOverBy') }),
    notes: t.exposeString('notes', { nullable: true }),
  }),
});

// Person-level records: not for VIEWER (see the Beneficiary module).
crudQueries({
  model: 'AidDistribution',
  one: 'aidDistribution',
  many: 'aidDistributions',
  read: ['admin', 'clerk', 'auditor'],
  write: ['admin', 'clerk'],
  viewerFilters: ['aidStandardId', 'aidStandard', 'programId', 'program', 'distributedOn', 'sessionId', 'session', 'venueId', 'venue', 'beneficiary'],
});

const fields = (t: InputFields, create: boolean) => ({
  beneficiaryId: t.id({ required: create }),
  programId: t.id({ required: create, description: 'An AID programme, e.g. Bantuan Permakanan 2024.' }),
  aidStandardId: t.id({ description: "The aid standard; the beneficiary's category when left out on create." }),
  distributedOn: t.field({ type: 'Date', required: create }),
  items: t.string({ required: create, description: 'What was handed over, e.g. Paket permakanan.' }),
  quantity: t.int({ description: '1 when left out on create.' }),
  unit: t.string(),
  valueRupiah: t.int({ required: create, description: 'Total value in whole rupiah.' }),
  sessionId: t.id(),
  venueId: t.id(),
  handedOverById: t.id(),
  notes: t.string(),
});
const Create = builder.inputType('AidDistributionCreateInput', { fields: (t) => fields(t, true) });
const Update = builder.inputType('AidDistributionUpdateInput', { description: 'Only the fields given are changed.', fields: (t) => fields(t, false) });

async function distributionData(ctx: Context, input: Record<string, unknown>, current?: Record<string, unknown>) {
  const next = merged(current, input);
  const distributedOn = required(next.distributedOn as Date | null, 'distributedOn');
  notInFuture(distributedOn, 'distributedOn');
  const quantity = next.quantity === null ? required(null, 'quantity') : ((next.quantity as number | undefined) ?? 1);
  positiveInt(quantity, 'quantity');
  const valueRupiah = required(next.valueRupiah as number | null, 'valueRupiah');
  positiveInt(valueRupiah, 'valueRupiah', { allowZero: true });
  let category: number | undefined;
  const beneficiaryId = await requiredReference(ctx, 'Beneficiary', next.beneficiaryId as string, 'beneficiaryId', (b) => {
    category = b.aidStandardId as number;
    return null;
  });
  return {
    beneficiaryId,
    programId: await requiredReference(ctx, 'Program', next.programId as string, 'programId', (p) =>
      p.kind === 'AID' ? null : messages.wrongProgramKind('AID'),
    ),
    aidStandardId: await requiredReference(ctx, 'AidStandard', (next.aidStandardId as string | undefined) ?? category, 'aidStandardId'),
    distributedOn,
    items: requiredText(next.items as string, 'items', 300),
    quantity,
    unit: optionalText(next.unit as string | null, 'unit', 30, { multiline: false }),
    valueRupiah,
    sessionId: (await reference(ctx, 'TrainingSession', next.sessionId as string | null, 'sessionId')) ?? null,
    venueId: (await reference(ctx, 'Venue', next.venueId as string | null, 'venueId')) ?? null,
    handedOverById:
      unchangedReference(current, input, 'handedOverById') ??
      (await reference(ctx, 'Worker', next.handedOverById as string | null, 'handedOverById')) ??
      null,
    notes: optionalText(next.notes as string | null, 'notes'),
  };
}

writeMutations({ model: 'AidDistribution', write: ['admin', 'clerk'], create: Create, update: Update, data: distributionData, description: { create: 'Records aid handed to a beneficiary.' } });
