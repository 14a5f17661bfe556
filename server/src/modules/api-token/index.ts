import type { ApiToken } from '@pilar/db';
import { builder } from '../../builder.ts';
import { forgetCredentials } from '../../auth/credential-cache.ts';
import { newSecret, sha256 } from '../../auth/secrets.ts';
import { roleWithin } from '../../auth/viewer.ts';
import { actorOf } from '../../audit/actor.ts';
import { appendAudit } from '../../audit/trail.ts';
import { ALL_ROLES, page, roles } from '../../lib/crud.ts';
import { UserRoleEnum } from '../../lib/enums.ts';
import { badInput, userError } from '../../lib/errors.ts';
import { parseId } from '../../lib/ids.ts';
import { messages } from '../../lib/messages.ts';
import { requiredText } from '../../lib/validate.ts';

const ApiTokenRef = builder.prismaObject('ApiToken', {
  description: 'An API token for dashboards and scripts. Its secret is shown once, when it is created.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix'),
    role: t.expose('role', { type: UserRoleEnum }),
    allowAdHoc: t.exposeBoolean('allowAdHoc'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    // Any signed-in role: apiTokens gives a non-admin only their own tokens, so the owner is themselves.
    owner: t.relation('user', { authScopes: { signedIn: true } }),
  }),
});

const CreatedApiToken = builder.objectRef<{ token: ApiToken; secret: string }>('CreatedApiToken').implement({
  description: 'A new token and its secret: store the secret now, it cannot be read again.',
  fields: (t) => ({
    token: t.field({ type: ApiTokenRef, resolve: (created) => created.token }),
    secret: t.exposeString('secret', { description: 'Send as `Authorization: Bearer <secret>`.' }),
  }),
});

/** Your own tokens; an ADMIN sees everyone's. */
builder.queryField('apiTokens', (t) =>
  t.prismaField({
    type: ['ApiToken'],
    authScopes: roles(...ALL_ROLES),
    args: { includeRevoked: t.arg.boolean(), skip: t.arg.int(), take: t.arg.int() },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.apiToken.findMany({
        ...query,
        where: {
          ...(ctx.viewer!.role === 'ADMIN' ? {} : { userId: ctx.viewer!.userId }),
          ...(args.includeRevoked ? {} : { revokedAt: null }),
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        ...page(args.skip, args.take),
      }),
  }),
);

builder.mutationField('createApiToken', (t) =>
  t.field({
    type: CreatedApiToken,
    authScopes: roles(...ALL_ROLES),
    description:
      "Creates an API token acting with your role or a lesser one. Only an ADMIN may let a token run operations other than approved saved queries (allowAdHoc).",
    args: {
      name: t.arg.string({ required: true }),
      expiresAt: t.arg({ type: 'DateTime' }),
      role: t.arg({ type: UserRoleEnum, description: 'Defaults to your own role.' }),
      allowAdHoc: t.arg.boolean(),
    },
    resolve: async (_root, args, ctx) => {
      const viewer = ctx.viewer!;
      if (viewer.via === 'token') throw userError('FORBIDDEN', messages.forbidden());
      const role = args.role ?? viewer.role;
      if (!roleWithin(role, viewer.role)) throw badInput('role', messages.tokenRole());
      if (args.allowAdHoc && viewer.role !== 'ADMIN') throw userError('FORBIDDEN', messages.forbidden(), { field: 'allowAdHoc' });
      if (args.expiresAt && args.expiresAt <= new Date()) throw badInput('expiresAt', messages.notFutureExpiry());
      const secret = newSecret('pilar_t');
      const token = await ctx.prisma.$transaction(async (tx) => {
        const created = await tx.apiToken.create({
          data: {
            name: requiredText(args.name, 'name', 100),
            tokenHash: sha256(secret),
            prefix: secret.slice(0, 12),
            userId: viewer.userId,
            role,
            allowAdHoc: args.allowAdHoc ?? false,
            expiresAt: args.expiresAt ?? null,
          },
        });
        await appendAudit(tx, actorOf(ctx), {
          action: 'TOKEN_CREATE',
          entity: 'ApiToken',
          recordId: created.id,
          after: { name: created.name, prefix: created.prefix, role, allowAdHoc: created.allowAdHoc, expiresAt: created.expiresAt },
        });
        return created;
      });
      return { token, secret };
    },
  }),
);

builder.mutationField('revokeApiToken', (t) =>
  t.prismaField({
    type: 'ApiToken',
    authScopes: roles(...ALL_ROLES),
    description: 'Revokes one of your tokens (an ADMIN may revoke anyone’s). It stops working at once.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = parseId(args.id);
      const viewer = ctx.viewer!;
      const revoked = await ctx.db.prisma.$transaction(async (tx) => {
        const token = await tx.apiToken.findFirst({ where: { id, ...(viewer.role === 'ADMIN' ? {} : { userId: viewer.userId }) } });
        if (!token) throw userError('NOT_FOUND', messages.notFound('ApiToken', id));
        const revoked = await tx.apiToken.update({ ...query, where: { id }, data: { revokedAt: token.revokedAt ?? new Date() } });
        await appendAudit(tx, actorOf(ctx), { action: 'TOKEN_REVOKE', entity: 'ApiToken', recordId: id, after: { name: token.name, prefix: token.prefix } });
        return revoked;
      });
      // "It stops working at once": this process forgets it now (credential-cache.ts).
      forgetCredentials(ctx.db.prisma);
      return revoked;
    },
  }),
);

