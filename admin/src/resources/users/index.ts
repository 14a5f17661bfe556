import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { lazy } from 'react';
import { defineResource } from '../defineResource.ts';

/** Who may sign in to the panel, with which role, and (for clerks) where. */
export const users = defineResource({
  name: 'users',
  access: { read: ['ADMIN'], write: ['ADMIN'] },
  icon: ManageAccountsIcon,
  list: lazy(() => import('./UserList.tsx')),
  show: lazy(() => import('./UserShow.tsx')),
  edit: lazy(() => import('./UserEdit.tsx')),
  create: lazy(() => import('./UserCreate.tsx')),
  recordRepresentation: (r) => r.displayName ?? r.username,
});
