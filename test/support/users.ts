import type { UserRole } from '../../admin/src/generated/graphql.ts';
import { api } from './api.ts';

/** A password the API accepts for the users tests create. */
const PASSWORD = 'sandi-uji-panjang-2024';

export interface TestUser {
  id: string;
  username: string;
  password: string;
  role: UserRole;
}

/**
 * Creates a user through the API as the administrator (`admin` is a signed-in fetch), as the
 * users screen does; a clerk's regions are given by Kemendagri code (`32.12.01` is Haurgeulis).
 */
export async function createUser(admin: typeof fetch, graphqlUrl: string, role: UserRole, regionCodes: string[] = []): Promise<TestUser> {
  const username = `${role.toLowerCase()}.${Math.random().toString(36).slice(2, 8)}`;
  const { regions } = await api<{ regions: { id: string }[] }>(
    admin,
    graphqlUrl,
    'query($codes: [String!]) { regions(where: { code: { in: $codes } }) { id } }',
    { codes: regionCodes },
  );
  const { createUser: user } = await api<{ createUser: { id: string } }>(
    admin,
    graphqlUrl,
    'mutation($d: UserCreateInput!) { createUser(data: $d) { id } }',
    { d: { username, password: PASSWORD, displayName: `Uji ${role}`, role, active: true, regionIds: regions.map((r) => r.id) } },
  );
  return { id: user.id, username, password: PASSWORD, role };
}
