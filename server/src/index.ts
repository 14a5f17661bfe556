// Start-up only: read the environment, open (and migrate) the database, seed, listen — in one
// process, or with PILAR_WORKERS > 1 in several worker processes on the same port (cluster.ts).
import cluster from 'node:cluster';
import { openDatabase, type Database } from '@pilar/db';
import { seedDemo, seedReference } from '@pilar/db/seed';
import { createApp } from './app.ts';
import { checkpointStoreFromEnv, startCheckpoints, type CheckpointStore } from './audit/checkpoints.ts';
import { ensureAdmin } from './auth/bootstrap.ts';
import { clusterMetrics, runPrimary, shareMetricsWithPrimary } from './cluster.ts';
import { readConfig } from './config.ts';
import { createHttpServer } from './http.ts';
import { createLogger } from './lib/logger.ts';

const started = performance.now();
const config = readConfig();

// A promise nobody awaited failed (every request's own errors are caught in http.ts): Node would
// end the process, and on the embedded database the registry with it. Say so and keep serving.
const processLog = createLogger();
process.on('unhandledRejection', (reason) => processLog.error({ err: reason }, 'unhandled promise rejection'));

function printReady(port: number, where: string) {
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  console.log(`Pilar is ready in ${Math.round(performance.now() - started)} ms on ${where}`);
  console.log(`  Admin:   http://${host}:${port}/`);
  console.log(`  GraphQL: http://${host}:${port}/graphql`);
}

/** Migrations, reference and demo data, the first administrator: once, before serving. */
async function prepare(): Promise<Database> {
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
  return db;
}

/**
 * Signed checkpoints of the audit trail's head, written by one process (this one, or the
 * cluster's primary): now, every 10 minutes, and at shutdown.
 */
function keepCheckpoints(db: Database, store: CheckpointStore) {
  const logger = createLogger();
  return startCheckpoints(db.prisma, store, (error) => logger.error({ err: error, file: store.file }, 'audit checkpoint not written'));
}

/** One server process: the app on the port, closed cleanly on SIGINT/SIGTERM. */
function serve(db: Database, store: CheckpointStore, onListening: (port: number) => void) {
  const logger = createLogger();
  const { trustProxy, metricsToken } = config;
  const app = createApp({ db, development: !config.production, trustProxy, metricsToken, logger, checkpoints: store });
  const checkpoints = cluster.isWorker ? null : keepCheckpoints(db, store);
  const server = createHttpServer({
    app,
    adminDir: config.adminDir,
    readiness: () => db.readiness(),
    ...(cluster.isWorker ? { metrics: clusterMetrics } : {}),
    metricsToken,
    trustProxy,
    logger,
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    onListening(typeof address === 'object' && address ? address.port : config.port);
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    if (!cluster.isWorker) console.log(`${signal}: closing`);
    server.close();
    await checkpoints?.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // A worker whose primary is gone has no one to restart or stop it.
  if (cluster.isWorker) process.on('disconnect', () => void shutdown('disconnect'));
}

// The checkpoint store after the database: a first start creates the data folder for PGlite.
if (cluster.isWorker) {
  shareMetricsWithPrimary();
  serve(await openDatabase({ url: config.databaseUrl, migrate: false }), await checkpointStoreFromEnv(config.dataDir), () => {});
} else {
  const db = await prepare();
  const store = await checkpointStoreFromEnv(config.dataDir);
  const where = db.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
  if (config.workers > 1) {
    // The primary keeps its connection for the checkpoints only. The final one is started when
    // it is stopped, while the workers close; cluster.ts exits once they are gone, so it is
    // written only if it is done by then (the one of at most 10 minutes before stands).
    const checkpoints = keepCheckpoints(db, store);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void checkpoints.stop());
    runPrimary(config.workers, (port) => printReady(port, `${where}, ${config.workers} worker processes`));
  } else {
    serve(db, store, (port) => printReady(port, where));
  }
}
