import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Db } from './trail.ts';
import { canonicalJson } from './canonical.ts';

/**
 * Signed checkpoints of the audit trail's head, kept outside the database.
 *
 * The hash chain (trail.ts) catches an event edited or removed in the middle, but not the
 * newest events removed by someone with rights on the database: what is left is still a valid
 * chain. A checkpoint states "the trail had `count` events, the last was `lastId` with hash
 * `lastHash`" at a time, signed with HMAC-SHA-256 under a key the database does not hold, and is
 * appended to a file the database does not hold. The verifier holds the trail to the newest
 * checkpoint: its event must still be there with the same hash, and as many events up to it.
 */
export interface CheckpointHead {
  lastId: number;
  lastHash: string;
  count: number;
  /** ISO time the head was read. */
  at: string;
}

export interface Checkpoint extends CheckpointHead {
  /** Hex HMAC-SHA-256 over the canonical JSON of the head. */
  signature: string;
}

/** A checkpoint file line that is not a checkpoint signed with the key. */
export interface BadCheckpoint {
  line: number;
}

export interface CheckpointStore {
  /** Where the checkpoints are appended (one JSON line each). */
  file: string;
  /** Every line of the file: the signed checkpoints in order, and the first line that is not one. */
  read(): Promise<{ checkpoints: Checkpoint[]; bad: BadCheckpoint | null }>;
  /** Signs the head and appends it. */
  append(head: CheckpointHead): Promise<Checkpoint>;
}

/** The checkpoint of the furthest head (by event id; concurrent writers may append out of order). */
export function newestCheckpoint(checkpoints: readonly Checkpoint[]): Checkpoint | null {
  return checkpoints.reduce<Checkpoint | null>((newest, c) => (!newest || c.lastId > newest.lastId ? c : newest), null);
}

/** Keys shorter than this are refused: the signature is only as strong as the key. */
export const MIN_KEY_LENGTH = 32;

function sign(key: Buffer, head: CheckpointHead): string {
  const { lastId, lastHash, count, at } = head;
  return createHmac('sha256', key).update(canonicalJson({ lastId, lastHash, count, at })).digest('hex');
}

function parseLine(key: Buffer, text: string): Checkpoint | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const c = value as Record<string, unknown>;
  if (!Number.isInteger(c.lastId) || typeof c.lastHash !== 'string' || !Number.isInteger(c.count) || typeof c.at !== 'string' || typeof c.signature !== 'string') return null;
  const checkpoint: Checkpoint = { lastId: c.lastId as number, lastHash: c.lastHash, count: c.count as number, at: c.at, signature: c.signature };
  const expected = Buffer.from(sign(key, checkpoint), 'hex');
  const given = Buffer.from(checkpoint.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? checkpoint : null;
}

/** A store on one file with one key. */
export function checkpointStore(file: string, key: string | Buffer): CheckpointStore {
  const secret = typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
  if (secret.length < MIN_KEY_LENGTH) throw new Error(`AUDIT_CHECKPOINT_KEY must be at least ${MIN_KEY_LENGTH} characters long`);
  return {
    file,
    async read() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { checkpoints: [], bad: null };
        throw error;
      }
      const checkpoints: Checkpoint[] = [];
      // The text after the last newline is a line still being appended: neither trusted nor refused.
      const lines = text.split('\n').slice(0, -1);
      for (const [index, line] of lines.entries()) {
        if (!line.trim()) continue;
        const checkpoint = parseLine(secret, line);
        if (!checkpoint) return { checkpoints, bad: { line: index + 1 } };
        checkpoints.push(checkpoint);
      }
      return { checkpoints, bad: null };
    },
    async append(head) {
      const checkpoint: Checkpoint = { ...head, signature: sign(secret, head) };
      await mkdir(dirname(file), { recursive: true });
      // One line per write, appended: a concurrent writer (the CLI beside the server) adds its own.
      await appendFile(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
      return checkpoint;
    },
  };
}

/**
 * The store the environment names: AUDIT_CHECKPOINT_KEY (at least 32 characters) and
 * AUDIT_CHECKPOINT_FILE (default `<DATA_DIR>/audit-checkpoints.jsonl`). Without a key, one is
 * generated on the first start into `<DATA_DIR>/audit-checkpoint.key` and read from there
 * after: fine for the embedded demo, but in production the key belongs outside the server's
 * data folder (and away from the database's administrators), so that whoever can edit the
 * trail cannot sign a checkpoint for the edited one.
 */
export async function checkpointStoreFromEnv(dataDir: string, env = process.env): Promise<CheckpointStore> {
  const file = env.AUDIT_CHECKPOINT_FILE || join(dataDir, 'audit-checkpoints.jsonl');
  if (env.AUDIT_CHECKPOINT_KEY) return checkpointStore(file, env.AUDIT_CHECKPOINT_KEY);
  const keyFile = join(dataDir, 'audit-checkpoint.key');
  await mkdir(dataDir, { recursive: true });
  try {
    // `wx`: two processes starting at once do not overwrite each other's key.
    await writeFile(keyFile, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return checkpointStore(file, (await readFile(keyFile, 'utf8')).trim());
}

/**
 * The trail's head as one statement sees it: the newest event and how many events there are up
 * to it. Appends are serialised (trail.ts), so ids grow in commit order and the count up to an
 * id never changes afterwards unless events are removed.
 */
export async function readHead(prisma: Db): Promise<CheckpointHead | null> {
  const rows = await prisma.$queryRawUnsafe<{ id: number; hash: string; n: number }[]>(
    `SELECT e.id, e.hash, (SELECT count(*)::int FROM "AuditEvent" c WHERE c.id <= e.id) AS n FROM "AuditEvent" e ORDER BY e.id DESC LIMIT 1`,
  );
  const row = rows[0];
  return row ? { lastId: row.id, lastHash: row.hash, count: row.n, at: new Date().toISOString() } : null;
}

/** Signs and appends the current head, unless the newest checkpoint already states it. */
export async function writeCheckpoint(prisma: Db, store: CheckpointStore): Promise<Checkpoint | null> {
  const head = await readHead(prisma);
  if (!head) return null;
  const { checkpoints } = await store.read();
  const newest = newestCheckpoint(checkpoints);
  if (newest && newest.lastId === head.lastId && newest.lastHash === head.lastHash && newest.count === head.count) return newest;
  return store.append(head);
}

/** How often the server writes a checkpoint. */
export const CHECKPOINT_INTERVAL_MS = 10 * 60_000;

/**
 * Writes a checkpoint now, every CHECKPOINT_INTERVAL_MS, and once more when stopped (at
 * shutdown). A failed write is reported, not fatal: the trail itself is still written.
 */
export function startCheckpoints(prisma: Db, store: CheckpointStore, onError: (error: unknown) => void): { stop(): Promise<void> } {
  const write = () => writeCheckpoint(prisma, store).then(() => undefined, onError);
  let pending = write();
  const timer = setInterval(() => {
    pending = pending.then(write);
  }, CHECKPOINT_INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await pending;
      await write();
    },
  };
}
