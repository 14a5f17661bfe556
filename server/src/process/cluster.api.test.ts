// The real server process as deployed with PILAR_WORKERS=2 (cluster.ts): one port served by two
// worker processes, rate limits and sign-in throttling counted for the whole server, /metrics
// gathered from every worker, a dead worker replaced, every worker stopped by SIGTERM.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@pilar/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../config.ts';
import { openTestDatabase } from '../testing/harness.ts';
import { databaseUrl } from '../testing/pg-urls.ts';
import { describeOnPostgres } from '../testing/postgres-only.ts';

const METRICS_TOKEN = 'cluster-test-metrics-token-0123456789';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One request on a connection of its own (so the primary hands it to the next worker). */
function send(port: number, path: string, body: string | null, localAddress = '127.0.0.1', extraHeaders: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        localAddress,
        method: body === null ? 'GET' : 'POST',
        agent: false,
        headers: { ...(body === null ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close' }), ...extraHeaders },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

/** The primary's worker processes: its `node` children (tsx may also run an esbuild service beside them). */
const workersOf = (pid: number): number[] =>
  execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([child, command]) => Number(child) > 0 && command === 'node')
    .map(([child]) => Number(child));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describeOnPostgres('several server processes on one port (PILAR_WORKERS=2)', () => {
  let db: Database;
  let server: ChildProcess;
  let port: number;
  let output = '';

  beforeAll(async () => {
    db = await openTestDatabase();
    const [{ name }] = (await db.prisma.$queryRawUnsafe<{ name: string }[]>('SELECT current_database() AS name')) as [{ name: string }];
    server = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'server', 'src', 'index.ts')], {
      cwd: join(repoRoot, 'server'),
      // DATA_DIR: the audit checkpoints (and their key) of this database, not the repository's.
      env: { ...process.env, DATA_DIR: mkdtempSync(join(tmpdir(), 'pilar-cluster-')), DATABASE_URL: databaseUrl(process.env.TEST_DATABASE_URL!, name), PILAR_WORKERS: '2', PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_PER_IP: '30', METRICS_TOKEN, NODE_ENV: 'production', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (let i = 0; i < 600 && !/GraphQL: http:\/\/127\.0\.0\.1:(\d+)\//.test(output); i++) await sleep(100);
    const match = output.match(/GraphQL: http:\/\/127\.0\.0\.1:(\d+)\//);
    if (!match) throw new Error(`the server did not start:\n${output}`);
    port = Number(match[1]);
  }, 90_000);

  afterAll(async () => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    await db?.close();
  });

  it('serves one port from two worker processes', async () => {
    expect(output).toMatch(/2 worker processes/);
    expect(workersOf(server.pid!)).toHaveLength(2);
    for (let i = 0; i < 4; i++) expect((await send(port, '/graphql', '{"query":"{ me { id } }"}')).status).toBe(200);
  });

  it('counts the rate limit for the whole server, not per worker', async () => {
    // From an address of its own, so the other tests' requests do not count against it.
    const replies = [];
    for (let i = 0; i < 40; i++) replies.push(await send(port, '/graphql', '{"query":"{ me { id } }"}', '127.0.0.2'));
    expect(replies.filter((r) => r.status === 200)).toHaveLength(30);
    const refused = replies.filter((r) => r.status === 429);
    expect(refused).toHaveLength(10);
    expect(Number(refused[0]!.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('checks at most 5 of 20 parallel wrong passwords spread over the workers', async () => {
    // Each attempt on a connection of its own, so the primary spreads them over both workers;
    // the sign-in counts live in the primary (lib/rate-limiter.ts).
    const body = JSON.stringify({ query: 'mutation { login(username: "viewer", password: "bukan kata sandinya") { id } }' });
    const replies = await Promise.all(Array.from({ length: 20 }, () => send(port, '/graphql', body, '127.0.0.3')));
    const codes = replies.map((r) => (JSON.parse(r.text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(15);
    // The audit trail agrees: five passwords were checked, fifteen attempts refused unchecked.
    const events = await db.prisma.auditEvent.findMany({ where: { action: { in: ['LOGIN_FAILED', 'LOGIN_THROTTLED'] } }, select: { action: true, after: true } });
    const viewer = events.filter((e) => (e.after as { username?: string } | null)?.username === 'viewer');
    expect(viewer.filter((e) => e.action === 'LOGIN_FAILED')).toHaveLength(5);
    expect(viewer.filter((e) => e.action === 'LOGIN_THROTTLED')).toHaveLength(15);
  });

  it('answers /metrics (to METRICS_TOKEN only) with the counts of every worker', async () => {
    for (let i = 0; i < 6; i++) expect((await send(port, '/graphql', '{"query":"query ClusterProbe { me { id } }"}')).status).toBe(200);
    expect((await send(port, '/metrics', null)).status).toBe(401);
    const metrics = await send(port, '/metrics', null, '127.0.0.1', { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(metrics.status).toBe(200);
    const counts = metrics.text.split('\n').filter((line) => line.startsWith('graphql_yoga_http_duration_count') && line.includes('operationName="ClusterProbe"'));
    expect(counts.reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0)).toBe(6);
  });

  it('replaces a worker that dies, and keeps serving', async () => {
    const [victim, survivor] = workersOf(server.pid!) as [number, number];
    process.kill(victim, 'SIGKILL');
    let workers = workersOf(server.pid!);
    // ps blocks the event loop: the primary's log line may still wait to be read once the new
    // worker shows, so wait for both.
    const logged = () => output.includes(`Worker ${victim} exited`);
    for (let i = 0; i < 200 && (workers.length < 2 || workers.includes(victim) || !logged()); i++) {
      await sleep(50);
      workers = workersOf(server.pid!);
    }
    expect(workers).toHaveLength(2);
    expect(workers).toContain(survivor);
    expect(workers).not.toContain(victim);
    expect(output).toMatch(new RegExp(`Worker ${victim} exited \\(SIGKILL\\); starting another`));
    for (let i = 0; i < 4; i++) expect((await send(port, '/graphql', '{"query":"{ me { id } }"}')).status).toBe(200);
  });

  it('stops every worker on SIGTERM', async () => {
    const workers = workersOf(server.pid!);
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (let i = 0; i < 100 && workers.some(alive); i++) await sleep(50);
    expect(workers.filter(alive)).toEqual([]);
  });
});
