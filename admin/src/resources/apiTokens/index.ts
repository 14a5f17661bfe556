import KeyIcon from '@mui/icons-material/Key';
import { lazy } from 'react';
import { EVERYONE } from '../../auth/permissions.ts';
import { defineScreen } from '../defineResource.ts';

/**
 * API tokens for dashboards and scripts: everyone manages their own (an administrator sees and
 * revokes everyone's). Not a CRUD entity: the list, creation and revocation are their own calls.
 */
export const apiTokens = defineScreen({
  name: 'apiTokens',
  access: { read: EVERYONE, write: EVERYONE },
  icon: KeyIcon,
  list: lazy(() => import('./ApiTokenList.tsx')),
});
