import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  AidDistributionAggregateRow,
  AidDistributionWhereInput,
  AttendanceAggregateRow,
  AttendanceStatus,
  AttendanceWhereInput,
  PovertyIndicatorAggregateRow,
  PovertyIndicatorWhereInput,
  ProgramKind,
  TrainingSession,
  TrainingSessionWhereInput,
  WorkerRole,
} from '../generated/graphql.ts';
import type { Cell, TableData } from './table.ts';

/** What the dashboard is filtered by. */
export interface DashboardFilter {
  year: number;
  /** A programme; it narrows the figures of its kind (training: attendance, aid: distributions). */
  program?: { id: string; kind: ProgramKind } | null;
  /** A district: people registered or working there (a village of it included). */
  districtId?: string | null;
}

export interface DashboardVariables {
  attendance: AttendanceWhereInput;
  attended: AttendanceWhereInput;
  aid: AidDistributionWhereInput;
  sessionAid: AidDistributionWhereInput;
  poverty: PovertyIndicatorWhereInput;
  sessions: TrainingSessionWhereInput;
}

type Row<T> = Omit<T, 'avg' | 'min' | 'max' | 'sum' | 'distinct' | 'key'>;

export interface DashboardData {
  participants: (Row<AttendanceAggregateRow> & { persons: number | null })[];
  participantsByRole: (Row<AttendanceAggregateRow> & { key: { role: WorkerRole | null } })[];
  bySession: (Row<AttendanceAggregateRow> & {
    key: { session: { id: string; name: string | null } | null; venue: { name: string | null } | null; status: AttendanceStatus | null };
  })[];
  aidByStandard: (Row<AidDistributionAggregateRow> & {
    key: { aidStandard: { id: string; code: string | null; name: string | null } | null };
    sum: { valueRupiah: number | null };
  })[];
  aidByMonth: (Row<AidDistributionAggregateRow> & {
    key: { distributedMonth: string | null; aidStandard: { id: string; code: string | null; name: string | null } | null };
    sum: { valueRupiah: number | null };
  })[];
  aidAtSessions: (Row<AidDistributionAggregateRow> & {
    key: { session: { id: string } | null; aidStandard: { id: string; code: string | null; name: string | null } | null };
    sum: { valueRupiah: number | null };
  })[];
  poverty: (Pick<PovertyIndicatorAggregateRow, 'count'> & { key: { year: number | null }; avg: { ratePercent: number | null } })[];
  sessions: (Pick<TrainingSession, 'id' | 'title' | 'startsAt'> & { venue: { name: string } })[];
}

const ROW = 'count countLabel suppressed persons';

/** Every figure of the dashboard in one request: grouped in the database, never counted here. */
export const DASHBOARD_QUERY: TypedDocumentNode<DashboardData, DashboardVariables> = gql`
  query Dashboard(
    $attendance: AttendanceWhereInput
    $attended: AttendanceWhereInput
    $aid: AidDistributionWhereInput
    $sessionAid: AidDistributionWhereInput
    $poverty: PovertyIndicatorWhereInput
    $sessions: TrainingSessionWhereInput
  ) {
    participants: attendancesAggregate(where: $attended) { ${ROW} }
    participantsByRole: attendancesAggregate(where: $attended, groupBy: [role]) { key { role } ${ROW} }
    bySession: attendancesAggregate(where: $attendance, groupBy: [session, venue, status]) {
      key { session { id name } venue { name } status } ${ROW}
    }
    aidByStandard: aidDistributionsAggregate(where: $aid, groupBy: [aidStandard]) {
      key { aidStandard { id code name } } ${ROW} sum { valueRupiah }
    }
    aidByMonth: aidDistributionsAggregate(where: $aid, groupBy: [distributedMonth, aidStandard]) {
      key { distributedMonth aidStandard { id code name } } ${ROW} sum { valueRupiah }
    }
    aidAtSessions: aidDistributionsAggregate(where: $sessionAid, groupBy: [session, aidStandard]) {
      key { session { id } aidStandard { id code name } } ${ROW} sum { valueRupiah }
    }
    poverty: povertyIndicatorsAggregate(where: $poverty, groupBy: [year]) { key { year } count avg { ratePercent } }
    sessions: trainingSessions(where: $sessions, take: 500) { id title startsAt venue { name } }
  }
`;

/** The API's `where` for each figure under a filter. */
export function dashboardVariables({ year, program, districtId }: DashboardFilter): DashboardVariables {
  const training = program?.kind === 'TRAINING' ? { id: { equals: program.id } } : {};
  const aidProgram = program?.kind === 'AID' ? { program: { is: { id: { equals: program.id } } } } : {};
  const inDistrict = districtId
    ? { OR: [{ id: { equals: districtId } }, { parentId: { equals: districtId } }] }
    : undefined;
  const sessions: TrainingSessionWhereInput = { program: { is: { year: { equals: year }, ...training } } };
  const attendance: AttendanceWhereInput = {
    session: { is: sessions },
    ...(inDistrict ? { worker: { is: { region: { is: inDistrict } } } } : {}),
  };
  const aidPeople = inDistrict ? { beneficiary: { is: { village: { is: inDistrict } } } } : {};
  return {
    attendance,
    attended: { ...attendance, status: { equals: 'ATTENDED' } },
    aid: {
      distributedOn: { gte: `${year}-01-01`, lt: `${year + 1}-01-01` },
      ...aidProgram,
      ...aidPeople,
    },
    sessionAid: { session: { is: sessions }, ...aidProgram, ...aidPeople },
    poverty: districtId ? { region: { is: { id: { equals: districtId } } } } : { region: { is: { level: { equals: 'REGENCY' } } } },
    sessions,
  };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A group's number, or the server's "< 5" for a group hidden from a VIEWER. */
function figure(row: { suppressed: boolean; countLabel: string }, value: number | null | undefined): Cell {
  return row.suppressed ? row.countLabel : (value ?? null);
}

const STATUSES: readonly AttendanceStatus[] = ['ATTENDED', 'REGISTERED', 'ABSENT'];

/** A session's day as "21 Mei 2024", in the clerks' time zone (WIB). */
export function sessionDay(startsAt: string, tag: string): string {
  return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' }).format(new Date(startsAt));
}

/** Participants (distinct workers who attended) per role. */
export function participantsByRole(data: DashboardData, t: Translate): TableData {
  return {
    columns: [
      { key: 'role', label: t('pilar.dashboard.columns.role'), kind: 'text' },
      { key: 'participants', label: t('pilar.dashboard.columns.participants'), kind: 'count' },
    ],
    rows: data.participantsByRole.map((r) => ({
      role: r.key.role ? t(`enums.WorkerRole.${r.key.role}`) : '',
      participants: figure(r, r.persons),
    })),
  };
}

/** Each session (in time order) with its registered, attended and absent workers. */
export function attendanceBySession(data: DashboardData, t: Translate, tag: string): TableData {
  const sessions = new Map(data.sessions.map((s) => [s.id, s]));
  const bySession = new Map<string, Record<string, Cell>>();
  for (const r of data.bySession) {
    const id = r.key.session?.id;
    if (!id) continue;
    const session = sessions.get(id);
    const row = bySession.get(id) ?? {
      id,
      session: r.key.session?.name ?? session?.title ?? id,
      venue: r.key.venue?.name ?? session?.venue.name ?? '',
      day: session ? sessionDay(session.startsAt, tag) : '',
      startsAt: session?.startsAt ?? '',
      ...Object.fromEntries(STATUSES.map((s) => [s, 0])),
    };
    if (r.key.status) row[r.key.status] = figure(r, r.count);
    bySession.set(id, row);
  }
  const rows = [...bySession.values()].sort((a, b) => String(a.startsAt).localeCompare(String(b.startsAt)));
  return {
    columns: [
      { key: 'venue', label: t('pilar.dashboard.columns.venue'), kind: 'text' },
      { key: 'day', label: t('pilar.dashboard.columns.day'), kind: 'text' },
      ...STATUSES.map((s) => ({ key: s, label: t(`enums.AttendanceStatus.${s}`), kind: 'count' as const })),
      { key: 'session', label: t('pilar.dashboard.columns.session'), kind: 'text' },
    ],
    rows: rows.map(({ startsAt: _startsAt, ...row }) => row),
  };
}

/**
 * The session to feature: the latest one where aid was also handed out (a Bimtek with a food
 * aid distribution, as the news reports it), else the one with the most workers attending; with
 * its attendance and the aid handed out there by standard.
 */
export function featuredSession(data: DashboardData, t: Translate, tag: string) {
  const table = attendanceBySession(data, t, tag);
  const withAid = new Set(data.aidAtSessions.map((r) => r.key.session?.id));
  let best: Record<string, Cell> | undefined = table.rows.filter((row) => withAid.has(String(row.id))).at(-1);
  if (!best) {
    for (const row of table.rows) {
      if (typeof row.ATTENDED === 'number' && (!best || row.ATTENDED > (best.ATTENDED as number))) best = row;
    }
  }
  if (!best) return null;
  const sessionId = best.id;
  const aid: TableData = {
    columns: [
      { key: 'standard', label: t('pilar.dashboard.columns.standard'), kind: 'text' },
      { key: 'distributions', label: t('pilar.dashboard.columns.distributions'), kind: 'count' },
      { key: 'value', label: t('pilar.dashboard.columns.value'), kind: 'rupiah' },
    ],
    rows: data.aidAtSessions
      .filter((r) => r.key.session?.id === sessionId)
      .map((r) => ({ standard: r.key.aidStandard?.name ?? '', distributions: figure(r, r.count), value: figure(r, r.sum.valueRupiah) })),
  };
  return { attended: best.ATTENDED ?? null, venue: String(best.venue), day: String(best.day), aid };
}

/** Distributions, recipients and value per aid standard. */
export function aidByStandard(data: DashboardData, t: Translate): TableData {
  return {
    columns: [
      { key: 'standard', label: t('pilar.dashboard.columns.standard'), kind: 'text' },
      { key: 'distributions', label: t('pilar.dashboard.columns.distributions'), kind: 'count' },
      { key: 'persons', label: t('pilar.dashboard.columns.persons'), kind: 'count' },
      { key: 'value', label: t('pilar.dashboard.columns.value'), kind: 'rupiah' },
    ],
    rows: data.aidByStandard.map((r) => ({
      standard: r.key.aidStandard?.name ?? '',
      distributions: figure(r, r.count),
      persons: figure(r, r.persons),
      value: figure(r, r.sum.valueRupiah),
    })),
  };
}

/** Distributions per month (`2024-05`), one column per aid standard. */
export function aidByMonth(data: DashboardData, t: Translate): TableData {
  const standards = new Map<string, string>();
  const months = new Map<string, Record<string, Cell>>();
  for (const r of data.aidByMonth) {
    const month = r.key.distributedMonth;
    const standard = r.key.aidStandard;
    if (!month || !standard) continue;
    standards.set(standard.id, standard.name ?? standard.code ?? standard.id);
    const row = months.get(month) ?? { month };
    row[`s${standard.id}`] = figure(r, r.count);
    months.set(month, row);
  }
  const columns = [...standards].map(([id, name]) => ({ key: `s${id}`, label: name, kind: 'count' as const }));
  return {
    columns: [{ key: 'month', label: t('pilar.dashboard.columns.month'), kind: 'text' }, ...columns],
    rows: [...months.values()]
      .sort((a, b) => String(a.month).localeCompare(String(b.month)))
      .map((row) => ({ ...Object.fromEntries(columns.map((c) => [c.key, 0])), ...row })),
  };
}

/** The poverty rate per year (percent). */
export function povertyByYear(data: DashboardData, t: Translate): TableData {
  return {
    columns: [
      { key: 'year', label: t('pilar.dashboard.columns.year'), kind: 'text' },
      { key: 'rate', label: t('pilar.dashboard.columns.rate'), kind: 'percent' },
    ],
    rows: data.poverty
      .filter((r) => r.key.year !== null)
      .map((r) => ({ year: String(r.key.year), rate: r.avg.ratePercent })),
  };
}

/** The sum of a column's numbers (groups shown as "< 5" left out). */
export function total(table: TableData, key: string): number {
  return table.rows.reduce((sum, row) => sum + (typeof row[key] === 'number' ? (row[key] as number) : 0), 0);
}
