import AccessibilityNewIcon from '@mui/icons-material/AccessibilityNew';
import { lazy } from 'react';
import { PERSON_RECORDS, REVEALS_PERSONAL_DATA } from '../../auth/permissions.ts';
import { defineResource } from '../defineResource.ts';

/** PPKS: persons in need of social-welfare services. */
export const beneficiaries = defineResource({
  name: 'beneficiaries',
  access: { ...PERSON_RECORDS, actions: { reveal: REVEALS_PERSONAL_DATA } },
  icon: AccessibilityNewIcon,
  list: lazy(() => import('./BeneficiaryList.tsx')),
  show: lazy(() => import('./BeneficiaryShow.tsx')),
  edit: lazy(() => import('./BeneficiaryEdit.tsx')),
  create: lazy(() => import('./BeneficiaryCreate.tsx')),
  recordRepresentation: (r) => `${r.name} (${r.nik})`,
});
