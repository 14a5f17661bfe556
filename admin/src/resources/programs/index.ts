import AssignmentIcon from '@mui/icons-material/Assignment';
import { lazy } from 'react';
import { REFERENCE } from '../../auth/permissions.ts';
import { defineResource } from '../defineResource.ts';

/** Yearly programmes: training (Bimtek) run as sessions, aid handed out as distributions. */
export const programs = defineResource({
  name: 'programs',
  access: REFERENCE,
  icon: AssignmentIcon,
  list: lazy(() => import('./ProgramList.tsx')),
  show: lazy(() => import('./ProgramShow.tsx')),
  edit: lazy(() => import('./ProgramEdit.tsx')),
  create: lazy(() => import('./ProgramCreate.tsx')),
  recordRepresentation: (r) => r.name,
});
