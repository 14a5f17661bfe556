import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { schema } from '../schema.ts';
import { createTestApp, type Client, type GraphQLResponse, type TestApp } from '../testing/harness.ts';
import { seedRefs, testNik, type SeedRefs } from '../testing/fixtures.ts';

/**
 * The attack: rebuild a NIK from everything a masked role can read. The schema is walked as
 * the role (every root list and aggregate, every scalar, relations two levels deep, the audit
 * trail, saved-query runs); every value seen is filed under the person it belongs to; then for
 * every person whose NIK was seen masked, every date and gender seen for them (and birth year
 * with any day or month the role could learn) is tried against the true NIK from the database.
 */
let t: TestApp;
let refs: SeedRefs;
/** The persons the attack aims at, created here so they are the newest records. */
const targets: { beneficiaries: number[]; workers: number[] } = { beneficiaries: [], workers: [] };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Role = 'auditor' | 'viewer' | 'clerk';
const PERSONS = new Set(['Beneficiary', 'Worker']);
const MASKED = /^\d{6}\*{6}\d{4}$/;

beforeAll(async () => {
  t = await createTestApp();
  refs = await seedRefs(t);
  const kroyaVillage = (await t.ok(`{ regions(where: { code: { equals: "32.12.02.2001" } }) { id } }`)).regions[0].id as string;
  const worker = async (birthDate: string, gender: 'MALE' | 'FEMALE', regionId: string) =>
    (await t.ok(`mutation($d: WorkerCreateInput!) { createWorker(data: $d) { id } }`, {
      d: { name: `Pilar ${birthDate}`, nik: testNik(birthDate, gender), gender, birthDate, role: 'PSM', regionId, joinedAt: '2019-01-01', phone: '081211112222' },
    })).createWorker.id as string;
  const beneficiary = async (birthDate: string, gender: 'MALE' | 'FEMALE', villageId: string, registeredById: string) =>
    (await t.ok(`mutation($d: BeneficiaryCreateInput!) { createBeneficiary(data: $d) { id version } }`, {
      d: { nik: testNik(birthDate, gender), kkNumber: '3212020101100001', name: `PPKS ${birthDate}`, gender, birthDate, villageId, aidStandardId: refs.aidStandardId, registeredById, phone: '081298765432', address: 'Blok Pahing' },
    })).createBeneficiary as { id: string; version: number };
  const kroyaWorker = await worker('1980-01-02', 'FEMALE', kroyaVillage);
  const ownWorker = await worker('1975-07-14', 'MALE', refs.villageId);
  const far = await beneficiary('1946-11-20', 'FEMALE', kroyaVillage, kroyaWorker);
  const near = await beneficiary('1951-03-12', 'MALE', refs.villageId, kroyaWorker);
  // An UPDATE event that carries a NIK and a birth date in before/after.
  const moved = '1946-12-21';
  await t.ok(`mutation($id: ID!, $v: Int!, $d: BeneficiaryUpdateInput!) { updateBeneficiary(id: $id, version: $v, data: $d) { id } }`, {
    id: far.id,
    v: far.version,
    d: { birthDate: moved, nik: testNik(moved, 'FEMALE') },
  });
  await t.ok(`mutation($d: AidDistributionCreateInput!) { createAidDistribution(data: $d) { id } }`, {
    d: { beneficiaryId: far.id, programId: refs.aidProgramId, distributedOn: '2024-06-01', items: 'Paket', valueRupiah: 1000, handedOverById: kroyaWorker },
  });
  await t.ok(`mutation($d: AttendanceCreateInput!) { createAttendance(data: $d) { id } }`, { d: { workerId: kroyaWorker, sessionId: refs.sessionId } });
  // A saved query run with a NIK typed as a variable, and a reveal whose reason quotes one.
  const farNik = (await t.db.prisma.beneficiary.findUniqueOrThrow({ where: { id: Number(far.id) } })).nik;
  const created = await t.as('auditor').ok(`mutation($d: SavedQueryCreateInput!) { createSavedQuery(data: $d) { id } }`, {
    d: { name: 'Cari NIK', purpose: 'Uji privasi', document: 'query ByNik($nik: String!) { beneficiariesCount(where: { nik: { equals: $nik } }) }' },
  });
  await t.ok(`mutation($id: ID!) { approveSavedQueryVersion(id: $id, version: 1) { id } }`, { id: created.createSavedQuery.id });
  await t.ok(`mutation($id: ID!, $vars: JSON) { runSavedQuery(id: $id, variables: $vars) { id } }`, { id: created.createSavedQuery.id, vars: { nik: farNik } });
  await t.ok(`mutation($id: ID!, $r: String!) { revealPersonalData(entity: Beneficiary, id: $id, reason: $r) { nik } }`, { id: far.id, r: `cocokkan dengan laporan desa ${farNik}` });
  targets.beneficiaries = [Number(far.id), Number(near.id)];
  targets.workers = [Number(kroyaWorker), Number(ownWorker)];
});
afterAll(() => t?.close());

const unwrap = (type: unknown): { named: ReturnType<typeof getNamedType>; list: boolean } => {
  let inner = type as Parameters<typeof getNamedType>[0];
  let list = false;
  while (isNonNullType(inner) || isListType(inner)) {
    if (isListType(inner)) list = true;
    inner = (inner as { ofType: typeof inner }).ofType;
  }
  return { named: getNamedType(inner), list };
};
const callable = (field: GraphQLField<unknown, unknown>) => field.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);
const scalarsOf = (type: GraphQLObjectType) =>
  Object.values(type.getFields())
    .filter((f) => callable(f) && (isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type))))
    .map((f) => f.name);
const objectsOf = (type: GraphQLObjectType) => Object.values(type.getFields()).filter((f) => callable(f) && isObjectType(getNamedType(f.type)));
const argsOf = (field: GraphQLField<unknown, unknown>, take: number) => {
  const names = new Set(field.args.map((a) => a.name));
  const orderBy = field.args.find((a) => a.name === 'orderBy');
  const ordered = orderBy && isInputObjectType(unwrap(orderBy.type).named) && 'id' in (unwrap(orderBy.type).named as { getFields(): object }).getFields();
  const parts = [names.has('take') ? `take: ${take}` : '', ordered ? 'orderBy: [{ id: desc }]' : '', names.has('includeDeleted') ? 'includeDeleted: true' : ''].filter(Boolean);
  return parts.length ? `(${parts.join(', ')})` : '';
};
/** Fields the role was refused (FORBIDDEN) somewhere, left out of later selections so the rest can be read. */
let refused = new Set<string>();
const select = (type: GraphQLObjectType, inner = '') => `{ __typename ${scalarsOf(type).filter((f) => !refused.has(f)).join(' ')} ${inner} }`;

/** What one role saw: every response, and the values filed per person (`Beneficiary:12`). */
interface Harvest {
  responses: { label: string; result: GraphQLResponse }[];
  perPerson: Map<string, { values: Set<string>; masked: Set<string>; learned: Set<string> }>;
  forbidden: Set<string>;
  typesSeen: Set<string>;
}

function file(h: Harvest, person: string) {
  let entry = h.perPerson.get(person);
  if (!entry) {
    entry = { values: new Set(), masked: new Set(), learned: new Set() };
    h.perPerson.set(person, entry);
  }
  return entry;
}
const leaves = (value: Json, out: string[] = []): string[] => {
  if (value === null) return out;
  if (Array.isArray(value)) for (const v of value) leaves(v, out);
  else if (typeof value === 'object') for (const v of Object.values(value)) leaves(v, out);
  else out.push(String(value));
  return out;
};
/** Files every person object (and audit payloads about persons) found in a response. */
function collect(h: Harvest, value: Json) {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(h, v);
    return;
  }
  const typename = value.__typename as string | undefined;
  if (typename) h.typesSeen.add(typename);
  if (typename && PERSONS.has(typename) && value.id) {
    const entry = file(h, `${typename}:${value.id}`);
    for (const [key, v] of Object.entries(value)) {
      if (v === null || typeof v === 'object') continue;
      entry.values.add(String(v));
      if (key === 'nik' && MASKED.test(String(v))) entry.masked.add(String(v));
    }
  }
  if (typename === 'AuditEvent' && PERSONS.has(String(value.entity)) && value.recordId) {
    const entry = file(h, `${value.entity}:${value.recordId}`);
    for (const leaf of [...leaves(value.before ?? null), ...leaves(value.after ?? null)]) entry.values.add(leaf);
  }
  for (const v of Object.values(value)) collect(h, v);
}

/** Runs a walk's query; a refused scalar (a `…Count` to records the role may not read) is noted, and the query retried without it. */
async function runWalk(h: Harvest, client: Client, label: string, build: () => string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const result = await run(h, client, label, build());
    const fresh = (result.errors ?? [])
      .filter((e) => e.extensions?.code === 'FORBIDDEN')
      .map((e) => e.path?.[e.path.length - 1])
      .filter((f): f is string => typeof f === 'string' && !refused.has(f) && f !== 'r');
    if (!fresh.length) return;
    for (const f of fresh) refused.add(f);
  }
}

async function run(h: Harvest, client: Client, label: string, query: string, variables?: Record<string, unknown>) {
  const result = await client.gql(query, variables);
  h.responses.push({ label, result });
  for (const error of result.errors ?? []) {
    if (error.extensions?.code === 'FORBIDDEN') h.forbidden.add(label);
    else if (!['BAD_USER_INPUT'].includes(String(error.extensions?.code))) throw new Error(`${label}: ${JSON.stringify(error)}`);
  }
  collect(h, (result.data ?? null) as Json);
  return result;
}

const harvests = new Map<Role, Promise<Harvest>>();
/** One walk per role, shared by the tests that judge it. */
function harvest(role: Role): Promise<Harvest> {
  let h = harvests.get(role);
  if (!h) {
    h = walk(role);
    harvests.set(role, h);
  }
  return h;
}

/** Walks the schema as `role`: root lists with relations two levels deep, then the aggregates. */
async function walk(role: Role): Promise<Harvest> {
  refused = new Set();
  const h: Harvest = { responses: [], perPerson: new Map(), forbidden: new Set(), typesSeen: new Set() };
  const client = t.as(role);
  const query = schema.getQueryType()!;
  for (const root of Object.values(query.getFields())) {
    const { named, list } = unwrap(root.type);
    if (!list || !isObjectType(named) || !callable(root) || root.name.endsWith('Aggregate')) continue;
    await runWalk(h, client, root.name, () => `{ r: ${root.name}${argsOf(root, 200)} ${select(named)} }`);
    for (const rel of objectsOf(named)) {
      const relType = unwrap(rel.type).named as GraphQLObjectType;
      // Two levels deep toward persons: whoever a related record leads to.
      await runWalk(h, client, `${root.name}.${rel.name}`, () => {
        const second = objectsOf(relType)
          .filter((f) => PERSONS.has(getNamedType(f.type).name) || getNamedType(f.type).name === 'AidDistribution')
          .map((f) => `${f.name}${argsOf(f, 5)} ${select(getNamedType(f.type) as GraphQLObjectType)}`)
          .join(' ');
        return `{ r: ${root.name}${argsOf(root, 20)} { __typename id ${rel.name}${argsOf(rel, 5)} ${select(relType, second)} } }`;
      });
    }
  }
  // Every aggregate, grouped by each dimension the role may use, for each target person's
  // records where the role may filter by id (otherwise over everything).
  const ids = {
    Beneficiary: targets.beneficiaries,
    Worker: targets.workers,
    AidDistribution: (await t.db.prisma.aidDistribution.findMany({ where: { beneficiaryId: { in: targets.beneficiaries } } })).map((d) => d.id),
    Attendance: (await t.db.prisma.attendance.findMany({ where: { workerId: { in: targets.workers } } })).map((a) => a.id),
  } as Record<string, number[]>;
  for (const root of Object.values(query.getFields()).filter((f) => f.name.endsWith('Aggregate'))) {
    const row = unwrap(root.type).named as GraphQLObjectType;
    const key = unwrap(row.getFields().key!.type).named as GraphQLObjectType;
    const keySelection = Object.values(key.getFields())
      .map((f) => (isObjectType(getNamedType(f.type)) ? `${f.name} { ${scalarsOf(getNamedType(f.type) as GraphQLObjectType).join(' ')} }` : f.name))
      .join(' ');
    const model = root.name.replace(/sAggregate$/, '').replace(/^./, (c) => c.toUpperCase()).replace(/ie$/, 'y');
    const groupBy = unwrap(root.args.find((a) => a.name === 'groupBy')!.type).named;
    if (!isEnumType(groupBy)) throw new Error(`${root.name}: groupBy is not an enum`);
    const hasAge = root.args.some((a) => a.name === 'ageAsOf');
    for (const dimension of groupBy.getValues().map((v) => v.name)) {
      const text = `query($w: ${model}WhereInput${hasAge ? ', $d: Date' : ''}) { r: ${root.name}(where: $w, groupBy: [${dimension}]${hasAge ? ', ageAsOf: $d' : ''}) { key { ${keySelection} } count countLabel suppressed } }`;
      await run(h, client, `${root.name}.${dimension}`, text);
      for (const id of ids[model] ?? []) {
        const result = await run(h, client, `${root.name}.${dimension}.byId`, text, { w: { id: { equals: String(id) } } });
        // The key of a group formed by one target's records is about that target.
        const person = model === 'Beneficiary' || model === 'Worker' ? `${model}:${id}` : null;
        const owner = person ?? (await ownerOf(model, id));
        for (const r of ((result.data?.r ?? []) as { key: Json }[])) for (const leaf of leaves(r.key)) file(h, owner).values.add(leaf);
      }
    }
    // Moving ageAsOf day by day across a band boundary would find the birthday in an exact-age view.
    if (hasAge && (model === 'Beneficiary' || model === 'Worker')) {
      for (const id of ids[model]!) {
        const birth = await trueBirth(model, id);
        const bands = new Map<string, string>();
        for (const offset of [-1, 0, 1]) {
          for (const day of daysOfYear(birth.getUTCFullYear() + 80 + offset)) {
            if (day.getUTCDate() !== 1 && !(day.getUTCMonth() === birth.getUTCMonth() && Math.abs(day.getUTCDate() - birth.getUTCDate()) <= 1)) continue;
            const result = await run(h, client, `${root.name}.ageBand.asOf`, `query($w: ${model}WhereInput, $d: Date) { r: ${root.name}(where: $w, groupBy: [ageBand], ageAsOf: $d) { key { ageBand { from } } } }`, {
              w: { id: { equals: String(id) } },
              d: day.toISOString().slice(0, 10),
            });
            const band = JSON.stringify(result.data?.r ?? null);
            bands.set(day.toISOString().slice(0, 10), band);
          }
        }
        // A change of band on a day other than 1 January gives away the day and month.
        const days = [...bands.keys()].sort();
        for (let i = 1; i < days.length; i++) {
          if (bands.get(days[i]!) !== bands.get(days[i - 1]!) && !days[i]!.endsWith('-01-01')) file(h, `${model}:${id}`).learned.add(days[i]!.slice(5));
        }
      }
    }
  }
  return h;
}

async function ownerOf(model: string, id: number): Promise<string> {
  if (model === 'AidDistribution') return `Beneficiary:${(await t.db.prisma.aidDistribution.findUniqueOrThrow({ where: { id } })).beneficiaryId}`;
  return `Worker:${(await t.db.prisma.attendance.findUniqueOrThrow({ where: { id } })).workerId}`;
}
async function trueBirth(model: string, id: number): Promise<Date> {
  const row = model === 'Worker' ? await t.db.prisma.worker.findUniqueOrThrow({ where: { id } }) : await t.db.prisma.beneficiary.findUniqueOrThrow({ where: { id } });
  return row.birthDate;
}
function daysOfYear(year: number): Date[] {
  const out: Date[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d = new Date(d.getTime() + 86_400_000)) out.push(d);
  return out;
}
async function trueNik(person: string): Promise<string> {
  const [model, id] = person.split(':') as [string, string];
  const row = model === 'Worker' ? await t.db.prisma.worker.findUniqueOrThrow({ where: { id: Number(id) } }) : await t.db.prisma.beneficiary.findUniqueOrThrow({ where: { id: Number(id) } });
  return row.nik;
}

/** Every NIK the values seen for a person allow: dates × genders, and birth year × learned day-months. */
function candidates(masked: string, values: Set<string>, learned: Set<string>): Set<string> {
  const genders = [...values].filter((v) => v === 'MALE' || v === 'FEMALE');
  const tryGenders = genders.length ? genders : ['MALE', 'FEMALE'];
  const dates = new Set<string>();
  const years = [...values].filter((v) => /^(19|20)\d\d$/.test(v));
  for (const v of values) {
    const full = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
    if (full) dates.add(`${full[1]}-${full[2]}-${full[3]}`);
    const month = /^(\d{4})-(\d{2})$/.exec(v);
    if (month) for (let d = 1; d <= 31; d++) dates.add(`${month[1]}-${month[2]}-${String(d).padStart(2, '0')}`);
  }
  for (const year of years) for (const dayMonth of learned) dates.add(`${year}-${dayMonth}`);
  const out = new Set<string>();
  for (const date of dates) {
    const [y, m, d] = date.split('-') as [string, string, string];
    for (const g of tryGenders) {
      const day = String(Number(d) + (g === 'FEMALE' ? 40 : 0)).padStart(2, '0');
      out.add(`${masked.slice(0, 6)}${day}${m}${y.slice(2)}${masked.slice(12)}`);
    }
  }
  return out;
}

/** Persons the role should not see in clear: all of them for AUDITOR and VIEWER; for the clerk those outside Haurgeulis. */
async function outOfView(role: Role): Promise<string[]> {
  const beneficiaries = await t.db.prisma.beneficiary.findMany({ select: { id: true, nik: true, village: { select: { parent: { select: { code: true } } } } } });
  const workers = await t.db.prisma.worker.findMany({ select: { id: true, nik: true, region: { select: { code: true, parent: { select: { code: true } } } } } });
  const inHaurgeulis = (code: string | undefined) => code === '32.12.01';
  return [
    ...beneficiaries.filter((b) => role !== 'clerk' || !inHaurgeulis(b.village.parent?.code)).map((b) => b.nik),
    ...workers.filter((w) => role !== 'clerk' || !(inHaurgeulis(w.region.code) || inHaurgeulis(w.region.parent?.code))).map((w) => w.nik),
  ];
}

describe.each(['auditor', 'viewer', 'clerk'] as const)('rebuilding a NIK as %s', (role) => {
  let h: Harvest;
  beforeAll(async () => {
    h = await harvest(role);
  }, 600_000);

  it('rebuilds no masked NIK from the dates, years, genders and day-months the role can read', async () => {
    const rebuilt: string[] = [];
    let tried = 0;
    for (const [person, seen] of h.perPerson) {
      for (const masked of seen.masked) {
        tried++;
        const truth = await trueNik(person);
        if (candidates(masked, seen.values, seen.learned).has(truth)) rebuilt.push(person);
      }
    }
    expect(rebuilt).toEqual([]);
    // The attack had something to work on: the targets were reached and seen masked.
    if (role === 'auditor') expect(tried).toBeGreaterThan(10);
    if (role === 'clerk') expect(h.perPerson.get(`Worker:${targets.workers[0]}`)?.masked.size).toBeGreaterThan(0);
  });

  it('sees no NIK of a person outside its view anywhere, in clear', async () => {
    const text = JSON.stringify(h.responses.map((r) => r.result));
    const leaked = (await outOfView(role)).filter((nik) => text.includes(nik));
    expect(leaked).toEqual([]);
  });
});

describe('VIEWER, a dashboard role', () => {
  let h: Harvest;
  beforeAll(async () => {
    h = await harvest('viewer');
  }, 600_000);

  it('reads no person-level record by any path, and no personal field of a pilar sosial', () => {
    for (const type of ['Beneficiary', 'AidDistribution', 'Attendance']) expect(h.typesSeen.has(type), type).toBe(false);
    // The walk did read the pilar sosial (their public fields), not nothing.
    expect([...h.perPerson.keys()].filter((p) => p.startsWith('Worker:')).length).toBeGreaterThan(10);
    for (const [person, seen] of h.perPerson) {
      expect(person.startsWith('Worker:'), person).toBe(true);
      expect(seen.masked.size, person).toBe(0);
    }
    for (const field of ['beneficiaries', 'aidDistributions', 'attendances', 'regions.beneficiaries', 'aidStandards.beneficiaries', 'programs.distributions', 'workers.attendances', 'workers.registeredBeneficiaries', 'venues.distributions', 'trainingSessions.attendances']) {
      expect(h.forbidden.has(field), field).toBe(true);
    }
  });

  it('gets FORBIDDEN for the counts of persons', async () => {
    for (const field of ['beneficiariesCount', 'aidDistributionsCount', 'attendancesCount']) {
      const result = await t.as('viewer').gql(`{ ${field} }`);
      expect(result.errors?.[0]?.extensions?.code, field).toBe('FORBIDDEN');
    }
    const nested = await t.as('viewer').gql(`{ regions(take: 1) { beneficiariesCount } }`);
    expect(nested.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('receives only rounded person counts: every figure a multiple of 5 or suppressed', () => {
    // The aggregates about persons (sessions and poverty rates are not counts of persons).
    const persons = /^(beneficiaries|workers|attendances|aidDistributions)Aggregate\./;
    const figures = h.responses
      .filter((r) => persons.test(r.label))
      .flatMap((r) => ((r.result.data?.r ?? []) as { count?: number | null; suppressed?: boolean }[]).filter((row) => row && 'suppressed' in row));
    expect(figures.length).toBeGreaterThan(0);
    for (const row of figures) if (row.count !== null && row.count !== undefined) expect(row.count % 5).toBe(0);
  });
});
