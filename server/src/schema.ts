import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import './lib/scalars.ts';
import './modules/region/index.ts';
import './modules/district-group/index.ts';
import './modules/worker/index.ts';
import './modules/program/index.ts';
import './modules/venue/index.ts';
import './modules/training-session/index.ts';
import './modules/attendance/index.ts';
import './modules/aid-standard/index.ts';
import './modules/beneficiary/index.ts';
import './modules/aid-distribution/index.ts';
import './modules/poverty-indicator/index.ts';
import './modules/auth/index.ts';
import './modules/user/index.ts';
import './modules/api-token/index.ts';
import './modules/audit-event/index.ts';
import './modules/reveal/index.ts';
import './modules/aggregate/index.ts';
import './modules/saved-query/index.ts';

/** The whole API: importing a module registers its types and fields. */
export const schema = lexicographicSortSchema(builder.toSchema());
