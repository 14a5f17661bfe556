import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import { codegenConfig } from '../../admin/codegen.ts';

const adminDir = fileURLToPath(new URL('../../admin/', import.meta.url));

it("keeps the admin's generated API types in step with server/schema.graphql", async () => {
  const [output] = await generate({ ...codegenConfig, cwd: adminDir, silent: true }, false);
  const committed = readFileSync(new URL('../../admin/src/generated/graphql.ts', import.meta.url), 'utf8');
  // Run `pnpm --filter @pilar/admin codegen` after `pnpm schema:print` when this fails.
  expect(output?.content).toBe(committed);
});
