import { builder } from '../../builder.ts';
import { REVEALABLE_FIELDS } from '../../privacy/rules.ts';
import { actorOf } from '../../audit/actor.ts';
import { appendAudit } from '../../audit/trail.ts';
import { roles } from '../../lib/crud.ts';
import { badInput, userError } from '../../lib/errors.ts';
import { parseId } from '../../lib/ids.ts';
import { messages } from '../../lib/messages.ts';

const PersonalDataEntity = builder.enumType('PersonalDataEntity', {
  description: 'The entities that hold personal data.',
  values: ['Worker', 'Beneficiary'] as const,
});

interface PersonalData {
  entity: 'Worker' | 'Beneficiary';
  id: number;
  values: Record<string, string | null>;
}

const PersonalDataRef = builder.objectRef<PersonalData>('PersonalData').implement({
  description: "One record's personal data in clear, as revealed (and audited) for a stated reason.",
  fields: (t) => ({
    entity: t.field({ type: PersonalDataEntity, resolve: (p) => p.entity }),
    id: t.exposeID('id'),
    nik: t.string({ nullable: true, resolve: (p) => p.values.nik ?? null }),
    kkNumber: t.string({ nullable: true, resolve: (p) => p.values.kkNumber ?? null }),
    phone: t.string({ nullable: true, resolve: (p) => p.values.phone ?? null }),
    address: t.string({ nullable: true, resolve: (p) => p.values.address ?? null }),
  }),
});

builder.mutationField('revealPersonalData', (t) =>
  t.field({
    type: PersonalDataRef,
    authScopes: roles('admin', 'auditor'),
    description:
      "Shows one record's NIK, No. KK, phone and address in clear. The reveal, with its reason, is written to the audit trail.",
    args: {
      entity: t.arg({ type: PersonalDataEntity, required: true }),
      id: t.arg.id({ required: true }),
      reason: t.arg.string({ required: true, description: 'Why you need the data (at least a few words).' }),
    },
    resolve: async (_root, args, ctx) => {
      const id = parseId(args.id);
      const reason = args.reason.trim();
      if (reason.length < 15 || reason.split(/\s+/).length < 3) throw badInput('reason', messages.reasonTooShort());
      const fields = REVEALABLE_FIELDS[args.entity]!;
      const select = Object.fromEntries(fields.map((f) => [f, true]));
      return ctx.prisma.$transaction(async (tx) => {
        const row = (args.entity === 'Worker'
          ? await tx.worker.findUnique({ where: { id }, select })
          : await tx.beneficiary.findUnique({ where: { id }, select })) as Record<string, string | null> | null;
        if (!row) throw userError('NOT_FOUND', messages.notFound(args.entity, id));
        await appendAudit(tx, actorOf(ctx), { action: 'REVEAL', entity: args.entity, recordId: id, reason, after: { fields }, recordIds: [`${args.entity}:${id}`] });
        return { entity: args.entity, id, values: row };
      });
    },
  }),
);
