// Start-up only: read the environment, open (and migrate) the database, seed, listen.
import { createServer } from 'node:http';
import { openDatabase } from '@pilar/db';
import { seedDemo, seedReference } from '@pilar/db/seed';
import { createApp } from './app.ts';
import { ensureAdmin } from './auth/bootstrap.ts';
import { readConfig } from './config.ts';
import { createHttpHandler } from './http.ts';
import { createLogger } from './lib/logger.ts';

const started = performance.now();
const config = readConfig();
const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
if (db.appliedMigrations.length) console.log(`Applied migrations: ${db.appliedMigrations.join(', ')}`);

// Reference data goes into every database; demo data only into the embedded one (PostgreSQL
// gets it only when asked, with `pnpm db:seed`).
await seedReference(db.prisma);
if (db.kind === 'pglite') await seedDemo(db.prisma);
const admin = await ensureAdmin(db.prisma);
if (admin) {
  console.log(`Created the administrator "${admin.username}".`);
  if (admin.generatedPassword) {
    console.log(`  Its password, shown only this once: ${admin.generatedPassword}`);
    console.log('  (Set ADMIN_PASSWORD before the first start to choose it.)');
  }
}

const logger = createLogger();
const app = createApp({ db, development: !config.production, trustProxy: config.trustProxy, logger });
const server = createServer(createHttpHandler(app, config.adminDir, () => db.readiness()));
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const where = db.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
  console.log(`Pilar is ready in ${Math.round(performance.now() - started)} ms on ${where}`);
  console.log(`  Admin:   http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`);
  console.log(`  GraphQL: http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`);
});

async function shutdown(signal: string) {
  console.log(`${signal}: closing`);
  server.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
