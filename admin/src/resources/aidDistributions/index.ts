import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import { lazy } from 'react';
import { PERSON_RECORDS } from '../../auth/permissions.ts';
import { defineResource } from '../defineResource.ts';

/** Aid handed to a PPKS under a programme and an aid standard. */
export const aidDistributions = defineResource({
  name: 'aidDistributions',
  access: PERSON_RECORDS,
  icon: VolunteerActivismIcon,
  list: lazy(() => import('./AidDistributionList.tsx')),
  show: lazy(() => import('./AidDistributionShow.tsx')),
  edit: lazy(() => import('./AidDistributionEdit.tsx')),
  create: lazy(() => import('./AidDistributionCreate.tsx')),
  recordRepresentation: (r) => `${r.beneficiary?.name ?? r.beneficiaryId} · ${r.items} · ${r.distributedOn}`,
});
