import MapIcon from '@mui/icons-material/Map';
import { lazy } from 'react';
import { REFERENCE } from '../../auth/permissions.ts';
import type { RecordOf } from '../../data/records.ts';
import { defineResource } from '../defineResource.ts';

/** A village is named with its kecamatan, as clerks say it ("Karangtumaritis, Kec. Haurgeulis"). */
function regionName(r: RecordOf<'regions'>): string {
  if (r.level === 'VILLAGE' && r.parent?.name) return `${r.name}, Kec. ${r.parent.name}`;
  if (r.level === 'DISTRICT') return `Kec. ${r.name}`;
  return r.name;
}

/** Kemendagri regions: province, kabupaten, kecamatan, desa/kelurahan. */
export const regions = defineResource({
  name: 'regions',
  access: REFERENCE,
  icon: MapIcon,
  list: lazy(() => import('./RegionList.tsx')),
  show: lazy(() => import('./RegionShow.tsx')),
  edit: lazy(() => import('./RegionEdit.tsx')),
  create: lazy(() => import('./RegionCreate.tsx')),
  recordRepresentation: regionName,
});
