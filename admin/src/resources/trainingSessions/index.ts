import EventIcon from '@mui/icons-material/Event';
import { lazy } from 'react';
import { REGISTRY } from '../../auth/permissions.ts';
import { defineResource } from '../defineResource.ts';

/** Bimtek sessions: one training day at a venue, with its attendance roster. */
export const trainingSessions = defineResource({
  name: 'trainingSessions',
  access: REGISTRY,
  icon: EventIcon,
  list: lazy(() => import('./TrainingSessionList.tsx')),
  show: lazy(() => import('./TrainingSessionShow.tsx')),
  edit: lazy(() => import('./TrainingSessionEdit.tsx')),
  create: lazy(() => import('./TrainingSessionCreate.tsx')),
  recordRepresentation: (r) => `${r.title} (${r.startsAt.slice(0, 10)})`,
});
