import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SchemaEngine as Engine } from '@prisma/schema-engine-wasm';

export type SchemaEngine = Engine;
type EngineModule = typeof import('@prisma/schema-engine-wasm');

const require = createRequire(import.meta.url);
let loaded: Promise<EngineModule> | undefined;

/**
 * Loads Prisma's WebAssembly schema engine in plain Node. The package is built for bundlers
 * (`import * as wasm from "./x.wasm"`), which Node rejects, so we compile the module ourselves
 * and hand its exports to the JS glue. Nothing is downloaded: the engine ships in the package.
 */
export function loadSchemaEngine(): Promise<EngineModule> {
  loaded ??= (async () => {
    const pkgDir = dirname(require.resolve('@prisma/schema-engine-wasm'));
    const glue = (await import(pathToFileURL(join(pkgDir, 'schema_engine_bg.js')).href)) as Record<
      string,
      unknown
    > & { __wbg_set_wasm(exports: WebAssembly.Exports): void };
    const module = await WebAssembly.compile(await readFile(join(pkgDir, 'schema_engine_bg.wasm')));
    const imports: Record<string, Record<string, WebAssembly.ImportValue>> = {};
    for (const entry of WebAssembly.Module.imports(module)) {
      (imports[entry.module] ??= {})[entry.name] = glue[entry.name] as WebAssembly.ImportValue;
    }
    const instance = await WebAssembly.instantiate(module, imports);
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue as unknown as EngineModule;
  })();
  return loaded;
}
