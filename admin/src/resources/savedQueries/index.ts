import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { lazy } from 'react';
import { EVERYONE } from '../../auth/permissions.ts';
import { defineResource } from '../defineResource.ts';

/** Who writes, approves and retires saved queries; everyone signed in runs the approved ones. */
export const CURATORS = ['ADMIN', 'AUDITOR'] as const;

/**
 * The auditors' catalogue of saved queries: versions side by side with their diff, approval,
 * runs with a form made from the query's variables, and the run log with its hashes.
 */
export const savedQueries = defineResource({
  name: 'savedQueries',
  access: { read: EVERYONE, write: CURATORS, actions: { approve: CURATORS, retire: CURATORS } },
  icon: ManageSearchIcon,
  list: lazy(() => import('./SavedQueryList.tsx')),
  show: lazy(() => import('./SavedQueryShow.tsx')),
  edit: lazy(() => import('./SavedQueryEdit.tsx')),
  create: lazy(() => import('./SavedQueryCreate.tsx')),
  recordRepresentation: (r) => r.name,
});
