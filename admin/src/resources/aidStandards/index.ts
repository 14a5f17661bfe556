import RuleIcon from '@mui/icons-material/Rule';
import { lazy } from 'react';
import { REFERENCE } from '../../auth/permissions.ts';
import { defineResource } from '../defineResource.ts';

/** The 4 minimum service standards of social aid (SPM bidang sosial), also the PPKS categories. */
export const aidStandards = defineResource({
  name: 'aidStandards',
  access: REFERENCE,
  icon: RuleIcon,
  list: lazy(() => import('./AidStandardList.tsx')),
  show: lazy(() => import('./AidStandardShow.tsx')),
  edit: lazy(() => import('./AidStandardEdit.tsx')),
  create: lazy(() => import('./AidStandardCreate.tsx')),
  recordRepresentation: (r) => r.name,
});
