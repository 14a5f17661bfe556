import { ADMIN } from './server.ts';

/**
 * A fetch that signs in once and then sends the session cookie, as a browser would: for the
 * data provider under Node, where nothing keeps cookies.
 */
export async function signedInFetch(graphqlUrl: string, user = ADMIN): Promise<typeof fetch> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
      variables: { u: user.username, p: user.password },
    }),
  });
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  if (!response.ok || !cookie) throw new Error(`Signing in as ${user.username} failed: ${await response.text()}`);
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('cookie', cookie);
    return fetch(input, { ...init, headers });
  };
}
