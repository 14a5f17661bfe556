import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** server/schema.graphql: the printed schema, committed so every API change shows in review. */
export const schemaFile = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema.graphql');
