import WorkspacesIcon from '@mui/icons-material/Workspaces';
import { lazy } from 'react';
import { REFERENCE } from '../../auth/permissions.ts';
import { defineResource } from '../defineResource.ts';

/** Eks-Kawedanan: former areas grouping several kecamatan, still used to organise events. */
export const districtGroups = defineResource({
  name: 'districtGroups',
  access: REFERENCE,
  icon: WorkspacesIcon,
  list: lazy(() => import('./DistrictGroupList.tsx')),
  show: lazy(() => import('./DistrictGroupShow.tsx')),
  edit: lazy(() => import('./DistrictGroupEdit.tsx')),
  create: lazy(() => import('./DistrictGroupCreate.tsx')),
  recordRepresentation: (r) => r.name,
});
