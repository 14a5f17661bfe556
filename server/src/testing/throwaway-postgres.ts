// A private PostgreSQL server for tests that stop, restart or replicate one: initdb into a
// temporary folder, `postgres` on a free loopback port, all from the installed PostgreSQL and
// run as the `postgres` OS user when the tests run as root (PostgreSQL refuses to run as root).
// The machine's shared cluster is never touched. Everything is removed by destroy(), and by an
// exit hook if a test dies before its afterAll.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayPostgres {
  port: number;
  /** `postgresql://postgres@127.0.0.1:<port>/<database>`. */
  url(database?: string): string;
  /** Starts the server again after stop() (same data, same port). */
  start(): void;
  /** Stops the server: `fast` ends sessions cleanly, `immediate` is a crash. */
  stop(mode?: 'fast' | 'immediate'): void;
  /** A streaming replica of this server (pg_basebackup -R), started on its own port. */
  replica(): Promise<ThrowawayPostgres>;
  /** Stops the server and removes its folder. */
  destroy(): void;
}

/** Where the installed PostgreSQL's programs are: PG_BIN, `pg_config --bindir`, or the newest /usr/lib/postgresql/<v>/bin. */
export function postgresBinDir(): string {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim());
  } catch {
    // no pg_config on the PATH
  }
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  }
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found) throw new Error(`No PostgreSQL server programs (initdb, pg_ctl) found; tried ${candidates.join(', ') || 'nothing'}. Set PG_BIN.`);
  return found;
}

const asRoot = process.getuid?.() === 0;

/** The uid and gid of the `postgres` OS user, to hand it the folders it must own. */
function postgresUser(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
  return { uid, gid };
}

/** Runs a PostgreSQL program, as the postgres user when we are root; throws with its output on failure. */
function run(bin: string, program: string, args: string[]): void {
  const command = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]] : [join(bin, program), args];
  const result = spawnSync(command[0] as string, command[1] as string[], { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(`${program} ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout || result.error}`);
  }
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function makeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pilar-pg-'));
  chmodSync(dir, 0o700);
  if (asRoot) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  return dir;
}

// Small and fast. fsync=off only skips flushing to disk, which matters when the machine dies;
// a commit is still written to the OS before it is acknowledged, so a crashed (`immediate`)
// server loses nothing it acknowledged, which is what the fault tests check.
const SERVER_SETTINGS = [
  'listen_addresses=127.0.0.1',
  'fsync=off',
  'full_page_writes=off',
  'max_connections=60',
  'shared_buffers=16MB',
  'wal_level=replica',
  'max_wal_senders=4',
  'hot_standby=on',
];

const live = new Set<ThrowawayPostgres>();
process.once('exit', () => {
  for (const server of live) {
    try {
      server.destroy();
    } catch {
      // best effort on the way out
    }
  }
});

function server(bin: string, dir: string, port: number): ThrowawayPostgres {
  const data = join(dir, 'data');
  const options = ['-p', String(port), '-k', dir, ...SERVER_SETTINGS.flatMap((s) => ['-c', s])].join(' ');
  let running = false;
  const self: ThrowawayPostgres = {
    port,
    url: (database = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    start() {
      run(bin, 'pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '30', 'start']);
      running = true;
    },
    stop(mode = 'fast') {
      if (!running) return;
      run(bin, 'pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '30', 'stop']);
      running = false;
    },
    async replica() {
      const replicaDir = makeFolder();
      const replicaPort = await freePort();
      try {
        // -c fast: checkpoint now rather than spread over minutes; -R: write the standby settings.
        run(bin, 'pg_basebackup', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-D', join(replicaDir, 'data'), '-R', '-X', 'stream', '-c', 'fast', '--no-sync']);
      } catch (error) {
        rmSync(replicaDir, { recursive: true, force: true });
        throw error;
      }
      const replica = server(bin, replicaDir, replicaPort);
      replica.start();
      return replica;
    },
    destroy() {
      try {
        self.stop('immediate');
      } finally {
        live.delete(self);
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  live.add(self);
  return self;
}

/** initdb + start on a free port; the caller must destroy() it (afterAll). */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  const dir = makeFolder();
  try {
    run(bin, 'initdb', ['-D', join(dir, 'data'), '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const instance = server(bin, dir, await freePort());
  instance.start();
  return instance;
}

/**
 * Copies database `sourceUrl` (e.g. the seeded test template on the shared server) into a new
 * database `name` on `target`, with pg_dump and psql. Faster than migrating and seeding anew.
 */
export function copyDatabase(sourceUrl: string, target: ThrowawayPostgres, name: string): void {
  const bin = postgresBinDir();
  const create = spawnSync(join(bin, 'psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', target.url(), '-c', `CREATE DATABASE "${name}"`], { encoding: 'utf8' });
  if (create.status !== 0) throw new Error(`CREATE DATABASE failed: ${create.stderr}`);
  const dump = spawnSync(join(bin, 'pg_dump'), ['--no-owner', '--no-privileges', '-d', sourceUrl], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (dump.status !== 0) throw new Error(`pg_dump failed: ${dump.stderr}`);
  const restore = spawnSync(join(bin, 'psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', target.url(name)], { input: dump.stdout, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (restore.status !== 0) throw new Error(`restoring into ${name} failed: ${restore.stderr}`);
}
