// The API's introspection, built from server/schema.graphql by api-schema.ts (a Vite plugin).
declare module 'virtual:api-schema' {
  import type { IntrospectionSchema } from 'graphql';
  const schema: IntrospectionSchema;
  export default schema;
}
