export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD (e.g. 2024-05-21). */
  Date: { input: string; output: string; }
  /** A moment in time, ISO 8601 (e.g. 2024-05-21T01:00:00.000Z). A plain date is read as midnight UTC. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** An age band: ages from `from` to `to` (inclusive; null: no upper bound). */
export type AgeBand = {
  from: Scalars['Int']['output'];
  /** e.g. "60–69" or "80+". */
  label: Scalars['String']['output'];
  to: Maybe<Scalars['Int']['output']>;
};

/** A record a group is formed by (a region, aid standard, programme, session, …), with its label. */
export type AggregateGroup = {
  /** The Kemendagri code of a region, the code of an aid standard; null otherwise. */
  code: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The record’s name (a session’s title). */
  name: Maybe<Scalars['String']['output']>;
};

/** Aid handed to a beneficiary under an aid programme and standard, at a session or venue, by a worker. */
export type AidDistribution = {
  aidStandard: AidStandard;
  aidStandardId: Scalars['ID']['output'];
  beneficiary: Beneficiary;
  beneficiaryId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** The day the aid was handed over. */
  distributedOn: Scalars['Date']['output'];
  handedOverBy: Maybe<Worker>;
  /** The pilar sosial who handed the aid over. */
  handedOverById: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** What was handed over, e.g. "Paket permakanan (beras, lauk, susu)". */
  items: Scalars['String']['output'];
  notes: Maybe<Scalars['String']['output']>;
  program: Program;
  programId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  session: Maybe<TrainingSession>;
  /** The session at which the aid was handed over, if any. */
  sessionId: Maybe<Scalars['ID']['output']>;
  /** Unit of the quantity, e.g. paket, kg. */
  unit: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Total value in whole rupiah. */
  valueRupiah: Scalars['Int']['output'];
  venue: Maybe<Venue>;
  /** The venue where the aid was handed over, if any. */
  venueId: Maybe<Scalars['ID']['output']>;
  /** Incremented on every update; an update must quote the version it read. */
  version: Scalars['Int']['output'];
};

/** Distinct counts in a group of AidDistribution records. */
export type AidDistributionAggregateDistinct = {
  /** Distinct beneficiaries. */
  beneficiaries: Maybe<Scalars['Int']['output']>;
  /** Distinct programmes. */
  programs: Maybe<Scalars['Int']['output']>;
};

/** What AidDistribution figures can be grouped by. */
export type AidDistributionAggregateGroupBy =
  /** The aid standard the aid was given under. */
  | 'aidStandard'
  /** Age band of the beneficiary on ageAsOf (default today): 0–17, 18–29, 30–39, 40–49, 50–59, 60–69, 70–79, 80+. For AUDITOR and VIEWER the age is the one reached in the year of ageAsOf (from the birth year alone). */
  | 'beneficiaryAgeBand'
  /** The beneficiary’s gender. */
  | 'beneficiaryGender'
  /** Month of the hand-over, as YYYY-MM. */
  | 'distributedMonth'
  /** Year of the hand-over. */
  | 'distributedYear'
  /** The district (kecamatan) of the beneficiary’s village. */
  | 'district'
  /** The aid programme. */
  | 'program'
  /** Year of the programme. */
  | 'programYear'
  /** The regency (kabupaten) of the beneficiary’s village. */
  | 'regency'
  /** The session at which the aid was handed over. */
  | 'session'
  /** Where the aid was handed over. */
  | 'venue'
  /** The village (desa/kelurahan) of the beneficiary’s village; null when it is a district. */
  | 'village';

/** The group of an aggregate row: the fields named in groupBy are set, the others are null. */
export type AidDistributionAggregateKey = {
  /** The aid standard the aid was given under. */
  aidStandard: Maybe<AggregateGroup>;
  /** Age band of the beneficiary on ageAsOf (default today): 0–17, 18–29, 30–39, 40–49, 50–59, 60–69, 70–79, 80+. For AUDITOR and VIEWER the age is the one reached in the year of ageAsOf (from the birth year alone). */
  beneficiaryAgeBand: Maybe<AgeBand>;
  /** The beneficiary’s gender. */
  beneficiaryGender: Maybe<Gender>;
  /** Month of the hand-over, as YYYY-MM. */
  distributedMonth: Maybe<Scalars['String']['output']>;
  /** Year of the hand-over. */
  distributedYear: Maybe<Scalars['Int']['output']>;
  /** The district (kecamatan) of the beneficiary’s village. */
  district: Maybe<AggregateGroup>;
  /** The aid programme. */
  program: Maybe<AggregateGroup>;
  /** Year of the programme. */
  programYear: Maybe<Scalars['Int']['output']>;
  /** The regency (kabupaten) of the beneficiary’s village. */
  regency: Maybe<AggregateGroup>;
  /** The session at which the aid was handed over. */
  session: Maybe<AggregateGroup>;
  /** Where the aid was handed over. */
  venue: Maybe<AggregateGroup>;
  /** The village (desa/kelurahan) of the beneficiary’s village; null when it is a district. */
  village: Maybe<AggregateGroup>;
};

/** Figures over the numeric fields of the AidDistribution records in a group (null when the group has none). */
export type AidDistributionAggregateNumbers = {
  /** Quantity (in the unit of each record). */
  quantity: Maybe<Scalars['Float']['output']>;
  /** Value in rupiah. */
  valueRupiah: Maybe<Scalars['Float']['output']>;
};

/** One group of AidDistribution records and its figures. */
export type AidDistributionAggregateRow = {
  /** The avg of each numeric field. Null for VIEWER in suppressed groups. */
  avg: AidDistributionAggregateNumbers;
  /** Records in the group; null when suppressed. For VIEWER: rounded to the nearest multiple of 5, and null in groups of fewer than 5 persons. */
  count: Maybe<Scalars['Int']['output']>;
  /** The count as text (rounded for VIEWER), or "< 5" when suppressed: what a chart or table shows. */
  countLabel: Scalars['String']['output'];
  /** Distinct counts. For VIEWER: rounded to the nearest multiple of 5, and null in groups of fewer than 5 persons. */
  distinct: AidDistributionAggregateDistinct;
  key: AidDistributionAggregateKey;
  /** The max of each numeric field. Null for VIEWER (one person’s value). */
  max: AidDistributionAggregateNumbers;
  /** The min of each numeric field. Null for VIEWER (one person’s value). */
  min: AidDistributionAggregateNumbers;
  /** Distinct beneficiaries in the group. For VIEWER: rounded to the nearest multiple of 5, and null in groups of fewer than 5 persons. */
  persons: Maybe<Scalars['Int']['output']>;
  /** The sum of each numeric field. Null for VIEWER in suppressed groups. */
  sum: AidDistributionAggregateNumbers;
  /** True for VIEWER when the group counts fewer than 5 persons: its figures are then null and countLabel is "< 5". */
  suppressed: Scalars['Boolean']['output'];
};

export type AidDistributionCreateInput = {
  /** The aid standard; the beneficiary's category when left out on create. */
  aidStandardId?: InputMaybe<Scalars['ID']['input']>;
  beneficiaryId: Scalars['ID']['input'];
  distributedOn: Scalars['Date']['input'];
  handedOverById?: InputMaybe<Scalars['ID']['input']>;
  /** What was handed over, e.g. Paket permakanan. */
  items: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  /** An AID programme, e.g. Bantuan Permakanan 2024. */
  programId: Scalars['ID']['input'];
  /** 1 when left out on create. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
  /** Total value in whole rupiah. */
  valueRupiah: Scalars['Int']['input'];
  venueId?: InputMaybe<Scalars['ID']['input']>;
};

/** Filter on related AidDistribution records (records in the trash are left out). */
export type AidDistributionListRelationFilter = {
  /** Every related record matches. */
  every?: InputMaybe<AidDistributionWhereInput>;
  /** No related record matches. */
  none?: InputMaybe<AidDistributionWhereInput>;
  /** At least one related record matches. */
  some?: InputMaybe<AidDistributionWhereInput>;
};

/** Sort order for AidDistribution lists: one field per entry; ties are broken by id. */
export type AidDistributionOrderByInput = {
  aidStandardId?: InputMaybe<SortOrder>;
  beneficiaryId?: InputMaybe<SortOrder>;
  createdAt?: InputMaybe<SortOrder>;
  deletedAt?: InputMaybe<SortOrder>;
  distributedOn?: InputMaybe<SortOrder>;
  handedOverById?: InputMaybe<SortOrder>;
  id?: InputMaybe<SortOrder>;
  items?: InputMaybe<SortOrder>;
  notes?: InputMaybe<SortOrder>;
  programId?: InputMaybe<SortOrder>;
  quantity?: InputMaybe<SortOrder>;
  sessionId?: InputMaybe<SortOrder>;
  unit?: InputMaybe<SortOrder>;
  updatedAt?: InputMaybe<SortOrder>;
  valueRupiah?: InputMaybe<SortOrder>;
  venueId?: InputMaybe<SortOrder>;
  version?: InputMaybe<SortOrder>;
};

/** Only the fields given are changed. */
export type AidDistributionUpdateInput = {
  /** The aid standard; the beneficiary's category when left out on create. */
  aidStandardId?: InputMaybe<Scalars['ID']['input']>;
  beneficiaryId?: InputMaybe<Scalars['ID']['input']>;
  distributedOn?: InputMaybe<Scalars['Date']['input']>;
  handedOverById?: InputMaybe<Scalars['ID']['input']>;
  /** What was handed over, e.g. Paket permakanan. */
  items?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** An AID programme, e.g. Bantuan Permakanan 2024. */
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 when left out on create. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
  /** Total value in whole rupiah. */
  valueRupiah?: InputMaybe<Scalars['Int']['input']>;
  venueId?: InputMaybe<Scalars['ID']['input']>;
};

/** Filter for AidDistribution records, in Prisma's shape. */
export type AidDistributionWhereInput = {
  AND?: InputMaybe<Array<AidDistributionWhereInput>>;
  NOT?: InputMaybe<Array<AidDistributionWhereInput>>;
  OR?: InputMaybe<Array<AidDistributionWhereInput>>;
  aidStandard?: InputMaybe<AidStandardRelationFilter>;
  aidStandardId?: InputMaybe<IdFilter>;
  beneficiary?: InputMaybe<BeneficiaryRelationFilter>;
  beneficiaryId?: InputMaybe<IdFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** The day the aid was handed over. */
  distributedOn?: InputMaybe<DateTimeFilter>;
  handedOverBy?: InputMaybe<WorkerRelationFilter>;
  /** The pilar sosial who handed the aid over. */
  handedOverById?: InputMaybe<IdFilter>;
  id?: InputMaybe<IdFilter>;
  /** What was handed over, e.g. "Paket permakanan (beras, lauk, susu)". */
  items?: InputMaybe<StringFilter>;
  notes?: InputMaybe<StringFilter>;
  program?: InputMaybe<ProgramRelationFilter>;
  programId?: InputMaybe<IdFilter>;
  quantity?: InputMaybe<IntFilter>;
  session?: InputMaybe<TrainingSessionRelationFilter>;
  /** The session at which the aid was handed over, if any. */
  sessionId?: InputMaybe<IdFilter>;
  /** Unit of the quantity, e.g. paket, kg. */
  unit?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Total value in whole rupiah. */
  valueRupiah?: InputMaybe<IntFilter>;
  venue?: InputMaybe<VenueRelationFilter>;
  /** The venue where the aid was handed over, if any. */
  venueId?: InputMaybe<IdFilter>;
  /** Incremented on every update; an update must quote the version it read. */
  version?: InputMaybe<IntFilter>;
};

/** One of the 4 minimum service standards of social aid (SPM bidang sosial): neglected elderly, children, persons with disabilities, homeless/beggars. Also the PPKS category of a beneficiary. */
export type AidStandard = {
  beneficiaries: Array<Beneficiary>;
  beneficiariesCount: Scalars['Int']['output'];
  /** Short stable code, e.g. LANSIA_TELANTAR. */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  description: Maybe<Scalars['String']['output']>;
  distributions: Array<AidDistribution>;
  distributionsCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The regulation the standard rests on. */
  legalBasis: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented on every update; an update must quote the version it read. */
  version: Scalars['Int']['output'];
};


/** One of the 4 minimum service standards of social aid (SPM bidang sosial): neglected elderly, children, persons with disabilities, homeless/beggars. Also the PPKS category of a beneficiary. */
export type AidStandardBeneficiariesArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};


/** One of the 4 minimum service standards of social aid (SPM bidang sosial): neglected elderly, children, persons with disabilities, homeless/beggars. Also the PPKS category of a beneficiary. */
export type AidStandardDistributionsArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};

export type AidStandardCreateInput = {
  /** Upper-case code, e.g. LANSIA_TELANTAR. */
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

/** Sort order for AidStandard lists: one field per entry; ties are broken by id. */
export type AidStandardOrderByInput = {
  code?: InputMaybe<SortOrder>;
  createdAt?: InputMaybe<SortOrder>;
  deletedAt?: InputMaybe<SortOrder>;
  description?: InputMaybe<SortOrder>;
  id?: InputMaybe<SortOrder>;
  legalBasis?: InputMaybe<SortOrder>;
  name?: InputMaybe<SortOrder>;
  updatedAt?: InputMaybe<SortOrder>;
  version?: InputMaybe<SortOrder>;
};

/** Filter on a related AidStandard. */
export type AidStandardRelationFilter = {
  is?: InputMaybe<AidStandardWhereInput>;
  isNot?: InputMaybe<AidStandardWhereInput>;
};

/** Only the fields given are changed. */
export type AidStandardUpdateInput = {
  /** Upper-case code, e.g. LANSIA_TELANTAR. */
  code?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Filter for AidStandard records, in Prisma's shape. */
export type AidStandardWhereInput = {
  AND?: InputMaybe<Array<AidStandardWhereInput>>;
  NOT?: InputMaybe<Array<AidStandardWhereInput>>;
  OR?: InputMaybe<Array<AidStandardWhereInput>>;
  beneficiaries?: InputMaybe<BeneficiaryListRelationFilter>;
  /** Short stable code, e.g. LANSIA_TELANTAR. */
  code?: InputMaybe<StringFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt?: InputMaybe<DateTimeFilter>;
  description?: InputMaybe<StringFilter>;
  distributions?: InputMaybe<AidDistributionListRelationFilter>;
  id?: InputMaybe<IdFilter>;
  /** The regulation the standard rests on. */
  legalBasis?: InputMaybe<StringFilter>;
  name?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Incremented on every update; an update must quote the version it read. */
  version?: InputMaybe<IntFilter>;
};

/** An API token for dashboards and scripts. Its secret is shown once, when it is created. */
export type ApiToken = {
  /** Whether the token may run arbitrary operations rather than only approved saved queries (granted by an ADMIN). */
  allowAdHoc: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  owner: User;
  /** The first characters of the secret, to recognise a token without revealing it. */
  prefix: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** The role the token acts with: its owner's role or a lesser one. */
  role: UserRole;
};

/** A worker's place on a session's roster: registered, then marked attended or absent. One per worker and session. */
export type Attendance = {
  createdAt: Scalars['DateTime']['output'];
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  notes: Maybe<Scalars['String']['output']>;
  session: TrainingSession;
  sessionId: Scalars['ID']['output'];
  status: AttendanceStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented on every update; an update must quote the version it read. */
  version: Scalars['Int']['output'];
  worker: Worker;
  workerId: Scalars['ID']['output'];
};

/** Distinct counts in a group of Attendance records. */
export type AttendanceAggregateDistinct = {
  /** Distinct sessions. */
  sessions: Maybe<Scalars['Int']['output']>;
  /** Distinct workers. */
  workers: Maybe<Scalars['Int']['output']>;
};

/** What Attendance figures can be grouped by. */
export type AttendanceAggregateGroupBy =
  /** The district (kecamatan) of the worker’s assigned region. */
  | 'district'
  /** The eks-Kawedanan the session was organised for. */
  | 'districtGroup'
  /** The worker’s gender. */
  | 'gender'
  /** The programme of the session. */
  | 'program'
  /** Year of the programme. */
  | 'programYear'
  /** The regency (kabupaten) of the worker’s assigned region. */
  | 'regency'
  /** The worker’s role. */
  | 'role'
  /** The training session. */
  | 'session'
  /** Month of the session (WIB), as YYYY-MM. */
  | 'sessionMonth'
  /** Year of the session (WIB). */
  | 'sessionYear'
  /** Registered, attended or absent. */
  | 'status'
  /** Where the session was held. */
  | 'venue'
  /** The village (desa/kelurahan) of the worker’s assigned region; null when it is a district. */
  | 'village';

/** The group of an aggregate row: the fields named in groupBy are set, the others are null. */
export type AttendanceAggregateKey = {
  /** The district (kecamatan) of the worker’s assigned region. */
  district: Maybe<AggregateGroup>;
  /** The eks-Kawedanan the session was organised for. */
  districtGroup: Maybe<AggregateGroup>;
  /** The worker’s gender. */
  gender: Maybe<Gender>;
  /** The programme of the session. */
  program: Maybe<AggregateGroup>;
  /** Year of the programme. */
  programYear: Maybe<Scalars['Int']['output']>;
  /** The regency (kabupaten) of the worker’s assigned region. */
  regency: Maybe<AggregateGroup>;
  /** The worker’s role. */
  role: Maybe<WorkerRole>;
  /** The training session. */
  session: Maybe<AggregateGroup>;
  /** Month of the session (WIB), as YYYY-MM. */
  sessionMonth: Maybe<Scalars['String']['output']>;
  /** Year of the session (WIB). */
  sessionYear: Maybe<Scalars['Int']['output']>;
  /** Registered, attended or absent. */
  status: Maybe<AttendanceStatus>;
  /** Where the session was held. */
  venue: Maybe<AggregateGroup>;
  /** The village (desa/kelurahan) of the worker’s assigned region; null when it is a district. */
  village: Maybe<AggregateGroup>;
};

/** One group of Attendance records and its figures. */
export type AttendanceAggregateRow = {
  /** Records in the group; null when suppressed. For VIEWER: rounded to the nearest multiple of 5, and null in groups of fewer than 5 persons. */
  count: Maybe<Scalars['Int']['output']>;
  /** The count as text (rounded for VIEWER), or "< 5" when suppressed: what a chart or table shows. */
  countLabel: Scalars['String']['output'];
  /** Distinct counts. For VIEWER: rounded to the nearest multiple of 5, and null in groups of fewer than 5 persons. */
  distinct: AttendanceAggregateDistinct;
  key: AttendanceAggregateKey;
  /** Distinct workers in the group. For VIEWER: rounded to the nearest multiple of 5, and null in groups of fewer than 5 persons. */
  persons: Maybe<Scalars['Int']['output']>;
  /** True for VIEWER when the group counts fewer than 5 persons: its figures are then null and countLabel is "< 5". */
  suppressed: Scalars['Boolean']['output'];
};

export type AttendanceCreateInput = {
  notes?: InputMaybe<Scalars['String']['input']>;
  sessionId: Scalars['ID']['input'];
  /** REGISTERED when left out on create. */
  status?: InputMaybe<AttendanceStatus>;
  workerId: Scalars['ID']['input'];
};

/** Filter on related Attendance records (records in the trash are left out). */
export type AttendanceListRelationFilter = {
  /** Every related record matches. */
  every?: InputMaybe<AttendanceWhereInput>;
  /** No related record matches. */
  none?: InputMaybe<AttendanceWhereInput>;
  /** At least one related record matches. */
  some?: InputMaybe<AttendanceWhereInput>;
};

/** Sort order for Attendance lists: one field per entry; ties are broken by id. */
export type AttendanceOrderByInput = {
  createdAt?: InputMaybe<SortOrder>;
  deletedAt?: InputMaybe<SortOrder>;
  id?: InputMaybe<SortOrder>;
  notes?: InputMaybe<SortOrder>;
  sessionId?: InputMaybe<SortOrder>;
  status?: InputMaybe<SortOrder>;
  updatedAt?: InputMaybe<SortOrder>;
  version?: InputMaybe<SortOrder>;
  workerId?: InputMaybe<SortOrder>;
};

export type AttendanceStatus =
  | 'ABSENT'
  | 'ATTENDED'
  | 'REGISTERED';

export type AttendanceStatusFilter = {
  equals?: InputMaybe<AttendanceStatus>;
  in?: InputMaybe<Array<AttendanceStatus>>;
  not?: InputMaybe<AttendanceStatusFilter>;
  notIn?: InputMaybe<Array<AttendanceStatus>>;
};

/** Only the fields given are changed. */
export type AttendanceUpdateInput = {
  notes?: InputMaybe<Scalars['String']['input']>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  /** REGISTERED when left out on create. */
  status?: InputMaybe<AttendanceStatus>;
  workerId?: InputMaybe<Scalars['ID']['input']>;
};

/** Filter for Attendance records, in Prisma's shape. */
export type AttendanceWhereInput = {
  AND?: InputMaybe<Array<AttendanceWhereInput>>;
  NOT?: InputMaybe<Array<AttendanceWhereInput>>;
  OR?: InputMaybe<Array<AttendanceWhereInput>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<IdFilter>;
  notes?: InputMaybe<StringFilter>;
  session?: InputMaybe<TrainingSessionRelationFilter>;
  sessionId?: InputMaybe<IdFilter>;
  status?: InputMaybe<AttendanceStatusFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Incremented on every update; an update must quote the version it read. */
  version?: InputMaybe<IntFilter>;
  worker?: InputMaybe<WorkerRelationFilter>;
  workerId?: InputMaybe<IdFilter>;
};

/** A signed statement of the audit trail's head (its newest event, that event's hash, how many events up to it, when), kept outside the database; the trail is held to the newest one, which catches its newest events removed. */
export type AuditCheckpoint = {
  at: Scalars['DateTime']['output'];
  count: Scalars['Int']['output'];
  lastHash: Scalars['String']['output'];
  lastId: Scalars['ID']['output'];
  /** HMAC-SHA-256 (hex) of the other fields under the checkpoint key. */
  signature: Scalars['String']['output'];
};

/** One entry of the append-only audit trail. Each carries the SHA-256 of its content and of the previous entry, so an edited or removed entry breaks the chain. */
export type AuditEvent = {
  /** CREATE, UPDATE, DELETE, RESTORE, REVEAL, READ_PII, LOGIN, LOGIN_FAILED, LOGOUT, TOKEN_CREATE, TOKEN_REVOKE, APPROVE and RETIRE (saved-query versions), RUN (a saved-query run), … */
  action: Scalars['String']['output'];
  /** The user who acted (null for the system, e.g. the seed). */
  actorId: Maybe<Scalars['ID']['output']>;
  /** Who acted (a NIK-like name is masked for AUDITOR). */
  actorName: Scalars['String']['output'];
  /** Changed fields after the change; masked and audited like `before`. */
  after: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTime']['output'];
  /** Changed fields before the change. For AUDITOR personal data is masked as on the record (a birth date cut to its year) and every 16-digit number is masked; an ADMIN shown a NIK or No. KK here causes a READ_PII event. */
  before: Maybe<Scalars['JSON']['output']>;
  /** The entity type acted on, e.g. Beneficiary. */
  entity: Maybe<Scalars['String']['output']>;
  /** SHA-256 over this event's content and prevHash. */
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  ip: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the previous event (null for the first). */
  prevHash: Maybe<Scalars['String']['output']>;
  /** The reason given (NIK-like numbers masked for AUDITOR). */
  reason: Maybe<Scalars['String']['output']>;
  /** The record acted on. */
  recordId: Maybe<Scalars['String']['output']>;
  /** For reads: the records whose identity numbers the response showed. */
  recordIds: Maybe<Scalars['JSON']['output']>;
  requestId: Maybe<Scalars['String']['output']>;
  /** The actor's role at the time (or the token's role). */
  role: Maybe<Scalars['String']['output']>;
};

/** Sort order for AuditEvent lists: one field per entry; ties are broken by id. */
export type AuditEventOrderByInput = {
  action?: InputMaybe<SortOrder>;
  actorId?: InputMaybe<SortOrder>;
  actorName?: InputMaybe<SortOrder>;
  at?: InputMaybe<SortOrder>;
  entity?: InputMaybe<SortOrder>;
  hash?: InputMaybe<SortOrder>;
  id?: InputMaybe<SortOrder>;
  ip?: InputMaybe<SortOrder>;
  prevHash?: InputMaybe<SortOrder>;
  reason?: InputMaybe<SortOrder>;
  recordId?: InputMaybe<SortOrder>;
  requestId?: InputMaybe<SortOrder>;
  role?: InputMaybe<SortOrder>;
};

/** Filter for AuditEvent records, in Prisma's shape. */
export type AuditEventWhereInput = {
  AND?: InputMaybe<Array<AuditEventWhereInput>>;
  NOT?: InputMaybe<Array<AuditEventWhereInput>>;
  OR?: InputMaybe<Array<AuditEventWhereInput>>;
  /** CREATE, UPDATE, DELETE, RESTORE, REVEAL, READ_PII, LOGIN, LOGIN_FAILED, LOGOUT, TOKEN_CREATE, TOKEN_REVOKE, APPROVE and RETIRE (saved-query versions), RUN (a saved-query run), … */
  action?: InputMaybe<StringFilter>;
  /** The user who acted (null for the system, e.g. the seed). */
  actorId?: InputMaybe<IntFilter>;
  /** The actor's username at the time. */
  actorName?: InputMaybe<StringFilter>;
  at?: InputMaybe<DateTimeFilter>;
  /** The entity type acted on, e.g. Beneficiary. */
  entity?: InputMaybe<StringFilter>;
  /** SHA-256 over this event's content and prevHash. */
  hash?: InputMaybe<StringFilter>;
  id?: InputMaybe<IdFilter>;
  ip?: InputMaybe<StringFilter>;
  /** SHA-256 of the previous event (null for the first). */
  prevHash?: InputMaybe<StringFilter>;
  /** Why, for reveals of personal data. */
  reason?: InputMaybe<StringFilter>;
  /** The record acted on. */
  recordId?: InputMaybe<StringFilter>;
  /** For reads: the records whose identity numbers the response showed. */
  recordIds?: InputMaybe<JsonListFilter>;
  requestId?: InputMaybe<StringFilter>;
  /** The actor's role at the time (or the token's role). */
  role?: InputMaybe<StringFilter>;
};

export type AuditTrailProblem =
  /** A line of the checkpoint file is not a checkpoint signed with the key (forged or damaged): badCheckpointLine. */
  | 'BAD_CHECKPOINT'
  /** An event was edited, or one before it removed: firstBrokenId. */
  | 'CHAIN_BROKEN'
  /** The newest checkpoint's event has another hash, or more events lead up to it: the chain was rewritten. */
  | 'CHECKPOINT_MISMATCH'
  /** The newest checkpoint's event is gone, or fewer events lead up to it than it counted: the newest events were removed. */
  | 'TRUNCATED';

/** The result of walking the hash chain of the audit trail and holding it to its newest signed checkpoint. */
export type AuditVerification = {
  badCheckpointLine: Maybe<Scalars['Int']['output']>;
  /** Events verified before the first broken one (or all). */
  checked: Scalars['Int']['output'];
  /** The newest signed checkpoint the trail was held to; null when there is none yet. */
  checkpoint: Maybe<AuditCheckpoint>;
  firstBrokenId: Maybe<Scalars['ID']['output']>;
  ok: Scalars['Boolean']['output'];
  problem: Maybe<AuditTrailProblem>;
  /** The newest events were removed (problem TRUNCATED). */
  truncated: Scalars['Boolean']['output'];
};

/** A PPKS (Pemerlu Pelayanan Kesejahteraan Sosial): a person in need of social-welfare services. */
export type Beneficiary = {
  /** Street address (jalan, RT/RW, blok). Masked for AUDITOR (revealPersonalData shows it in clear) and for a CLERK outside the record’s regions; never shown to VIEWER. */
  address: Maybe<Scalars['String']['output']>;
  aidStandard: AidStandard;
  /** The beneficiary's PPKS category, one of the 4 aid standards. */
  aidStandardId: Scalars['ID']['output'];
  /** Date of birth; null where the NIK is masked (AUDITOR, a CLERK outside the record’s regions, VIEWER): it is the NIK’s middle digits. */
  birthDate: Maybe<Scalars['Date']['output']>;
  /** Year of birth, also where the birth date is hidden (for matching records); null for VIEWER. */
  birthYear: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** Aid handed to the beneficiary, newest first. */
  distributions: Array<AidDistribution>;
  distributionsCount: Scalars['Int']['output'];
  district: Maybe<Region>;
  /** The district (kecamatan) of the village: kept by the database from the village, read-only. */
  districtId: Maybe<Scalars['ID']['output']>;
  gender: Gender;
  id: Scalars['ID']['output'];
  /** Nomor Kartu Keluarga: the 16-digit family-card number. Masked for AUDITOR (revealPersonalData shows it in clear) and for a CLERK outside the record’s regions; never shown to VIEWER. */
  kkNumber: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Nomor Induk Kependudukan: the 16-digit national ID number. Masked for AUDITOR (revealPersonalData shows it in clear) and for a CLERK outside the record’s regions; never shown to VIEWER. */
  nik: Scalars['String']['output'];
  notes: Maybe<Scalars['String']['output']>;
  /** Masked for AUDITOR (revealPersonalData shows it in clear) and for a CLERK outside the record’s regions; never shown to VIEWER. */
  phone: Maybe<Scalars['String']['output']>;
  registeredBy: Maybe<Worker>;
  /** The pilar sosial who registered the beneficiary. */
  registeredById: Maybe<Scalars['ID']['output']>;
  status: BeneficiaryStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented on every update; an update must quote the version it read. */
  version: Scalars['Int']['output'];
  village: Region;
  /** The village the beneficiary lives in. */
  villageId: Scalars['ID']['output'];
};


/** A PPKS (Pemerlu Pelayanan Kesejahteraan Sosial): a person in need of social-welfare services. */
export type BeneficiaryDistributionsArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};

/** Distinct counts in a group of Beneficiary records. */
export type BeneficiaryAggregateDistinct = {
  /** Distinct family cards (No. KK). */
  families: Maybe<Scalars['Int']['output']>;
};

/** What Beneficiary figures can be grouped by. */
export type BeneficiaryAggregateGroupBy =
  /** Age band of the beneficiary on ageAsOf (default today): 0–17, 18–29, 30–39, 40–49, 50–59, 60–69, 70–79, 80+. For AUDITOR and VIEWER the age is the one reached in the year of ageAsOf (from the birth year alone). */
  | 'ageBand'
  /** The PPKS category (one of the 4 aid standards). */
  | 'aidStandard'
  /** Month of birth, as YYYY-MM. Not for AUDITOR and VIEWER (part of a birth date, hence of a NIK). */
  | 'birthMonth'
  /** Year of birth. */
  | 'birthYear'
  /** The district (kecamatan) of the beneficiary’s village. */
  | 'district'
  /** Gender. */
  | 'gender'
  /** The regency (kabupaten) of the beneficiary’s village. */
  | 'regency'
  /** Month of registration in Pilar, as YYYY-MM. */
  | 'registeredMonth'
  /** Year of registration in Pilar. */
  | 'registeredYear'
  /** Where the PPKS stands. */
  | 'status'
  /** The village (desa/kelurahan) of the beneficiary’s village; null when it is a district. */
  | 'village';

/** The group of an aggregate row: the fields named in groupBy are set, the others are null. */
export type BeneficiaryAggregateKey = {
  /** Age band of the beneficiary on ageAsOf (default today): 0–17, 18–29, 30–39, 40–49, 50–59, 60–69, 70–79, 80+. For AUDITOR and VIEWER the age is the one reached in the year of ageAsOf (from the birth year alone). */
  ageBand: Maybe<AgeBand>;
  /** The PPKS category (one of the 4 aid standards). */
  aidStandard: Maybe<AggregateGroup>;
  /** Month of birth, as YYYY-MM. Not for AUDITOR and VIEWER (part of a birth date, hence of a NIK). */
  birthMonth: Maybe<Scalars['String']['output']>;
  /** Year of birth. */
  birthYear: Maybe<Scalars['Int']['output']>;
  /** The district (kecamatan) of the beneficiary’s village. */
  district: Maybe<AggregateGroup>;
  /** Gender. */
  gender: Maybe<Gender>;
  /** The regency (kabupaten) of the beneficiary’s village. */
  regency: Maybe<AggregateGroup>;
  /** Month of registration in Pilar, as YYYY-MM. */
  registeredMonth: Maybe<Scalars['String']['output']>;
  /** Year of registration in Pilar. */
  registeredYear: Maybe<Scalars['Int']['output']>;
  /** Where the PPKS stands. */
  status: Maybe<BeneficiaryStatus>;
  /** The village (desa/kelurahan) of the beneficiary’s village; null when it is a district. */
  village: Maybe<AggregateGroup>;
};

/** One group of Beneficiary records and its figures. */
export type BeneficiaryAggregateRow = {
  /** Records in the group; null when suppressed. For VIEWER: rounded to the nearest multiple of 5, and null in groups of fewer than 5 persons. */
  count: Maybe<Scalars['Int']['output']>;
  /** The count as text (rounded for VIEWER), or "< 5" when suppressed: what a chart or table shows. */
  countLabel: Scalars['String']['output'];
  /** Distinct counts. For VIEWER: rounded to the nearest multiple of 5, and null in groups of fewer than 5 persons. */
  distinct: BeneficiaryAggregateDistinct;
  key: BeneficiaryAggregateKey;
  /** True for VIEWER when the group counts fewer than 5 persons: its figures are then null and countLabel is "< 5". */
  suppressed: Scalars['Boolean']['output'];
};

export type BeneficiaryCreateInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** The PPKS category: one of the 4 aid standards. */
  aidStandardId: Scalars['ID']['input'];
  birthDate: Scalars['Date']['input'];
  gender: Gender;
  /** No. KK: the 16-digit family-card number. */
  kkNumber: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** NIK: 16 digits; its date part must match birthDate (day + 40 for women). */
  nik: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The pilar sosial who registered the beneficiary. */
  registeredById?: InputMaybe<Scalars['ID']['input']>;
  /** ACTIVE when left out on create. */
  status?: InputMaybe<BeneficiaryStatus>;
  villageId: Scalars['ID']['input'];
};

/** Filter on related Beneficiary records (records in the trash are left out). */
export type BeneficiaryListRelationFilter = {
  /** Every related record matches. */
  every?: InputMaybe<BeneficiaryWhereInput>;
  /** No related record matches. */
  none?: InputMaybe<BeneficiaryWhereInput>;
  /** At least one related record matches. */
  some?: InputMaybe<BeneficiaryWhereInput>;
};

/** Sort order for Beneficiary lists: one field per entry; ties are broken by id. */
export type BeneficiaryOrderByInput = {
  address?: InputMaybe<SortOrder>;
  aidStandardId?: InputMaybe<SortOrder>;
  birthDate?: InputMaybe<SortOrder>;
  createdAt?: InputMaybe<SortOrder>;
  deletedAt?: InputMaybe<SortOrder>;
  districtId?: InputMaybe<SortOrder>;
  gender?: InputMaybe<SortOrder>;
  id?: InputMaybe<SortOrder>;
  kkNumber?: InputMaybe<SortOrder>;
  name?: InputMaybe<SortOrder>;
  nik?: InputMaybe<SortOrder>;
  notes?: InputMaybe<SortOrder>;
  phone?: InputMaybe<SortOrder>;
  registeredById?: InputMaybe<SortOrder>;
  status?: InputMaybe<SortOrder>;
  updatedAt?: InputMaybe<SortOrder>;
  version?: InputMaybe<SortOrder>;
  villageId?: InputMaybe<SortOrder>;
};

/** Filter on a related Beneficiary. */
export type BeneficiaryRelationFilter = {
  is?: InputMaybe<BeneficiaryWhereInput>;
  isNot?: InputMaybe<BeneficiaryWhereInput>;
};

/** Where a PPKS stands: ACTIVE, GRADUATED (no longer in need), MOVED out, DECEASED. */
export type BeneficiaryStatus =
  | 'ACTIVE'
  | 'DECEASED'
  | 'GRADUATED'
  | 'MOVED';

export type BeneficiaryStatusFilter = {
  equals?: InputMaybe<BeneficiaryStatus>;
  in?: InputMaybe<Array<BeneficiaryStatus>>;
  not?: InputMaybe<BeneficiaryStatusFilter>;
  notIn?: InputMaybe<Array<BeneficiaryStatus>>;
};

/** Only the fields given are changed. */
export type BeneficiaryUpdateInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** The PPKS category: one of the 4 aid standards. */
  aidStandardId?: InputMaybe<Scalars['ID']['input']>;
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  gender?: InputMaybe<Gender>;
  /** No. KK: the 16-digit family-card number. */
  kkNumber?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** NIK: 16 digits; its date part must match birthDate (day + 40 for women). */
  nik?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The pilar sosial who registered the beneficiary. */
  registeredById?: InputMaybe<Scalars['ID']['input']>;
  /** ACTIVE when left out on create. */
  status?: InputMaybe<BeneficiaryStatus>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

/** Filter for Beneficiary records, in Prisma's shape. */
export type BeneficiaryWhereInput = {
  AND?: InputMaybe<Array<BeneficiaryWhereInput>>;
  NOT?: InputMaybe<Array<BeneficiaryWhereInput>>;
  OR?: InputMaybe<Array<BeneficiaryWhereInput>>;
  /** Street address (jalan, RT/RW, blok). */
  address?: InputMaybe<StringFilter>;
  aidStandard?: InputMaybe<AidStandardRelationFilter>;
  /** The beneficiary's PPKS category, one of the 4 aid standards. */
  aidStandardId?: InputMaybe<IdFilter>;
  birthDate?: InputMaybe<DateTimeFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt?: InputMaybe<DateTimeFilter>;
  distributions?: InputMaybe<AidDistributionListRelationFilter>;
  district?: InputMaybe<RegionRelationFilter>;
  /** The district (kecamatan) of the village: kept by the database from the village, read-only. */
  districtId?: InputMaybe<IdFilter>;
  gender?: InputMaybe<GenderFilter>;
  id?: InputMaybe<IdFilter>;
  /** Nomor Kartu Keluarga: the 16-digit family-card number. */
  kkNumber?: InputMaybe<StringFilter>;
  name?: InputMaybe<StringFilter>;
  /** Nomor Induk Kependudukan: the 16-digit national ID number. */
  nik?: InputMaybe<StringFilter>;
  notes?: InputMaybe<StringFilter>;
  phone?: InputMaybe<StringFilter>;
  registeredBy?: InputMaybe<WorkerRelationFilter>;
  /** The pilar sosial who registered the beneficiary. */
  registeredById?: InputMaybe<IdFilter>;
  status?: InputMaybe<BeneficiaryStatusFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Incremented on every update; an update must quote the version it read. */
  version?: InputMaybe<IntFilter>;
  village?: InputMaybe<RegionRelationFilter>;
  /** The village the beneficiary lives in. */
  villageId?: InputMaybe<IdFilter>;
};

/** Yes/no filter. */
export type BooleanFilter = {
  equals?: InputMaybe<Scalars['Boolean']['input']>;
  /** Negates the nested filter; `not: null` means the field has a value. */
  not?: InputMaybe<BooleanFilter>;
};

/** A new token and its secret: store the secret now, it cannot be read again. */
export type CreatedApiToken = {
  /** Send as `Authorization: Bearer <secret>`. */
  secret: Scalars['String']['output'];
  token: ApiToken;
};

/** Date and time filter; a plain date (YYYY-MM-DD) means midnight UTC. */
export type DateTimeFilter = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Negates the nested filter; `not: null` means the field has a value. */
  not?: InputMaybe<DateTimeFilter>;
  notIn?: InputMaybe<Array<Scalars['DateTime']['input']>>;
};

/** An eks-Kawedanan: a former administrative area grouping several districts, still used to organise events (e.g. Haurgeulis: Haurgeulis, Gantar, Sukra, Patrol, Anjatan). */
export type DistrictGroup = {
  createdAt: Scalars['DateTime']['output'];
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** The districts in the group. */
  districts: Array<Region>;
  districtsCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  regency: Region;
  /** The regency whose districts the group gathers. */
  regencyId: Scalars['ID']['output'];
  sessions: Array<TrainingSession>;
  sessionsCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented on every update; an update must quote the version it read. */
  version: Scalars['Int']['output'];
};


/** An eks-Kawedanan: a former administrative area grouping several districts, still used to organise events (e.g. Haurgeulis: Haurgeulis, Gantar, Sukra, Patrol, Anjatan). */
export type DistrictGroupDistrictsArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};


/** An eks-Kawedanan: a former administrative area grouping several districts, still used to organise events (e.g. Haurgeulis: Haurgeulis, Gantar, Sukra, Patrol, Anjatan). */
export type DistrictGroupSessionsArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};

export type DistrictGroupCreateInput = {
  /** The districts in the group (replaces the current list on update). */
  districtIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** e.g. Haurgeulis */
  name: Scalars['String']['input'];
  regencyId: Scalars['ID']['input'];
};

/** Filter on related DistrictGroup records (records in the trash are left out). */
export type DistrictGroupListRelationFilter = {
  /** Every related record matches. */
  every?: InputMaybe<DistrictGroupWhereInput>;
  /** No related record matches. */
  none?: InputMaybe<DistrictGroupWhereInput>;
  /** At least one related record matches. */
  some?: InputMaybe<DistrictGroupWhereInput>;
};

/** Sort order for DistrictGroup lists: one field per entry; ties are broken by id. */
export type DistrictGroupOrderByInput = {
  createdAt?: InputMaybe<SortOrder>;
  deletedAt?: InputMaybe<SortOrder>;
  id?: InputMaybe<SortOrder>;
  name?: InputMaybe<SortOrder>;
  regencyId?: InputMaybe<SortOrder>;
  updatedAt?: InputMaybe<SortOrder>;
  version?: InputMaybe<SortOrder>;
};

/** Filter on a related DistrictGroup. */
export type DistrictGroupRelationFilter = {
  is?: InputMaybe<DistrictGroupWhereInput>;
  isNot?: InputMaybe<DistrictGroupWhereInput>;
};

/** Only the fields given are changed. */
export type DistrictGroupUpdateInput = {
  /** The districts in the group (replaces the current list on update). */
  districtIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** e.g. Haurgeulis */
  name?: InputMaybe<Scalars['String']['input']>;
  regencyId?: InputMaybe<Scalars['ID']['input']>;
};

/** Filter for DistrictGroup records, in Prisma's shape. */
export type DistrictGroupWhereInput = {
  AND?: InputMaybe<Array<DistrictGroupWhereInput>>;
  NOT?: InputMaybe<Array<DistrictGroupWhereInput>>;
  OR?: InputMaybe<Array<DistrictGroupWhereInput>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** The districts in the group. */
  districts?: InputMaybe<RegionListRelationFilter>;
  id?: InputMaybe<IdFilter>;
  name?: InputMaybe<StringFilter>;
  regency?: InputMaybe<RegionRelationFilter>;
  /** The regency whose districts the group gathers. */
  regencyId?: InputMaybe<IdFilter>;
  sessions?: InputMaybe<TrainingSessionListRelationFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Incremented on every update; an update must quote the version it read. */
  version?: InputMaybe<IntFilter>;
};

/** Number filter. */
export type FloatFilter = {
  equals?: InputMaybe<Scalars['Float']['input']>;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
  /** Negates the nested filter; `not: null` means the field has a value. */
  not?: InputMaybe<FloatFilter>;
  notIn?: InputMaybe<Array<Scalars['Float']['input']>>;
};

export type Gender =
  | 'FEMALE'
  | 'MALE';

export type GenderFilter = {
  equals?: InputMaybe<Gender>;
  in?: InputMaybe<Array<Gender>>;
  not?: InputMaybe<GenderFilter>;
  notIn?: InputMaybe<Array<Gender>>;
};

/** Record-id filter. */
export type IdFilter = {
  equals?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Negates the nested filter; `not: null` means the field has a value. */
  not?: InputMaybe<IdFilter>;
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Whole-number filter. */
export type IntFilter = {
  equals?: InputMaybe<Scalars['Int']['input']>;
  gt?: InputMaybe<Scalars['Int']['input']>;
  gte?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  lt?: InputMaybe<Scalars['Int']['input']>;
  lte?: InputMaybe<Scalars['Int']['input']>;
  /** Negates the nested filter; `not: null` means the field has a value. */
  not?: InputMaybe<IntFilter>;
  notIn?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Filter on a list of strings kept as JSON. */
export type JsonListFilter = {
  /** The list contains this string, e.g. "Beneficiary:12". */
  has?: InputMaybe<Scalars['String']['input']>;
};

/** The signed-in user (or the owner of the API token in use). */
export type Me = {
  displayName: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** For clerks: the districts and villages assigned to them. */
  regions: Array<Region>;
  /** The role in force (a token may act with less than its owner). */
  role: UserRole;
  username: Scalars['String']['output'];
  /** `session` (signed in) or `token` (API token). */
  via: Scalars['String']['output'];
};

/** Changes to the Pilar registry; every change checks the record version. */
export type Mutation = {
  /** Approves a DRAFT version: it may then be run by every signed-in role and called by its persisted id. Its author may not approve it (FORBIDDEN). */
  approveSavedQueryVersion: SavedQueryVersion;
  /** Changes your own password (signed in with a session, not an API token). Ends every other session of yours and, unless `keepApiTokens`, every API token. A wrong current password is refused like a failed sign-in, and throttled the same way. */
  changePassword: Scalars['Boolean']['output'];
  /** Records aid handed to a beneficiary. */
  createAidDistribution: AidDistribution;
  /** Creates a AidStandard. */
  createAidStandard: AidStandard;
  /** Creates an API token acting with your role or a lesser one. Only an ADMIN may let a token run operations other than approved saved queries (allowAdHoc). */
  createApiToken: CreatedApiToken;
  /** Puts a worker on a session's roster. */
  createAttendance: Attendance;
  /** Registers a PPKS. */
  createBeneficiary: Beneficiary;
  /** Creates a DistrictGroup. */
  createDistrictGroup: DistrictGroup;
  /** Creates a PovertyIndicator. */
  createPovertyIndicator: PovertyIndicator;
  /** Creates a Program. */
  createProgram: Program;
  /** Creates a Region. */
  createRegion: Region;
  /** Saves a query as version 1, a DRAFT until another ADMIN or AUDITOR approves it. Mutations and subscriptions are refused. */
  createSavedQuery: SavedQuery;
  /** Creates a TrainingSession. */
  createTrainingSession: TrainingSession;
  /** Creates a user (ADMIN only). */
  createUser: User;
  /** Creates a Venue. */
  createVenue: Venue;
  /** Creates a Worker. */
  createWorker: Worker;
  /** Moves a AidDistribution to the trash (soft delete); restoreAidDistribution brings it back. */
  deleteAidDistribution: AidDistribution;
  /** Moves a AidStandard to the trash (soft delete); restoreAidStandard brings it back. */
  deleteAidStandard: AidStandard;
  /** Moves a Attendance to the trash (soft delete); restoreAttendance brings it back. */
  deleteAttendance: Attendance;
  /** Moves a Beneficiary to the trash (soft delete); restoreBeneficiary brings it back. */
  deleteBeneficiary: Beneficiary;
  /** Moves a DistrictGroup to the trash (soft delete); restoreDistrictGroup brings it back. */
  deleteDistrictGroup: DistrictGroup;
  /** Moves a PovertyIndicator to the trash (soft delete); restorePovertyIndicator brings it back. */
  deletePovertyIndicator: PovertyIndicator;
  /** Moves a Program to the trash (soft delete); restoreProgram brings it back. */
  deleteProgram: Program;
  /** Moves a Region to the trash (soft delete); restoreRegion brings it back. */
  deleteRegion: Region;
  /** Moves a TrainingSession to the trash (soft delete); restoreTrainingSession brings it back. */
  deleteTrainingSession: TrainingSession;
  /** Moves a User to the trash (soft delete); restoreUser brings it back. */
  deleteUser: User;
  /** Moves a Venue to the trash (soft delete); restoreVenue brings it back. */
  deleteVenue: Venue;
  /** Moves a Worker to the trash (soft delete); restoreWorker brings it back. */
  deleteWorker: Worker;
  /** Signs in: sets an HTTP-only, SameSite=Strict session cookie. Repeated attempts are refused for a while with TOO_MANY_ATTEMPTS (`retryAfterSeconds`). */
  login: Me;
  /** Signs out: ends the session and clears its cookie. True if a session was ended. */
  logout: Scalars['Boolean']['output'];
  /** Brings a AidDistribution back from the trash. */
  restoreAidDistribution: AidDistribution;
  /** Brings a AidStandard back from the trash. */
  restoreAidStandard: AidStandard;
  /** Brings a Attendance back from the trash. */
  restoreAttendance: Attendance;
  /** Brings a Beneficiary back from the trash. */
  restoreBeneficiary: Beneficiary;
  /** Brings a DistrictGroup back from the trash. */
  restoreDistrictGroup: DistrictGroup;
  /** Brings a PovertyIndicator back from the trash. */
  restorePovertyIndicator: PovertyIndicator;
  /** Brings a Program back from the trash. */
  restoreProgram: Program;
  /** Brings a Region back from the trash. */
  restoreRegion: Region;
  /** Brings a TrainingSession back from the trash. */
  restoreTrainingSession: TrainingSession;
  /** Brings a User back from the trash. */
  restoreUser: User;
  /** Brings a Venue back from the trash. */
  restoreVenue: Venue;
  /** Brings a Worker back from the trash. */
  restoreWorker: Worker;
  /** Retires a saved query and all its versions: none can be run any more. Its versions and runs stay readable. */
  retireSavedQuery: SavedQuery;
  /** Retires one version: it can no longer be run, and its persisted id stops working. Other versions stay as they are. */
  retireSavedQueryVersion: SavedQueryVersion;
  /** Shows one record's NIK, No. KK, phone and address in clear. The reveal, with its reason, is written to the audit trail. */
  revealPersonalData: PersonalData;
  /** Revokes one of your tokens (an ADMIN may revoke anyone’s). It stops working at once. */
  revokeApiToken: ApiToken;
  /** Runs a saved query with your own permissions and masks, logs the run (who, version, variables, row count, duration, SHA-256 of the result) and returns it with the data. Without `version`: the newest approved version. Drafts run only for ADMIN and AUDITOR. */
  runSavedQuery: SavedQueryRun;
  /** Changes a AidDistribution; only the fields given change. Fails with VERSION_CONFLICT unless `version` is the stored one. */
  updateAidDistribution: AidDistribution;
  /** Changes a AidStandard; only the fields given change. Fails with VERSION_CONFLICT unless `version` is the stored one. */
  updateAidStandard: AidStandard;
  /** Changes a Attendance; only the fields given change. Fails with VERSION_CONFLICT unless `version` is the stored one. */
  updateAttendance: Attendance;
  /** Changes a Beneficiary; only the fields given change. Fails with VERSION_CONFLICT unless `version` is the stored one. */
  updateBeneficiary: Beneficiary;
  /** Changes a DistrictGroup; only the fields given change. Fails with VERSION_CONFLICT unless `version` is the stored one. */
  updateDistrictGroup: DistrictGroup;
  /** Changes a PovertyIndicator; only the fields given change. Fails with VERSION_CONFLICT unless `version` is the stored one. */
  updatePovertyIndicator: PovertyIndicator;
  /** Changes a Program; only the fields given change. Fails with VERSION_CONFLICT unless `version` is the stored one. */
  updateProgram: Program;
  /** Changes a Region; only the fields given change. Fails with VERSION_CONFLICT unless `version` is the stored one. */
  updateRegion: Region;
  /** Renames a saved query, restates its purpose, or changes its document, which adds a new DRAFT version (the old ones stay, and stay approved). Fails with VERSION_CONFLICT unless `version` is the stored record version. */
  updateSavedQuery: SavedQuery;
  /** Changes a TrainingSession; only the fields given change. Fails with VERSION_CONFLICT unless `version` is the stored one. */
  updateTrainingSession: TrainingSession;
  /** Changes a User; only the fields given change. Fails with VERSION_CONFLICT unless `version` is the stored one. */
  updateUser: User;
  /** Changes a Venue; only the fields given change. Fails with VERSION_CONFLICT unless `version` is the stored one. */
  updateVenue: Venue;
  /** Changes a Worker; only the fields given change. Fails with VERSION_CONFLICT unless `version` is the stored one. */
  updateWorker: Worker;
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationApproveSavedQueryVersionArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  keepApiTokens?: InputMaybe<Scalars['Boolean']['input']>;
  newPassword: Scalars['String']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationCreateAidDistributionArgs = {
  data: AidDistributionCreateInput;
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationCreateAidStandardArgs = {
  data: AidStandardCreateInput;
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationCreateApiTokenArgs = {
  allowAdHoc: InputMaybe<Scalars['Boolean']['input']>;
  expiresAt: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  role: InputMaybe<UserRole>;
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationCreateAttendanceArgs = {
  data: AttendanceCreateInput;
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationCreateBeneficiaryArgs = {
  data: BeneficiaryCreateInput;
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationCreateDistrictGroupArgs = {
  data: DistrictGroupCreateInput;
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationCreatePovertyIndicatorArgs = {
  data: PovertyIndicatorCreateInput;
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationCreateProgramArgs = {
  data: ProgramCreateInput;
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationCreateRegionArgs = {
  data: RegionCreateInput;
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationCreateSavedQueryArgs = {
  data: SavedQueryCreateInput;
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationCreateTrainingSessionArgs = {
  data: TrainingSessionCreateInput;
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationCreateUserArgs = {
  data: UserCreateInput;
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationCreateVenueArgs = {
  data: VenueCreateInput;
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationCreateWorkerArgs = {
  data: WorkerCreateInput;
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationDeleteAidDistributionArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationDeleteAidStandardArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationDeleteAttendanceArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationDeleteBeneficiaryArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationDeleteDistrictGroupArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationDeletePovertyIndicatorArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationDeleteProgramArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationDeleteRegionArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationDeleteTrainingSessionArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationDeleteVenueArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationDeleteWorkerArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationRestoreAidDistributionArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationRestoreAidStandardArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationRestoreAttendanceArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationRestoreBeneficiaryArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationRestoreDistrictGroupArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationRestorePovertyIndicatorArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationRestoreProgramArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationRestoreRegionArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationRestoreTrainingSessionArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationRestoreUserArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationRestoreVenueArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationRestoreWorkerArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationRetireSavedQueryArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationRetireSavedQueryVersionArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationRevealPersonalDataArgs = {
  entity: PersonalDataEntity;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationRunSavedQueryArgs = {
  id: Scalars['ID']['input'];
  variables: InputMaybe<Scalars['JSON']['input']>;
  version: InputMaybe<Scalars['Int']['input']>;
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationUpdateAidDistributionArgs = {
  data: AidDistributionUpdateInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationUpdateAidStandardArgs = {
  data: AidStandardUpdateInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationUpdateAttendanceArgs = {
  data: AttendanceUpdateInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationUpdateBeneficiaryArgs = {
  data: BeneficiaryUpdateInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationUpdateDistrictGroupArgs = {
  data: DistrictGroupUpdateInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationUpdatePovertyIndicatorArgs = {
  data: PovertyIndicatorUpdateInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationUpdateProgramArgs = {
  data: ProgramUpdateInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationUpdateRegionArgs = {
  data: RegionUpdateInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationUpdateSavedQueryArgs = {
  data: SavedQueryUpdateInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationUpdateTrainingSessionArgs = {
  data: TrainingSessionUpdateInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationUpdateUserArgs = {
  data: UserUpdateInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationUpdateVenueArgs = {
  data: VenueUpdateInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Changes to the Pilar registry; every change checks the record version. */
export type MutationUpdateWorkerArgs = {
  data: WorkerUpdateInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** One record's personal data in clear, as revealed (and audited) for a stated reason. */
export type PersonalData = {
  address: Maybe<Scalars['String']['output']>;
  entity: PersonalDataEntity;
  id: Scalars['ID']['output'];
  kkNumber: Maybe<Scalars['String']['output']>;
  nik: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
};

/** The entities that hold personal data. */
export type PersonalDataEntity =
  | 'Beneficiary'
  | 'Worker';

/** Poverty rate (angka kemiskinan) of a region in a year. */
export type PovertyIndicator = {
  createdAt: Scalars['DateTime']['output'];
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Share of the population below the poverty line, in percent (e.g. 12.13). */
  ratePercent: Scalars['Float']['output'];
  region: Region;
  regionId: Scalars['ID']['output'];
  /** Where the figure comes from, e.g. BPS Kabupaten Indramayu. */
  source: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented on every update; an update must quote the version it read. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** What PovertyIndicator figures can be grouped by. */
export type PovertyIndicatorAggregateGroupBy =
  /** The region of the figure. */
  | 'region'
  /** The level of the region. */
  | 'regionLevel'
  /** The year of the figure. */
  | 'year';

/** The group of an aggregate row: the fields named in groupBy are set, the others are null. */
export type PovertyIndicatorAggregateKey = {
  /** The region of the figure. */
  region: Maybe<AggregateGroup>;
  /** The level of the region. */
  regionLevel: Maybe<RegionLevel>;
  /** The year of the figure. */
  year: Maybe<Scalars['Int']['output']>;
};

/** Figures over the numeric fields of the PovertyIndicator records in a group (null when the group has none). */
export type PovertyIndicatorAggregateNumbers = {
  /** Poverty rate in percent. */
  ratePercent: Maybe<Scalars['Float']['output']>;
};

/** One group of PovertyIndicator records and its figures. */
export type PovertyIndicatorAggregateRow = {
  /** The avg of each numeric field. */
  avg: PovertyIndicatorAggregateNumbers;
  /** Records in the group; null when suppressed. For VIEWER: rounded to the nearest multiple of 5, and null in groups of fewer than 5 persons. */
  count: Maybe<Scalars['Int']['output']>;
  /** The count as text (rounded for VIEWER), or "< 5" when suppressed: what a chart or table shows. */
  countLabel: Scalars['String']['output'];
  key: PovertyIndicatorAggregateKey;
  /** The max of each numeric field. */
  max: PovertyIndicatorAggregateNumbers;
  /** The min of each numeric field. */
  min: PovertyIndicatorAggregateNumbers;
  /** The sum of each numeric field. */
  sum: PovertyIndicatorAggregateNumbers;
  /** True for VIEWER when the group counts fewer than 5 persons: its figures are then null and countLabel is "< 5". */
  suppressed: Scalars['Boolean']['output'];
};

export type PovertyIndicatorCreateInput = {
  /** Percent of the population below the poverty line, e.g. 12.13. */
  ratePercent: Scalars['Float']['input'];
  regionId: Scalars['ID']['input'];
  /** e.g. BPS Kabupaten Indramayu */
  source: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** Filter on related PovertyIndicator records (records in the trash are left out). */
export type PovertyIndicatorListRelationFilter = {
  /** Every related record matches. */
  every?: InputMaybe<PovertyIndicatorWhereInput>;
  /** No related record matches. */
  none?: InputMaybe<PovertyIndicatorWhereInput>;
  /** At least one related record matches. */
  some?: InputMaybe<PovertyIndicatorWhereInput>;
};

/** Sort order for PovertyIndicator lists: one field per entry; ties are broken by id. */
export type PovertyIndicatorOrderByInput = {
  createdAt?: InputMaybe<SortOrder>;
  deletedAt?: InputMaybe<SortOrder>;
  id?: InputMaybe<SortOrder>;
  ratePercent?: InputMaybe<SortOrder>;
  regionId?: InputMaybe<SortOrder>;
  source?: InputMaybe<SortOrder>;
  updatedAt?: InputMaybe<SortOrder>;
  version?: InputMaybe<SortOrder>;
  year?: InputMaybe<SortOrder>;
};

/** Only the fields given are changed. */
export type PovertyIndicatorUpdateInput = {
  /** Percent of the population below the poverty line, e.g. 12.13. */
  ratePercent?: InputMaybe<Scalars['Float']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  /** e.g. BPS Kabupaten Indramayu */
  source?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Filter for PovertyIndicator records, in Prisma's shape. */
export type PovertyIndicatorWhereInput = {
  AND?: InputMaybe<Array<PovertyIndicatorWhereInput>>;
  NOT?: InputMaybe<Array<PovertyIndicatorWhereInput>>;
  OR?: InputMaybe<Array<PovertyIndicatorWhereInput>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<IdFilter>;
  /** Share of the population below the poverty line, in percent (e.g. 12.13). */
  ratePercent?: InputMaybe<FloatFilter>;
  region?: InputMaybe<RegionRelationFilter>;
  regionId?: InputMaybe<IdFilter>;
  /** Where the figure comes from, e.g. BPS Kabupaten Indramayu. */
  source?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Incremented on every update; an update must quote the version it read. */
  version?: InputMaybe<IntFilter>;
  year?: InputMaybe<IntFilter>;
};

/** A yearly programme of Dinsos: a training programme (Bimtek) run as sessions, or an aid programme (e.g. Bantuan Permakanan 2024) delivered as distributions. */
export type Program = {
  createdAt: Scalars['DateTime']['output'];
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  description: Maybe<Scalars['String']['output']>;
  distributions: Array<AidDistribution>;
  distributionsCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: ProgramKind;
  name: Scalars['String']['output'];
  sessions: Array<TrainingSession>;
  sessionsCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented on every update; an update must quote the version it read. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};


/** A yearly programme of Dinsos: a training programme (Bimtek) run as sessions, or an aid programme (e.g. Bantuan Permakanan 2024) delivered as distributions. */
export type ProgramDistributionsArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};


/** A yearly programme of Dinsos: a training programme (Bimtek) run as sessions, or an aid programme (e.g. Bantuan Permakanan 2024) delivered as distributions. */
export type ProgramSessionsArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};

export type ProgramCreateInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  kind: ProgramKind;
  name: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** TRAINING programmes run sessions; AID programmes hand out distributions. */
export type ProgramKind =
  | 'AID'
  | 'TRAINING';

export type ProgramKindFilter = {
  equals?: InputMaybe<ProgramKind>;
  in?: InputMaybe<Array<ProgramKind>>;
  not?: InputMaybe<ProgramKindFilter>;
  notIn?: InputMaybe<Array<ProgramKind>>;
};

/** Sort order for Program lists: one field per entry; ties are broken by id. */
export type ProgramOrderByInput = {
  createdAt?: InputMaybe<SortOrder>;
  deletedAt?: InputMaybe<SortOrder>;
  description?: InputMaybe<SortOrder>;
  id?: InputMaybe<SortOrder>;
  kind?: InputMaybe<SortOrder>;
  name?: InputMaybe<SortOrder>;
  updatedAt?: InputMaybe<SortOrder>;
  version?: InputMaybe<SortOrder>;
  year?: InputMaybe<SortOrder>;
};

/** Filter on a related Program. */
export type ProgramRelationFilter = {
  is?: InputMaybe<ProgramWhereInput>;
  isNot?: InputMaybe<ProgramWhereInput>;
};

/** Only the fields given are changed. */
export type ProgramUpdateInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ProgramKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Filter for Program records, in Prisma's shape. */
export type ProgramWhereInput = {
  AND?: InputMaybe<Array<ProgramWhereInput>>;
  NOT?: InputMaybe<Array<ProgramWhereInput>>;
  OR?: InputMaybe<Array<ProgramWhereInput>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt?: InputMaybe<DateTimeFilter>;
  description?: InputMaybe<StringFilter>;
  distributions?: InputMaybe<AidDistributionListRelationFilter>;
  id?: InputMaybe<IdFilter>;
  kind?: InputMaybe<ProgramKindFilter>;
  name?: InputMaybe<StringFilter>;
  sessions?: InputMaybe<TrainingSessionListRelationFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Incremented on every update; an update must quote the version it read. */
  version?: InputMaybe<IntFilter>;
  year?: InputMaybe<IntFilter>;
};

/** Reads of the Pilar registry. */
export type Query = {
  /** One AidDistribution by id (also when it is in the trash), or null. */
  aidDistribution: Maybe<AidDistribution>;
  /** AidDistribution records matching `where`, sorted by `orderBy` (ties by id); 25 by default, at most 500. Records in the trash are left out unless the filter names deletedAt or includeDeleted is true. */
  aidDistributions: Array<AidDistribution>;
  /** Aid handed over, grouped e.g. by aid standard and month, with count and total value (sum.valueRupiah). */
  aidDistributionsAggregate: Array<AidDistributionAggregateRow>;
  /** How many AidDistribution records match `where` (same rules as `aidDistributions`). */
  aidDistributionsCount: Scalars['Int']['output'];
  /** One AidStandard by id (also when it is in the trash), or null. */
  aidStandard: Maybe<AidStandard>;
  /** AidStandard records matching `where`, sorted by `orderBy` (ties by id); 25 by default, at most 500. Records in the trash are left out unless the filter names deletedAt or includeDeleted is true. */
  aidStandards: Array<AidStandard>;
  /** How many AidStandard records match `where` (same rules as `aidStandards`). */
  aidStandardsCount: Scalars['Int']['output'];
  apiTokens: Array<ApiToken>;
  /** One Attendance by id (also when it is in the trash), or null. */
  attendance: Maybe<Attendance>;
  /** Attendance records matching `where`, sorted by `orderBy` (ties by id); 25 by default, at most 500. Records in the trash are left out unless the filter names deletedAt or includeDeleted is true. */
  attendances: Array<Attendance>;
  /** Roster places grouped, e.g. by session, worker role and status (registered, attended, absent). */
  attendancesAggregate: Array<AttendanceAggregateRow>;
  /** How many Attendance records match `where` (same rules as `attendances`). */
  attendancesCount: Scalars['Int']['output'];
  /** The newest signed checkpoint of the audit trail (for reports and backups); null when none was written yet or none are kept. */
  auditCheckpoint: Maybe<AuditCheckpoint>;
  auditEvent: Maybe<AuditEvent>;
  /** Audit events, newest first unless orderBy says otherwise; filter by actorId, entity, recordId, action and at, and READ_PII events by a record they showed (`recordIds: { has: "Beneficiary:12" }`). */
  auditEvents: Array<AuditEvent>;
  auditEventsCount: Scalars['Int']['output'];
  /** Beneficiary records matching `where`, sorted by `orderBy` (ties by id); 25 by default, at most 500. Records in the trash are left out unless the filter names deletedAt or includeDeleted is true. */
  beneficiaries: Array<Beneficiary>;
  /** Beneficiaries (PPKS) grouped, e.g. by district and aid standard, gender or age band. */
  beneficiariesAggregate: Array<BeneficiaryAggregateRow>;
  /** How many Beneficiary records match `where` (same rules as `beneficiaries`). */
  beneficiariesCount: Scalars['Int']['output'];
  /** One Beneficiary by id (also when it is in the trash), or null. */
  beneficiary: Maybe<Beneficiary>;
  /** One DistrictGroup by id (also when it is in the trash), or null. */
  districtGroup: Maybe<DistrictGroup>;
  /** DistrictGroup records matching `where`, sorted by `orderBy` (ties by id); 25 by default, at most 500. Records in the trash are left out unless the filter names deletedAt or includeDeleted is true. */
  districtGroups: Array<DistrictGroup>;
  /** How many DistrictGroup records match `where` (same rules as `districtGroups`). */
  districtGroupsCount: Scalars['Int']['output'];
  /** Who is signed in; null when nobody is. */
  me: Maybe<Me>;
  /** One PovertyIndicator by id (also when it is in the trash), or null. */
  povertyIndicator: Maybe<PovertyIndicator>;
  /** PovertyIndicator records matching `where`, sorted by `orderBy` (ties by id); 25 by default, at most 500. Records in the trash are left out unless the filter names deletedAt or includeDeleted is true. */
  povertyIndicators: Array<PovertyIndicator>;
  /** Poverty rates grouped by region and year (one figure per region and year, so avg.ratePercent is that figure; across regions it is an unweighted mean). */
  povertyIndicatorsAggregate: Array<PovertyIndicatorAggregateRow>;
  /** How many PovertyIndicator records match `where` (same rules as `povertyIndicators`). */
  povertyIndicatorsCount: Scalars['Int']['output'];
  /** One Program by id (also when it is in the trash), or null. */
  program: Maybe<Program>;
  /** Program records matching `where`, sorted by `orderBy` (ties by id); 25 by default, at most 500. Records in the trash are left out unless the filter names deletedAt or includeDeleted is true. */
  programs: Array<Program>;
  /** How many Program records match `where` (same rules as `programs`). */
  programsCount: Scalars['Int']['output'];
  /** One Region by id (also when it is in the trash), or null. */
  region: Maybe<Region>;
  /** Region records matching `where`, sorted by `orderBy` (ties by id); 25 by default, at most 500. Records in the trash are left out unless the filter names deletedAt or includeDeleted is true. */
  regions: Array<Region>;
  /** How many Region records match `where` (same rules as `regions`). */
  regionsCount: Scalars['Int']['output'];
  /** SavedQuery records matching `where`, sorted by `orderBy` (ties by id); 25 by default, at most 500. */
  savedQueries: Array<SavedQuery>;
  /** How many SavedQuery records match `where` (same rules as `savedQueries`). */
  savedQueriesCount: Scalars['Int']['output'];
  /** One SavedQuery by id, or null. */
  savedQuery: Maybe<SavedQuery>;
  /** One SavedQueryRun by id, or null. */
  savedQueryRun: Maybe<SavedQueryRun>;
  /** SavedQueryRun records matching `where`, sorted by `orderBy` (ties by id); 25 by default, at most 500. */
  savedQueryRuns: Array<SavedQueryRun>;
  /** How many SavedQueryRun records match `where` (same rules as `savedQueryRuns`). */
  savedQueryRunsCount: Scalars['Int']['output'];
  /** One SavedQueryVersion by id, or null. */
  savedQueryVersion: Maybe<SavedQueryVersion>;
  /** SavedQueryVersion records matching `where`, sorted by `orderBy` (ties by id); 25 by default, at most 500. */
  savedQueryVersions: Array<SavedQueryVersion>;
  /** How many SavedQueryVersion records match `where` (same rules as `savedQueryVersions`). */
  savedQueryVersionsCount: Scalars['Int']['output'];
  /** One TrainingSession by id (also when it is in the trash), or null. */
  trainingSession: Maybe<TrainingSession>;
  /** TrainingSession records matching `where`, sorted by `orderBy` (ties by id); 25 by default, at most 500. Records in the trash are left out unless the filter names deletedAt or includeDeleted is true. */
  trainingSessions: Array<TrainingSession>;
  /** Training sessions grouped, e.g. by programme and month, with their seats (sum.capacity). */
  trainingSessionsAggregate: Array<TrainingSessionAggregateRow>;
  /** How many TrainingSession records match `where` (same rules as `trainingSessions`). */
  trainingSessionsCount: Scalars['Int']['output'];
  /** One User by id (also when it is in the trash), or null. */
  user: Maybe<User>;
  /** User records matching `where`, sorted by `orderBy` (ties by id); 25 by default, at most 500. Records in the trash are left out unless the filter names deletedAt or includeDeleted is true. */
  users: Array<User>;
  /** How many User records match `where` (same rules as `users`). */
  usersCount: Scalars['Int']['output'];
  /** One Venue by id (also when it is in the trash), or null. */
  venue: Maybe<Venue>;
  /** Venue records matching `where`, sorted by `orderBy` (ties by id); 25 by default, at most 500. Records in the trash are left out unless the filter names deletedAt or includeDeleted is true. */
  venues: Array<Venue>;
  /** How many Venue records match `where` (same rules as `venues`). */
  venuesCount: Scalars['Int']['output'];
  /** Recomputes every event hash and chain link, and holds the trail to its newest signed checkpoint: reports the first event that was edited or whose predecessor was removed, newest events removed, or a forged checkpoint. */
  verifyAuditTrail: AuditVerification;
  /** One Worker by id (also when it is in the trash), or null. */
  worker: Maybe<Worker>;
  /** Worker records matching `where`, sorted by `orderBy` (ties by id); 25 by default, at most 500. Records in the trash are left out unless the filter names deletedAt or includeDeleted is true. */
  workers: Array<Worker>;
  /** Pilar sosial grouped, e.g. by role and district. Filter with `attendances: { some: … }` for those who attended a programme. */
  workersAggregate: Array<WorkerAggregateRow>;
  /** How many Worker records match `where` (same rules as `workers`). */
  workersCount: Scalars['Int']['output'];
};


/** Reads of the Pilar registry. */
export type QueryAidDistributionArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Pilar registry. */
export type QueryAidDistributionsArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  orderBy: InputMaybe<Array<AidDistributionOrderByInput>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<AidDistributionWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryAidDistributionsAggregateArgs = {
  ageAsOf: InputMaybe<Scalars['Date']['input']>;
  groupBy: InputMaybe<Array<AidDistributionAggregateGroupBy>>;
  where: InputMaybe<AidDistributionWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryAidDistributionsCountArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  where: InputMaybe<AidDistributionWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryAidStandardArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Pilar registry. */
export type QueryAidStandardsArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  orderBy: InputMaybe<Array<AidStandardOrderByInput>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<AidStandardWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryAidStandardsCountArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  where: InputMaybe<AidStandardWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryApiTokensArgs = {
  includeRevoked: InputMaybe<Scalars['Boolean']['input']>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the Pilar registry. */
export type QueryAttendanceArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Pilar registry. */
export type QueryAttendancesArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  orderBy: InputMaybe<Array<AttendanceOrderByInput>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<AttendanceWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryAttendancesAggregateArgs = {
  groupBy: InputMaybe<Array<AttendanceAggregateGroupBy>>;
  where: InputMaybe<AttendanceWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryAttendancesCountArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  where: InputMaybe<AttendanceWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryAuditEventArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Pilar registry. */
export type QueryAuditEventsArgs = {
  orderBy: InputMaybe<Array<AuditEventOrderByInput>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<AuditEventWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryAuditEventsCountArgs = {
  where: InputMaybe<AuditEventWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryBeneficiariesArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  orderBy: InputMaybe<Array<BeneficiaryOrderByInput>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<BeneficiaryWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryBeneficiariesAggregateArgs = {
  ageAsOf: InputMaybe<Scalars['Date']['input']>;
  groupBy: InputMaybe<Array<BeneficiaryAggregateGroupBy>>;
  where: InputMaybe<BeneficiaryWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryBeneficiariesCountArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  where: InputMaybe<BeneficiaryWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryBeneficiaryArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Pilar registry. */
export type QueryDistrictGroupArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Pilar registry. */
export type QueryDistrictGroupsArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  orderBy: InputMaybe<Array<DistrictGroupOrderByInput>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<DistrictGroupWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryDistrictGroupsCountArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  where: InputMaybe<DistrictGroupWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryPovertyIndicatorArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Pilar registry. */
export type QueryPovertyIndicatorsArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  orderBy: InputMaybe<Array<PovertyIndicatorOrderByInput>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<PovertyIndicatorWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryPovertyIndicatorsAggregateArgs = {
  groupBy: InputMaybe<Array<PovertyIndicatorAggregateGroupBy>>;
  where: InputMaybe<PovertyIndicatorWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryPovertyIndicatorsCountArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  where: InputMaybe<PovertyIndicatorWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryProgramArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Pilar registry. */
export type QueryProgramsArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  orderBy: InputMaybe<Array<ProgramOrderByInput>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ProgramWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryProgramsCountArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  where: InputMaybe<ProgramWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryRegionArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Pilar registry. */
export type QueryRegionsArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  orderBy: InputMaybe<Array<RegionOrderByInput>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<RegionWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryRegionsCountArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  where: InputMaybe<RegionWhereInput>;
};


/** Reads of the Pilar registry. */
export type QuerySavedQueriesArgs = {
  orderBy: InputMaybe<Array<SavedQueryOrderByInput>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<SavedQueryWhereInput>;
};


/** Reads of the Pilar registry. */
export type QuerySavedQueriesCountArgs = {
  where: InputMaybe<SavedQueryWhereInput>;
};


/** Reads of the Pilar registry. */
export type QuerySavedQueryArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Pilar registry. */
export type QuerySavedQueryRunArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Pilar registry. */
export type QuerySavedQueryRunsArgs = {
  orderBy: InputMaybe<Array<SavedQueryRunOrderByInput>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<SavedQueryRunWhereInput>;
};


/** Reads of the Pilar registry. */
export type QuerySavedQueryRunsCountArgs = {
  where: InputMaybe<SavedQueryRunWhereInput>;
};


/** Reads of the Pilar registry. */
export type QuerySavedQueryVersionArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Pilar registry. */
export type QuerySavedQueryVersionsArgs = {
  orderBy: InputMaybe<Array<SavedQueryVersionOrderByInput>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<SavedQueryVersionWhereInput>;
};


/** Reads of the Pilar registry. */
export type QuerySavedQueryVersionsCountArgs = {
  where: InputMaybe<SavedQueryVersionWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryTrainingSessionArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Pilar registry. */
export type QueryTrainingSessionsArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  orderBy: InputMaybe<Array<TrainingSessionOrderByInput>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<TrainingSessionWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryTrainingSessionsAggregateArgs = {
  groupBy: InputMaybe<Array<TrainingSessionAggregateGroupBy>>;
  where: InputMaybe<TrainingSessionWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryTrainingSessionsCountArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  where: InputMaybe<TrainingSessionWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Pilar registry. */
export type QueryUsersArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  orderBy: InputMaybe<Array<UserOrderByInput>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<UserWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryUsersCountArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  where: InputMaybe<UserWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryVenueArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Pilar registry. */
export type QueryVenuesArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  orderBy: InputMaybe<Array<VenueOrderByInput>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<VenueWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryVenuesCountArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  where: InputMaybe<VenueWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryWorkerArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Pilar registry. */
export type QueryWorkersArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  orderBy: InputMaybe<Array<WorkerOrderByInput>>;
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<WorkerWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryWorkersAggregateArgs = {
  ageAsOf: InputMaybe<Scalars['Date']['input']>;
  groupBy: InputMaybe<Array<WorkerAggregateGroupBy>>;
  where: InputMaybe<WorkerWhereInput>;
};


/** Reads of the Pilar registry. */
export type QueryWorkersCountArgs = {
  includeDeleted: InputMaybe<Scalars['Boolean']['input']>;
  where: InputMaybe<WorkerWhereInput>;
};

/** A region in the Kemendagri hierarchy: province, regency (kabupaten), district (kecamatan) or village (desa/kelurahan). */
export type Region = {
  beneficiaries: Array<Beneficiary>;
  beneficiariesCount: Scalars['Int']['output'];
  /** The regions one level down. */
  children: Array<Region>;
  childrenCount: Scalars['Int']['output'];
  /** Kemendagri code in dotted form: `32` (province), `32.12` (regency), `32.12.01` (district), `32.12.01.2011` (village). */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  districtGroup: Maybe<DistrictGroup>;
  /** For districts only: the eks-Kawedanan the district belongs to. */
  districtGroupId: Maybe<Scalars['ID']['output']>;
  groupsInRegency: Array<DistrictGroup>;
  groupsInRegencyCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  level: RegionLevel;
  name: Scalars['String']['output'];
  parent: Maybe<Region>;
  /** The region one level up (a village's district, a district's regency). */
  parentId: Maybe<Scalars['ID']['output']>;
  povertyIndicators: Array<PovertyIndicator>;
  povertyIndicatorsCount: Scalars['Int']['output'];
  sessionsServed: Array<TrainingSession>;
  sessionsServedCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  venues: Array<Venue>;
  venuesCount: Scalars['Int']['output'];
  /** Incremented on every update; an update must quote the version it read. */
  version: Scalars['Int']['output'];
  /** For villages only: desa or kelurahan. */
  villageKind: Maybe<VillageKind>;
  workers: Array<Worker>;
  workersCount: Scalars['Int']['output'];
};


/** A region in the Kemendagri hierarchy: province, regency (kabupaten), district (kecamatan) or village (desa/kelurahan). */
export type RegionBeneficiariesArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};


/** A region in the Kemendagri hierarchy: province, regency (kabupaten), district (kecamatan) or village (desa/kelurahan). */
export type RegionChildrenArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};


/** A region in the Kemendagri hierarchy: province, regency (kabupaten), district (kecamatan) or village (desa/kelurahan). */
export type RegionGroupsInRegencyArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};


/** A region in the Kemendagri hierarchy: province, regency (kabupaten), district (kecamatan) or village (desa/kelurahan). */
export type RegionPovertyIndicatorsArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};


/** A region in the Kemendagri hierarchy: province, regency (kabupaten), district (kecamatan) or village (desa/kelurahan). */
export type RegionSessionsServedArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};


/** A region in the Kemendagri hierarchy: province, regency (kabupaten), district (kecamatan) or village (desa/kelurahan). */
export type RegionVenuesArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};


/** A region in the Kemendagri hierarchy: province, regency (kabupaten), district (kecamatan) or village (desa/kelurahan). */
export type RegionWorkersArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};

export type RegionCreateInput = {
  /** Kemendagri code in dotted form: 32, 32.12, 32.12.01 or 32.12.01.2011. */
  code: Scalars['String']['input'];
  /** Districts only: the eks-Kawedanan. */
  districtGroupId?: InputMaybe<Scalars['ID']['input']>;
  level: RegionLevel;
  name: Scalars['String']['input'];
  /** Required for every level but PROVINCE: the region one level up. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  villageKind?: InputMaybe<VillageKind>;
};

/** Administrative level of a region (Kemendagri). */
export type RegionLevel =
  | 'DISTRICT'
  | 'PROVINCE'
  | 'REGENCY'
  | 'VILLAGE';

export type RegionLevelFilter = {
  equals?: InputMaybe<RegionLevel>;
  in?: InputMaybe<Array<RegionLevel>>;
  not?: InputMaybe<RegionLevelFilter>;
  notIn?: InputMaybe<Array<RegionLevel>>;
};

/** Filter on related Region records (records in the trash are left out). */
export type RegionListRelationFilter = {
  /** Every related record matches. */
  every?: InputMaybe<RegionWhereInput>;
  /** No related record matches. */
  none?: InputMaybe<RegionWhereInput>;
  /** At least one related record matches. */
  some?: InputMaybe<RegionWhereInput>;
};

/** Sort order for Region lists: one field per entry; ties are broken by id. */
export type RegionOrderByInput = {
  code?: InputMaybe<SortOrder>;
  createdAt?: InputMaybe<SortOrder>;
  deletedAt?: InputMaybe<SortOrder>;
  districtGroupId?: InputMaybe<SortOrder>;
  id?: InputMaybe<SortOrder>;
  level?: InputMaybe<SortOrder>;
  name?: InputMaybe<SortOrder>;
  parentId?: InputMaybe<SortOrder>;
  updatedAt?: InputMaybe<SortOrder>;
  version?: InputMaybe<SortOrder>;
  villageKind?: InputMaybe<SortOrder>;
};

/** Filter on a related Region. */
export type RegionRelationFilter = {
  is?: InputMaybe<RegionWhereInput>;
  isNot?: InputMaybe<RegionWhereInput>;
};

/** Only the fields given are changed. */
export type RegionUpdateInput = {
  /** Kemendagri code in dotted form: 32, 32.12, 32.12.01 or 32.12.01.2011. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Districts only: the eks-Kawedanan. */
  districtGroupId?: InputMaybe<Scalars['ID']['input']>;
  level?: InputMaybe<RegionLevel>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Required for every level but PROVINCE: the region one level up. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  villageKind?: InputMaybe<VillageKind>;
};

/** Filter for Region records, in Prisma's shape. */
export type RegionWhereInput = {
  AND?: InputMaybe<Array<RegionWhereInput>>;
  NOT?: InputMaybe<Array<RegionWhereInput>>;
  OR?: InputMaybe<Array<RegionWhereInput>>;
  beneficiaries?: InputMaybe<BeneficiaryListRelationFilter>;
  children?: InputMaybe<RegionListRelationFilter>;
  /** Kemendagri code in dotted form: `32` (province), `32.12` (regency), `32.12.01` (district), `32.12.01.2011` (village). */
  code?: InputMaybe<StringFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Beneficiaries living in the district's villages (for a district). */
  districtBeneficiaries?: InputMaybe<BeneficiaryListRelationFilter>;
  districtGroup?: InputMaybe<DistrictGroupRelationFilter>;
  /** For districts only: the eks-Kawedanan the district belongs to. */
  districtGroupId?: InputMaybe<IdFilter>;
  groupsInRegency?: InputMaybe<DistrictGroupListRelationFilter>;
  id?: InputMaybe<IdFilter>;
  level?: InputMaybe<RegionLevelFilter>;
  name?: InputMaybe<StringFilter>;
  parent?: InputMaybe<RegionRelationFilter>;
  /** The region one level up (a village's district, a district's regency). */
  parentId?: InputMaybe<IdFilter>;
  povertyIndicators?: InputMaybe<PovertyIndicatorListRelationFilter>;
  sessionsServed?: InputMaybe<TrainingSessionListRelationFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  venues?: InputMaybe<VenueListRelationFilter>;
  /** Incremented on every update; an update must quote the version it read. */
  version?: InputMaybe<IntFilter>;
  /** For villages only: desa or kelurahan. */
  villageKind?: InputMaybe<VillageKindFilter>;
  workers?: InputMaybe<WorkerListRelationFilter>;
};

/** A saved question of the auditors’ catalogue, kept in versions. */
export type SavedQuery = {
  createdAt: Scalars['DateTime']['output'];
  /** The newest approved version: what runSavedQuery runs when no version is named. */
  currentVersion: Maybe<SavedQueryVersion>;
  id: Scalars['ID']['output'];
  /** The number of the newest version (approved or not). */
  latestVersion: Scalars['Int']['output'];
  /** Short title shown in the catalogue; unique. */
  name: Scalars['String']['output'];
  /** The user who created the query. */
  ownerId: Scalars['ID']['output'];
  ownerName: Scalars['String']['output'];
  /** What the query answers and why it is kept. */
  purpose: Scalars['String']['output'];
  /** Set when the whole query is retired from the catalogue: none of its versions can be run any more. */
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  /** Runs you may see (all of them for ADMIN and AUDITOR). */
  runsCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Record version: quote it in updateSavedQuery (VERSION_CONFLICT otherwise). */
  version: Scalars['Int']['output'];
  /** Its versions, newest first (drafts only for ADMIN and AUDITOR). */
  versions: Array<SavedQueryVersion>;
};


/** A saved question of the auditors’ catalogue, kept in versions. */
export type SavedQueryVersionsArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};

export type SavedQueryCreateInput = {
  changeNote?: InputMaybe<Scalars['String']['input']>;
  /** One GraphQL query operation (with its variables); mutations and subscriptions are refused. */
  document: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** What the query answers and why it is kept. */
  purpose: Scalars['String']['input'];
};

/** Filter on related SavedQuery records (records in the trash are left out). */
export type SavedQueryListRelationFilter = {
  /** Every related record matches. */
  every?: InputMaybe<SavedQueryWhereInput>;
  /** No related record matches. */
  none?: InputMaybe<SavedQueryWhereInput>;
  /** At least one related record matches. */
  some?: InputMaybe<SavedQueryWhereInput>;
};

/** Sort order for SavedQuery lists: one field per entry; ties are broken by id. */
export type SavedQueryOrderByInput = {
  createdAt?: InputMaybe<SortOrder>;
  id?: InputMaybe<SortOrder>;
  latestVersion?: InputMaybe<SortOrder>;
  name?: InputMaybe<SortOrder>;
  ownerId?: InputMaybe<SortOrder>;
  purpose?: InputMaybe<SortOrder>;
  retiredAt?: InputMaybe<SortOrder>;
  updatedAt?: InputMaybe<SortOrder>;
  version?: InputMaybe<SortOrder>;
};

/** Filter on a related SavedQuery. */
export type SavedQueryRelationFilter = {
  is?: InputMaybe<SavedQueryWhereInput>;
  isNot?: InputMaybe<SavedQueryWhereInput>;
};

/** One logged run of a saved-query version: who ran which version with which variables, and the SHA-256 of the result. */
export type SavedQueryRun = {
  /** The result data: only on the run runSavedQuery returns (results are not stored; resultHash proves them). */
  data: Maybe<Scalars['JSON']['output']>;
  durationMs: Scalars['Int']['output'];
  /** Errors of the run: code, message and path (masked like `variables`). */
  errors: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  requestId: Maybe<Scalars['String']['output']>;
  /** Hex SHA-256 of the canonical JSON (keys sorted) of the result's `data`. */
  resultHash: Scalars['String']['output'];
  /** The role the run acted with (a token may act with a lesser role than its owner). */
  role: UserRole;
  /** Items in the result: the length of each top-level list plus one for each other non-null top-level field. */
  rowCount: Scalars['Int']['output'];
  savedQuery: SavedQuery;
  savedQueryId: Scalars['ID']['output'];
  savedQueryVersion: SavedQueryVersion;
  startedAt: Scalars['DateTime']['output'];
  /** The API token used, if any. */
  tokenId: Maybe<Scalars['ID']['output']>;
  /** Who ran it (a token's owner when run with an API token). */
  userId: Scalars['ID']['output'];
  userName: Scalars['String']['output'];
  /** The variables as given. NIK-like values (16 digits) and birth dates are masked for AUDITOR and VIEWER; shown in clear, a NIK causes a READ_PII event naming the run. */
  variables: Scalars['JSON']['output'];
  /** The version that ran. */
  versionId: Scalars['ID']['output'];
  /** The number of the version that ran (a copy, for lists and exports). */
  versionNumber: Scalars['Int']['output'];
  /** RUN_MUTATION (runSavedQuery) or PERSISTED (called by its persisted id over HTTP). */
  via: Scalars['String']['output'];
};

/** Filter on related SavedQueryRun records (records in the trash are left out). */
export type SavedQueryRunListRelationFilter = {
  /** Every related record matches. */
  every?: InputMaybe<SavedQueryRunWhereInput>;
  /** No related record matches. */
  none?: InputMaybe<SavedQueryRunWhereInput>;
  /** At least one related record matches. */
  some?: InputMaybe<SavedQueryRunWhereInput>;
};

/** Sort order for SavedQueryRun lists: one field per entry; ties are broken by id. */
export type SavedQueryRunOrderByInput = {
  durationMs?: InputMaybe<SortOrder>;
  id?: InputMaybe<SortOrder>;
  requestId?: InputMaybe<SortOrder>;
  resultHash?: InputMaybe<SortOrder>;
  role?: InputMaybe<SortOrder>;
  rowCount?: InputMaybe<SortOrder>;
  savedQueryId?: InputMaybe<SortOrder>;
  startedAt?: InputMaybe<SortOrder>;
  tokenId?: InputMaybe<SortOrder>;
  userId?: InputMaybe<SortOrder>;
  versionId?: InputMaybe<SortOrder>;
  versionNumber?: InputMaybe<SortOrder>;
  via?: InputMaybe<SortOrder>;
};

/** Filter for SavedQueryRun records, in Prisma's shape. */
export type SavedQueryRunWhereInput = {
  AND?: InputMaybe<Array<SavedQueryRunWhereInput>>;
  NOT?: InputMaybe<Array<SavedQueryRunWhereInput>>;
  OR?: InputMaybe<Array<SavedQueryRunWhereInput>>;
  durationMs?: InputMaybe<IntFilter>;
  id?: InputMaybe<IdFilter>;
  requestId?: InputMaybe<StringFilter>;
  /** Hex SHA-256 of the canonical JSON (keys sorted) of the result's `data`. */
  resultHash?: InputMaybe<StringFilter>;
  /** The role the run acted with (a token may act with a lesser role than its owner). */
  role?: InputMaybe<UserRoleFilter>;
  /** Items in the result: the length of each top-level list plus one for each other non-null top-level field. */
  rowCount?: InputMaybe<IntFilter>;
  savedQuery?: InputMaybe<SavedQueryRelationFilter>;
  savedQueryId?: InputMaybe<IdFilter>;
  savedQueryVersion?: InputMaybe<SavedQueryVersionRelationFilter>;
  startedAt?: InputMaybe<DateTimeFilter>;
  /** The API token used, if any. */
  tokenId?: InputMaybe<IntFilter>;
  /** Who ran it (a token's owner when run with an API token). */
  userId?: InputMaybe<IdFilter>;
  /** The version that ran. */
  versionId?: InputMaybe<IdFilter>;
  /** The number of the version that ran (a copy, for lists and exports). */
  versionNumber?: InputMaybe<IntFilter>;
  /** RUN_MUTATION (runSavedQuery) or PERSISTED (called by its persisted id over HTTP). */
  via?: InputMaybe<StringFilter>;
};

/** DRAFT until approved by an ADMIN or AUDITOR other than its author; APPROVED versions may be run by everyone signed in and called by persisted id; RETIRED ones no longer run. */
export type SavedQueryStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'RETIRED';

export type SavedQueryStatusFilter = {
  equals?: InputMaybe<SavedQueryStatus>;
  in?: InputMaybe<Array<SavedQueryStatus>>;
  not?: InputMaybe<SavedQueryStatusFilter>;
  notIn?: InputMaybe<Array<SavedQueryStatus>>;
};

/** Only the fields given change. A changed document adds a new DRAFT version; the old versions stay. */
export type SavedQueryUpdateInput = {
  /** What changed, for the new version. */
  changeNote?: InputMaybe<Scalars['String']['input']>;
  document?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
};

/** A variable of a saved query, taken from its document: what a run form asks for. */
export type SavedQueryVariable = {
  defaultValue: Maybe<Scalars['JSON']['output']>;
  /** The values of an enum variable. */
  enumValues: Maybe<Array<Scalars['String']['output']>>;
  kind: SavedQueryVariableKind;
  list: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** The type without list and non-null, e.g. `WorkerRole`, `Date`, `BeneficiaryWhereInput`. */
  namedType: Scalars['String']['output'];
  /** Non-null without a default: a run must give it. */
  required: Scalars['Boolean']['output'];
  /** The GraphQL type as written, e.g. `[WorkerRole!]` or `Int!`. */
  type: Scalars['String']['output'];
};

export type SavedQueryVariableKind =
  | 'ENUM'
  | 'INPUT_OBJECT'
  | 'SCALAR';

/** One version of a saved query: its document, variables and approval. */
export type SavedQueryVersion = {
  approvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who approved it: an ADMIN or AUDITOR other than the author. */
  approvedById: Maybe<Scalars['ID']['output']>;
  approvedByName: Maybe<Scalars['String']['output']>;
  /** Who wrote this version. */
  authorId: Scalars['ID']['output'];
  authorName: Scalars['String']['output'];
  /** What changed in this version, in its author's words. */
  changeNote: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The GraphQL document. A NIK-like number (16 digits) written in it is masked for AUDITOR and VIEWER; shown in clear, it causes a READ_PII event naming the version. */
  document: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 1 for the first version, then 2, 3, … in the order of editing. */
  number: Scalars['Int']['output'];
  /** Call an approved version over HTTP with `extensions: { persistedQuery: { version: 1, sha256Hash: <this> } }` (POST, or GET with `extensions` as a URL parameter). */
  persistedId: Scalars['String']['output'];
  /** When the version (or its whole query) was retired. */
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  savedQuery: SavedQuery;
  savedQueryId: Scalars['ID']['output'];
  status: SavedQueryStatus;
  variables: Array<SavedQueryVariable>;
};

/** Filter on related SavedQueryVersion records (records in the trash are left out). */
export type SavedQueryVersionListRelationFilter = {
  /** Every related record matches. */
  every?: InputMaybe<SavedQueryVersionWhereInput>;
  /** No related record matches. */
  none?: InputMaybe<SavedQueryVersionWhereInput>;
  /** At least one related record matches. */
  some?: InputMaybe<SavedQueryVersionWhereInput>;
};

/** Sort order for SavedQueryVersion lists: one field per entry; ties are broken by id. */
export type SavedQueryVersionOrderByInput = {
  approvedAt?: InputMaybe<SortOrder>;
  approvedById?: InputMaybe<SortOrder>;
  authorId?: InputMaybe<SortOrder>;
  changeNote?: InputMaybe<SortOrder>;
  createdAt?: InputMaybe<SortOrder>;
  document?: InputMaybe<SortOrder>;
  id?: InputMaybe<SortOrder>;
  number?: InputMaybe<SortOrder>;
  persistedId?: InputMaybe<SortOrder>;
  retiredAt?: InputMaybe<SortOrder>;
  savedQueryId?: InputMaybe<SortOrder>;
  status?: InputMaybe<SortOrder>;
};

/** Filter on a related SavedQueryVersion. */
export type SavedQueryVersionRelationFilter = {
  is?: InputMaybe<SavedQueryVersionWhereInput>;
  isNot?: InputMaybe<SavedQueryVersionWhereInput>;
};

/** Filter for SavedQueryVersion records, in Prisma's shape. */
export type SavedQueryVersionWhereInput = {
  AND?: InputMaybe<Array<SavedQueryVersionWhereInput>>;
  NOT?: InputMaybe<Array<SavedQueryVersionWhereInput>>;
  OR?: InputMaybe<Array<SavedQueryVersionWhereInput>>;
  approvedAt?: InputMaybe<DateTimeFilter>;
  /** Who approved it: an ADMIN or AUDITOR other than the author. */
  approvedById?: InputMaybe<IdFilter>;
  /** Who wrote this version. */
  authorId?: InputMaybe<IdFilter>;
  /** What changed in this version, in its author's words. */
  changeNote?: InputMaybe<StringFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** The GraphQL query document exactly as saved (one query operation; mutations and subscriptions are refused). */
  document?: InputMaybe<StringFilter>;
  id?: InputMaybe<IdFilter>;
  /** 1 for the first version, then 2, 3, … in the order of editing. */
  number?: InputMaybe<IntFilter>;
  /** `sha256:` followed by the hex SHA-256 of the document: the id under which an approved version is callable as a persisted operation. */
  persistedId?: InputMaybe<StringFilter>;
  /** When the version (or its whole query) was retired. */
  retiredAt?: InputMaybe<DateTimeFilter>;
  runs?: InputMaybe<SavedQueryRunListRelationFilter>;
  savedQuery?: InputMaybe<SavedQueryRelationFilter>;
  savedQueryId?: InputMaybe<IdFilter>;
  status?: InputMaybe<SavedQueryStatusFilter>;
};

/** Filter for SavedQuery records, in Prisma's shape. */
export type SavedQueryWhereInput = {
  AND?: InputMaybe<Array<SavedQueryWhereInput>>;
  NOT?: InputMaybe<Array<SavedQueryWhereInput>>;
  OR?: InputMaybe<Array<SavedQueryWhereInput>>;
  createdAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<IdFilter>;
  /** The number of the newest version (approved or not). */
  latestVersion?: InputMaybe<IntFilter>;
  /** Short title shown in the catalogue; unique. */
  name?: InputMaybe<StringFilter>;
  /** The user who created the query. */
  ownerId?: InputMaybe<IdFilter>;
  /** What the query answers and why it is kept. */
  purpose?: InputMaybe<StringFilter>;
  /** Set when the whole query is retired from the catalogue: none of its versions can be run any more. */
  retiredAt?: InputMaybe<DateTimeFilter>;
  runs?: InputMaybe<SavedQueryRunListRelationFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Incremented on every change of the query (new version, rename, retirement); an update must quote the version it read. */
  version?: InputMaybe<IntFilter>;
  versions?: InputMaybe<SavedQueryVersionListRelationFilter>;
};

export type SortOrder =
  | 'asc'
  | 'desc';

/** Text filter; contains, startsWith and endsWith ignore case. */
export type StringFilter = {
  contains?: InputMaybe<Scalars['String']['input']>;
  endsWith?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  gt?: InputMaybe<Scalars['String']['input']>;
  gte?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  lt?: InputMaybe<Scalars['String']['input']>;
  lte?: InputMaybe<Scalars['String']['input']>;
  /** Negates the nested filter; `not: null` means the field has a value. */
  not?: InputMaybe<StringFilter>;
  notIn?: InputMaybe<Array<Scalars['String']['input']>>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** One session of a training programme (a Bimtek day) at a venue, serving some districts or an eks-Kawedanan. */
export type TrainingSession = {
  /** The roster: workers registered for the session. */
  attendances: Array<Attendance>;
  attendancesCount: Scalars['Int']['output'];
  /** Maximum number of participants. */
  capacity: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** Aid handed over at the session. */
  distributions: Array<AidDistribution>;
  distributionsCount: Scalars['Int']['output'];
  districtGroup: Maybe<DistrictGroup>;
  /** The eks-Kawedanan the session is organised for, if any. */
  districtGroupId: Maybe<Scalars['ID']['output']>;
  endsAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  notes: Maybe<Scalars['String']['output']>;
  program: Program;
  programId: Scalars['ID']['output'];
  /** The districts whose workers the session serves. */
  servedDistricts: Array<Region>;
  servedDistrictsCount: Scalars['Int']['output'];
  startsAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  venue: Venue;
  venueId: Scalars['ID']['output'];
  /** Incremented on every update; an update must quote the version it read. */
  version: Scalars['Int']['output'];
};


/** One session of a training programme (a Bimtek day) at a venue, serving some districts or an eks-Kawedanan. */
export type TrainingSessionAttendancesArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};


/** One session of a training programme (a Bimtek day) at a venue, serving some districts or an eks-Kawedanan. */
export type TrainingSessionDistributionsArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};


/** One session of a training programme (a Bimtek day) at a venue, serving some districts or an eks-Kawedanan. */
export type TrainingSessionServedDistrictsArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};

/** What TrainingSession figures can be grouped by. */
export type TrainingSessionAggregateGroupBy =
  /** The eks-Kawedanan the session was organised for. */
  | 'districtGroup'
  /** The programme. */
  | 'program'
  /** Year of the programme. */
  | 'programYear'
  /** Month of the session (WIB), as YYYY-MM. */
  | 'startsMonth'
  /** Year of the session (WIB). */
  | 'startsYear'
  /** Where the session was held. */
  | 'venue';

/** The group of an aggregate row: the fields named in groupBy are set, the others are null. */
export type TrainingSessionAggregateKey = {
  /** The eks-Kawedanan the session was organised for. */
  districtGroup: Maybe<AggregateGroup>;
  /** The programme. */
  program: Maybe<AggregateGroup>;
  /** Year of the programme. */
  programYear: Maybe<Scalars['Int']['output']>;
  /** Month of the session (WIB), as YYYY-MM. */
  startsMonth: Maybe<Scalars['String']['output']>;
  /** Year of the session (WIB). */
  startsYear: Maybe<Scalars['Int']['output']>;
  /** Where the session was held. */
  venue: Maybe<AggregateGroup>;
};

/** Figures over the numeric fields of the TrainingSession records in a group (null when the group has none). */
export type TrainingSessionAggregateNumbers = {
  /** Seats. */
  capacity: Maybe<Scalars['Float']['output']>;
};

/** One group of TrainingSession records and its figures. */
export type TrainingSessionAggregateRow = {
  /** The avg of each numeric field. */
  avg: TrainingSessionAggregateNumbers;
  /** Records in the group; null when suppressed. For VIEWER: rounded to the nearest multiple of 5, and null in groups of fewer than 5 persons. */
  count: Maybe<Scalars['Int']['output']>;
  /** The count as text (rounded for VIEWER), or "< 5" when suppressed: what a chart or table shows. */
  countLabel: Scalars['String']['output'];
  key: TrainingSessionAggregateKey;
  /** The max of each numeric field. */
  max: TrainingSessionAggregateNumbers;
  /** The min of each numeric field. */
  min: TrainingSessionAggregateNumbers;
  /** The sum of each numeric field. */
  sum: TrainingSessionAggregateNumbers;
  /** True for VIEWER when the group counts fewer than 5 persons: its figures are then null and countLabel is "< 5". */
  suppressed: Scalars['Boolean']['output'];
};

export type TrainingSessionCreateInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** The eks-Kawedanan the session is organised for. */
  districtGroupId?: InputMaybe<Scalars['ID']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** A TRAINING programme. */
  programId: Scalars['ID']['input'];
  /** The districts served (replaces the current list on update). */
  servedDistrictIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
  venueId: Scalars['ID']['input'];
};

/** Filter on related TrainingSession records (records in the trash are left out). */
export type TrainingSessionListRelationFilter = {
  /** Every related record matches. */
  every?: InputMaybe<TrainingSessionWhereInput>;
  /** No related record matches. */
  none?: InputMaybe<TrainingSessionWhereInput>;
  /** At least one related record matches. */
  some?: InputMaybe<TrainingSessionWhereInput>;
};

/** Sort order for TrainingSession lists: one field per entry; ties are broken by id. */
export type TrainingSessionOrderByInput = {
  capacity?: InputMaybe<SortOrder>;
  createdAt?: InputMaybe<SortOrder>;
  deletedAt?: InputMaybe<SortOrder>;
  districtGroupId?: InputMaybe<SortOrder>;
  endsAt?: InputMaybe<SortOrder>;
  id?: InputMaybe<SortOrder>;
  notes?: InputMaybe<SortOrder>;
  programId?: InputMaybe<SortOrder>;
  startsAt?: InputMaybe<SortOrder>;
  title?: InputMaybe<SortOrder>;
  updatedAt?: InputMaybe<SortOrder>;
  venueId?: InputMaybe<SortOrder>;
  version?: InputMaybe<SortOrder>;
};

/** Filter on a related TrainingSession. */
export type TrainingSessionRelationFilter = {
  is?: InputMaybe<TrainingSessionWhereInput>;
  isNot?: InputMaybe<TrainingSessionWhereInput>;
};

/** Only the fields given are changed. */
export type TrainingSessionUpdateInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** The eks-Kawedanan the session is organised for. */
  districtGroupId?: InputMaybe<Scalars['ID']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** A TRAINING programme. */
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** The districts served (replaces the current list on update). */
  servedDistrictIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  venueId?: InputMaybe<Scalars['ID']['input']>;
};

/** Filter for TrainingSession records, in Prisma's shape. */
export type TrainingSessionWhereInput = {
  AND?: InputMaybe<Array<TrainingSessionWhereInput>>;
  NOT?: InputMaybe<Array<TrainingSessionWhereInput>>;
  OR?: InputMaybe<Array<TrainingSessionWhereInput>>;
  attendances?: InputMaybe<AttendanceListRelationFilter>;
  /** Maximum number of participants. */
  capacity?: InputMaybe<IntFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt?: InputMaybe<DateTimeFilter>;
  distributions?: InputMaybe<AidDistributionListRelationFilter>;
  districtGroup?: InputMaybe<DistrictGroupRelationFilter>;
  /** The eks-Kawedanan the session is organised for, if any. */
  districtGroupId?: InputMaybe<IdFilter>;
  endsAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<IdFilter>;
  notes?: InputMaybe<StringFilter>;
  program?: InputMaybe<ProgramRelationFilter>;
  programId?: InputMaybe<IdFilter>;
  /** The districts whose workers the session serves. */
  servedDistricts?: InputMaybe<RegionListRelationFilter>;
  startsAt?: InputMaybe<DateTimeFilter>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  venue?: InputMaybe<VenueRelationFilter>;
  venueId?: InputMaybe<IdFilter>;
  /** Incremented on every update; an update must quote the version it read. */
  version?: InputMaybe<IntFilter>;
};

/** A person who signs in to Pilar. The password hash is never readable. */
export type User = {
  /** An inactive user cannot sign in and their sessions and tokens stop working. */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** Name shown in the panel and the audit trail. */
  displayName: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastLoginAt: Maybe<Scalars['DateTime']['output']>;
  /** For clerks: the districts and villages they may work in (a district includes its villages). */
  regions: Array<Region>;
  regionsCount: Scalars['Int']['output'];
  role: UserRole;
  updatedAt: Scalars['DateTime']['output'];
  /** Sign-in name: lower-case letters, digits, dots, dashes and underscores. */
  username: Scalars['String']['output'];
  /** Incremented on every update; an update must quote the version it read. */
  version: Scalars['Int']['output'];
};


/** A person who signs in to Pilar. The password hash is never readable. */
export type UserRegionsArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};

export type UserCreateInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** At least 10 characters. On update: sets a new password and ends every session and API token of the user. */
  password: Scalars['String']['input'];
  /** For clerks: the districts and villages they may work in (replaces the list on update). */
  regionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  role: UserRole;
  /** Lower-case letters, digits, dots, dashes and underscores (3–40). */
  username: Scalars['String']['input'];
};

/** Sort order for User lists: one field per entry; ties are broken by id. */
export type UserOrderByInput = {
  active?: InputMaybe<SortOrder>;
  createdAt?: InputMaybe<SortOrder>;
  deletedAt?: InputMaybe<SortOrder>;
  displayName?: InputMaybe<SortOrder>;
  id?: InputMaybe<SortOrder>;
  lastLoginAt?: InputMaybe<SortOrder>;
  role?: InputMaybe<SortOrder>;
  updatedAt?: InputMaybe<SortOrder>;
  username?: InputMaybe<SortOrder>;
  version?: InputMaybe<SortOrder>;
};

/** ADMIN: everything, manages users. CLERK: reads and writes the registry in their regions. AUDITOR: reads everything (personal data masked unless revealed), the audit trail and saved queries. VIEWER: reference data and aggregates, personal data masked. */
export type UserRole =
  | 'ADMIN'
  | 'AUDITOR'
  | 'CLERK'
  | 'VIEWER';

export type UserRoleFilter = {
  equals?: InputMaybe<UserRole>;
  in?: InputMaybe<Array<UserRole>>;
  not?: InputMaybe<UserRoleFilter>;
  notIn?: InputMaybe<Array<UserRole>>;
};

/** Only the fields given are changed. */
export type UserUpdateInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** At least 10 characters. On update: sets a new password and ends every session and API token of the user. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** For clerks: the districts and villages they may work in (replaces the list on update). */
  regionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  role?: InputMaybe<UserRole>;
  /** Lower-case letters, digits, dots, dashes and underscores (3–40). */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** Filter for User records, in Prisma's shape. */
export type UserWhereInput = {
  AND?: InputMaybe<Array<UserWhereInput>>;
  NOT?: InputMaybe<Array<UserWhereInput>>;
  OR?: InputMaybe<Array<UserWhereInput>>;
  /** An inactive user cannot sign in and their sessions and tokens stop working. */
  active?: InputMaybe<BooleanFilter>;
  approvedQueryVersions?: InputMaybe<SavedQueryVersionListRelationFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt?: InputMaybe<DateTimeFilter>;
  /** Name shown in the panel and the audit trail. */
  displayName?: InputMaybe<StringFilter>;
  id?: InputMaybe<IdFilter>;
  lastLoginAt?: InputMaybe<DateTimeFilter>;
  /** For clerks: the districts and villages they may work in (a district includes its villages). */
  regions?: InputMaybe<RegionListRelationFilter>;
  role?: InputMaybe<UserRoleFilter>;
  savedQueries?: InputMaybe<SavedQueryListRelationFilter>;
  savedQueryRuns?: InputMaybe<SavedQueryRunListRelationFilter>;
  savedQueryVersions?: InputMaybe<SavedQueryVersionListRelationFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Sign-in name: lower-case letters, digits, dots, dashes and underscores. */
  username?: InputMaybe<StringFilter>;
  /** Incremented on every update; an update must quote the version it read. */
  version?: InputMaybe<IntFilter>;
};

/** A place where sessions are held and aid is handed over, usually a balai desa (village hall). */
export type Venue = {
  address: Maybe<Scalars['String']['output']>;
  /** How many people the venue seats. */
  capacity: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  distributions: Array<AidDistribution>;
  distributionsCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  latitude: Maybe<Scalars['Float']['output']>;
  longitude: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  sessions: Array<TrainingSession>;
  sessionsCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented on every update; an update must quote the version it read. */
  version: Scalars['Int']['output'];
  village: Region;
  /** The village the venue stands in. */
  villageId: Scalars['ID']['output'];
};


/** A place where sessions are held and aid is handed over, usually a balai desa (village hall). */
export type VenueDistributionsArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};


/** A place where sessions are held and aid is handed over, usually a balai desa (village hall). */
export type VenueSessionsArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};

export type VenueCreateInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** e.g. Balai Desa Karangtumaritis */
  name: Scalars['String']['input'];
  villageId: Scalars['ID']['input'];
};

/** Filter on related Venue records (records in the trash are left out). */
export type VenueListRelationFilter = {
  /** Every related record matches. */
  every?: InputMaybe<VenueWhereInput>;
  /** No related record matches. */
  none?: InputMaybe<VenueWhereInput>;
  /** At least one related record matches. */
  some?: InputMaybe<VenueWhereInput>;
};

/** Sort order for Venue lists: one field per entry; ties are broken by id. */
export type VenueOrderByInput = {
  address?: InputMaybe<SortOrder>;
  capacity?: InputMaybe<SortOrder>;
  createdAt?: InputMaybe<SortOrder>;
  deletedAt?: InputMaybe<SortOrder>;
  id?: InputMaybe<SortOrder>;
  latitude?: InputMaybe<SortOrder>;
  longitude?: InputMaybe<SortOrder>;
  name?: InputMaybe<SortOrder>;
  updatedAt?: InputMaybe<SortOrder>;
  version?: InputMaybe<SortOrder>;
  villageId?: InputMaybe<SortOrder>;
};

/** Filter on a related Venue. */
export type VenueRelationFilter = {
  is?: InputMaybe<VenueWhereInput>;
  isNot?: InputMaybe<VenueWhereInput>;
};

/** Only the fields given are changed. */
export type VenueUpdateInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** e.g. Balai Desa Karangtumaritis */
  name?: InputMaybe<Scalars['String']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

/** Filter for Venue records, in Prisma's shape. */
export type VenueWhereInput = {
  AND?: InputMaybe<Array<VenueWhereInput>>;
  NOT?: InputMaybe<Array<VenueWhereInput>>;
  OR?: InputMaybe<Array<VenueWhereInput>>;
  address?: InputMaybe<StringFilter>;
  /** How many people the venue seats. */
  capacity?: InputMaybe<IntFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt?: InputMaybe<DateTimeFilter>;
  distributions?: InputMaybe<AidDistributionListRelationFilter>;
  id?: InputMaybe<IdFilter>;
  latitude?: InputMaybe<FloatFilter>;
  longitude?: InputMaybe<FloatFilter>;
  name?: InputMaybe<StringFilter>;
  sessions?: InputMaybe<TrainingSessionListRelationFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Incremented on every update; an update must quote the version it read. */
  version?: InputMaybe<IntFilter>;
  village?: InputMaybe<RegionRelationFilter>;
  /** The village the venue stands in. */
  villageId?: InputMaybe<IdFilter>;
};

/** Desa (village led by a kuwu) or kelurahan (urban ward). */
export type VillageKind =
  | 'DESA'
  | 'KELURAHAN';

export type VillageKindFilter = {
  equals?: InputMaybe<VillageKind>;
  in?: InputMaybe<Array<VillageKind>>;
  not?: InputMaybe<VillageKindFilter>;
  notIn?: InputMaybe<Array<VillageKind>>;
};

/** A pilar sosial: a community worker partnering with Dinsos (TKSK, Puskesos, PSM, Pendamping PKH, Tagana, Operator SIKS-NG). */
export type Worker = {
  /** The sessions the worker is on the roster of. */
  attendances: Array<Attendance>;
  attendancesCount: Scalars['Int']['output'];
  /** Date of birth; null where the NIK is masked (AUDITOR, a CLERK outside the record’s regions, VIEWER): it is the NIK’s middle digits. */
  birthDate: Maybe<Scalars['Date']['output']>;
  /** Year of birth, also where the birth date is hidden (for matching records); null for VIEWER. */
  birthYear: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  gender: Gender;
  handedOverDistributions: Array<AidDistribution>;
  handedOverDistributionsCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The day the worker joined as a pilar sosial. */
  joinedAt: Scalars['Date']['output'];
  name: Scalars['String']['output'];
  /** Nomor Induk Kependudukan: the 16-digit national ID number. Masked for AUDITOR (revealPersonalData shows it in clear) and for a CLERK outside the record’s regions; never shown to VIEWER. */
  nik: Scalars['String']['output'];
  notes: Maybe<Scalars['String']['output']>;
  /** Masked for AUDITOR (revealPersonalData shows it in clear) and for a CLERK outside the record’s regions; never shown to VIEWER. */
  phone: Maybe<Scalars['String']['output']>;
  region: Region;
  /** The district or village the worker is assigned to. */
  regionId: Scalars['ID']['output'];
  registeredBeneficiaries: Array<Beneficiary>;
  registeredBeneficiariesCount: Scalars['Int']['output'];
  role: WorkerRole;
  status: WorkerStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented on every update; an update must quote the version it read. */
  version: Scalars['Int']['output'];
};


/** A pilar sosial: a community worker partnering with Dinsos (TKSK, Puskesos, PSM, Pendamping PKH, Tagana, Operator SIKS-NG). */
export type WorkerAttendancesArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};


/** A pilar sosial: a community worker partnering with Dinsos (TKSK, Puskesos, PSM, Pendamping PKH, Tagana, Operator SIKS-NG). */
export type WorkerHandedOverDistributionsArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};


/** A pilar sosial: a community worker partnering with Dinsos (TKSK, Puskesos, PSM, Pendamping PKH, Tagana, Operator SIKS-NG). */
export type WorkerRegisteredBeneficiariesArgs = {
  skip: InputMaybe<Scalars['Int']['input']>;
  take: InputMaybe<Scalars['Int']['input']>;
};

/** What Worker figures can be grouped by. */
export type WorkerAggregateGroupBy =
  /** Age band of the worker on ageAsOf (default today): 0–17, 18–29, 30–39, 40–49, 50–59, 60–69, 70–79, 80+. For AUDITOR and VIEWER the age is the one reached in the year of ageAsOf (from the birth year alone). */
  | 'ageBand'
  /** The district (kecamatan) of the worker’s assigned region. */
  | 'district'
  /** Gender. */
  | 'gender'
  /** Month of joining as a pilar sosial, as YYYY-MM. */
  | 'joinedMonth'
  /** Year of joining as a pilar sosial. */
  | 'joinedYear'
  /** The regency (kabupaten) of the worker’s assigned region. */
  | 'regency'
  /** The region the worker is assigned to (a district or a village). */
  | 'region'
  /** The kind of pilar sosial. */
  | 'role'
  /** Active or not. */
  | 'status'
  /** The village (desa/kelurahan) of the worker’s assigned region; null when it is a district. */
  | 'village';

/** The group of an aggregate row: the fields named in groupBy are set, the others are null. */
export type WorkerAggregateKey = {
  /** Age band of the worker on ageAsOf (default today): 0–17, 18–29, 30–39, 40–49, 50–59, 60–69, 70–79, 80+. For AUDITOR and VIEWER the age is the one reached in the year of ageAsOf (from the birth year alone). */
  ageBand: Maybe<AgeBand>;
  /** The district (kecamatan) of the worker’s assigned region. */
  district: Maybe<AggregateGroup>;
  /** Gender. */
  gender: Maybe<Gender>;
  /** Month of joining as a pilar sosial, as YYYY-MM. */
  joinedMonth: Maybe<Scalars['String']['output']>;
  /** Year of joining as a pilar sosial. */
  joinedYear: Maybe<Scalars['Int']['output']>;
  /** The regency (kabupaten) of the worker’s assigned region. */
  regency: Maybe<AggregateGroup>;
  /** The region the worker is assigned to (a district or a village). */
  region: Maybe<AggregateGroup>;
  /** The kind of pilar sosial. */
  role: Maybe<WorkerRole>;
  /** Active or not. */
  status: Maybe<WorkerStatus>;
  /** The village (desa/kelurahan) of the worker’s assigned region; null when it is a district. */
  village: Maybe<AggregateGroup>;
};

/** One group of Worker records and its figures. */
export type WorkerAggregateRow = {
  /** Records in the group; null when suppressed. For VIEWER: rounded to the nearest multiple of 5, and null in groups of fewer than 5 persons. */
  count: Maybe<Scalars['Int']['output']>;
  /** The count as text (rounded for VIEWER), or "< 5" when suppressed: what a chart or table shows. */
  countLabel: Scalars['String']['output'];
  key: WorkerAggregateKey;
  /** True for VIEWER when the group counts fewer than 5 persons: its figures are then null and countLabel is "< 5". */
  suppressed: Scalars['Boolean']['output'];
};

export type WorkerCreateInput = {
  birthDate: Scalars['Date']['input'];
  gender: Gender;
  joinedAt: Scalars['Date']['input'];
  name: Scalars['String']['input'];
  /** NIK: 16 digits; its date part must match birthDate (day + 40 for women). */
  nik: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The district or village the worker is assigned to. */
  regionId: Scalars['ID']['input'];
  role: WorkerRole;
  status?: InputMaybe<WorkerStatus>;
};

/** Filter on related Worker records (records in the trash are left out). */
export type WorkerListRelationFilter = {
  /** Every related record matches. */
  every?: InputMaybe<WorkerWhereInput>;
  /** No related record matches. */
  none?: InputMaybe<WorkerWhereInput>;
  /** At least one related record matches. */
  some?: InputMaybe<WorkerWhereInput>;
};

/** Sort order for Worker lists: one field per entry; ties are broken by id. */
export type WorkerOrderByInput = {
  birthDate?: InputMaybe<SortOrder>;
  createdAt?: InputMaybe<SortOrder>;
  deletedAt?: InputMaybe<SortOrder>;
  gender?: InputMaybe<SortOrder>;
  id?: InputMaybe<SortOrder>;
  joinedAt?: InputMaybe<SortOrder>;
  name?: InputMaybe<SortOrder>;
  nik?: InputMaybe<SortOrder>;
  notes?: InputMaybe<SortOrder>;
  phone?: InputMaybe<SortOrder>;
  regionId?: InputMaybe<SortOrder>;
  role?: InputMaybe<SortOrder>;
  status?: InputMaybe<SortOrder>;
  updatedAt?: InputMaybe<SortOrder>;
  version?: InputMaybe<SortOrder>;
};

/** Filter on a related Worker. */
export type WorkerRelationFilter = {
  is?: InputMaybe<WorkerWhereInput>;
  isNot?: InputMaybe<WorkerWhereInput>;
};

/** The six kinds of pilar sosial. */
export type WorkerRole =
  /** Pendamping PKH: facilitator of Program Keluarga Harapan. */
  | 'PKH'
  /** Pekerja Sosial Masyarakat: community social-work volunteer. */
  | 'PSM'
  /** Staff of a Puskesos, a village social-welfare service post. */
  | 'PUSKESOS'
  /** Village data operator of SIKS-NG. */
  | 'SIKS_NG_OPERATOR'
  /** Taruna Siaga Bencana: disaster-preparedness youth volunteer. */
  | 'TAGANA'
  /** Tenaga Kesejahteraan Sosial Kecamatan: one social-welfare worker per district. */
  | 'TKSK';

export type WorkerRoleFilter = {
  equals?: InputMaybe<WorkerRole>;
  in?: InputMaybe<Array<WorkerRole>>;
  not?: InputMaybe<WorkerRoleFilter>;
  notIn?: InputMaybe<Array<WorkerRole>>;
};

export type WorkerStatus =
  | 'ACTIVE'
  | 'INACTIVE';

export type WorkerStatusFilter = {
  equals?: InputMaybe<WorkerStatus>;
  in?: InputMaybe<Array<WorkerStatus>>;
  not?: InputMaybe<WorkerStatusFilter>;
  notIn?: InputMaybe<Array<WorkerStatus>>;
};

/** Only the fields given are changed. */
export type WorkerUpdateInput = {
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  gender?: InputMaybe<Gender>;
  joinedAt?: InputMaybe<Scalars['Date']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nik?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<WorkerRole>;
  status?: InputMaybe<WorkerStatus>;
};

/** Filter for Worker records, in Prisma's shape. */
export type WorkerWhereInput = {
  AND?: InputMaybe<Array<WorkerWhereInput>>;
  NOT?: InputMaybe<Array<WorkerWhereInput>>;
  OR?: InputMaybe<Array<WorkerWhereInput>>;
  attendances?: InputMaybe<AttendanceListRelationFilter>;
  birthDate?: InputMaybe<DateTimeFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Set when the record is moved to the trash (soft delete); null for live records. */
  deletedAt?: InputMaybe<DateTimeFilter>;
  gender?: InputMaybe<GenderFilter>;
  handedOverDistributions?: InputMaybe<AidDistributionListRelationFilter>;
  id?: InputMaybe<IdFilter>;
  /** The day the worker joined as a pilar sosial. */
  joinedAt?: InputMaybe<DateTimeFilter>;
  name?: InputMaybe<StringFilter>;
  /** Nomor Induk Kependudukan: the 16-digit national ID number. */
  nik?: InputMaybe<StringFilter>;
  notes?: InputMaybe<StringFilter>;
  phone?: InputMaybe<StringFilter>;
  region?: InputMaybe<RegionRelationFilter>;
  /** The district or village the worker is assigned to. */
  regionId?: InputMaybe<IdFilter>;
  registeredBeneficiaries?: InputMaybe<BeneficiaryListRelationFilter>;
  role?: InputMaybe<WorkerRoleFilter>;
  status?: InputMaybe<WorkerStatusFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Incremented on every update; an update must quote the version it read. */
  version?: InputMaybe<IntFilter>;
};
