// The physical baseline: the same four operations as a minimal HTTP endpoint with hand-written
// SQL on the bare driver (`pg` on PostgreSQL, PGlite's own query API on PGlite). It does what a
// careful hand-written service must do per request, and no more:
//   - look up the API token (one statement: token joined with its user);
//   - (a) the page in one statement (village and district joined, distributions aggregated as
//     JSON in a correlated subquery) and the count in a second;
//   - (b) one statement with village, district and aid standard joined;
//   - (c) one transaction: INSERT … RETURNING, then the audit event appended to the hash chain
//     under the same advisory lock the server takes (so the chain stays verifiable);
//   - (d) one GROUP BY statement, by district and aid standard.
// No GraphQL, no validation beyond the database's constraints, no logging, no masking.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { toJsonValue } from '../src/audit/canonical.ts';
import { eventHash } from '../src/audit/trail.ts';
import { sha256 } from '../src/auth/secrets.ts';

type Row = Record<string, unknown>;

/** Runs SQL and counts statements (the baseline's own statement counter). */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<Row[]>;
  transaction<T>(work: (query: SqlRunner['query']) => Promise<T>): Promise<T>;
  statements: number;
}

export function pgRunner(pool: pg.Pool): SqlRunner {
  const runner: SqlRunner = {
    statements: 0,
    async query(sql, params) {
      runner.statements += 1;
      return (await pool.query(sql, params)).rows as Row[];
    },
    async transaction(work) {
      const client = await pool.connect();
      const query = async (sql: string, params?: unknown[]) => {
        runner.statements += 1;
        return (await client.query(sql, params)).rows as Row[];
      };
      try {
        await query('BEGIN');
        const result = await work(query);
        await query('COMMIT');
        return result;
      } catch (error) {
        await query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
  return runner;
}

export function pgliteRunner(pglite: PGlite): SqlRunner {
  const runner: SqlRunner = {
    statements: 0,
    async query(sql, params) {
      runner.statements += 1;
      return (await pglite.query<Row>(sql, params)).rows;
    },
    async transaction(work) {
      // PGlite sends BEGIN and COMMIT itself: two statements, as on PostgreSQL.
      runner.statements += 2;
      return pglite.transaction(async (tx: Transaction) =>
        work(async (sql, params) => {
          runner.statements += 1;
          return (await tx.query<Row>(sql, params)).rows;
        }),
      );
    },
  };
  return runner;
}

// The advisory lock that orders audit appends (server/src/audit/trail.ts).
const CHAIN_LOCK = 721201;

const PAGE_SQL = `
  SELECT b.id, b.name, b.gender, b."birthDate", b.status,
         v.id AS "villageId", v.name AS "villageName", d.id AS "districtId", d.name AS "districtName",
         COALESCE((
           SELECT json_agg(json_build_object('distributedOn', a."distributedOn", 'items', a.items, 'valueRupiah', a."valueRupiah"))
           FROM (SELECT "distributedOn", items, "valueRupiah" FROM "AidDistribution"
                 WHERE "beneficiaryId" = b.id AND "deletedAt" IS NULL
                 ORDER BY "distributedOn" DESC, id LIMIT 25) a
         ), '[]') AS distributions
  FROM "Beneficiary" b
  JOIN "Region" v ON v.id = b."villageId"
  JOIN "Region" d ON d.id = v."parentId"
  WHERE b."districtId" = $1 AND b.status = $2::"BeneficiaryStatus" AND b."deletedAt" IS NULL
  ORDER BY b.name, b.id
  LIMIT 25`;

const COUNT_SQL = `
  SELECT count(*)::int AS n FROM "Beneficiary" b
  WHERE b."districtId" = $1 AND b.status = $2::"BeneficiaryStatus" AND b."deletedAt" IS NULL`;

const GET_SQL = `
  SELECT b.id, b.name, b.gender, b."birthDate", b.status, b.version,
         v.id AS "villageId", v.name AS "villageName", d.id AS "districtId", d.name AS "districtName",
         s.code AS "standardCode", s.name AS "standardName"
  FROM "Beneficiary" b
  JOIN "Region" v ON v.id = b."villageId"
  LEFT JOIN "Region" d ON d.id = v."parentId"
  JOIN "AidStandard" s ON s.id = b."aidStandardId"
  WHERE b.id = $1`;

const INSERT_SQL = `
  INSERT INTO "Beneficiary" (nik, "kkNumber", name, gender, "birthDate", "villageId", "aidStandardId", "updatedAt")
  VALUES ($1, $2, $3, $4::"Gender", $5::date, $6, $7, now() AT TIME ZONE 'UTC')
  RETURNING id, nik, "kkNumber", name, gender, "birthDate", address, phone, "villageId", "aidStandardId", status, "registeredById", notes, "deletedAt", version`;

const AGGREGATE_SQL = `
  SELECT d.id AS "districtId", d.name AS "districtName", s.id AS "standardId", s.code AS "standardCode", g.n
  FROM (SELECT v."parentId" AS district, b."aidStandardId" AS standard, count(*)::int AS n
        FROM "Beneficiary" b JOIN "Region" v ON v.id = b."villageId"
        WHERE b."deletedAt" IS NULL
        GROUP BY 1, 2) g
  JOIN "Region" d ON d.id = g.district
  JOIN "AidStandard" s ON s.id = g.standard
  ORDER BY d.name, s.code`;

const TOKEN_SQL = `
  SELECT t.id, t.role, t."revokedAt", t."expiresAt", u.id AS "userId", u.username, u.active, u."deletedAt"
  FROM "ApiToken" t JOIN "User" u ON u.id = t."userId" WHERE t."tokenHash" = $1`;

interface Actor {
  userId: number;
  username: string;
  role: string;
}

async function authenticate(sql: SqlRunner, header: string | undefined): Promise<Actor | null> {
  const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!bearer) return null;
  const [token] = await sql.query(TOKEN_SQL, [sha256(bearer)]);
  if (!token || token.revokedAt || (token.expiresAt && (token.expiresAt as Date) <= new Date()) || !token.active || token.deletedAt) return null;
  return { userId: token.userId as number, username: token.username as string, role: token.role as string };
}

async function create(sql: SqlRunner, actor: Actor, data: Record<string, string>): Promise<Row> {
  return sql.transaction(async (query) => {
    const [row] = await query(INSERT_SQL, [data.nik, data.kkNumber, data.name, data.gender, data.birthDate, Number(data.villageId), Number(data.aidStandardId)]);
    await query(`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`);
    const [last] = await query('SELECT hash FROM "AuditEvent" ORDER BY id DESC LIMIT 1');
    const fields = {
      at: new Date(),
      actorId: actor.userId,
      actorName: actor.username,
      role: actor.role,
      action: 'CREATE',
      entity: 'Beneficiary',
      recordId: String(row!.id),
      before: null,
      after: toJsonValue(row),
      reason: null,
      recordIds: null,
      requestId: null,
      ip: null,
      prevHash: (last?.hash as string | undefined) ?? null,
    };
    await query(
      `INSERT INTO "AuditEvent" (at, "actorId", "actorName", role, action, entity, "recordId", after, "prevHash", hash)
       VALUES ($1::timestamptz AT TIME ZONE 'UTC', $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10)`,
      [fields.at.toISOString(), fields.actorId, fields.actorName, fields.role, fields.action, fields.entity, fields.recordId, JSON.stringify(fields.after), fields.prevHash, eventHash(fields)],
    );
    return { id: row!.id, version: row!.version };
  });
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** The baseline's HTTP handler: POST /floor, /page, /get, /create, /aggregate with the operation's inputs as JSON. */
export function createBaselineHandler(sql: SqlRunner) {
  return (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      try {
        const inputs = await readBody(req);
        const actor = await authenticate(sql, req.headers.authorization);
        if (!actor) return send(res, 401, { error: 'unauthenticated' });
        switch (req.url) {
          case '/floor':
            return send(res, 200, { data: { me: { id: String(actor.userId) } } });
          case '/page': {
            const params = [Number(inputs.districtId), inputs.status];
            const rows = await sql.query(PAGE_SQL, params);
            const [count] = await sql.query(COUNT_SQL, params);
            return send(res, 200, { data: { beneficiaries: rows, beneficiariesCount: count!.n } });
          }
          case '/get': {
            const [row] = await sql.query(GET_SQL, [Number(inputs.id)]);
            return send(res, 200, { data: { beneficiary: row ?? null } });
          }
          case '/create':
            return send(res, 200, { data: { createBeneficiary: await create(sql, actor, inputs.data as Record<string, string>) } });
          case '/aggregate':
            return send(res, 200, { data: { beneficiariesAggregate: await sql.query(AGGREGATE_SQL) } });
          default:
            return send(res, 404, { error: 'not found' });
        }
      } catch (error) {
        send(res, 500, { error: String(error) });
      }
    })();
  };
}
