import TrendingDownIcon from '@mui/icons-material/TrendingDown';
import { lazy } from 'react';
import { REFERENCE } from '../../auth/permissions.ts';
import { defineResource } from '../defineResource.ts';

/** Angka kemiskinan: a region's poverty rate in a year. */
export const povertyIndicators = defineResource({
  name: 'povertyIndicators',
  access: REFERENCE,
  icon: TrendingDownIcon,
  list: lazy(() => import('./PovertyIndicatorList.tsx')),
  show: lazy(() => import('./PovertyIndicatorShow.tsx')),
  edit: lazy(() => import('./PovertyIndicatorEdit.tsx')),
  create: lazy(() => import('./PovertyIndicatorCreate.tsx')),
  recordRepresentation: (r) => `${r.region?.name ?? r.regionId} ${r.year}`,
});
