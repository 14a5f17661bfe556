import Diversity3Icon from '@mui/icons-material/Diversity3';
import { lazy } from 'react';
import { REGISTRY, REVEALS_PERSONAL_DATA } from '../../auth/permissions.ts';
import { defineResource } from '../defineResource.ts';

/** Pilar sosial: TKSK, Puskesos, PSM, Pendamping PKH, Tagana, Operator SIKS-NG. */
export const workers = defineResource({
  name: 'workers',
  access: { ...REGISTRY, actions: { reveal: REVEALS_PERSONAL_DATA } },
  icon: Diversity3Icon,
  list: lazy(() => import('./WorkerList.tsx')),
  show: lazy(() => import('./WorkerShow.tsx')),
  edit: lazy(() => import('./WorkerEdit.tsx')),
  create: lazy(() => import('./WorkerCreate.tsx')),
  recordRepresentation: (r) => `${r.name} (${r.nik})`,
});
