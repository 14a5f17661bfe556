import type { PrismaClient, UserRole } from '@pilar/db';
import { hashPassword } from '../auth/secrets.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

/** The test users: one per role, and two clerks in different districts. */
export const TEST_USERS = {
  admin: { role: 'ADMIN', regions: [] },
  clerk: { role: 'CLERK', regions: ['32.12.01'] }, // Haurgeulis
  clerk2: { role: 'CLERK', regions: ['32.12.02'] }, // Kroya
  auditor: { role: 'AUDITOR', regions: [] },
  viewer: { role: 'VIEWER', regions: [] },
} as const satisfies Record<string, { role: UserRole; regions: readonly string[] }>;

export type TestUser = keyof typeof TEST_USERS;

/** Seeds the test users with a privileged client, as the tests' starting point. */
export async function createTestUsers(prisma: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(TEST_PASSWORD);
  for (const [username, { role, regions }] of Object.entries(TEST_USERS)) {
    await prisma.user.create({
      data: {
        username,
        passwordHash,
        role,
        displayName: `Test ${username}`,
        regions: { connect: regions.map((code) => ({ code })) },
      },
    });
  }
}
