// Fills the database with generated beneficiaries for scale tests:
//   pnpm db:generate-data [--count 1000000] [--seed 1]
// Same database as db:seed (cli/env.ts: DATABASE_URL, else PGlite in DATA_DIR, default `data/`).
// Seeds the reference data first; every run adds rows (NIKs never collide with earlier runs).
import { parseArgs } from 'node:util';
import { databaseFromEnv, describeTarget } from './env.ts';
import { generateBeneficiaries, seedReference, type GenerateProgress } from '../seed/index.ts';

function wholeNumber(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value.replace(/[_,]/g, ''));
  if (!Number.isSafeInteger(parsed) || parsed < 0) throw new Error(`--${flag} must be a whole number, got ${value}`);
  return parsed;
}

const number = (n: number) => Math.round(n).toLocaleString('en-US');

/** A one-line text bar on stderr, redrawn at most 4 times a second (a line every 5 s when not a terminal). */
function progressBar(stream: NodeJS.WriteStream): (progress: GenerateProgress) => void {
  const interactive = stream.isTTY === true;
  const interval = interactive ? 250 : 5_000;
  let drawnAt = -Infinity;
  return ({ done, total, elapsedMs }) => {
    const finished = done >= total;
    if (!finished && elapsedMs - drawnAt < interval) return;
    drawnAt = elapsedMs;
    const ratio = total > 0 ? done / total : 1;
    const width = 30;
    const filled = Math.round(ratio * width);
    const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
    const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    const line =
      `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(ratio * 100).toFixed(1).padStart(5)}% ` +
      `${number(done)}/${number(total)}  ${number(rate)} rows/s  ETA ${eta} s`;
    if (interactive) stream.write(`\r${line}${finished ? '\n' : ''}`);
    else stream.write(`${line}\n`);
  };
}

function readArgs(): { count: number; seed: number } {
  try {
    const { values } = parseArgs({ options: { count: { type: 'string' }, seed: { type: 'string' } } });
    return { count: wholeNumber('count', values.count, 1_000_000), seed: wholeNumber('seed', values.seed, 1) };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\nUsage: pnpm db:generate-data [--count N] [--seed S]`);
    process.exit(2);
  }
}

const { count, seed } = readArgs();

const db = await databaseFromEnv();
try {
  await seedReference(db.prisma);
  console.log(`${describeTarget()}: generating ${number(count)} beneficiaries (seed ${seed})…`);
  const result = await generateBeneficiaries(db.prisma, { count, seed, onProgress: progressBar(process.stderr) });
  console.log(
    `Inserted ${number(result.inserted)} beneficiaries in ${(result.elapsedMs / 1000).toFixed(1)} s ` +
      `(${number(result.rowsPerSecond)} rows/s); NIK serials ${result.serials.first}–${result.serials.last}.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
  // Prisma's client leaves a timer behind after disconnecting; don't wait ten seconds for it.
  process.exit();
}
