// `pnpm bench:profile`: where the server's CPU time goes for one benchmark operation.
//
//   pnpm bench:profile [--operation page|get|create|aggregate] [--connections 16] [--seconds 10]
//                      [--count 1000000] [--url postgresql://…] [--top 30]
//
// Starts the bench servers (serve.ts) on the PostgreSQL database an earlier `pnpm bench` left
// (pilar_bench_<count>; run that first), warms up, then loads Pilar with autocannon while V8's
// sampling profiler runs in the server process (start-up and warm-up are not in it), and prints
// self time by package and by function. The .cpuprofile stays in the printed folder for DevTools.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.ts';
import { inputGenerator, type OperationName } from './operations.ts';
import { preparePostgres } from './prepare.ts';
import { apiToken, startServers, stopServers } from './servers.ts';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    operation: { type: 'string', default: 'page' },
    connections: { type: 'string', default: '16' },
    seconds: { type: 'string', default: '10' },
    count: { type: 'string', default: '1000000' },
    url: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
    top: { type: 'string', default: '30' },
  },
});
const operation = values.operation as OperationName;
const count = Number(values.count.replace(/[_,]/g, ''));
const log = (line: string) => process.stderr.write(`${line}\n`);

const prepared = await preparePostgres(values.url, `pilar_bench_${count}`, count, true, log);
const { child, ready } = await startServers({ kind: 'postgres', target: prepared.url, poolSize: 10 });
/** Sends a message to the server process and waits for the answer that has `key`. */
function ask<T>(message: string, key: string): Promise<T> {
  return new Promise((resolvePromise) => {
    const listener = (answer: unknown) => {
      if (answer && typeof answer === 'object' && key in answer) {
        child.off('message', listener);
        resolvePromise((answer as Record<string, T>)[key]!);
      }
    };
    child.on('message', listener);
    child.send(message);
  });
}
let result: Awaited<ReturnType<typeof measure>>;
let profile: Profile;
try {
  const target = { side: 'pilar' as const, port: ready.pilarPort, authorization: await apiToken(ready.pilarPort) };
  const next = inputGenerator(prepared.fixtures);
  await measure(target, operation, () => next(operation), Number(values.connections), 3);
  await ask('profile:start', 'profiling');
  result = await measure(target, operation, () => next(operation), Number(values.connections), Number(values.seconds));
  profile = await ask<Profile>('profile:stop', 'profile');
} finally {
  await stopServers(child);
}
const dir = mkdtempSync(join(tmpdir(), 'pilar-profile-'));
const file = `${operation}.cpuprofile`;
writeFileSync(join(dir, file), JSON.stringify(profile));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicros = new Map<number, number>();
profile.samples.forEach((id, i) => {
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});

/** `node_modules/.pnpm/<pkg>@<v>/node_modules/<pkg>/…` → `<pkg>`; our files relative to the repository. */
function where(url: string): string {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.split('/node_modules/').pop()!;
  if (inModules !== path) return inModules.startsWith('@') ? inModules.split('/').slice(0, 2).join('/') : inModules.split('/')[0]!;
  if (path.startsWith('node:')) return 'node';
  return relative(repoRoot, path) || path;
}

const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const key = `${functionName || '(anonymous)'}  ${where(url)}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  const pkg = functionName === '(idle)' || functionName === '(program)' || functionName === '(garbage collector)' ? functionName : where(url);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
}
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);
const idle = byPackage.get('(idle)') ?? 0;
const busy = total - idle;
const ops = result.ok;
const top = Number(values.top);
const ms = (micros: number) => (micros / 1000).toFixed(1);
const print = (title: string, rows: Map<string, number>, limit: number) => {
  console.log(`\n${title}\n  ms total  µs/op   % busy`);
  for (const [key, micros] of [...rows].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    console.log(`  ${ms(micros).padStart(8)}  ${(micros / Math.max(ops, 1)).toFixed(0).padStart(5)}  ${((100 * micros) / busy).toFixed(1).padStart(6)}  ${key}`);
  }
};
console.log(`${operation} × ${values.connections}: ${result.rps.toFixed(0)} req/s, p50/p95/p99 ${result.p50}/${result.p95}/${result.p99} ms, ${ops} answered`);
console.log(`server process: ${ms(busy)} ms busy of ${ms(total)} ms profiled, ${(busy / Math.max(ops, 1) / 1000).toFixed(2)} ms CPU per answered request `);
print('Self time by package or file', byPackage, top);
print('Self time by function', byFunction, top);
console.log(`\nProfile: ${join(dir, file)}`);
