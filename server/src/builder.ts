import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type PrismaTypes from '@pilar/db/pothos-types';
import { getDatamodel } from '@pilar/db/pothos-types';
import type { Context } from './context.ts';
import { userError } from './lib/errors.ts';
import { messages } from './lib/messages.ts';

/** Builder and plugins only; types live in their modules (see schema.ts). */
export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    Date: { Input: Date; Output: Date | string };
    ID: { Input: string; Output: string | number };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  /** Declared once here, applied field by field: every root field says who may use it. */
  AuthScopes: {
    public: boolean;
    signedIn: boolean;
    admin: boolean;
    clerk: boolean;
    auditor: boolean;
    viewer: boolean;
  };
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({
      public: true,
      signedIn: !!ctx.viewer,
      admin: ctx.viewer?.role === 'ADMIN',
      clerk: ctx.viewer?.role === 'CLERK',
      auditor: ctx.viewer?.role === 'AUDITOR',
      viewer: ctx.viewer?.role === 'VIEWER',
    }),
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer
        ? userError('FORBIDDEN', messages.forbidden())
        : userError('UNAUTHENTICATED', messages.signInFirst()),
  },
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'development' ? 'warn' : null,
  },
});

builder.queryType({ description: 'Reads of the Pilar registry.' });
builder.mutationType({ description: 'Changes to the Pilar registry; every change checks the record version.' });

export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
/** The field builder of input types, for create/update inputs that share their fields. */
export type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;
