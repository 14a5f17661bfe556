import { Tab, Tabs } from '@mui/material';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Link, useLocation } from 'react-router-dom';
import { useCan } from '../../auth/usePilarPermissions.ts';

const RecordHistory = lazy(() => import('./RecordHistory.tsx'));

/** The history tab's address, below the record's page: `/beneficiaries/12/show/history`. */
const HISTORY = /\/history\/?$/;

/**
 * A record's page with a second tab, "Riwayat", for those who may read the audit trail: the
 * record's history at `<show path>/history`, so it can be linked to. Others see the page as it is.
 */
export function RecordTabs({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  const { pathname } = useLocation();
  const canReadHistory = useCan('list', 'auditEvents');
  if (!canReadHistory) return <>{children}</>;
  const onHistory = HISTORY.test(pathname);
  const base = pathname.replace(HISTORY, '');
  return (
    <>
      <Tabs value={onHistory ? 'history' : 'data'} sx={{ px: 2, borderBottom: 1, borderColor: 'divider' }}>
        <Tab value="data" label={translate('pilar.history.data')} component={Link} to={base} />
        <Tab value="history" label={translate('pilar.history.tab')} component={Link} to={`${base}/history`} />
      </Tabs>
      {onHistory ? (
        <Suspense fallback={null}>
          <RecordHistory />
        </Suspense>
      ) : (
        children
      )}
    </>
  );
}
