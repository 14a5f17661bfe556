// Malformed and hostile requests over real HTTP: each is refused with a clear message (a 4xx
// for what is wrong with the request itself; BAD_USER_INPUT for a GraphQL argument the
// server will not run), nothing reaches the database that should not, and the server keeps
// serving.
import type { Database } from '@pilar/db';
import { getNamedType, type GraphQLInputObjectType, type GraphQLInputField } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILTER_LIMITS } from '../lib/filters.ts';
import { MAX_VARIABLES_DEPTH } from '../lib/strict-body.ts';
import { schema } from '../schema.ts';
import { openTestDatabase } from '../testing/harness.ts';
import { startTestServer, type HttpReply, type TestServer } from '../testing/http-server.ts';

let db: Database;
let server: TestServer;
let cookie: string;
beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db);
  cookie = await server.login('admin');
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

const JSON_HEADERS = () => ({ 'content-type': 'application/json', cookie });
const codeOf = (reply: HttpReply) => reply.body?.errors?.[0]?.extensions?.code as string | undefined;
const messageOf = (reply: HttpReply) => reply.body?.errors?.[0]?.message as string | undefined;

async function expectStillServing() {
  const reply = await server.graphql('{ beneficiariesCount }', {}, cookie);
  expect(reply.status).toBe(200);
  expect(reply.body.data.beneficiariesCount).toBeGreaterThan(0);
}

describe('transport-level garbage', () => {
  it('answers malformed JSON with 400 and a message, and keeps serving', async () => {
    for (const body of ['{"query": "{ me { id } }"', 'hello', '', '{"query": "{ me { id } }"}}}', '\u0000\u0001']) {
      const reply = await server.raw(body, JSON_HEADERS());
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(codeOf(reply)).toBe('BAD_REQUEST');
      expect(messageOf(reply)).toMatch(/JSON|object/);
    }
    for (const body of ['42', 'null', '"text"']) {
      const reply = await server.raw(body, JSON_HEADERS());
      expect(reply.status).toBe(400);
      expect(messageOf(reply)).toMatch(/expected to be object/);
    }
    await expectStillServing();
  });

  it('refuses content types it does not take with a 4xx and a message', async () => {
    const query = JSON.stringify({ query: '{ beneficiariesCount }' });
    // Types a cross-site form can send: refused by the CSRF guard.
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const reply = await server.raw(query, type ? { 'content-type': type, cookie } : { cookie });
      expect(reply.status, type).toBe(403);
      expect(messageOf(reply)).toMatch(/CSRF/);
    }
    // Anything else the API does not read, also past the CSRF guard.
    for (const type of ['application/xml', 'application/octet-stream', 'image/png', 'text/plain']) {
      const reply = await server.raw(query, { 'content-type': type, cookie, 'x-graphql-yoga-csrf': '1' });
      expect(reply.status, type).toBe(415);
      expect(messageOf(reply)).toMatch(/application\/json/);
    }
    await expectStillServing();
  });

  it('refuses a body that is not valid UTF-8 with 400 instead of storing replacement characters', async () => {
    const before = await db.prisma.beneficiary.count();
    const prefix = '{"query":"mutation($d: BeneficiaryCreateInput!) { createBeneficiary(data: $d) { id } }","variables":{"d":{"name":"Siti ';
    const suffix = '","nik":"3212015101240001","kkNumber":"3212010101150001","gender":"FEMALE","birthDate":"1924-01-11","villageId":"1","aidStandardId":"1"}}}';
    for (const bad of [[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xe2, 0x82]]) {
      const body = new Uint8Array([...new TextEncoder().encode(prefix), ...bad, ...new TextEncoder().encode(suffix)]);
      const reply = await server.raw(body, JSON_HEADERS());
      expect(reply.status).toBe(400);
      expect(messageOf(reply)).toBe('The request body is not valid UTF-8.');
    }
    expect(await db.prisma.beneficiary.count()).toBe(before);
    // Indonesian for a client that asks for it.
    const reply = await server.raw(new Uint8Array([0x7b, 0xff, 0x7d]), { ...JSON_HEADERS(), 'accept-language': 'id' });
    expect(messageOf(reply)).toBe('Isi permintaan bukan UTF-8 yang sah.');
    await expectStillServing();
  });
});

describe('huge and deeply nested inputs', () => {
  const ROOT: Record<string, string> = { Beneficiary: 'beneficiariesCount', Region: 'regionsCount' };
  const count = (model: string, where: unknown) => server.graphql(`query($w: ${model}WhereInput) { c: ${ROOT[model]}(where: $w) }`, { w: where }, cookie);

  it(`refuses variables nested deeper than ${MAX_VARIABLES_DEPTH} levels before GraphQL walks them`, async () => {
    // Written by hand: JSON.stringify itself would run out of stack on this.
    const levels = 5_000;
    const where = `${'{"AND":['.repeat(levels)}{"name":{"equals":"x"}}${']}'.repeat(levels)}`;
    const reply = await server.raw(`{"query":"query($w: BeneficiaryWhereInput) { beneficiariesCount(where: $w) }","variables":{"w":${where}}}`, JSON_HEADERS());
    expect(reply.status).toBe(400);
    expect(messageOf(reply)).toMatch(/nested deeper than 64/);
    const arrays = await server.raw(`{"query":"{ me { id } }","variables":{"a":${'['.repeat(200_000)}${']'.repeat(200_000)}}}`, JSON_HEADERS());
    expect(arrays.status).toBe(400);
    await expectStillServing();
  });

  it(`refuses filters nested deeper than ${FILTER_LIMITS.depth} levels, however they are written`, async () => {
    const nest = (levels: number) => {
      let where: unknown = { name: { equals: 'x' } };
      for (let i = 0; i < levels; i++) where = i % 2 ? { NOT: [where] } : { parent: { is: where } };
      return where;
    };
    expect(codeOf(await count('Region', nest(FILTER_LIMITS.depth - 2)))).toBeUndefined();
    const deep = await count('Region', nest(FILTER_LIMITS.depth + 1));
    expect(codeOf(deep)).toBe('BAD_USER_INPUT');
    expect(messageOf(deep)).toMatch(/nested deeper than 10/);
    // Written inline instead of as variables.
    const inline = `{ regionsCount(where: ${'{ NOT: ['.repeat(FILTER_LIMITS.depth + 1)}{ name: { equals: "x" } }${'] }'.repeat(FILTER_LIMITS.depth + 1)}) }`;
    expect(codeOf(await server.graphql(inline, {}, cookie))).toBe('BAD_USER_INPUT');
    // And through a scalar filter's own `not`.
    let not: unknown = { equals: 'x' };
    for (let i = 0; i < FILTER_LIMITS.depth + 2; i++) not = { not };
    expect(codeOf(await count('Beneficiary', { name: not }))).toBe('BAD_USER_INPUT');
  });

  it('refuses filter texts and lists beyond their bounds, quickly, and over-long field values', async () => {
    const long = await count('Beneficiary', { name: { contains: 'a'.repeat(900_000) } });
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    expect(messageOf(long)).toMatch(/longer than 2000/);
    expect(long.ms).toBeLessThan(2_000); // no scan of the table with a megabyte pattern
    const list = await count('Beneficiary', { id: { in: Array.from({ length: 50_000 }, (_, i) => String(i + 1)) } });
    expect(codeOf(list)).toBe('BAD_USER_INPUT');
    expect(messageOf(list)).toMatch(/more than 1000 values/);
    expect(codeOf(await count('Beneficiary', { name: { in: ['x', 'b'.repeat(FILTER_LIMITS.text + 1)] } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await count('Beneficiary', { name: { contains: 'b'.repeat(FILTER_LIMITS.text) } }))).toBeUndefined();

    const create = await server.graphql(
      'mutation($d: BeneficiaryCreateInput!) { createBeneficiary(data: $d) { id } }',
      { d: { name: 'x'.repeat(900_000), nik: '3212010101240001', kkNumber: '3212010101150001', gender: 'MALE', birthDate: '1924-01-01', villageId: '1', aidStandardId: '1' } },
      cookie,
    );
    expect({ code: codeOf(create), field: create.body.errors?.[0]?.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
    await expectStillServing();
  });
});

/** Every `<entities>Count(where:)` root field with the text and id fields of its filter. */
function filterableFields() {
  const fields = schema.getQueryType()!.getFields();
  return Object.values(fields)
    .filter((field) => field.name.endsWith('Count') && field.args.some((a) => a.name === 'where'))
    .map((field) => {
      const where = getNamedType(field.args.find((a) => a.name === 'where')!.type) as GraphQLInputObjectType;
      const byFilter = (filter: string) =>
        Object.values(where.getFields())
          .filter((f: GraphQLInputField) => getNamedType(f.type).name === filter)
          .map((f) => f.name);
      return { root: field.name, input: where.name, text: byFilter('StringFilter'), ids: byFilter('IDFilter') };
    });
}

const SQL = [`'; DROP TABLE "Beneficiary"; --`, `" OR 1=1 --`, `%' OR '1'='1`, `\\'; SELECT pg_sleep(10); --`, `$$; DELETE FROM "AuditEvent"; $$`, `x') UNION SELECT "passwordHash" FROM "User" --`];

describe('SQL-looking strings in every filter', () => {
  it('treats them as plain text in every text filter of every entity: no error, no match, no effect', async () => {
    const targets = filterableFields();
    expect(targets.length).toBeGreaterThan(10);
    const tables = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    const before = { beneficiaries: await db.prisma.beneficiary.count(), audit: await db.prisma.auditEvent.count() };
    for (const { root, input, text } of targets) {
      if (text.length === 0) continue;
      for (const sql of SQL) {
        const where = { OR: text.flatMap((f) => [{ [f]: { contains: sql } }, { [f]: { equals: sql } }, { [f]: { startsWith: sql, endsWith: sql } }, { [f]: { in: [sql] } }, { [f]: { not: { equals: sql } }, id: { in: [] } }]) };
        const reply = await server.graphql(`query($w: ${input}) { n: ${root}(where: $w) }`, { w: where }, cookie);
        expect({ root, status: reply.status, errors: reply.body.errors }).toEqual({ root, status: 200, errors: undefined });
        expect(reply.body.data.n).toBe(0);
        expect(reply.ms, `${root} answered promptly`).toBeLessThan(5_000);
      }
    }
    expect(await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).toEqual(tables);
    expect({ beneficiaries: await db.prisma.beneficiary.count(), audit: await db.prisma.auditEvent.count() }).toEqual(before);
  });

  it('refuses them in id filters with BAD_USER_INPUT naming the field, and in typed filters with 400', async () => {
    for (const { root, input, ids } of filterableFields()) {
      for (const field of ids) {
        const reply = await server.graphql(`query($w: ${input}) { n: ${root}(where: $w) }`, { w: { [field]: { in: ['1', SQL[1]] } } }, cookie);
        expect({ root, field, code: codeOf(reply), named: reply.body.errors?.[0]?.extensions?.field }).toEqual({ root, field, code: 'BAD_USER_INPUT', named: field });
      }
    }
    // Numbers, dates and enums: the GraphQL types refuse them before any resolver runs.
    for (const where of [{ birthDate: { gte: SQL[0] } }, { version: { equals: SQL[1] } }, { status: { equals: SQL[2] } }]) {
      const reply = await server.graphql('query($w: BeneficiaryWhereInput) { beneficiariesCount(where: $w) }', { w: where }, cookie);
      expect(reply.status, JSON.stringify(where)).toBe(400);
      expect(messageOf(reply)).toMatch(/Variable "\$w"/);
    }
    await expectStillServing();
  });
});

describe('bind values across a request', () => {
  const lists = (n: number, size = FILTER_LIMITS.list) => ({ OR: Array.from({ length: n }, (_, i) => ({ name: { in: Array.from({ length: size }, (_, j) => `n${i}-${j}`) } })) });

  it(`refuses more than ${FILTER_LIMITS.values} list values in one filter, though every list is within ${FILTER_LIMITS.list}`, async () => {
    const reply = await server.graphql('query($w: BeneficiaryWhereInput) { beneficiariesCount(where: $w) }', { w: lists(70) }, cookie);
    expect(reply.status).toBe(200);
    expect({ code: codeOf(reply), field: reply.body.errors?.[0]?.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'where' });
    expect(messageOf(reply)).toMatch(/at most 10000/);
    const id = await server.raw(JSON.stringify({ query: 'query($w: BeneficiaryWhereInput) { beneficiariesCount(where: $w) }', variables: { w: lists(70) } }), { ...JSON_HEADERS(), 'accept-language': 'id' });
    expect(messageOf(id)).toMatch(/paling banyak 10000/);
    // Within the bound, the filter runs.
    const within = await server.graphql('query($w: BeneficiaryWhereInput) { beneficiariesCount(where: $w) }', { w: lists(9) }, cookie);
    expect({ errors: within.body.errors, n: within.body.data?.beneficiariesCount }).toEqual({ errors: undefined, n: 0 });
    await expectStillServing();
  });

  it('counts the filters of all root fields of a request together', async () => {
    const query = 'query($a: BeneficiaryWhereInput, $b: WorkerWhereInput) { a: beneficiariesCount(where: $a) b: workers(where: $b) { id } c: beneficiariesAggregate(where: $a) { count } }';
    const reply = await server.graphql(query, { a: lists(4), b: lists(3) }, cookie);
    expect({ code: codeOf(reply), field: reply.body.errors?.[0]?.extensions?.field, data: reply.body.data ?? null }).toEqual({ code: 'BAD_USER_INPUT', field: 'where', data: null });
    const fewer = await server.graphql(query, { a: lists(2), b: lists(3) }, cookie);
    expect(fewer.body.errors).toBeUndefined();
  });
});
