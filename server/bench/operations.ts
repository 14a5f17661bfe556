// The four measured operations, as a client sends them to Pilar (GraphQL) and to the
// hand-written baseline (one small JSON endpoint each). Both sides get the same inputs, drawn
// from the same generators.
import { makeKk, makeNik } from '@pilar/db/seed';

export type OperationName = 'floor' | 'page' | 'get' | 'create' | 'aggregate';
export const OPERATIONS: OperationName[] = ['floor', 'page', 'get', 'create', 'aggregate'];

export const OPERATION_LABELS: Record<OperationName | 'aggregateUncached', string> = {
  floor: '(0) signed-in no-op `{ me { id } }`',
  page: '(a) 25-row page + count',
  get: '(b) get by id',
  create: '(c) create',
  aggregate: '(d) dashboard aggregate',
  aggregateUncached: '(d) same, result cache off',
};

/** What the generated database looks like; read once before the run. */
export interface Fixtures {
  districtIds: number[];
  /** A village and an aid standard for creates. */
  villageId: number;
  aidStandardId: number;
  /** Beneficiary ids lie in [minId, maxId] (the generator writes them densely). */
  minId: number;
  maxId: number;
  /** NIK district prefix and first free serial for creates (see nikSequence). */
  nikPrefix: string;
  firstSerial: number;
}

/** Variables of one request. */
export type Inputs = Record<string, unknown>;

/** The floor: what any signed-in request costs before it does any work (no SQL on either side past the credential). */
export const FLOOR_QUERY = 'query Floor { me { id } }';

export const PAGE_QUERY = `query Page($where: BeneficiaryWhereInput) {
  beneficiaries(where: $where, orderBy: [{ name: asc }], take: 25) {
    id name gender birthDate status
    village { id name parent { id name } }
    distributions { distributedOn items valueRupiah }
  }
  beneficiariesCount(where: $where)
}`;

export const GET_QUERY = `query Get($id: ID!) {
  beneficiary(id: $id) {
    id name gender birthDate status version
    village { id name parent { id name } }
    aidStandard { code name }
  }
}`;

export const CREATE_MUTATION = `mutation Create($data: BeneficiaryCreateInput!) {
  createBeneficiary(data: $data) { id version }
}`;

export const AGGREGATE_QUERY = `query Dashboard {
  beneficiariesAggregate(groupBy: [district, aidStandard]) {
    key { district { id name } aidStandard { id code } }
    count
  }
}`;

/** The GraphQL request body for an operation and its inputs. */
export function graphqlBody(operation: OperationName, inputs: Inputs): string {
  switch (operation) {
    case 'floor':
      return JSON.stringify({ query: FLOOR_QUERY });
    case 'page':
      return JSON.stringify({
        query: PAGE_QUERY,
        variables: { where: { districtId: { equals: String(inputs.districtId) }, status: { equals: inputs.status } } },
      });
    case 'get':
      return JSON.stringify({ query: GET_QUERY, variables: { id: String(inputs.id) } });
    case 'create':
      return JSON.stringify({ query: CREATE_MUTATION, variables: { data: { ...(inputs.data as object) } } });
    case 'aggregate':
      return JSON.stringify({ query: AGGREGATE_QUERY });
  }
}

const DAY_MS = 86_400_000;
/** Birth dates 1924–1929: two-digit years the generator never writes, so NIKs cannot collide. */
const BIRTH_FROM = Date.UTC(1924, 0, 1);
const BIRTH_DAYS = (Date.UTC(1930, 0, 1) - BIRTH_FROM) / DAY_MS;

/** Input generators shared by both sides; creates draw from one NIK sequence. */
export function inputGenerator(fixtures: Fixtures) {
  let created = 0;
  const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)]!;
  return (operation: OperationName): Inputs => {
    switch (operation) {
      case 'floor':
        return {};
      case 'page':
        return { districtId: pick(fixtures.districtIds), status: 'ACTIVE' };
      case 'get':
        return { id: fixtures.minId + Math.floor(Math.random() * (fixtures.maxId - fixtures.minId + 1)) };
      case 'create': {
        const n = created++;
        const pair = n % (BIRTH_DAYS * 2);
        const serial = fixtures.firstSerial + Math.floor(n / (BIRTH_DAYS * 2));
        const birthDate = new Date(BIRTH_FROM + Math.floor(pair / 2) * DAY_MS);
        const gender = pair % 2 === 0 ? 'MALE' : 'FEMALE';
        return {
          data: {
            nik: makeNik({ districtPrefix: fixtures.nikPrefix, birthDate, gender, serial }),
            kkNumber: makeKk(fixtures.nikPrefix, 1 + (n % 9999)),
            name: `Bench ${n}`,
            gender,
            birthDate: birthDate.toISOString().slice(0, 10),
            villageId: String(fixtures.villageId),
            aidStandardId: String(fixtures.aidStandardId),
          },
        };
      }
      case 'aggregate':
        return {};
    }
  };
}
