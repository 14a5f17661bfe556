import HowToRegIcon from '@mui/icons-material/HowToReg';
import { lazy } from 'react';
import { PERSON_RECORDS } from '../../auth/permissions.ts';
import { defineResource } from '../defineResource.ts';

/** Roster lines: a worker on a session's roster, registered, attended or absent. */
export const attendances = defineResource({
  name: 'attendances',
  access: PERSON_RECORDS,
  icon: HowToRegIcon,
  list: lazy(() => import('./AttendanceList.tsx')),
  show: lazy(() => import('./AttendanceShow.tsx')),
  edit: lazy(() => import('./AttendanceEdit.tsx')),
  create: lazy(() => import('./AttendanceCreate.tsx')),
  recordRepresentation: (r) => `${r.worker?.name ?? r.workerId} · ${r.session?.title ?? r.sessionId}`,
});
