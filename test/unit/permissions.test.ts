import { describe, expect, it } from 'vitest';
import { roleWithin } from '../../server/src/auth/viewer.ts';
import { createAuthProvider } from '../../admin/src/auth/authProvider.ts';
import { allows, EVERYONE, masksPersonalData, REGISTRY, searchesPersonsByName } from '../../admin/src/auth/permissions.ts';
import { createSession, type Session, type Viewer } from '../../admin/src/auth/session.ts';
import type { UserRole } from '../../admin/src/generated/graphql.ts';
import { accessByResource } from '../../admin/src/resources/defineResource.ts';
import { resources } from '../../admin/src/resources/index.ts';
import { mayAllowAdHoc, tokenRolesFor } from '../../admin/src/resources/apiTokens/tokenRules.ts';
import { apiSchema } from '../support/schema.ts';

/** The Apollo client type of the admin, which the tests do not depend on themselves. */
type ApolloClient = Parameters<typeof createSession>[0];

const viewer = (role: UserRole): Viewer => ({ id: '1', username: role.toLowerCase(), displayName: null, role, via: 'session', regions: [] });

/** The auth provider of the panel, over a session that is already signed in as `role`. */
function signedInAs(role: UserRole) {
  const session: Session = { viewer: async () => viewer(role), refresh: async () => viewer(role), clear: () => {} };
  return { provider: createAuthProvider({} as ApolloClient, apiSchema, { session, accessOf: accessByResource(resources) }) };
}

async function can(role: UserRole, action: string, resource: string) {
  return signedInAs(role).provider.canAccess!({ action, resource });
}

describe('allows', () => {
  it('reads with list, show and export, writes with create, edit, delete and restore', () => {
    expect(['list', 'show', 'export'].map((a) => allows(REGISTRY, 'VIEWER', a))).toEqual([true, true, true]);
    expect(['create', 'edit', 'delete', 'restore'].map((a) => allows(REGISTRY, 'VIEWER', a))).toEqual([false, false, false, false]);
    expect(['create', 'edit', 'delete', 'restore'].map((a) => allows(REGISTRY, 'CLERK', a))).toEqual([true, true, true, true]);
  });

  it('denies what is not declared: an unknown resource, an unknown action, no role', () => {
    expect(allows(undefined, 'ADMIN', 'list')).toBe(false);
    expect(allows(REGISTRY, 'ADMIN', 'reveal')).toBe(false);
    expect(allows({ read: EVERYONE, write: [] }, undefined, 'list')).toBe(false);
  });

  it('masks personal data for auditors and viewers only', () => {
    expect(EVERYONE.filter(masksPersonalData)).toEqual(['AUDITOR', 'VIEWER']);
  });
});

describe("the panel's access per role (authProvider.canAccess over the resource definitions)", () => {
  const matrix: [string, string, UserRole[]][] = [
    ['list', 'users', ['ADMIN']],
    ['list', 'auditEvents', ['ADMIN', 'AUDITOR']],
    ['list', 'apiTokens', ['ADMIN', 'CLERK', 'AUDITOR', 'VIEWER']],
    ['list', 'beneficiaries', ['ADMIN', 'CLERK', 'AUDITOR']],
    ['list', 'aidDistributions', ['ADMIN', 'CLERK', 'AUDITOR']],
    ['list', 'attendances', ['ADMIN', 'CLERK', 'AUDITOR']],
    ['list', 'workers', ['ADMIN', 'CLERK', 'AUDITOR', 'VIEWER']],
    ['create', 'beneficiaries', ['ADMIN', 'CLERK']],
    ['delete', 'workers', ['ADMIN', 'CLERK']],
    ['edit', 'attendances', ['ADMIN', 'CLERK']],
    ['create', 'programs', ['ADMIN']],
    ['edit', 'regions', ['ADMIN']],
    ['reveal', 'beneficiaries', ['ADMIN', 'AUDITOR']],
    ['reveal', 'workers', ['ADMIN', 'AUDITOR']],
    ['reveal', 'venues', []],
    ['create', 'auditEvents', []],
    ['list', 'savedQueries', ['ADMIN', 'CLERK', 'AUDITOR', 'VIEWER']],
    ['create', 'savedQueries', ['ADMIN', 'AUDITOR']],
    ['approve', 'savedQueries', ['ADMIN', 'AUDITOR']],
  ];
  it.each(matrix)('%s %s: %j', async (action, resource, roles) => {
    const allowed: UserRole[] = [];
    for (const role of EVERYONE) if (await can(role, action, resource)) allowed.push(role);
    expect(allowed).toEqual(roles);
  });

  it('returns the role and regions as permissions', async () => {
    expect(await signedInAs('CLERK').provider.getPermissions!({})).toEqual({ role: 'CLERK', regions: [] });
  });
});

describe('the session', () => {
  /** An Apollo client whose `me` answers come from a list, one per request. */
  function client(answers: (Viewer | null | Error)[]) {
    let requests = 0;
    const fake = {
      query: async () => {
        const answer = answers[requests++];
        if (answer instanceof Error) throw answer;
        return { data: { me: answer } };
      },
    };
    return { client: fake as unknown as ApolloClient, requests: () => requests };
  }

  it('reads who is signed in once for every button that asks, again on refresh, and after clear', async () => {
    const api = client([viewer('CLERK'), viewer('AUDITOR'), null]);
    const session = createSession(api.client);
    await Promise.all([session.viewer(), session.viewer(), session.viewer()]);
    expect(api.requests()).toBe(1);
    expect((await session.refresh())?.role).toBe('AUDITOR');
    expect((await session.viewer())?.role).toBe('AUDITOR');
    session.clear();
    expect(await session.viewer()).toBeNull();
    expect(api.requests()).toBe(3);
  });

  it('does not remember a failed read', async () => {
    const api = client([new Error('network down'), viewer('VIEWER')]);
    const session = createSession(api.client);
    await expect(session.viewer()).rejects.toThrow('network down');
    expect((await session.viewer())?.role).toBe('VIEWER');
  });
});

describe('searching persons by name', () => {
  it('is offered to every role but VIEWER, whose name filters the server refuses', () => {
    expect(EVERYONE.filter((role) => searchesPersonsByName(role))).toEqual(['ADMIN', 'CLERK', 'AUDITOR']);
    expect(searchesPersonsByName(undefined)).toBe(false);
  });
});

describe('API token roles', () => {
  it("offers exactly the roles the server lets a token act with, for each owner's role", () => {
    for (const owner of EVERYONE) {
      expect(tokenRolesFor(owner).sort(), owner).toEqual(EVERYONE.filter((role) => roleWithin(role, owner)).sort());
    }
  });

  it('lets only an administrator allow ad-hoc operations', () => {
    expect(EVERYONE.filter(mayAllowAdHoc)).toEqual(['ADMIN']);
  });
});
