// Turns measurements into the table printed on the terminal and written to docs/benchmarks.md.
// Only the part between the markers is rewritten, so notes written by hand around it survive.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import type { Measurement } from './measure.ts';
import { OPERATION_LABELS, OPERATIONS } from './operations.ts';

export interface DatabaseRun {
  kind: 'postgres' | 'pglite';
  version: string;
  beneficiaries: number;
  generatedSeconds: number | null;
  rowsPerSecond: number | null;
  measurements: Measurement[];
}

export interface RunInfo {
  startedAt: Date;
  seconds: number;
  warmupSeconds: number;
  /** Pilar server processes on PostgreSQL (PILAR_WORKERS). */
  workers: number;
  loadBefore: number[];
  loadAfter: number[];
  databases: DatabaseRun[];
}

const BEGIN = '<!-- bench:begin (written by `pnpm bench`; edit outside these markers) -->';
const END = '<!-- bench:end -->';

const n = (value: number, digits = 0) => (Number.isFinite(value) ? value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '—');
const ms = (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : n(value)) : '—');

export function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${osType()} ${release()}, Node ${process.version}`;
}

/** Checks against the issue's targets, for PostgreSQL at 16 connections. */
export function verdicts(run: DatabaseRun): string[] {
  const find = (operation: string, side: string) => run.measurements.find((m) => m.operation === operation && m.side === side && m.connections === 16);
  const lines: string[] = [];
  const page = find('page', 'pilar');
  const pageBase = find('page', 'baseline');
  if (page && pageBase) {
    const ratio = page.rps / pageBase.rps;
    lines.push(`(a) req/s ${n(ratio * 100)} % of the baseline (target ≥ 50 %): ${ratio >= 0.5 ? 'met' : 'MISSED'}`);
    lines.push(`(a) ${n(page.statements)} SQL statements per operation, ${n(page.statementsUnderLoad, 1)} under load (target ≤ 3): ${Math.max(page.statements, page.statementsUnderLoad) <= 3 ? 'met' : 'MISSED'}`);
    lines.push(`(a) p99 ${ms(page.p99)} ms (target ≤ 50 ms): ${page.p99 <= 50 ? 'met' : 'MISSED'}; the baseline's: ${ms(pageBase.p99)} ms`);
    const one = run.measurements.find((m) => m.operation === 'page' && m.side === 'pilar' && m.connections === 1);
    if (one) lines.push(`(a) p99 at 1 connection ${ms(one.p99)} ms: ${one.p99 <= 50 ? 'within' : 'over'} 50 ms`);
  }
  const aggregate = find('aggregate', 'pilar');
  if (aggregate) lines.push(`(d) p95 ${ms(aggregate.p95)} ms (target ≤ 200 ms): ${aggregate.p95 <= 200 ? 'met' : 'MISSED'}`);
  const uncached = find('aggregateUncached', 'pilar');
  if (uncached) lines.push(`(d) with the result cache off: p95 ${ms(uncached.p95)} ms: ${uncached.p95 <= 200 ? 'met' : 'missed'}`);
  return lines;
}

export function table(run: DatabaseRun): string {
  const rows = [
    '| operation | conn. | Pilar req/s | baseline req/s | ratio | Pilar p50 / p95 / p99 ms | baseline p50 / p95 / p99 ms | SQL/op Pilar (under load) | SQL/op baseline (under load) | failed |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const operation of [...OPERATIONS, 'aggregateUncached' as const]) {
    for (const connections of [1, 16]) {
      const ours = run.measurements.find((m) => m.operation === operation && m.side === 'pilar' && m.connections === connections);
      // The uncached dashboard is compared with the same baseline (which keeps nothing).
      const baseOperation = operation === 'aggregateUncached' ? 'aggregate' : operation;
      const base = run.measurements.find((m) => m.operation === baseOperation && m.side === 'baseline' && m.connections === connections);
      if (!ours || !base) continue;
      rows.push(
        `| ${OPERATION_LABELS[operation]} | ${connections} | ${n(ours.rps)} | ${n(base.rps)} | ${n((ours.rps / base.rps) * 100)} % | ` +
          `${ms(ours.p50)} / ${ms(ours.p95)} / ${ms(ours.p99)} | ${ms(base.p50)} / ${ms(base.p95)} / ${ms(base.p99)} | ` +
          `${n(ours.statements)} (${n(ours.statementsUnderLoad, 1)}) | ${n(base.statements)} (${n(base.statementsUnderLoad, 1)}) | ${ours.failed + base.failed} |`,
      );
    }
  }
  const failures = run.measurements
    .filter((m) => m.failed > 0)
    .map((m) => `- ${OPERATION_LABELS[m.operation]} × ${m.connections}, ${m.side}: ${n(m.failed)} failed; the first: \`${(m.firstFailure ?? '').replace(/`/g, "'").slice(0, 240)}\``);
  return [rows.join('\n'), ...(failures.length ? ['', 'Failed requests:', ...failures] : [])].join('\n');
}

export function markdown(info: RunInfo): string {
  const parts = [
    `Run of ${info.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}; load average ${info.loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${info.loadAfter.map((l) => l.toFixed(1)).join(' ')} after.`,
    `Each cell: ${info.warmupSeconds} s of warm-up, then ${info.seconds} s of load with autocannon (keep-alive connections, one request in flight per connection). Pilar on PostgreSQL: ${info.workers === 1 ? 'one server process' : `${info.workers} server processes on one port (PILAR_WORKERS=${info.workers})`}; the baseline: one process.`,
  ];
  for (const run of info.databases) {
    const generated = run.generatedSeconds === null ? 'reused' : `generated in ${n(run.generatedSeconds)} s, ${n(run.rowsPerSecond ?? 0)} rows/s`;
    parts.push(`### ${run.kind === 'postgres' ? 'PostgreSQL ' : ''}${run.version}, ${n(run.beneficiaries)} beneficiaries (${generated})`);
    parts.push(table(run));
    if (run.kind === 'postgres') parts.push(verdicts(run).map((line) => `- ${line}`).join('\n'));
  }
  return parts.join('\n\n');
}

/** Writes the generated part into `file`, keeping whatever stands outside the markers. */
export function writeReport(file: string, info: RunInfo): void {
  const generated = `${BEGIN}\n${markdown(info)}\n${END}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${BEGIN}\n${END}\n`;
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  const next = start >= 0 && end > start ? current.slice(0, start) + generated + current.slice(end + END.length) : `${current.trimEnd()}\n\n${generated}\n`;
  writeFileSync(file, next);
}

export { loadavg };
