import FactCheckIcon from '@mui/icons-material/FactCheck';
import { lazy } from 'react';
import type { AuditRecord } from '../../common/history/auditActions.ts';
import { defineScreen } from '../defineResource.ts';

/** The append-only audit trail: read by administrators and auditors, written by no one. */
export const auditEvents = defineScreen({
  name: 'auditEvents',
  access: { read: ['ADMIN', 'AUDITOR'], write: [] },
  icon: FactCheckIcon,
  list: lazy(() => import('./AuditEventList.tsx')),
  show: lazy(() => import('./AuditEventShow.tsx')),
  recordRepresentation: (event: AuditRecord) => `No. ${event.id}`,
});
