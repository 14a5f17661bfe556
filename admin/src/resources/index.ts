import { aidDistributions } from './aidDistributions/index.ts';
import { aidStandards } from './aidStandards/index.ts';
import { apiTokens } from './apiTokens/index.ts';
import { attendances } from './attendances/index.ts';
import { auditEvents } from './auditEvents/index.ts';
import { beneficiaries } from './beneficiaries/index.ts';
import { districtGroups } from './districtGroups/index.ts';
import { povertyIndicators } from './povertyIndicators/index.ts';
import { programs } from './programs/index.ts';
import { regions } from './regions/index.ts';
import { savedQueries } from './savedQueries/index.ts';
import { trainingSessions } from './trainingSessions/index.ts';
import { users } from './users/index.ts';
import { venues } from './venues/index.ts';
import { workers } from './workers/index.ts';

/**
 * Every resource, in the menu's order: daily work first, reference data next, then accounts,
 * the audit trail and API tokens. Each is shown only to the roles its `access` names.
 */
export const resources = [
  beneficiaries,
  aidDistributions,
  workers,
  trainingSessions,
  attendances,
  programs,
  venues,
  aidStandards,
  regions,
  districtGroups,
  povertyIndicators,
  users,
  savedQueries,
  auditEvents,
  apiTokens,
];
