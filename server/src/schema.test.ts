import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schemaFile } from './schema-file.ts';
import { schema } from './schema.ts';

describe('server/schema.graphql', () => {
  it('equals the schema the code builds (run `pnpm schema:print` after an API change)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(`${printSchema(schema)}\n`);
  });

  it('carries the Prisma `///` docs into GraphQL descriptions', () => {
    const printed = printSchema(schema);
    expect(printed).toContain('A PPKS (Pemerlu Pelayanan Kesejahteraan Sosial): a person in need of social-welfare services.');
    expect(printed).toContain('Nomor Induk Kependudukan: the 16-digit national ID number.');
  });
});
