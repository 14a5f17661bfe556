import { buildClientSchema, type GraphQLSchema } from 'graphql';
import { readApiSchema } from '../../admin/api-schema.ts';
import { grammarOf, type Grammar } from '../../admin/src/data/grammar.ts';

/** The API's introspection as the admin gets it at build time. */
export const apiSchema = readApiSchema();

/** The same schema, for validating the operations the admin builds. */
export const printedSchema: GraphQLSchema = buildClientSchema({ __schema: apiSchema });

/** The grammar the admin reads from it. */
export const printedGrammar: Grammar = grammarOf(apiSchema);

/** What ra-data-graphql hands the admin's buildQuery. */
export const introspection = { schema: apiSchema, types: [], queries: [], resources: [] };
