/** A GraphQL call straight to the server, for tests to check what a journey stored. */
export async function api<T>(call: typeof fetch, graphqlUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await call(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}
