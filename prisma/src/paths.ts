import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `prisma/` folder: schema, migrations and seed data live here. */
export const prismaDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const schemaPath = join(prismaDir, 'schema.prisma');
export const migrationsDir = join(prismaDir, 'migrations');
export const seedDataDir = join(prismaDir, 'seed-data');
