import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SchemaEngine as Engine } from '@prisma/schema-engine-wasm';

export type SchemaEngine = Engine;
type EngineModule = typeof import('@prisma/schema-engine-wasm');

const require = createRequire(import.meta.url);

/**
 * The engine's JS glue is one module per process (Node's cache) holding one wasm instance, and
 * it cannot be driven by two callers at once. Bundlers and test runners may load this file more
 * than once, so the instance and the queue of engine work live on globalThis.
 */
const shared = globalThis as typeof globalThis & {
  __pilarSchemaEngine?: { loaded?: Promise<EngineModule>; queue: Promise<unknown> };
};
shared.__pilarSchemaEngine ??= { queue: Promise.resolve() };
const state = shared.__pilarSchemaEngine;

/** Runs engine work after all work queued before it, one at a time. */
export function queueEngineWork<T>(work: () => Promise<T>): Promise<T> {
  const next = state.queue.then(work);
  state.queue = next.catch(() => undefined);
  return next;
}

/**
 * Loads Prisma's WebAssembly schema engine in plain Node. The package is built for bundlers
 * (`import * as wasm from "./x.wasm"`), which Node rejects, so we compile the module ourselves
 * and hand its exports to the JS glue. Nothing is downloaded: the engine ships in the package.
 */
export function loadSchemaEngine(): Promise<EngineModule> {
  state.loaded ??= (async () => {
    const pkgDir = dirname(require.resolve('@prisma/schema-engine-wasm'));
    const glue = (await import(pathToFileURL(join(pkgDir, 'schema_engine_bg.js')).href)) as Record<
      string,
      unknown
    > & { __wbg_set_wasm(exports: WebAssembly.Exports): void };
    const module = await WebAssembly.compile(await readFile(join(pkgDir, 'schema_engine_bg.wasm')));
    const imports: Record<string, Record<string, WebAssembly.ImportValue>> = {};
    for (const entry of WebAssembly.Module.imports(module)) {
      imports[entry.module] ??= {};
      imports[entry.module]![entry.name] = glue[entry.name] as WebAssembly.ImportValue;
    }
    const instance = await WebAssembly.instantiate(module, imports);
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue as unknown as EngineModule;
  })();
  return state.loaded;
}
