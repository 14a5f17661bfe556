// Builds one migrated and seeded database per test run, which every test file then copies:
// a PGlite data-dir dump (loaded in-process) and, when TEST_DATABASE_URL is set, a PostgreSQL
// template database (CREATE DATABASE … TEMPLATE). Copies take well under a second; migrating
// and seeding from scratch in every file would take several.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '@pilar/db';
import { seedDemo, seedReference } from '@pilar/db/seed';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { adminUrl, databaseUrl } from './pg-urls.ts';
import { createTestUsers } from './users.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const kind = project.config.env?.PILAR_TEST_DB ?? 'pglite';
  const cleanups: (() => Promise<void>)[] = [];
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'pilar-template-'));
    const pglite = new PGlite();
    const { PrismaPGlite } = await import('pglite-prisma-adapter');
    const { PrismaClient, applyMigrations } = await import('@pilar/db');
    await applyMigrations(new PrismaPGlite(pglite));
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    await seedReference(prisma);
    await seedDemo(prisma);
    await createTestUsers(prisma);
    await prisma.$disconnect();
    const dump = await pglite.dumpDataDir('none');
    const file = join(dir, 'template.tar');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await pglite.close();
    project.provide('pgliteTemplate', file);
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  } else {
    const base = process.env.TEST_DATABASE_URL;
    if (!base) throw new Error('TEST_DATABASE_URL is required for the PostgreSQL project');
    const name = `pilar_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl(base) });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const db = await openDatabase({ url: databaseUrl(base, name) });
    await seedReference(db.prisma);
    await seedDemo(db.prisma);
    await createTestUsers(db.prisma);
    await db.close();
    project.provide('postgresTemplate', name);
    cleanups.push(async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });
  }
  return async () => {
    for (const cleanup of cleanups) await cleanup();
  };
}
