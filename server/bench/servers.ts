// Starting the measured servers (serve.ts) in a child process, stopping them, and signing in
// as the bench user the way a dashboard script would. Shared by run.ts and profile.ts.
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_USER } from './prepare.ts';
import type { ServeOptions, ServeReady } from './serve.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

export function startServers(options: ServeOptions, execArgv: string[] = []): Promise<{ child: ChildProcess; ready: ServeReady }> {
  // The servers' request logs go nowhere: writing them is measured, reading them is not.
  // NODE_ENV=production as deployed: graphql-js skips its development-only checks.
  const child = fork(join(here, 'serve.ts'), [JSON.stringify(options)], { execArgv: ['--import', 'tsx', ...execArgv], env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise((resolvePromise, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    child.on('message', (message) => {
      const ready = (message as { ready?: ServeReady }).ready;
      if (ready) resolvePromise({ child, ready });
    });
  });
}

export function stopServers(child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolvePromise());
    child.send('stop');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

async function graphql(port: number, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return { body, cookie: response.headers.get('set-cookie')?.split(';')[0] ?? null };
}

/** Signs in as the bench user and creates an API token, as a dashboard script would. */
export async function apiToken(port: number): Promise<string> {
  const login = await graphql(port, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', { u: BENCH_USER.username, p: BENCH_USER.password });
  if (!login.cookie) throw new Error('login set no cookie');
  const token = await graphql(port, 'mutation($n: String!) { createApiToken(name: $n, allowAdHoc: true) { secret } }', { n: `bench ${new Date().toISOString()}` }, { cookie: login.cookie });
  return `Bearer ${token.body.data!.createApiToken.secret as string}`;
}

