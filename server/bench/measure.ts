// One measurement: autocannon against one side (Pilar or the baseline) for one operation at one
// concurrency, with the side's SQL statement counter read before and after.
import autocannon from 'autocannon';
import { graphqlBody, type Inputs, type OperationName } from './operations.ts';

export type Side = 'pilar' | 'baseline';

export interface Target {
  side: Side;
  port: number;
  authorization: string;
}

export interface Measurement {
  /** aggregateUncached: (d) measured on Pilar with the result cache off. */
  operation: OperationName | 'aggregateUncached';
  side: Side;
  connections: number;
  seconds: number;
  /** Successful responses per second (HTTP 200 without GraphQL errors). */
  rps: number;
  ok: number;
  /** Non-200 answers, GraphQL errors, socket errors and timeouts. */
  failed: number;
  p50: number;
  p95: number;
  p99: number;
  /** SQL statements per operation, counted on a warm idle server (statementsPerOperation). */
  statements: number;
  /** All statements the side sent during the run / successful operations (includes requests still in flight at the end). */
  statementsUnderLoad: number;
  /** The first failure's body, to say what went wrong. */
  firstFailure: string | null;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function statements(target: Target): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${target.port}/__bench/statements`);
  return ((await response.json()) as { count: number }).count;
}

function request(target: Target, operation: OperationName, inputs: Inputs): { path: string; body: string } {
  return target.side === 'pilar' ? { path: '/graphql', body: graphqlBody(operation, inputs) } : { path: `/${operation}`, body: JSON.stringify(inputs) };
}

/**
 * SQL statements one operation sends on a warm, idle server: the second of two requests (the
 * first may still look up the credential). Exact, unlike a count taken under load, where
 * requests still in flight when the run stops are counted without being answered.
 */
export async function statementsPerOperation(target: Target, operation: OperationName, next: () => Inputs): Promise<number> {
  await check(target, operation, next());
  const before = await statements(target);
  await check(target, operation, next());
  return (await statements(target)) - before;
}

/** Sends one request and fails loudly unless it succeeds: a benchmark of errors measures nothing. */
export async function check(target: Target, operation: OperationName, inputs: Inputs): Promise<unknown> {
  const { path, body } = request(target, operation, inputs);
  const response = await fetch(`http://127.0.0.1:${target.port}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: target.authorization },
    body,
  });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"')) throw new Error(`${target.side} ${operation}: HTTP ${response.status} ${text.slice(0, 500)}`);
  return JSON.parse(text);
}

export async function measure(
  target: Target,
  operation: OperationName,
  next: () => Inputs,
  connections: number,
  seconds: number,
): Promise<Measurement> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let firstFailure: string | null = null;
  const before = await statements(target);
  const started = performance.now();
  const options: autocannon.Options = {
    url: `http://127.0.0.1:${target.port}`,
    connections,
    duration: seconds,
    timeout: 30,
    headers: { 'content-type': 'application/json', authorization: target.authorization },
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({ ...req, ...request(target, operation, next()) }),
        onResponse: (status, body) => {
          if (status === 200 && !body.includes('"errors"')) return;
          if (status === 200) graphqlErrors += 1;
          firstFailure ??= `HTTP ${status}: ${body.slice(0, 300)}`;
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolvePromise, reject) => {
    const instance = autocannon(options, (error, finished) => (error ? reject(error) : resolvePromise(finished)));
    instance.on('response', (_client, status, _bytes, responseTime) => {
      if (status === 200) latencies.push(responseTime);
    });
  });
  const elapsed = (performance.now() - started) / 1000;
  const after = await statements(target);
  // A 200 with GraphQL errors is not a success (its latency still counts: it was answered).
  const ok = result['2xx'] - graphqlErrors;
  const failed = result.non2xx + graphqlErrors + result.errors + result.timeouts;
  latencies.sort((a, b) => a - b);
  return {
    operation,
    side: target.side,
    connections,
    seconds: elapsed,
    rps: ok / elapsed,
    ok,
    failed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    statements: Number.NaN,
    statementsUnderLoad: ok > 0 ? (after - before) / ok : Number.NaN,
    firstFailure,
  };
}
