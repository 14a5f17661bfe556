import { builder } from '../../builder.ts';
import { maskAuditValues } from '../../lib/masking.ts';
import { verifyAuditTrail } from '../../audit/trail.ts';
import { page, roles } from '../../lib/crud.ts';
import { filterInputs, listWhere, toPrismaOrderBy } from '../../lib/filters.ts';
import { parseId } from '../../lib/ids.ts';

/** The audit trail: readable by ADMIN and AUDITOR, writable by no API at all. */
builder.prismaObject('AuditEvent', {
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.expose('at', { type: 'DateTime' }),
    actorId: t.exposeID('actorId', { nullable: true }),
    actorName: t.exposeString('actorName'),
    role: t.exposeString('role', { nullable: true }),
    action: t.exposeString('action'),
    entity: t.exposeString('entity', { nullable: true }),
    recordId: t.exposeString('recordId', { nullable: true }),
    before: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Changed fields before the change; personal data masked for roles that see it masked.',
      resolve: (event, _args, ctx) => maskAuditValues(ctx, event.entity, event.before),
    }),
    after: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Changed fields after the change; personal data masked for roles that see it masked.',
      resolve: (event, _args, ctx) => maskAuditValues(ctx, event.entity, event.after),
    }),
    reason: t.exposeString('reason', { nullable: true }),
    recordIds: t.expose('recordIds', { type: 'JSON', nullable: true }),
    requestId: t.exposeString('requestId', { nullable: true }),
    ip: t.exposeString('ip', { nullable: true }),
    prevHash: t.exposeString('prevHash', { nullable: true }),
    hash: t.exposeString('hash'),
  }),
});

const { where, orderBy } = filterInputs('AuditEvent');
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
        where: listWhere('AuditEvent', args.where),
        orderBy: args.orderBy?.length ? toPrismaOrderBy('AuditEvent', args.orderBy as never) : [{ id: 'desc' }],
        ...page(args.skip, args.take),
      }),
  }),
  auditEventsCount: t.int({
    authScopes: readers,
    args: { where: t.arg({ type: where }) },
    resolve: (_root, args, ctx) => ctx.prisma.auditEvent.count({ where: listWhere('AuditEvent', args.where) }),
  }),
}));

const AuditVerification = builder.objectRef<{ ok: boolean; checked: number; firstBrokenId: number | null }>('AuditVerification').implement({
  description: 'The result of walking the hash chain of the audit trail.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    checked: t.exposeInt('checked', { description: 'Events verified before the first broken one (or all).' }),
    firstBrokenId: t.exposeID('firstBrokenId', { nullable: true }),
  }),
});

builder.queryField('verifyAuditTrail', (t) =>
  t.field({
    type: AuditVerification,
    authScopes: readers,
    description: 'Recomputes every event hash and chain link; reports the first event that was edited or whose predecessor was removed.',
    resolve: (_root, _args, ctx) => verifyAuditTrail(ctx.prisma),
  }),
);
