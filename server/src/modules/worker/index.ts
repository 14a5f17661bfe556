import { builder } from '../../builder.ts';
import { ALL_ROLES, crudQueries, writeMutations } from '../../lib/crud.ts';
import { GenderEnum, WorkerRoleEnum, WorkerStatusEnum } from '../../lib/enums.ts';
import { birthFields, listRelation, personal, readableRelation, recordFields } from '../../lib/object-fields.ts';
import {
  notInFuture,
  optionalText,
  phone,
  regionLevel,
  requiredReference,
  merged,
  required,
  requiredText,
  uniqueNik,
} from '../../lib/validate.ts';
import type { Context } from '../../context.ts';

builder.prismaObject('Worker', {
  // Only the columns a request's selection needs are read (see lib/object-fields.ts).
  select: { id: true },
  fields: (t) => ({
    ...recordFields(t),
    name: t.exposeString('name'),
    nik: personal(t, 'Worker', 'nik'),
    gender: t.expose('gender', { type: GenderEnum }),
    ...birthFields(t, 'Worker'),
    phone: personal(t, 'Worker', 'phone', { nullable: true }),
    role: t.expose('role', { type: WorkerRoleEnum }),
    regionId: t.exposeID('regionId'),
    region: t.relation('region', readableRelation('Worker', 'region')),
    status: t.expose('status', { type: WorkerStatusEnum }),
    joinedAt: t.expose('joinedAt', { type: 'Date' }),
    notes: t.exposeString('notes', { nullable: true }),
    ...listRelation(t, 'Worker', 'attendances', { description: 'The sessions the worker is on the roster of.' }),
    ...listRelation(t, 'Worker', 'registeredBeneficiaries'),
    ...listRelation(t, 'Worker', 'handedOverDistributions'),
  }),
});

// Pilar sosial are public-facing: VIEWER lists them, without their personal fields, and filters
// them only by what is also a dimension or a reference (not by name, which isolates one person).
crudQueries({
  model: 'Worker',
  one: 'worker',
  many: 'workers',
  read: ALL_ROLES,
  write: ['admin', 'clerk'],
  viewerFilters: ['regionId', 'region', 'role', 'status', 'gender', 'joinedAt', 'attendances'],
});

const WorkerCreateInput = builder.inputType('WorkerCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    nik: t.string({ required: true, description: 'NIK: 16 digits; its date part must match birthDate (day + 40 for women).' }),
    gender: t.field({ type: GenderEnum, required: true }),
    birthDate: t.field({ type: 'Date', required: true }),
    phone: t.string(),
    role: t.field({ type: WorkerRoleEnum, required: true }),
    regionId: t.id({ required: true, description: 'The district or village the worker is assigned to.' }),
    status: t.field({ type: WorkerStatusEnum }),
    joinedAt: t.field({ type: 'Date', required: true }),
    notes: t.string(),
  }),
});

const WorkerUpdateInput = builder.inputType('WorkerUpdateInput', {
  description: 'Only the fields given are changed.',
  fields: (t) => ({
    name: t.string(),
    nik: t.string(),
    gender: t.field({ type: GenderEnum }),
    birthDate: t.field({ type: 'Date' }),
    phone: t.string(),
    role: t.field({ type: WorkerRoleEnum }),
    regionId: t.id(),
    status: t.field({ type: WorkerStatusEnum }),
    joinedAt: t.field({ type: 'Date' }),
    notes: t.string(),
  }),
});

type WorkerInput = typeof WorkerUpdateInput.$inferInput;

/** The validated worker as it will be stored; `current` is the stored record on update. */
async function workerData(ctx: Context, input: WorkerInput, current?: Record<string, unknown>) {
  const next = merged(current, input);
  const gender = required(next.gender as 'MALE' | 'FEMALE' | null, 'gender');
  const birthDate = required(next.birthDate as Date | null, 'birthDate');
  const joinedAt = required(next.joinedAt as Date | null, 'joinedAt');
  notInFuture(birthDate, 'birthDate');
  notInFuture(joinedAt, 'joinedAt');
  return {
    name: requiredText(next.name as string, 'name'),
    nik: await uniqueNik(ctx, 'Worker', required(next.nik as string | null, 'nik'), { birthDate, gender }, current?.id as number | undefined),
    gender,
    birthDate,
    phone: phone(next.phone as string | null),
    role: required(next.role as WorkerInput['role'], 'role'),
    regionId: await requiredReference(ctx, 'Region', next.regionId as string, 'regionId', regionLevel('DISTRICT', 'VILLAGE')),
    status: next.status ?? undefined,
    joinedAt,
    notes: optionalText(next.notes as string | null, 'notes'),
  } as never;
}

writeMutations({ model: 'Worker', write: ['admin', 'clerk'], create: WorkerCreateInput, update: WorkerUpdateInput, data: workerData });
