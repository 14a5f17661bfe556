import { print, validate, type DocumentNode } from 'graphql';
import { expect, it } from 'vitest';
import { ME } from '../../admin/src/auth/session.ts';
import { REVEAL_PERSONAL_DATA } from '../../admin/src/common/reveal/revealOperation.ts';
import { API_TOKENS, CREATE_API_TOKEN, REVOKE_API_TOKEN } from '../../admin/src/resources/apiTokens/apiTokenOperations.ts';
import { VERIFY_AUDIT_TRAIL } from '../../admin/src/resources/auditEvents/verifyOperation.ts';
import { printedSchema } from '../support/schema.ts';

/** The operations the panel writes by hand, outside the CRUD grammar. */
const operations: Record<string, DocumentNode> = { ME, REVEAL_PERSONAL_DATA, API_TOKENS, CREATE_API_TOKEN, REVOKE_API_TOKEN, VERIFY_AUDIT_TRAIL };

it.each(Object.entries(operations))('%s is valid against the printed schema', (_name, document) => {
  expect(validate(printedSchema, document).map((e) => e.message), print(document)).toEqual([]);
});
