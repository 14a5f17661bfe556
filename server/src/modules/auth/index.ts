import type { CookieStore } from '@whatwg-node/cookie-store';
import type { GraphQLError } from 'graphql';
import type { User } from '@pilar/db';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { SESSION_COOKIE, SESSION_IDLE_MS } from '../../auth/authenticate.ts';
import { forgetCredentials } from '../../auth/credential-cache.ts';
import { burnPasswordCheck, hashPassword, newSecret, sha256, verifyPassword } from '../../auth/secrets.ts';
import type { Viewer } from '../../auth/viewer.ts';
import { actorOf } from '../../audit/actor.ts';
import { appendAudit } from '../../audit/trail.ts';
import { UserRoleEnum } from '../../lib/enums.ts';
import { badInput, userError } from '../../lib/errors.ts';
import { messages } from '../../lib/messages.ts';

const Me = builder.objectRef<Viewer>('Me').implement({
  description: 'The signed-in user (or the owner of the API token in use).',
  fields: (t) => ({
    id: t.exposeID('userId'),
    username: t.exposeString('username'),
    role: t.field({ type: UserRoleEnum, resolve: (v) => v.role, description: 'The role in force (a token may act with less than its owner).' }),
    via: t.exposeString('via', { description: '`session` (signed in) or `token` (API token).' }),
    displayName: t.string({
      nullable: true,
      resolve: async (v, _args, ctx) => (await ctx.prisma.user.findUnique({ where: { id: v.userId }, select: { displayName: true } }))?.displayName ?? null,
    }),
    regions: t.prismaField({
      type: ['Region'],
      description: 'For clerks: the districts and villages assigned to them.',
      resolve: (query, v, _args, ctx) =>
        ctx.prisma.region.findMany({ ...query, where: { clerks: { some: { id: v.userId } } }, orderBy: { code: 'asc' } }),
    }),
  }),
});

function cookies(ctx: Context): CookieStore | undefined {
  return (ctx.request as Request & { cookieStore?: CookieStore }).cookieStore;
}

builder.queryField('me', (t) =>
  t.field({
    type: Me,
    nullable: true,
    authScopes: { public: true },
    description: 'Who is signed in; null when nobody is.',
    resolve: (_root, _args, ctx) => ctx.viewer,
  }),
);

/** A successful sign-in from an address makes it one of the owner's known addresses this long. */
const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60 * 1000;

interface PasswordCheck {
  /** Audit actions of a wrong password and of an attempt the throttle refused. */
  failed: string;
  throttled: string;
  /** The error a wrong password gets. */
  wrong: () => GraphQLError;
}

/**
 * Checks `password` for `username` behind the sign-in throttle (auth/throttle.ts): the attempt
 * is counted before the password is checked, refusals and failures are audited (the username
 * and the limit, never the password), and the user is returned only if the password is right
 * and the account usable.
 */
async function checkPassword(ctx: Context, username: string, password: string, audit: PasswordCheck): Promise<User> {
  const ip = ctx.ip ?? 'unknown';
  let lookup: Promise<User | null> | undefined;
  const findUser = () => (lookup ??= ctx.prisma.user.findUnique({ where: { username } }));
  const attempt = await ctx.throttle.attempt(username, ip, async () => {
    const user = await findUser();
    if (!user || !ctx.ip) return false;
    const since = new Date(Date.now() - KNOWN_ADDRESS_MS);
    return !!(await ctx.prisma.userSession.findFirst({ where: { userId: user.id, ip: ctx.ip, createdAt: { gte: since } }, select: { id: true } }));
  });
  if (attempt.refused) {
    const { limit, retryAfterSeconds } = attempt.refused;
    // The account's id too, so an attack on it is found with its other events.
    const user = await findUser();
    await ctx.prisma.$transaction((tx) =>
      appendAudit(tx, actorOf(ctx), { action: audit.throttled, entity: 'User', recordId: user?.id ?? null, after: { username, limit, retryAfterSeconds } }),
    );
    throw userError('TOO_MANY_ATTEMPTS', messages.tooManyAttempts(retryAfterSeconds), { retryAfterSeconds });
  }
  const user = await findUser();
  // An unknown username costs a password check too, so timing does not tell it apart.
  const valid = user ? await verifyPassword(user.passwordHash, password) : await burnPasswordCheck(password).then(() => false);
  if (!user || !valid || !user.active || user.deletedAt) {
    await ctx.prisma.$transaction((tx) =>
      appendAudit(tx, actorOf(ctx), { action: audit.failed, entity: 'User', recordId: user?.id ?? null, after: { username } }),
    );
    throw audit.wrong();
  }
  await attempt.succeeded();
  return user;
}

builder.mutationField('login', (t) =>
  t.field({
    type: Me,
    authScopes: { public: true },
    description:
      'Signs in: sets an HTTP-only, SameSite=Strict session cookie. Repeated attempts are refused for a while with TOO_MANY_ATTEMPTS (`retryAfterSeconds`).',
    args: { username: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, { username, password }, ctx) => {
      const name = username.trim().toLowerCase();
      const user = await checkPassword(ctx, name, password, {
        failed: 'LOGIN_FAILED',
        throttled: 'LOGIN_THROTTLED',
        wrong: () => userError('UNAUTHENTICATED', messages.badCredentials()),
      });

      const secret = newSecret('pilar_s');
      const now = new Date();
      const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
      const session = await ctx.prisma.$transaction(async (tx) => {
        const created = await tx.userSession.create({
          data: { tokenHash: sha256(secret), userId: user.id, expiresAt, ip: ctx.ip, userAgent: ctx.request.headers.get('user-agent')?.slice(0, 300) ?? null },
        });
        await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
        await appendAudit(tx, { ...actorOf(ctx), actorId: user.id, actorName: user.username, role: user.role }, { action: 'LOGIN', entity: 'User', recordId: user.id });
        return created;
      });
      await cookies(ctx)?.set({
        name: SESSION_COOKIE,
        value: secret,
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.secure,
        expires: expiresAt,
        domain: null,
      });
      return {
        userId: user.id,
        username: user.username,
        role: user.role,
        via: 'session',
        sessionId: session.id,
        allowAdHoc: true,
        regions: null,
      } satisfies Viewer;
    },
  }),
);

builder.mutationField('logout', (t) =>
  t.boolean({
    authScopes: { public: true },
    description: 'Signs out: ends the session and clears its cookie. True if a session was ended.',
    resolve: async (_root, _args, ctx) => {
      await cookies(ctx)?.delete(SESSION_COOKIE);
      const sessionId = ctx.viewer?.sessionId;
      if (!sessionId) return false;
      await ctx.db.prisma.$transaction(async (tx) => {
        await tx.userSession.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
        await appendAudit(tx, actorOf(ctx), { action: 'LOGOUT', entity: 'User', recordId: ctx.viewer!.userId });
      });
      forgetCredentials(ctx.db.prisma);
      return true;
    },
  }),
);

builder.mutationField('changePassword', (t) =>
  t.boolean({
    authScopes: { signedIn: true },
    description:
      'Changes your own password (signed in with a session, not an API token). Ends every other session of yours and, unless `keepApiTokens`, every API token. A wrong current password is refused like a failed sign-in, and throttled the same way.',
    args: {
      currentPassword: t.arg.string({ required: true }),
      newPassword: t.arg.string({ required: true, description: 'At least 10 characters.' }),
      keepApiTokens: t.arg.boolean({ defaultValue: false, description: 'Keep your API tokens working (sessions elsewhere end anyway).' }),
    },
    resolve: async (_root, { currentPassword, newPassword, keepApiTokens }, ctx) => {
      const viewer = ctx.viewer!;
      // A token is a script's credential: it may not take over its owner's account.
      if (viewer.via !== 'session' || !viewer.sessionId) throw userError('FORBIDDEN', messages.passwordChangeNeedsSession());
      if (newPassword.length < 10) throw badInput('newPassword', messages.weakPassword());
      const user = await checkPassword(ctx, viewer.username, currentPassword, {
        failed: 'PASSWORD_CHANGE_FAILED',
        throttled: 'PASSWORD_CHANGE_THROTTLED',
        wrong: () => badInput('currentPassword', messages.wrongCurrentPassword()),
      });
      const passwordHash = await hashPassword(newPassword);
      const now = new Date();
      await ctx.db.prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { passwordHash, version: { increment: 1 } } });
        const sessions = await tx.userSession.updateMany({ where: { userId: user.id, revokedAt: null, id: { not: viewer.sessionId } }, data: { revokedAt: now } });
        const tokens = keepApiTokens ? { count: 0 } : await tx.apiToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
        await appendAudit(tx, actorOf(ctx), {
          action: 'PASSWORD_CHANGE',
          entity: 'User',
          recordId: user.id,
          after: { sessionsEnded: sessions.count, apiTokensEnded: tokens.count, keptApiTokens: !!keepApiTokens },
        });
      });
      forgetCredentials(ctx.db.prisma);
      return true;
    },
  }),
);
