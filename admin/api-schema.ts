import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, introspectionFromSchema, type IntrospectionSchema } from 'graphql';
import type { Plugin } from 'vite';

/** The printed schema the server commits (and checks for staleness): the API the panel talks to. */
const SCHEMA_FILE = fileURLToPath(new URL('../server/schema.graphql', import.meta.url));

const VIRTUAL_ID = 'virtual:api-schema';

/**
 * The introspection of the API, read from the printed schema. The panel gets it at build time:
 * the server answers introspection queries to administrators only, and a clerk's first page
 * then waits for no 300 kB schema download.
 */
export function readApiSchema(): IntrospectionSchema {
  return introspectionFromSchema(buildSchema(readFileSync(SCHEMA_FILE, 'utf8'))).__schema;
}

/** Serves `readApiSchema()` as the module `virtual:api-schema`, rebuilt when the schema changes. */
export function apiSchemaPlugin(): Plugin {
  return {
    name: 'pilar-api-schema',
    resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
    load(id) {
      if (id !== `\0${VIRTUAL_ID}`) return undefined;
      this.addWatchFile(SCHEMA_FILE);
      // JSON.parse of a string literal is faster for the browser than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(readApiSchema()))});`;
    },
  };
}
