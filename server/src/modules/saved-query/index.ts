import { SavedQueryStatus, type Prisma, type SavedQueryRun } from '@pilar/db';
import { execute, getVariableValues, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { managesSavedQueries, readScope, within } from '../../auth/policy.ts';
import { actorOf } from '../../audit/actor.ts';
import { appendAudit } from '../../audit/trail.ts';
import { ALL_ROLES, crudQueries, page, roles } from '../../lib/crud.ts';
import { UserRoleEnum } from '../../lib/enums.ts';
import { badInput, userError } from '../../lib/errors.ts';
import { parseId } from '../../lib/ids.ts';
import { messages } from '../../lib/messages.ts';
import { mapPrismaError } from '../../lib/prisma-errors.ts';
import { optionalText, requiredText } from '../../lib/validate.ts';
import { analyseDocument, parseDocument, validateDocument, type AnalysedDocument, type VariableInfo } from './document.ts';
import { forgetPersisted } from './persisted.ts';
import { payloadView } from '../../privacy/view.ts';
import { publicErrors, recordRun, type RunTarget } from './runs.ts';

const managers = roles('admin', 'auditor');

const SavedQueryStatusEnum = builder.enumType(SavedQueryStatus, {
  name: 'SavedQueryStatus',
  description: 'DRAFT until approved by an ADMIN or AUDITOR other than its author; APPROVED versions may be run by everyone signed in and called by persisted id; RETIRED ones no longer run.',
});

const VariableKindEnum = builder.enumType('SavedQueryVariableKind', { values: ['SCALAR', 'ENUM', 'INPUT_OBJECT'] as const });

const SavedQueryVariableRef = builder.objectRef<VariableInfo>('SavedQueryVariable').implement({
  description: 'A variable of a saved query, taken from its document: what a run form asks for.',
  fields: (t) => ({
    name: t.exposeString('name'),
    type: t.exposeString('type', { description: 'The GraphQL type as written, e.g. `[WorkerRole!]` or `Int!`.' }),
    namedType: t.exposeString('namedType', { description: 'The type without list and non-null, e.g. `WorkerRole`, `Date`, `BeneficiaryWhereInput`.' }),
    kind: t.field({ type: VariableKindEnum, resolve: (v) => v.kind }),
    list: t.exposeBoolean('list'),
    required: t.exposeBoolean('required', { description: 'Non-null without a default: a run must give it.' }),
    defaultValue: t.field({ type: 'JSON', nullable: true, resolve: (v) => v.defaultValue }),
    enumValues: t.stringList({ nullable: true, description: 'The values of an enum variable.', resolve: (v) => v.enumValues }),
  }),
});

const userName = { select: { username: true, displayName: true } } as const;
const nameOf = (user: { username: string; displayName: string | null } | null) => (user ? (user.displayName ?? user.username) : null);

const SavedQueryVersionRef = builder.prismaObject('SavedQueryVersion', {
  description: 'One version of a saved query: its document, variables and approval.',
  fields: (t) => ({
    id: t.exposeID('id'),
    savedQueryId: t.exposeID('savedQueryId'),
    savedQuery: t.relation('savedQuery'),
    number: t.exposeInt('number'),
    document: t.string({
      description: 'The GraphQL document. A NIK-like number (16 digits) written in it is masked for AUDITOR and VIEWER; shown in clear, it causes a READ_PII event naming the version.',
      resolve: (v, _args, ctx) => payloadView(ctx, null, `SavedQueryVersion:${v.id}`, v.document) as string,
    }),
    persistedId: t.exposeString('persistedId', {
      description: 'Call an approved version over HTTP with `extensions: { persistedQuery: { version: 1, sha256Hash: <this> } }` (POST, or GET with `extensions` as a URL parameter).',
    }),
    variables: t.field({ type: [SavedQueryVariableRef], resolve: (v) => v.variables as unknown as VariableInfo[] }),
    changeNote: t.exposeString('changeNote', { nullable: true }),
    status: t.expose('status', { type: SavedQueryStatusEnum }),
    authorId: t.exposeID('authorId'),
    authorName: t.string({ select: { author: userName }, resolve: (v) => nameOf(v.author)! }),
    approvedById: t.exposeID('approvedById', { nullable: true }),
    approvedByName: t.string({ nullable: true, select: { approvedBy: userName }, resolve: (v) => nameOf(v.approvedBy) }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime', nullable: true }),
    retiredAt: t.expose('retiredAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObject('SavedQuery', {
  description: 'A saved question of the auditors’ catalogue, kept in versions.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    purpose: t.exposeString('purpose'),
    ownerId: t.exposeID('ownerId'),
    ownerName: t.string({ select: { owner: userName }, resolve: (q) => nameOf(q.owner)! }),
    latestVersion: t.exposeInt('latestVersion'),
    retiredAt: t.expose('retiredAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    version: t.exposeInt('version', { description: 'Record version: quote it in updateSavedQuery (VERSION_CONFLICT otherwise).' }),
    versions: t.relation('versions', {
      description: 'Its versions, newest first (drafts only for ADMIN and AUDITOR).',
      args: { skip: t.arg.int(), take: t.arg.int() },
      query: (args, ctx) => ({ where: readScope(ctx.viewer, 'SavedQueryVersion') ?? {}, orderBy: { number: 'desc' }, ...page(args.skip, args.take) }),
    }),
    currentVersion: t.field({
      type: SavedQueryVersionRef,
      nullable: true,
      description: 'The newest approved version: what runSavedQuery runs when no version is named.',
      select: (_args, _ctx, nested) => ({ versions: nested({ where: { status: 'APPROVED' as const }, orderBy: { number: 'desc' as const }, take: 1 }) }),
      resolve: (q) => q.versions[0] ?? null,
    }),
    runsCount: t.relationCount('runs', { description: 'Runs you may see (all of them for ADMIN and AUDITOR).', where: (_args, ctx) => readScope(ctx.viewer, 'SavedQueryRun') ?? {} }),
  }),
});

/** The result of the run a runSavedQuery call just made (runs read back from the log have none). */
const justRun = new WeakMap<object, { data: unknown; errors: unknown }>();

builder.prismaObject('SavedQueryRun', {
  description: 'One logged run of a saved-query version: who ran which version with which variables, and the SHA-256 of the result.',
  fields: (t) => ({
    id: t.exposeID('id'),
    savedQueryId: t.exposeID('savedQueryId'),
    savedQuery: t.relation('savedQuery'),
    versionId: t.exposeID('versionId'),
    versionNumber: t.exposeInt('versionNumber'),
    savedQueryVersion: t.relation('savedQueryVersion'),
    userId: t.exposeID('userId'),
    userName: t.string({ select: { user: userName }, resolve: (r) => nameOf(r.user)! }),
    role: t.expose('role', { type: UserRoleEnum }),
    via: t.exposeString('via'),
    tokenId: t.exposeID('tokenId', { nullable: true }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    durationMs: t.exposeInt('durationMs'),
    variables: t.field({
      type: 'JSON',
      description: 'The variables as given. NIK-like values (16 digits) and birth dates are masked for AUDITOR and VIEWER; shown in clear, a NIK causes a READ_PII event naming the run.',
      resolve: (run, _args, ctx) => payloadView(ctx, null, `SavedQueryRun:${run.id}`, run.variables),
    }),
    rowCount: t.exposeInt('rowCount'),
    resultHash: t.exposeString('resultHash'),
    errors: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Errors of the run: code, message and path (masked like `variables`).',
      resolve: (run, _args, ctx) => payloadView(ctx, null, `SavedQueryRun:${run.id}`, run.errors),
    }),
    requestId: t.exposeString('requestId', { nullable: true }),
    data: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The result data: only on the run runSavedQuery returns (results are not stored; resultHash proves them).',
      resolve: (run) => justRun.get(run)?.data ?? null,
    }),
  }),
});

crudQueries({ model: 'SavedQuery', one: 'savedQuery', many: 'savedQueries', read: ALL_ROLES, write: [] });
crudQueries({ model: 'SavedQueryVersion', one: 'savedQueryVersion', many: 'savedQueryVersions', read: ALL_ROLES, write: [] });
crudQueries({ model: 'SavedQueryRun', one: 'savedQueryRun', many: 'savedQueryRuns', read: ALL_ROLES, write: [] });

const SavedQueryCreateInput = builder.inputType('SavedQueryCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    purpose: t.string({ required: true, description: 'What the query answers and why it is kept.' }),
    document: t.string({ required: true, description: 'One GraphQL query operation (with its variables); mutations and subscriptions are refused.' }),
    changeNote: t.string(),
  }),
});
const SavedQueryUpdateInput = builder.inputType('SavedQueryUpdateInput', {
  description: 'Only the fields given change. A changed document adds a new DRAFT version; the old versions stay.',
  fields: (t) => ({
    name: t.string(),
    purpose: t.string(),
    document: t.string(),
    changeNote: t.string({ description: 'What changed, for the new version.' }),
  }),
});

/** Refuses a document that a live version of any saved query already has (a persisted id names one version). */
async function uniqueDocument(tx: Prisma.TransactionClient, analysed: AnalysedDocument) {
  const existing = await tx.savedQueryVersion.findFirst({
    where: { persistedId: analysed.persistedId, status: { not: 'RETIRED' }, savedQuery: { retiredAt: null } },
    select: { number: true, savedQuery: { select: { id: true, name: true } } },
  });
  if (existing) {
    throw userError('DUPLICATE', messages.duplicateDocument(existing.savedQuery.name, existing.number), { field: 'document', existingId: String(existing.savedQuery.id) });
  }
}

function versionData(analysed: AnalysedDocument, number: number, authorId: number, changeNote: string | null | undefined) {
  return {
    number,
    document: analysed.text,
    persistedId: analysed.persistedId,
    variables: analysed.variables as unknown as Prisma.InputJsonValue,
    changeNote: changeNote ?? null,
    authorId,
  };
}

/** One change with its audit event, in one transaction; database errors mapped for the client. */
async function change<T>(ctx: Context, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  try {
    return await ctx.db.prisma.$transaction(work);
  } catch (error) {
    throw mapPrismaError(error, 'SavedQuery');
  }
}

async function loadQuery(db: Prisma.TransactionClient | Context['prisma'], ctx: Context, id: number) {
  const query = await db.savedQuery.findFirst({ where: within({ id }, readScope(ctx.viewer, 'SavedQuery')) });
  if (!query) throw userError('NOT_FOUND', messages.notFound('SavedQuery', id));
  return query;
}

async function loadVersion(tx: Prisma.TransactionClient, ctx: Context, id: number, number: number) {
  const query = await loadQuery(tx, ctx, id);
  const version = await tx.savedQueryVersion.findUnique({ where: { savedQueryId_number: { savedQueryId: id, number } } });
  if (!version) throw badInput('version', messages.noSuchVersion(query.name, number));
  return { query, version };
}

type StoredVersion = Awaited<ReturnType<typeof loadVersion>>['version'];

/** Moves a version to APPROVED or RETIRED and audits the move, inside the caller's transaction. */
async function moveVersion(
  tx: Prisma.TransactionClient,
  ctx: Context,
  query: object,
  version: StoredVersion,
  to: 'APPROVED' | 'RETIRED',
  data: Prisma.SavedQueryVersionUpdateInput,
) {
  const row = await tx.savedQueryVersion.update({ ...query, where: { id: version.id }, data: { ...data, status: to } });
  await appendAudit(tx, actorOf(ctx), {
    action: to === 'APPROVED' ? 'APPROVE' : 'RETIRE',
    entity: 'SavedQueryVersion',
    recordId: version.id,
    before: { status: version.status },
    after: { status: to, savedQueryId: version.savedQueryId, number: version.number, persistedId: version.persistedId },
  });
  return row;
}

builder.mutationFields((t) => ({
  createSavedQuery: t.prismaField({
    type: 'SavedQuery',
    authScopes: managers,
    description: 'Saves a query as version 1, a DRAFT until another ADMIN or AUDITOR approves it. Mutations and subscriptions are refused.',
    args: { data: t.arg({ type: SavedQueryCreateInput, required: true }) },
    resolve: async (query, _root, { data }, ctx, info) => {
      const name = requiredText(data.name, 'name', 200);
      const purpose = requiredText(data.purpose, 'purpose', 2000, { multiline: true });
      const analysed = analyseDocument(info.schema, data.document);
      const changeNote = optionalText(data.changeNote, 'changeNote', 2000);
      const viewer = ctx.viewer!;
      return change(ctx, async (tx) => {
        await uniqueDocument(tx, analysed);
        const created = await tx.savedQuery.create({
          ...query,
          data: { name, purpose, ownerId: viewer.userId, latestVersion: 1, versions: { create: versionData(analysed, 1, viewer.userId, changeNote) } },
        });
        await appendAudit(tx, actorOf(ctx), {
          action: 'CREATE',
          entity: 'SavedQuery',
          recordId: created.id,
          after: { name, purpose, latestVersion: 1, persistedId: analysed.persistedId },
        });
        return created;
      });
    },
  }),

  updateSavedQuery: t.prismaField({
    type: 'SavedQuery',
    authScopes: managers,
    description:
      'Renames a saved query, restates its purpose, or changes its document, which adds a new DRAFT version (the old ones stay, and stay approved). Fails with VERSION_CONFLICT unless `version` is the stored record version.',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true, description: 'The record version you read (SavedQuery.version).' }),
      data: t.arg({ type: SavedQueryUpdateInput, required: true }),
    },
    resolve: async (query, _root, args, ctx, info) => {
      const id = parseId(args.id);
      const { data } = args;
      const name = data.name === undefined ? undefined : requiredText(data.name, 'name', 200);
      const purpose = data.purpose === undefined ? undefined : requiredText(data.purpose, 'purpose', 2000, { multiline: true });
      const changeNote = optionalText(data.changeNote, 'changeNote', 2000);
      const viewer = ctx.viewer!;
      return change(ctx, async (tx) => {
        const current = await loadQuery(tx, ctx, id);
        if (current.retiredAt) throw badInput('id', messages.savedQueryRetired(current.name));
        if (current.version !== args.version) {
          throw userError('VERSION_CONFLICT', messages.versionConflict('SavedQuery', id, current.version, args.version), { currentVersion: current.version });
        }
        let newVersion: AnalysedDocument | null = null;
        if (data.document !== undefined && data.document !== null) {
          const latest = await tx.savedQueryVersion.findUniqueOrThrow({ where: { savedQueryId_number: { savedQueryId: id, number: current.latestVersion } } });
          const analysed = analyseDocument(info.schema, data.document);
          if (analysed.text !== latest.document) {
            await uniqueDocument(tx, analysed);
            newVersion = analysed;
          }
        } else if (data.document === null) throw badInput('document', messages.required('document'));
        const latestVersion = newVersion ? current.latestVersion + 1 : current.latestVersion;
        let updated: Awaited<ReturnType<typeof tx.savedQuery.update>>;
        try {
          updated = await tx.savedQuery.update({
            ...query,
            where: { id, version: args.version },
            data: {
              ...(name !== undefined ? { name } : {}),
              ...(purpose !== undefined ? { purpose } : {}),
              latestVersion,
              version: { increment: 1 },
              ...(newVersion ? { versions: { create: versionData(newVersion, latestVersion, viewer.userId, changeNote) } } : {}),
            },
          });
        } catch (error) {
          if ((error as { code?: string }).code === 'P2025') {
            throw userError('VERSION_CONFLICT', messages.versionConflict('SavedQuery', id, args.version + 1, args.version), { currentVersion: args.version + 1 });
          }
          throw error;
        }
        const before = { name: current.name, purpose: current.purpose, latestVersion: current.latestVersion };
        const after = { name: updated.name, purpose: updated.purpose, latestVersion, ...(newVersion ? { persistedId: newVersion.persistedId } : {}) };
        await appendAudit(tx, actorOf(ctx), { action: 'UPDATE', entity: 'SavedQuery', recordId: id, before, after });
        return updated;
      });
    },
  }),

  approveSavedQueryVersion: t.prismaField({
    type: 'SavedQueryVersion',
    authScopes: managers,
    description: 'Approves a DRAFT version: it may then be run by every signed-in role and called by its persisted id. Its author may not approve it (FORBIDDEN).',
    args: { id: t.arg.id({ required: true, description: 'The saved query.' }), version: t.arg.int({ required: true, description: 'The version number.' }) },
    resolve: async (query, _root, args, ctx, info) => {
      const id = parseId(args.id);
      const viewer = ctx.viewer!;
      const approved = await change(ctx, async (tx) => {
        const { query: saved, version } = await loadVersion(tx, ctx, id, args.version);
        if (saved.retiredAt) throw badInput('id', messages.savedQueryRetired(saved.name));
        if (version.status !== 'DRAFT') throw badInput('version', messages.notDraft(version.number, version.status));
        if (version.authorId === viewer.userId) throw userError('FORBIDDEN', messages.ownVersion());
        // The API may have changed since the version was written.
        analyseDocument(info.schema, version.document);
        return moveVersion(tx, ctx, query, version, 'APPROVED', { approvedBy: { connect: { id: viewer.userId } }, approvedAt: new Date() });
      });
      forgetPersisted(ctx.prisma);
      return approved;
    },
  }),

  retireSavedQueryVersion: t.prismaField({
    type: 'SavedQueryVersion',
    authScopes: managers,
    description: 'Retires one version: it can no longer be run, and its persisted id stops working. Other versions stay as they are.',
    args: { id: t.arg.id({ required: true, description: 'The saved query.' }), version: t.arg.int({ required: true, description: 'The version number.' }) },
    resolve: async (query, _root, args, ctx) => {
      const id = parseId(args.id);
      const retired = await change(ctx, async (tx) => {
        const { version } = await loadVersion(tx, ctx, id, args.version);
        if (version.status === 'RETIRED') throw badInput('version', messages.alreadyRetired());
        return moveVersion(tx, ctx, query, version, 'RETIRED', { retiredAt: new Date() });
      });
      forgetPersisted(ctx.prisma);
      return retired;
    },
  }),

  retireSavedQuery: t.prismaField({
    type: 'SavedQuery',
    authScopes: managers,
    description: 'Retires a saved query and all its versions: none can be run any more. Its versions and runs stay readable.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = parseId(args.id);
      const retired = await change(ctx, async (tx) => {
        const current = await loadQuery(tx, ctx, id);
        if (current.retiredAt) throw badInput('id', messages.alreadyRetired());
        const now = new Date();
        const { count } = await tx.savedQueryVersion.updateMany({ where: { savedQueryId: id, status: { not: 'RETIRED' } }, data: { status: 'RETIRED', retiredAt: now } });
        const row = await tx.savedQuery.update({ ...query, where: { id }, data: { retiredAt: now, version: { increment: 1 } } });
        await appendAudit(tx, actorOf(ctx), { action: 'RETIRE', entity: 'SavedQuery', recordId: id, before: { retiredAt: null }, after: { retiredAt: now, versionsRetired: count } });
        return row;
      });
      forgetPersisted(ctx.prisma);
      return retired;
    },
  }),

  runSavedQuery: t.prismaField({
    type: 'SavedQueryRun',
    authScopes: roles(...ALL_ROLES),
    description:
      'Runs a saved query with your own permissions and masks, logs the run (who, version, variables, row count, duration, SHA-256 of the result) and returns it with the data. Without `version`: the newest approved version. Drafts run only for ADMIN and AUDITOR.',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ description: 'The version number (default: the newest approved one).' }),
      variables: t.arg({ type: 'JSON', description: 'The variables, as a JSON object.' }),
    },
    resolve: async (query, _root, args, ctx, info) => {
      const id = parseId(args.id);
      const variables = args.variables ?? {};
      if (typeof variables !== 'object' || Array.isArray(variables)) throw badInput('variables', messages.variablesObject());
      const target = await runTarget(ctx, id, args.version ?? null);
      const { result, durationMs } = await executeVersion(ctx, info.schema, target, variables as Record<string, unknown>);
      const run = await recordRun(ctx, target, { variables: variables as Record<string, unknown>, result, durationMs, via: 'RUN_MUTATION' });
      const row = await ctx.prisma.savedQueryRun.findUniqueOrThrow({ ...query, where: { id: run.id } });
      justRun.set(row, { data: result.data ?? null, errors: publicErrors(result.errors, ctx.locale) });
      return row as SavedQueryRun;
    },
  }),
}));

/** The version a caller asked to run, if they may run it. */
async function runTarget(ctx: Context, id: number, number: number | null): Promise<RunTarget> {
  const saved = await loadQuery(ctx.prisma, ctx, id);
  if (saved.retiredAt) throw badInput('id', messages.savedQueryRetired(saved.name));
  const version = await ctx.prisma.savedQueryVersion.findFirst({
    where: number === null ? { savedQueryId: id, status: 'APPROVED' } : { savedQueryId: id, number },
    orderBy: { number: 'desc' },
  });
  if (!version) throw badInput('version', number === null ? messages.noApprovedVersion(saved.name) : messages.noSuchVersion(saved.name, number));
  if (version.status === 'RETIRED') throw badInput('version', messages.versionRetired(version.number));
  if (version.status === 'DRAFT' && !managesSavedQueries(ctx.viewer)) throw userError('FORBIDDEN', messages.draftNotRunnable());
  return { savedQueryId: id, versionId: version.id, number: version.number, persistedId: version.persistedId, document: version.document };
}

/**
 * Executes a stored document against the API with the caller's own context, so the same
 * authorization, region scope and masks apply as to any request. Variables are checked first:
 * a run with unusable variables is refused, not logged.
 */
async function executeVersion(ctx: Context, schema: GraphQLSchema, target: RunTarget, variables: Record<string, unknown>): Promise<{ result: ExecutionResult; durationMs: number }> {
  // Saved before a limit existed or the API changed: checked again on every run.
  const document = parseDocument(target.document, 'version');
  validateDocument(schema, document, 'version');
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw badInput('variables', messages.badVariables(coerced.errors.map((e) => e.message).join(' ')));
  const started = performance.now();
  // A stored document is a query: it runs on a read replica when there is one (lib/read-routing.ts),
  // although runSavedQuery itself is a mutation (it logs the run, on the primary).
  const reader = ctx.db.reader();
  const result = await execute({ schema, document, variableValues: variables, contextValue: { ...ctx, prisma: reader, reader } satisfies Context });
  return { result, durationMs: performance.now() - started };
}
