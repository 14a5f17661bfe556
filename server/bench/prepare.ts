// The benchmark's database: migrated, reference and demo data, the bench user, N generated
// beneficiaries, then VACUUM ANALYZE (what autovacuum does to a freshly loaded table in
// production, and what the planner's index-only scans rely on).
import { existsSync, rmSync } from 'node:fs';
import { openDatabase, type Database } from '@pilar/db';
import { districtPrefixOf, generateBeneficiaries, seedDemo, seedReference, type GenerateProgress } from '@pilar/db/seed';
import pg from 'pg';
import { hashPassword } from '../src/auth/secrets.ts';
import type { Fixtures } from './operations.ts';

export const BENCH_USER = { username: 'bench', password: 'bench-password-not-secret' };

export interface Prepared {
  fixtures: Fixtures;
  /** `SHOW server_version` (PGlite answers with the PostgreSQL it embeds). */
  version: string;
  beneficiaries: number;
  /** Seconds spent generating, or null when an existing database was reused. */
  generatedSeconds: number | null;
  rowsPerSecond: number | null;
}

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh (or, with `reuse`, an existing) PostgreSQL database with `count` generated beneficiaries. */
export async function preparePostgres(baseUrl: string, name: string, count: number, reuse: boolean, log: (line: string) => void) {
  const url = databaseUrl(baseUrl, name);
  const admin = new pg.Client({ connectionString: databaseUrl(baseUrl, 'postgres') });
  await admin.connect();
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
    if (!(reuse && exists)) {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
    }
  } finally {
    await admin.end();
  }
  const prepared = await fill(await openDatabase({ url }), count, reuse, log);
  return { url, ...prepared };
}

/** The same in a PGlite data folder. */
export async function preparePglite(dir: string, count: number, reuse: boolean, log: (line: string) => void) {
  if (!reuse && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  return fill(await openDatabase({ dataDir: dir }), count, reuse, log);
}

async function fill(db: Database, count: number, reuse: boolean, log: (line: string) => void): Promise<Prepared> {
  try {
    const existing = await db.prisma.beneficiary.count();
    let generatedSeconds: number | null = null;
    let rowsPerSecond: number | null = null;
    if (!reuse || existing < count) {
      if (existing === 0) {
        await seedReference(db.prisma);
        await seedDemo(db.prisma);
      }
      const missing = reuse ? count - existing : count;
      log(`generating ${missing.toLocaleString('en-US')} beneficiaries on ${db.kind}…`);
      const result = await generateBeneficiaries(db.prisma, { count: missing, onProgress: progress(log) });
      generatedSeconds = result.elapsedMs / 1000;
      rowsPerSecond = result.rowsPerSecond;
    }
    // Also on a reused database: a migration may have rewritten the table, and earlier runs'
    // creates leave pages that index-only scans must visit until autovacuum comes by.
    await db.prisma.$executeRawUnsafe('VACUUM ANALYZE');
    if (!(await db.prisma.user.findUnique({ where: { username: BENCH_USER.username } }))) {
      await db.prisma.user.create({
        data: { username: BENCH_USER.username, passwordHash: await hashPassword(BENCH_USER.password), role: 'ADMIN', displayName: 'Benchmark' },
      });
    }
    const [{ server_version: version }] = (await db.prisma.$queryRawUnsafe<{ server_version: string }[]>('SHOW server_version')) as [{ server_version: string }];
    return {
      fixtures: await readFixtures(db),
      version: `${db.kind === 'pglite' ? 'PGlite, PostgreSQL ' : ''}${version.split(' ')[0]}`,
      beneficiaries: await db.prisma.beneficiary.count(),
      generatedSeconds,
      rowsPerSecond,
    };
  } finally {
    await db.close();
  }
}

function progress(log: (line: string) => void) {
  let last = 0;
  return ({ done, total, elapsedMs }: GenerateProgress) => {
    if (done < total && elapsedMs - last < 10_000) return;
    last = elapsedMs;
    log(`  ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} (${Math.round(done / (elapsedMs / 1000)).toLocaleString('en-US')} rows/s)`);
  };
}

async function readFixtures(db: Database): Promise<Fixtures> {
  const districts = await db.prisma.region.findMany({ where: { level: 'DISTRICT', deletedAt: null, children: { some: {} } }, select: { id: true } });
  const village = await db.prisma.region.findFirstOrThrow({ where: { level: 'VILLAGE', deletedAt: null }, orderBy: { code: 'asc' }, include: { parent: true } });
  const standard = await db.prisma.aidStandard.findUniqueOrThrow({ where: { code: 'LANSIA_TELANTAR' } });
  const ids = await db.prisma.beneficiary.aggregate({ _min: { id: true }, _max: { id: true } });
  // Creates use birth years 1924–1929 from serial 5000 up (operations.ts); continue after earlier runs.
  const [serial] = await db.prisma.$queryRawUnsafe<{ max: number | null }[]>(
    `SELECT max(right(nik, 4)::int) AS max FROM "Beneficiary"
     WHERE "birthDate" >= '1924-01-01' AND "birthDate" < '1930-01-01' AND nik ~ '^[0-9]{16}$' AND right(nik, 4) >= '5000'`,
  );
  return {
    districtIds: districts.map((d) => d.id),
    villageId: village.id,
    aidStandardId: standard.id,
    minId: ids._min.id ?? 1,
    maxId: ids._max.id ?? 1,
    nikPrefix: districtPrefixOf(village.parent!.code),
    firstSerial: (serial?.max ?? 4999) + 1,
  };
}
