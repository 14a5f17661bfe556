import { builder, type InputFields } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { ALL_ROLES, crudQueries, writeMutations } from '../../lib/crud.ts';
import { BeneficiaryStatusEnum, GenderEnum } from '../../lib/enums.ts';
import { listRelation, personal, recordFields } from '../../lib/object-fields.ts';
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
    birthDate: t.expose('birthDate', { type: 'Date' }),
    address: personal(t, 'Beneficiary', 'address', { nullable: true }),
    phone: personal(t, 'Beneficiary', 'phone', { nullable: true }),
    villageId: t.exposeID('villageId'),
    village: t.relation('village'),
    districtId: t.exposeID('districtId', { nullable: true }),
    district: t.relation('district', { nullable: true }),
    aidStandardId: t.exposeID('aidStandardId'),
    aidStandard: t.relation('aidStandard'),
    status: t.expose('status', { type: BeneficiaryStatusEnum }),
    registeredById: t.exposeID('registeredById', { nullable: true }),
    registeredBy: t.relation('registeredBy', { nullable: true }),
    notes: t.exposeString('notes', { nullable: true }),
    ...listRelation(t, 'Beneficiary', 'distributions', { orderBy: { distributedOn: 'desc' }, description: 'Aid handed to the beneficiary, newest first.' }),
  }),
});

crudQueries({ model: 'Beneficiary', one: 'beneficiary', many: 'beneficiaries', read: ALL_ROLES, write: ['admin', 'clerk'] });

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
