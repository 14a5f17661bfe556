// A small mixed load (creates and list pages) over real HTTP, recording every answer, for the
// fault tests: what was answered, how fast, and which writes were acknowledged.
import type { PrismaClient } from '@pilar/db';
import { makeKk, makeNik } from '@pilar/db/seed';
import type { TestServer } from './http-server.ts';

export interface Outcome {
  operation: 'create' | 'list';
  status: number;
  /** `extensions.code` of the first error, null on success. */
  code: string | null;
  ok: boolean;
  /** When the request was sent, in ms since the load started. */
  at: number;
  ms: number;
  /** For acknowledged creates: the record's id and NIK. */
  id?: string;
  nik?: string;
}

const CREATE = `mutation($data: BeneficiaryCreateInput!) { createBeneficiary(data: $data) { id nik } }`;
const LIST = `query($d: ID!) {
  beneficiaries(where: { village: { is: { parentId: { equals: $d } } } }, orderBy: [{ name: asc }], take: 25) { id name village { name } }
  beneficiariesCount(where: { village: { is: { parentId: { equals: $d } } } })
}`;

export interface LoadTargets {
  villageId: number;
  districtId: number;
  aidStandardId: number;
  districtPrefix: string;
}

export async function loadTargets(prisma: PrismaClient): Promise<LoadTargets> {
  const village = await prisma.region.findFirstOrThrow({ where: { level: 'VILLAGE', deletedAt: null }, orderBy: { code: 'asc' }, include: { parent: true } });
  const standard = await prisma.aidStandard.findUniqueOrThrow({ where: { code: 'LANSIA_TELANTAR' } });
  return { villageId: village.id, districtId: village.parentId!, aidStandardId: standard.id, districtPrefix: village.parent!.code.split('.').join('') };
}

/**
 * Runs `workers` loops of create-then-list until `stop()` says so. NIKs use birth years
 * 1924–1929 and serials from `firstSerial` up, which neither the demo seed (serials below 5000)
 * nor the generator (other years) ever writes, so creates never collide with existing records.
 */
export async function runLoad(
  server: TestServer,
  cookie: string,
  targets: LoadTargets,
  { workers = 4, stop, firstSerial = 5000 }: { workers?: number; stop: () => boolean; firstSerial?: number },
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const started = performance.now();
  let n = 0;
  const nextPerson = () => {
    const i = n++;
    const birthDate = new Date(Date.UTC(1924, 0, 1) + (i % 2000) * 86_400_000);
    const gender = i % 2 ? 'FEMALE' : 'MALE';
    return {
      nik: makeNik({ districtPrefix: targets.districtPrefix, birthDate, gender, serial: firstSerial + Math.floor(i / 2000) }),
      kkNumber: makeKk(targets.districtPrefix, 1 + (i % 9999)),
      name: `Fault ${i}`,
      gender,
      birthDate: birthDate.toISOString().slice(0, 10),
      villageId: String(targets.villageId),
      aidStandardId: String(targets.aidStandardId),
    };
  };
  const record = (operation: Outcome['operation'], at: number, reply: Awaited<ReturnType<TestServer['graphql']>>, extra: Partial<Outcome> = {}) => {
    const code = (reply.body?.errors?.[0]?.extensions?.code as string | undefined) ?? (reply.status === 200 ? null : `HTTP_${reply.status}`);
    outcomes.push({ operation, status: reply.status, code, ok: reply.status === 200 && !reply.body?.errors, at, ms: reply.ms, ...extra });
  };
  const send = async (operation: Outcome['operation'], query: string, variables: Record<string, unknown>) => {
    const at = performance.now() - started;
    try {
      return { at, reply: await server.graphql(query, variables, cookie) };
    } catch (error) {
      // The HTTP exchange itself failed: no answer, so nothing was acknowledged.
      outcomes.push({ operation, status: 0, code: `FETCH_${(error as Error).name}`, ok: false, at, ms: performance.now() - started - at });
      return null;
    }
  };
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!stop()) {
        const person = nextPerson();
        const created = await send('create', CREATE, { data: person });
        if (created) {
          const ok = created.reply.status === 200 && !created.reply.body?.errors;
          record('create', created.at, created.reply, ok ? { id: created.reply.body.data.createBeneficiary.id, nik: person.nik } : {});
        }
        const listed = await send('list', LIST, { d: String(targets.districtId) });
        if (listed) record('list', listed.at, listed.reply);
      }
    }),
  );
  return outcomes.sort((a, b) => a.at - b.at);
}
