import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@pilar/db';
import { appendAudit } from '../audit/trail.ts';
import { hashPassword } from './secrets.ts';

/**
 * On the first start (no user at all) creates the administrator from ADMIN_USERNAME (default
 * `admin`) and ADMIN_PASSWORD; without a password it generates one and returns it, to be
 * printed once. Returns null when users already exist.
 */
export async function ensureAdmin(
  prisma: PrismaClient,
  env: { ADMIN_USERNAME?: string; ADMIN_PASSWORD?: string } = process.env,
): Promise<{ username: string; generatedPassword: string | null } | null> {
  if ((await prisma.user.count()) > 0) return null;
  const username = (env.ADMIN_USERNAME ?? 'admin').trim().toLowerCase();
  const generatedPassword = env.ADMIN_PASSWORD ? null : randomBytes(12).toString('base64url');
  const password = env.ADMIN_PASSWORD ?? generatedPassword!;
  if (password.length < 10) throw new Error('ADMIN_PASSWORD must have at least 10 characters');
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { username, passwordHash, role: 'ADMIN', displayName: 'Administrator' } });
    await appendAudit(
      tx,
      { actorId: null, actorName: 'system', role: null, requestId: null, ip: null },
      { action: 'CREATE', entity: 'User', recordId: user.id, after: { username, role: 'ADMIN' } },
    );
  });
  return { username, generatedPassword };
}
