import { builder, type InputFields } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { hashPassword } from '../../auth/secrets.ts';
import { crudQueries, writeMutations } from '../../lib/crud.ts';
import { UserRoleEnum } from '../../lib/enums.ts';
import { badInput, userError } from '../../lib/errors.ts';
import { messages } from '../../lib/messages.ts';
import { listRelation, recordFields } from '../../lib/object-fields.ts';
import { merged, optionalText, references, regionLevel, required } from '../../lib/validate.ts';

builder.prismaObject('User', {
  // Only the columns a request's selection needs are read (see lib/object-fields.ts).
  select: { id: true },
  description: 'A person who signs in to Pilar. The password hash is never readable.',
  fields: (t) => ({
    ...recordFields(t),
    username: t.exposeString('username'),
    displayName: t.exposeString('displayName', { nullable: true }),
    role: t.expose('role', { type: UserRoleEnum }),
    active: t.exposeBoolean('active'),
    lastLoginAt: t.expose('lastLoginAt', { type: 'DateTime', nullable: true }),
    ...listRelation(t, 'User', 'regions', { orderBy: { code: 'asc' } }),
  }),
});

/**
 * Revokes every live session and API token of the user being written, as nested writes of the
 * same update: a password reset, a change of state and the trash end them all, so whoever knew
 * the old password is out, and reactivation or a restore brings no old session back.
 */
const endSessionsAndTokens = () => {
  const ended = { updateMany: { where: { revokedAt: null }, data: { revokedAt: new Date() } } };
  return { sessions: ended, apiTokens: ended };
};

crudQueries({ model: 'User', one: 'user', many: 'users', read: ['admin'], write: ['admin'], trashWrites: endSessionsAndTokens });

const fields = (t: InputFields, create: boolean) => ({
  username: t.string({ required: create, description: 'Lower-case letters, digits, dots, dashes and underscores (3–40).' }),
  password: t.string({ required: create, description: 'At least 10 characters. On update: sets a new password and ends every session and API token of the user.' }),
  displayName: t.string(),
  role: t.field({ type: UserRoleEnum, required: create }),
  active: t.boolean(),
  regionIds: t.idList({ description: 'For clerks: the districts and villages they may work in (replaces the list on update).' }),
});
const Create = builder.inputType('UserCreateInput', { fields: (t) => fields(t, true) });
const Update = builder.inputType('UserUpdateInput', { description: 'Only the fields given are changed.', fields: (t) => fields(t, false) });

const USERNAME = /^[a-z0-9._-]{3,40}$/;

async function userData(ctx: Context, input: Record<string, unknown>, current?: Record<string, unknown>) {
  const next = merged(current, input);
  const username = required(next.username as string | null, 'username').trim().toLowerCase();
  if (!USERNAME.test(username)) throw badInput('username', messages.username());
  const role = required(next.role as string | null, 'role');
  if (input.password !== undefined && (typeof input.password !== 'string' || input.password.length < 10)) {
    throw badInput('password', messages.weakPassword());
  }
  const regionIds = await references(ctx, 'Region', input.regionIds as string[] | null, 'regionIds', regionLevel('DISTRICT', 'VILLAGE'));
  const regionCount = regionIds?.length ?? (current ? await ctx.prisma.region.count({ where: { clerks: { some: { id: current.id as number } } } }) : 0);
  if (role === 'CLERK' && regionCount === 0) throw badInput('regionIds', messages.clerkNeedsRegions());
  // An admin cannot lock themselves out.
  if (current && current.id === ctx.viewer?.userId && (role !== 'ADMIN' || next.active === false)) {
    throw userError('FORBIDDEN', messages.cannotDemoteSelf());
  }
  const active = (next.active as boolean | null | undefined) ?? true;
  // In the same transaction as the change; crud.ts then forgets remembered credentials.
  const endCredentials = current && (typeof input.password === 'string' || active !== current.active);
  return {
    username,
    ...(typeof input.password === 'string' ? { passwordHash: await hashPassword(input.password) } : {}),
    displayName: optionalText(next.displayName as string | null, 'displayName'),
    role,
    active,
    ...(regionIds ? { regions: { [current ? 'set' : 'connect']: regionIds.map((id) => ({ id })) } } : {}),
    ...(endCredentials ? endSessionsAndTokens() : {}),
  };
}

writeMutations({
  model: 'User',
  write: ['admin'],
  create: Create,
  update: Update,
  data: userData,
  description: { create: 'Creates a user (ADMIN only).' },
  // A clerk's area is a decision about the user: who widened it, and from what to what.
  auditRelations: { regionIds: 'regions' },
});
