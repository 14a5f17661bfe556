import { builder, type InputFields } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { crudQueries, writeMutations } from '../../lib/crud.ts';
import { BeneficiaryStatusEnum, GenderEnum } from '../../lib/enums.ts';
import { birthFields, listRelation, personal, readableRelation, recordFields } from '../../lib/object-fields.ts';
import {
  merged,
  notInFuture,
  optionalText,
  phone,
  reference,
  regionLevel,
  required,
  requiredReference,
  requiredText,
  uniqueNik,
  unchangedReference,
  validKk,
} from '../../lib/validate.ts';

builder.prismaObject('Beneficiary', {
  // Only the columns a request's selection needs are read (see lib/object-fields.ts).
  select: { id: true },
  fields: (t) => ({
    ...recordFields(t),
    nik: personal(t, 'Beneficiary', 'nik'),
    kkNumber: personal(t, 'Beneficiary', 'kkNumber'),
    name: t.exposeString('name'),
    gender: t.expose('gender', { type: GenderEnum }),
    ...birthFields(t, 'Beneficiary'),
    address: personal(t, 'Beneficiary', 'address', { nullable: true }),
    phone: personal(t, 'Beneficiary', 'phone', { nullable: true }),
    villageId: t.exposeID('villageId'),
    village: t.relation('village', readableRelation('Beneficiary', 'village')),
    districtId: t.exposeID('districtId', { nullable: true }),
    district: t.relation('district', { nullable: true, ...readableRelation('Beneficiary', 'district') }),
    aidStandardId: t.exposeID('aidStandardId'),
    aidStandard: t.relation('aidStandard', readableRelation('Beneficiary', 'aidStandard')),
    status: t.expose('status', { type: BeneficiaryStatusEnum }),
    registeredById: t.exposeID('registeredById', { nullable: true }),
    registeredBy: t.relation('registeredBy', { nullable: true, ...readableRelation('Beneficiary', 'registeredBy') }),
    notes: t.exposeString('notes', { nullable: true }),
    ...listRelation(t, 'Beneficiary', 'distributions', { orderBy: { distributedOn: 'desc' }, description: 'Aid handed to the beneficiary, newest first.' }),
  }),
});

// Person-level records: not for VIEWER, a dashboard role (its figures come from the aggregates,
// whose filters may name only what is also a dimension or a reference).
crudQueries({
  model: 'Beneficiary',
  one: 'beneficiary',
  many: 'beneficiaries',
  read: ['admin', 'clerk', 'auditor'],
  write: ['admin', 'clerk'],
  viewerFilters: ['villageId', 'village', 'districtId', 'district', 'aidStandardId', 'aidStandard', 'gender', 'status', 'createdAt'],
});

const fields = (t: InputFields, create: boolean) => ({
  nik: t.string({ required: create, description: 'NIK: 16 digits; its date part must match birthDate (day + 40 for women).' }),
  kkNumber: t.string({ required: create, description: 'No. KK: the 16-digit family-card number.' }),
  name: t.string({ required: create }),
  gender: t.field({ type: GenderEnum, required: create }),
  birthDate: t.field({ type: 'Date', required: create }),
  address: t.string(),
  phone: t.string(),
  villageId: t.id({ required: create }),
  aidStandardId: t.id({ required: create, description: 'The PPKS category: one of the 4 aid standards.' }),
  status: t.field({ type: BeneficiaryStatusEnum, description: 'ACTIVE when left out on create.' }),
  registeredById: t.id({ description: 'The pilar sosial who registered the beneficiary.' }),
  notes: t.string(),
});
const Create = builder.inputType('BeneficiaryCreateInput', { fields: (t) => fields(t, true) });
const Update = builder.inputType('BeneficiaryUpdateInput', { description: 'Only the fields given are changed.', fields: (t) => fields(t, false) });

async function beneficiaryData(ctx: Context, input: Record<string, unknown>, current?: Record<string, unknown>) {
  const next = merged(current, input);
  const gender = required(next.gender as 'MALE' | 'FEMALE' | null, 'gender');
  const birthDate = required(next.birthDate as Date | null, 'birthDate');
  notInFuture(birthDate, 'birthDate');
  return {
    nik: await uniqueNik(ctx, 'Beneficiary', required(next.nik as string | null, 'nik'), { birthDate, gender }, current?.id as number | undefined),
    kkNumber: validKk(required(next.kkNumber as string | null, 'kkNumber')),
    name: requiredText(next.name as string, 'name'),
    gender,
    birthDate,
    address: optionalText(next.address as string | null, 'address', 500),
    phone: phone(next.phone as string | null),
    villageId: await requiredReference(ctx, 'Region', next.villageId as string, 'villageId', regionLevel('VILLAGE')),
    aidStandardId: await requiredReference(ctx, 'AidStandard', next.aidStandardId as string, 'aidStandardId'),
    status: next.status === null ? required(null, 'status') : ((next.status as string | undefined) ?? 'ACTIVE'),
    registeredById:
      unchangedReference(current, input, 'registeredById') ??
      (await reference(ctx, 'Worker', next.registeredById as string | null, 'registeredById')) ??
      null,
    notes: optionalText(next.notes as string | null, 'notes'),
  };
}

writeMutations({ model: 'Beneficiary', write: ['admin', 'clerk'], create: Create, update: Update, data: beneficiaryData, description: { create: 'Registers a PPKS.' } });
