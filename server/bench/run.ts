// `pnpm bench`: Pilar against a hand-written SQL baseline, on PostgreSQL and on PGlite.
//
//   pnpm bench [--count 1000000] [--seconds 10] [--warmup 3] [--databases postgres,pglite]
//              [--operations page,get,create,aggregate] [--workers 1]
//              [--url postgresql://postgres@127.0.0.1:5432/postgres] [--reuse] [--out docs/benchmarks.md]
//
// For each database: builds a database with N generated beneficiaries (prepare.ts; --reuse keeps
// an existing one), starts the real server and the baseline in a child process (serve.ts), signs
// in through the `login` mutation and creates an API token with `createApiToken`, then measures
// each operation (operations.ts) at 1 and 16 connections on both sides (measure.ts), and writes
// the table (report.ts). Not a test: it takes minutes and its numbers depend on the machine.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { measure, statementsPerOperation, type Measurement, type Target } from './measure.ts';
import { inputGenerator, OPERATION_LABELS, OPERATIONS, type OperationName } from './operations.ts';
import { preparePglite, preparePostgres, type Prepared } from './prepare.ts';
import { loadavg, table, verdicts, writeReport, type DatabaseRun } from './report.ts';
import { apiToken, startServers, stopServers } from './servers.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = resolve(here, '..', '..');

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    databases: { type: 'string', default: 'postgres,pglite' },
    operations: { type: 'string', default: OPERATIONS.join(',') },
    url: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
    reuse: { type: 'boolean', default: false },
    'pool-size': { type: 'string', default: '10' },
    workers: { type: 'string', default: '1' },
    out: { type: 'string', default: join(repoRoot, 'docs', 'benchmarks.md') },
  },
});
const count = Number(values.count.replace(/[_,]/g, ''));
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const poolSize = Number(values['pool-size']);
/** Pilar server processes on PostgreSQL (PILAR_WORKERS); PGlite is always one process. */
const workers = Number(values.workers);
const operations = values.operations.split(',').map((o) => o.trim()).filter((o): o is OperationName => (OPERATIONS as string[]).includes(o));
const kinds = values.databases.split(',').map((k) => k.trim()) as ('postgres' | 'pglite')[];
const log = (line: string) => process.stderr.write(`${line}\n`);

async function benchDatabase(kind: 'postgres' | 'pglite'): Promise<DatabaseRun> {
  log(`\n== ${kind}: preparing ${count.toLocaleString('en-US')} beneficiaries`);
  let target: string;
  let prepared: Prepared;
  if (kind === 'postgres') {
    const result = await preparePostgres(values.url, `pilar_bench_${count}`, count, values.reuse, log);
    target = result.url;
    prepared = result;
  } else {
    target = join(repoRoot, 'data', `bench-pglite-${count}`);
    prepared = await preparePglite(target, count, values.reuse, log);
  }
  const { child, ready } = await startServers({ kind, target, poolSize, workers: kind === 'postgres' ? workers : 1 });
  const measurements: Measurement[] = [];
  try {
    const authorization = await apiToken(ready.pilarPort);
    const sides: Target[] = [
      { side: 'pilar', port: ready.pilarPort, authorization },
      { side: 'baseline', port: ready.baselinePort, authorization },
    ];
    const next = inputGenerator(prepared.fixtures);
    for (const operation of operations) {
      const exact = new Map<Target, number>();
      for (const side of sides) exact.set(side, await statementsPerOperation(side, operation, () => next(operation)));
      for (const connections of [1, 16]) {
        for (const side of sides) {
          log(`${kind} ${OPERATION_LABELS[operation]} × ${connections} on ${side.side}…`);
          await measure(side, operation, () => next(operation), connections, warmup);
          const result = await measure(side, operation, () => next(operation), connections, seconds);
          if (result.failed) log(`  ${result.failed} failed; first: ${result.firstFailure}`);
          measurements.push({ ...result, statements: exact.get(side)! });
        }
      }
    }
    // (d) once more without the result cache: what each dashboard costs when it must be computed.
    if (operations.includes('aggregate')) {
      await fetch(`http://127.0.0.1:${ready.pilarPort}/__bench/aggregate-cache?ttl=0`);
      const uncachedStatements = await statementsPerOperation(sides[0]!, 'aggregate', () => next('aggregate'));
      for (const connections of [1, 16]) {
        log(`${kind} ${OPERATION_LABELS.aggregateUncached} × ${connections} on pilar…`);
        await measure(sides[0]!, 'aggregate', () => next('aggregate'), connections, warmup);
        const result = await measure(sides[0]!, 'aggregate', () => next('aggregate'), connections, seconds);
        if (result.failed) log(`  ${result.failed} failed; first: ${result.firstFailure}`);
        measurements.push({ ...result, operation: 'aggregateUncached', statements: uncachedStatements });
      }
    }
  } finally {
    await stopServers(child);
  }
  return { kind, ...prepared, measurements };
}

const startedAt = new Date();
const loadBefore = loadavg();
const databases: DatabaseRun[] = [];
for (const kind of kinds) databases.push(await benchDatabase(kind));
const info = { startedAt, seconds, warmupSeconds: warmup, workers, loadBefore, loadAfter: loadavg(), databases };

for (const run of databases) {
  console.log(`\n${run.kind}, ${run.beneficiaries.toLocaleString('en-US')} beneficiaries\n${table(run)}`);
  if (run.kind === 'postgres') console.log(verdicts(run).join('\n'));
}
writeReport(values.out, info);
log(`\nWrote ${values.out}`);
