import PlaceIcon from '@mui/icons-material/Place';
import { lazy } from 'react';
import { REGISTRY } from '../../auth/permissions.ts';
import { defineResource } from '../defineResource.ts';

/** Venues: balai desa and other places where sessions are held and aid handed over. */
export const venues = defineResource({
  name: 'venues',
  access: REGISTRY,
  icon: PlaceIcon,
  list: lazy(() => import('./VenueList.tsx')),
  show: lazy(() => import('./VenueShow.tsx')),
  edit: lazy(() => import('./VenueEdit.tsx')),
  create: lazy(() => import('./VenueCreate.tsx')),
  recordRepresentation: (r) => r.name,
});
