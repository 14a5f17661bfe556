import { Prisma } from '@pilar/db';
import { column } from '../../lib/where-sql.ts';
import { aggregateQuery } from './grammar.ts';
import { ageBand, dateBuckets, enumDim, record, regionLevels, t } from './spec.ts';

// What each entity can be grouped by and measured with: the decisions differ per entity, the
// grammar (aggregateQuery) is one. Aliases: `t` is the aggregated table; joins are named.

{
  const regions = regionLevels('r', t('villageId'), 'the beneficiary’s village');
  aggregateQuery({
    model: 'Beneficiary',
    field: 'beneficiariesAggregate',
    description: 'Beneficiaries (PPKS) grouped, e.g. by district and aid standard, gender or age band.',
    joins: regions.joins,
    dimensions: [
      ...regions.dimensions,
      record('aidStandard', 'AidStandard', t('aidStandardId'), 'The PPKS category (one of the 4 aid standards).'),
      enumDim('gender', 'Gender', t('gender'), 'Gender.'),
      enumDim('status', 'BeneficiaryStatus', t('status'), 'Where the PPKS stands.'),
      ageBand('ageBand', t('birthDate'), 'the beneficiary'),
      ...dateBuckets('birth', t('birthDate'), 'birth', { personal: true }),
      ...dateBuckets('registered', t('createdAt'), 'registration in Pilar', { dateTime: true }),
    ],
    persons: 'rows',
    distinct: [{ name: 'families', description: 'Distinct family cards (No. KK).', expr: t('kkNumber') }],
  });
}

{
  const regions = regionLevels('r', t('regionId'), 'the worker’s assigned region');
  aggregateQuery({
    model: 'Worker',
    field: 'workersAggregate',
    description:
      'Pilar sosial grouped, e.g. by role and district. Filter with `attendances: { some: … }` for those who attended a programme.',
    joins: regions.joins,
    dimensions: [
      record('region', 'Region', t('regionId'), 'The region the worker is assigned to (a district or a village).'),
      ...regions.dimensions,
      enumDim('role', 'WorkerRole', t('role'), 'The kind of pilar sosial.'),
      enumDim('status', 'WorkerStatus', t('status'), 'Active or not.'),
      enumDim('gender', 'Gender', t('gender'), 'Gender.'),
      ageBand('ageBand', t('birthDate'), 'the worker'),
      ...dateBuckets('joined', t('joinedAt'), 'joining as a pilar sosial'),
    ],
    persons: 'rows',
  });
}

{
  const w = (name: string) => column('w', name);
  const s = (name: string) => column('s', name);
  const regions = regionLevels('r', w('regionId'), 'the worker’s assigned region', ['w']);
  aggregateQuery({
    model: 'Attendance',
    field: 'attendancesAggregate',
    description: 'Roster places grouped, e.g. by session, worker role and status (registered, attended, absent).',
    joins: {
      w: { sql: Prisma.sql`JOIN "Worker" AS "w" ON "w"."id" = "t"."workerId"` },
      s: { sql: Prisma.sql`JOIN "TrainingSession" AS "s" ON "s"."id" = "t"."sessionId"` },
      p: { sql: Prisma.sql`JOIN "Program" AS "p" ON "p"."id" = "s"."programId"`, requires: ['s'] },
      ...regions.joins,
    },
    dimensions: [
      record('session', 'TrainingSession', t('sessionId'), 'The training session.'),
      record('program', 'Program', s('programId'), 'The programme of the session.', ['s']),
      { name: 'programYear', description: 'Year of the programme.', type: { kind: 'int' }, expr: () => column('p', 'year'), joins: ['p'] },
      record('venue', 'Venue', s('venueId'), 'Where the session was held.', ['s']),
      record('districtGroup', 'DistrictGroup', s('districtGroupId'), 'The eks-Kawedanan the session was organised for.', ['s']),
      ...dateBuckets('session', s('startsAt'), 'the session (WIB)', { dateTime: true, joins: ['s'] }),
      enumDim('status', 'AttendanceStatus', t('status'), 'Registered, attended or absent.'),
      enumDim('role', 'WorkerRole', w('role'), 'The worker’s role.', ['w']),
      enumDim('gender', 'Gender', w('gender'), 'The worker’s gender.', ['w']),
      ...regions.dimensions,
    ],
    persons: { name: 'persons', description: 'Distinct workers in the group.', expr: t('workerId') },
    distinct: [
      { name: 'workers', description: 'Distinct workers.', expr: t('workerId') },
      { name: 'sessions', description: 'Distinct sessions.', expr: t('sessionId') },
    ],
  });
}

{
  const b = (name: string) => column('b', name);
  const regions = regionLevels('r', b('villageId'), 'the beneficiary’s village', ['b']);
  aggregateQuery({
    model: 'AidDistribution',
    field: 'aidDistributionsAggregate',
    description: 'Aid handed over, grouped e.g. by aid standard and month, with count and total value (sum.valueRupiah).',
    joins: {
      b: { sql: Prisma.sql`JOIN "Beneficiary" AS "b" ON "b"."id" = "t"."beneficiaryId"` },
      p: { sql: Prisma.sql`JOIN "Program" AS "p" ON "p"."id" = "t"."programId"` },
      ...regions.joins,
    },
    dimensions: [
      record('aidStandard', 'AidStandard', t('aidStandardId'), 'The aid standard the aid was given under.'),
      record('program', 'Program', t('programId'), 'The aid programme.'),
      { name: 'programYear', description: 'Year of the programme.', type: { kind: 'int' }, expr: () => column('p', 'year'), joins: ['p'] },
      ...dateBuckets('distributed', t('distributedOn'), 'the hand-over'),
      record('session', 'TrainingSession', t('sessionId'), 'The session at which the aid was handed over.'),
      record('venue', 'Venue', t('venueId'), 'Where the aid was handed over.'),
      ...regions.dimensions,
      enumDim('beneficiaryGender', 'Gender', b('gender'), 'The beneficiary’s gender.', ['b']),
      ageBand('beneficiaryAgeBand', b('birthDate'), 'the beneficiary', ['b']),
    ],
    persons: { name: 'persons', description: 'Distinct beneficiaries in the group.', expr: t('beneficiaryId') },
    distinct: [
      { name: 'beneficiaries', description: 'Distinct beneficiaries.', expr: t('beneficiaryId') },
      { name: 'programs', description: 'Distinct programmes.', expr: t('programId') },
    ],
    numbers: [
      { name: 'valueRupiah', description: 'Value in rupiah.', expr: t('valueRupiah') },
      { name: 'quantity', description: 'Quantity (in the unit of each record).', expr: t('quantity') },
    ],
  });
}

{
  aggregateQuery({
    model: 'PovertyIndicator',
    field: 'povertyIndicatorsAggregate',
    description:
      'Poverty rates grouped by region and year (one figure per region and year, so avg.ratePercent is that figure; across regions it is an unweighted mean).',
    joins: { r: { sql: Prisma.sql`JOIN "Region" AS "r" ON "r"."id" = "t"."regionId"` } },
    dimensions: [
      record('region', 'Region', t('regionId'), 'The region of the figure.'),
      enumDim('regionLevel', 'RegionLevel', column('r', 'level'), 'The level of the region.', ['r']),
      { name: 'year', description: 'The year of the figure.', type: { kind: 'int' }, expr: () => t('year') },
    ],
    persons: null,
    numbers: [{ name: 'ratePercent', description: 'Poverty rate in percent.', expr: t('ratePercent') }],
  });
}

{
  aggregateQuery({
    model: 'TrainingSession',
    field: 'trainingSessionsAggregate',
    description: 'Training sessions grouped, e.g. by programme and month, with their seats (sum.capacity).',
    joins: { p: { sql: Prisma.sql`JOIN "Program" AS "p" ON "p"."id" = "t"."programId"` } },
    dimensions: [
      record('program', 'Program', t('programId'), 'The programme.'),
      { name: 'programYear', description: 'Year of the programme.', type: { kind: 'int' }, expr: () => column('p', 'year'), joins: ['p'] },
      record('venue', 'Venue', t('venueId'), 'Where the session was held.'),
      record('districtGroup', 'DistrictGroup', t('districtGroupId'), 'The eks-Kawedanan the session was organised for.'),
      ...dateBuckets('starts', t('startsAt'), 'the session (WIB)', { dateTime: true }),
    ],
    persons: null,
    numbers: [{ name: 'capacity', description: 'Seats.', expr: t('capacity') }],
  });
}
