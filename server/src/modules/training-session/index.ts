import { builder, type InputFields } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { ALL_ROLES, crudQueries, writeMutations } from '../../lib/crud.ts';
import { badInput } from '../../lib/errors.ts';
import { listRelation, readableRelation, recordFields } from '../../lib/object-fields.ts';
import {
  merged,
  optionalText,
  positiveInt,
  reference,
  references,
  regionLevel,
  required,
  requiredReference,
  requiredText,
} from '../../lib/validate.ts';
import { messages } from '../../lib/messages.ts';

builder.prismaObject('TrainingSession', {
  // Only the columns a request's selection needs are read (see lib/object-fields.ts).
  select: { id: true },
  fields: (t) => ({
    ...recordFields(t),
    programId: t.exposeID('programId'),
    program: t.relation('program', readableRelation('TrainingSession', 'program')),
    title: t.exposeString('title'),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime', nullable: true }),
    venueId: t.exposeID('venueId'),
    venue: t.relation('venue', readableRelation('TrainingSession', 'venue')),
    districtGroupId: t.exposeID('districtGroupId', { nullable: true }),
    districtGroup: t.relation('districtGroup', { nullable: true, ...readableRelation('TrainingSession', 'districtGroup') }),
    capacity: t.exposeInt('capacity', { nullable: true }),
    notes: t.exposeString('notes', { nullable: true }),
    ...listRelation(t, 'TrainingSession', 'servedDistricts', { orderBy: { code: 'asc' } }),
    ...listRelation(t, 'TrainingSession', 'attendances', { description: 'The roster: workers registered for the session.' }),
    ...listRelation(t, 'TrainingSession', 'distributions', { description: 'Aid handed over at the session.' }),
  }),
});

crudQueries({ model: 'TrainingSession', one: 'trainingSession', many: 'trainingSessions', read: ALL_ROLES, write: ['admin', 'clerk'] });

const fields = (t: InputFields, create: boolean) => ({
  programId: t.id({ required: create, description: 'A TRAINING programme.' }),
  title: t.string({ required: create }),
  startsAt: t.field({ type: 'DateTime', required: create }),
  endsAt: t.field({ type: 'DateTime' }),
  venueId: t.id({ required: create }),
  districtGroupId: t.id({ description: 'The eks-Kawedanan the session is organised for.' }),
  servedDistrictIds: t.idList({ description: 'The districts served (replaces the current list on update).' }),
  capacity: t.int(),
  notes: t.string(),
});
const Create = builder.inputType('TrainingSessionCreateInput', { fields: (t) => fields(t, true) });
const Update = builder.inputType('TrainingSessionUpdateInput', { description: 'Only the fields given are changed.', fields: (t) => fields(t, false) });

async function sessionData(ctx: Context, input: Record<string, unknown>, current?: Record<string, unknown>) {
  const next = merged(current, input);
  const startsAt = required(next.startsAt as Date | null, 'startsAt');
  const endsAt = (next.endsAt as Date | null) ?? null;
  if (endsAt && endsAt < startsAt) throw badInput('endsAt', messages.endsBeforeStart());
  positiveInt(next.capacity as number | null, 'capacity');
  const served = await references(ctx, 'Region', input.servedDistrictIds as string[] | null, 'servedDistrictIds', regionLevel('DISTRICT'));
  return {
    programId: await requiredReference(ctx, 'Program', next.programId as string, 'programId', (p) =>
      p.kind === 'TRAINING' ? null : messages.wrongProgramKind('TRAINING'),
    ),
    title: requiredText(next.title as string, 'title', 300),
    startsAt,
    endsAt,
    venueId: await requiredReference(ctx, 'Venue', next.venueId as string, 'venueId'),
    districtGroupId: (await reference(ctx, 'DistrictGroup', next.districtGroupId as string | null, 'districtGroupId')) ?? null,
    capacity: (next.capacity as number | null) ?? null,
    notes: optionalText(next.notes as string | null, 'notes'),
    ...(served ? { servedDistricts: { [current ? 'set' : 'connect']: served.map((id) => ({ id })) } } : {}),
  };
}

writeMutations({ model: 'TrainingSession', write: ['admin', 'clerk'], create: Create, update: Update, data: sessionData });
