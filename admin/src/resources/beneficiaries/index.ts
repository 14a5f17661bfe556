import AccessibilityNewIcon from '@mui/icons-material/AccessibilityNew';
import { lazy } from 'react';
import { REGISTRY, REVEALS_PERSONAL_DATA } from '../../auth/permissions.ts';
import { defineResource } from '../defineResource.ts';

/** PPKS: persons in need of social-welfare services. */
export const beneficiaries = defineResource({
  name: 'beneficiaries',
  access: { ...REGISTRY, actions: { reveal: REVEALS_PERSONAL_DATA } },
  icon: AccessibilityNewIcon,
  list: lazy(() => import('./BeneficiaryList.tsx')),
  show: lazy(() => import('./BeneficiaryShow.tsx')),
  edit: lazy(() => import('./BeneficiaryEdit.tsx')),
  create: lazy(() => import('./BeneficiaryCreate.tsx')),
  recordRepresentation: (r) => `${r.name} (${r.nik})`,
});
