import { builder } from '../../builder.ts';
import type { AuditEvent } from '@pilar/db';
import type { Context } from '../../context.ts';
import { looseText, payloadView } from '../../privacy/view.ts';
import { looseTextProbe } from '../../privacy/rules.ts';
import { userError } from '../../lib/errors.ts';
import { messages } from '../../lib/messages.ts';
import { filterPolicy } from '../../auth/policy.ts';
import { newestCheckpoint, type Checkpoint } from '../../audit/checkpoints.ts';
import { verifyAuditTrail, type VerifyResult } from '../../audit/trail.ts';
import { page, roles } from '../../lib/crud.ts';
import { filterInputs, listWhere, toPrismaOrderBy } from '../../lib/filters.ts';
import { parseId } from '../../lib/ids.ts';

/**
 * A payload as the caller may see it (privacy/view.ts): masked for AUDITOR; in clear for ADMIN,
 * with a READ_PII event naming the record when it shows a NIK or No. KK.
 */
function payload(ctx: Context, event: AuditEvent, values: unknown) {
  const record = event.entity && event.recordId ? `${event.entity}:${event.recordId}` : `AuditEvent:${event.id}`;
  return payloadView(ctx, event.entity, record, values);
}

/** The audit trail: readable by ADMIN and AUDITOR, writable by no API at all. */
builder.prismaObject('AuditEvent', {
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.expose('at', { type: 'DateTime' }),
    actorId: t.exposeID('actorId', { nullable: true }),
    actorName: t.string({ description: 'Who acted (a NIK-like name is masked for AUDITOR).', resolve: (event, _args, ctx) => looseText(ctx, event.actorName)! }),
    role: t.exposeString('role', { nullable: true }),
    action: t.exposeString('action'),
    entity: t.exposeString('entity', { nullable: true }),
    recordId: t.exposeString('recordId', { nullable: true }),
    before: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Changed fields before the change. For AUDITOR personal data is masked as on the record (a birth date cut to its year) and every 16-digit number is masked; an ADMIN shown a NIK or No. KK here causes a READ_PII event.',
      resolve: (event, _args, ctx) => payload(ctx, event, event.before),
    }),
    after: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Changed fields after the change; masked and audited like `before`.',
      resolve: (event, _args, ctx) => payload(ctx, event, event.after),
    }),
    reason: t.string({ nullable: true, description: 'The reason given (NIK-like numbers masked for AUDITOR).', resolve: (event, _args, ctx) => looseText(ctx, event.reason) }),
    recordIds: t.expose('recordIds', { type: 'JSON', nullable: true }),
    requestId: t.exposeString('requestId', { nullable: true }),
    ip: t.exposeString('ip', { nullable: true }),
    prevHash: t.exposeString('prevHash', { nullable: true }),
    hash: t.exposeString('hash'),
  }),
});

const { where, orderBy } = filterInputs('AuditEvent');

/** The trail's filter for the caller: a masked role may not probe actorName or reason for a NIK's digits. */
function trailWhere(ctx: Context, filter: Record<string, unknown> | null | undefined) {
  const probed = looseTextProbe(ctx.viewer, 'AuditEvent', filter);
  if (probed) throw userError('FORBIDDEN', messages.hiddenField(probed), { field: probed });
  return listWhere('AuditEvent', filter, false, filterPolicy(ctx.viewer));
}
const readers = roles('admin', 'auditor');

builder.queryFields((t) => ({
  auditEvent: t.prismaField({
    type: 'AuditEvent',
    nullable: true,
    authScopes: readers,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.auditEvent.findUnique({ ...query, where: { id: parseId(args.id) } }),
  }),
  auditEvents: t.prismaField({
    type: ['AuditEvent'],
    authScopes: readers,
    description: 'Audit events, newest first unless orderBy says otherwise; filter by actorId, entity, recordId, action and at, and READ_PII events by a record they showed (`recordIds: { has: "Beneficiary:12" }`).',
    args: { where: t.arg({ type: where }), orderBy: t.arg({ type: [orderBy] }), skip: t.arg.int(), take: t.arg.int() },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.auditEvent.findMany({
        ...query,
        where: trailWhere(ctx, args.where),
        orderBy: args.orderBy?.length ? toPrismaOrderBy('AuditEvent', args.orderBy as never, filterPolicy(ctx.viewer)) : [{ id: 'desc' }],
        ...page(args.skip, args.take),
      }),
  }),
  auditEventsCount: t.int({
    authScopes: readers,
    args: { where: t.arg({ type: where }) },
    resolve: (_root, args, ctx) => ctx.prisma.auditEvent.count({ where: trailWhere(ctx, args.where) }),
  }),
}));

const AuditCheckpoint = builder.objectRef<Checkpoint>('AuditCheckpoint').implement({
  description:
    "A signed statement of the audit trail's head (its newest event, that event's hash, how many events up to it, when), kept outside the database; the trail is held to the newest one, which catches its newest events removed.",
  fields: (t) => ({
    lastId: t.exposeID('lastId'),
    lastHash: t.exposeString('lastHash'),
    count: t.exposeInt('count'),
    at: t.field({ type: 'DateTime', resolve: (c) => new Date(c.at) }),
    signature: t.exposeString('signature', { description: 'HMAC-SHA-256 (hex) of the other fields under the checkpoint key.' }),
  }),
});

const AuditTrailProblem = builder.enumType('AuditTrailProblem', {
  values: {
    CHAIN_BROKEN: { description: 'An event was edited, or one before it removed: firstBrokenId.' },
    TRUNCATED: { description: "The newest checkpoint's event is gone, or fewer events lead up to it than it counted: the newest events were removed." },
    CHECKPOINT_MISMATCH: { description: "The newest checkpoint's event has another hash, or more events lead up to it: the chain was rewritten." },
    BAD_CHECKPOINT: { description: 'A line of the checkpoint file is not a checkpoint signed with the key (forged or damaged): badCheckpointLine.' },
  } as const,
});

const AuditVerification = builder.objectRef<VerifyResult>('AuditVerification').implement({
  description: 'The result of walking the hash chain of the audit trail and holding it to its newest signed checkpoint.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    checked: t.exposeInt('checked', { description: 'Events verified before the first broken one (or all).' }),
    firstBrokenId: t.exposeID('firstBrokenId', { nullable: true }),
    problem: t.field({ type: AuditTrailProblem, nullable: true, resolve: (r) => r.problem }),
    truncated: t.boolean({ description: 'The newest events were removed (problem TRUNCATED).', resolve: (r) => r.problem === 'TRUNCATED' }),
    checkpoint: t.field({ type: AuditCheckpoint, nullable: true, description: 'The newest signed checkpoint the trail was held to; null when there is none yet.', resolve: (r) => r.checkpoint }),
    badCheckpointLine: t.exposeInt('badCheckpointLine', { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  verifyAuditTrail: t.field({
    type: AuditVerification,
    authScopes: readers,
    description:
      "Recomputes every event hash and chain link, and holds the trail to its newest signed checkpoint: reports the first event that was edited or whose predecessor was removed, newest events removed, or a forged checkpoint.",
    resolve: (_root, _args, ctx) => verifyAuditTrail(ctx.prisma, { checkpoints: ctx.checkpoints }),
  }),
  auditCheckpoint: t.field({
    type: AuditCheckpoint,
    nullable: true,
    authScopes: readers,
    description: 'The newest signed checkpoint of the audit trail (for reports and backups); null when none was written yet or none are kept.',
    resolve: async (_root, _args, ctx) => {
      if (!ctx.checkpoints) return null;
      const { checkpoints } = await ctx.checkpoints.read();
      return newestCheckpoint(checkpoints);
    },
  }),
}));
