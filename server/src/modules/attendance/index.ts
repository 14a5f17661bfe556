import { builder, type InputFields } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { crudQueries, writeMutations } from '../../lib/crud.ts';
import { AttendanceStatusEnum } from '../../lib/enums.ts';
import { badInput, userError } from '../../lib/errors.ts';
import { readableRelation, recordFields } from '../../lib/object-fields.ts';
import { merged, optionalText, requiredReference } from '../../lib/validate.ts';
import { messages } from '../../lib/messages.ts';

builder.prismaObject('Attendance', {
  // Only the columns a request's selection needs are read (see lib/object-fields.ts).
  select: { id: true },
  fields: (t) => ({
    ...recordFields(t),
    workerId: t.exposeID('workerId'),
    worker: t.relation('worker', readableRelation('Attendance', 'worker')),
    sessionId: t.exposeID('sessionId'),
    session: t.relation('session', readableRelation('Attendance', 'session')),
    status: t.expose('status', { type: AttendanceStatusEnum }),
    notes: t.exposeString('notes', { nullable: true }),
  }),
});

// Person-level records: not for VIEWER (see the Beneficiary module).
crudQueries({
  model: 'Attendance',
  one: 'attendance',
  many: 'attendances',
  read: ['admin', 'clerk', 'auditor'],
  write: ['admin', 'clerk'],
  viewerFilters: ['sessionId', 'session', 'status', 'worker'],
});

const fields = (t: InputFields, create: boolean) => ({
  workerId: t.id({ required: create }),
  sessionId: t.id({ required: create }),
  status: t.field({ type: AttendanceStatusEnum, description: 'REGISTERED when left out on create.' }),
  notes: t.string(),
});
const Create = builder.inputType('AttendanceCreateInput', { fields: (t) => fields(t, true) });
const Update = builder.inputType('AttendanceUpdateInput', { description: 'Only the fields given are changed.', fields: (t) => fields(t, false) });

/** One roster place per worker and session; a full session takes no more registrations. */
async function attendanceData(ctx: Context, input: Record<string, unknown>, current?: Record<string, unknown>) {
  const next = merged(current, input);
  if (next.status === null) throw badInput('status', messages.required('status'));
  const workerId = await requiredReference(ctx, 'Worker', next.workerId as string, 'workerId');
  let capacity: number | null = null;
  const sessionId = await requiredReference(ctx, 'TrainingSession', next.sessionId as string, 'sessionId', (s) => {
    capacity = s.capacity as number | null;
    return null;
  });
  const moved = !current || current.workerId !== workerId || current.sessionId !== sessionId;
  if (moved) {
    const existing = await ctx.prisma.attendance.findUnique({ where: { workerId_sessionId: { workerId, sessionId } }, select: { id: true, deletedAt: true } });
    if (existing) {
      throw userError('DUPLICATE', messages.alreadyOnRoster(existing.id, !!existing.deletedAt), {
        field: 'workerId',
        existingId: String(existing.id),
      });
    }
    if (capacity !== null) {
      const taken = await ctx.prisma.attendance.count({ where: { sessionId, deletedAt: null } });
      if (taken >= capacity) throw badInput('sessionId', messages.sessionFull(taken, capacity));
    }
  }
  return {
    workerId,
    sessionId,
    status: (next.status as string | undefined) ?? 'REGISTERED',
    notes: optionalText(next.notes as string | null, 'notes'),
  };
}

writeMutations({
  model: 'Attendance',
  write: ['admin', 'clerk'],
  create: Create,
  update: Update,
  data: attendanceData,
  description: { create: "Puts a worker on a session's roster." },
});
