import type { PrismaClient, UserRole } from '@pilar/db';
import { credentialCache } from './credential-cache.ts';
import { sha256 } from './secrets.ts';
import { roleWithin, type RegionScope, type Viewer } from './viewer.ts';

export const SESSION_COOKIE = 'pilar_session';
/** A session lasts 12 hours from its last use (a clerk's working day and then some). */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;

const userInclude = {
  regions: { where: { deletedAt: null }, select: { id: true, level: true, children: { where: { deletedAt: null }, select: { id: true } } } },
} as const;

interface LoadedUser {
  id: number;
  username: string;
  role: UserRole;
  active: boolean;
  deletedAt: Date | null;
  regions: { id: number; level: string; children: { id: number }[] }[];
}

/**
 * A clerk's area from their assigned districts and villages; null (everywhere) for other roles.
 * `role` is the role in force: a token acting as a clerk is confined to its owner's regions
 * (none for an owner without any), and a clerk's token of any role stays in the clerk's
 * regions, because a token never reaches further than its owner.
 */
export function regionScope(user: LoadedUser, role: UserRole): RegionScope | null {
  if (role !== 'CLERK' && user.role !== 'CLERK') return null;
  const villageIds = new Set<number>();
  const districtIds = new Set<number>();
  for (const region of user.regions) {
    if (region.level === 'VILLAGE') villageIds.add(region.id);
    if (region.level === 'DISTRICT') {
      districtIds.add(region.id);
      for (const child of region.children) villageIds.add(child.id);
    }
  }
  return { villageIds: [...villageIds], districtIds: [...districtIds] };
}

function usable(user: LoadedUser): boolean {
  return user.active && !user.deletedAt;
}

/**
 * Who the request comes from: an API token (`Authorization: Bearer …`) or a session cookie.
 * Returns null when neither is valid; a request with a bad token is not silently treated as
 * signed out by the caller, which refuses it (see app.ts).
 */
export async function authenticate(
  prisma: PrismaClient,
  credentials: { bearer: string | null; sessionSecret: string | null },
): Promise<Viewer | null> {
  const now = new Date();
  if (credentials.bearer) {
    const token = await remembered(prisma, `t:${sha256(credentials.bearer)}`, (tokenHash) =>
      prisma.apiToken.findUnique({ where: { tokenHash }, include: { user: { include: userInclude } } }),
    );
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || !usable(token.user)) return null;
    if (!roleWithin(token.role, token.user.role)) return null; // the owner lost the role the token acts with
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
      await prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
      token.lastUsedAt = now;
    }
    return {
      userId: token.user.id,
      username: token.user.username,
      role: token.role,
      via: 'token',
      tokenId: token.id,
      allowAdHoc: token.allowAdHoc,
      regions: regionScope(token.user, token.role),
    };
  }
  if (credentials.sessionSecret) {
    const session = await remembered(prisma, `s:${sha256(credentials.sessionSecret)}`, (tokenHash) =>
      prisma.userSession.findUnique({ where: { tokenHash }, include: { user: { include: userInclude } } }),
    );
    if (!session || session.revokedAt || session.expiresAt <= now || !usable(session.user)) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
      const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
      await prisma.userSession.update({ where: { id: session.id }, data: { lastSeenAt: now, expiresAt } });
      // The remembered row slides with the stored one.
      session.lastSeenAt = now;
      session.expiresAt = expiresAt;
    }
    return {
      userId: session.user.id,
      username: session.user.username,
      role: session.user.role,
      via: 'session',
      sessionId: session.id,
      allowAdHoc: true,
      regions: regionScope(session.user, session.user.role),
    };
  }
  return null;
}

/**
 * The stored credential row for `key` (`s:` or `t:` and the secret's SHA-256), from the
 * short-lived cache (credential-cache.ts) or the database. Only rows that exist are remembered:
 * a wrong secret always costs a lookup, so a guessed one can never be served from memory.
 */
async function remembered<T extends object>(
  prisma: PrismaClient,
  key: string,
  load: (tokenHash: string) => Promise<T | null>,
): Promise<T | null> {
  const cache = credentialCache<T>(prisma);
  const hit = cache.get(key);
  if (hit) return hit;
  const generation = cache.generation;
  const row = await load(key.slice(2));
  if (row) cache.set(key, row, generation);
  return row;
}
