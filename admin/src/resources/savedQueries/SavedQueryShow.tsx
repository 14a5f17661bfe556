import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box, Button, Chip, LinearProgress, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Confirm, Link, Title, useDataProvider, useGetRecordId, useNotify, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { useCan } from '../../auth/usePilarPermissions.ts';
import type { PilarDataProvider } from '../../data/dataProvider.ts';
import { QUERY_DETAIL, RETIRE_QUERY, type QueryDetail } from './queries.ts';
import { RunPanel } from './RunPanel.tsx';
import { VersionsPanel } from './VersionsPanel.tsx';

/** Loads a query with its versions; `reload` after an approval, retirement or edit. */
export function useQueryDetail(id: string) {
  const dataProvider = useDataProvider<PilarDataProvider>();
  const [state, setState] = useState<{ detail?: QueryDetail | null; error?: string }>({});
  const reload = useCallback(() => {
    dataProvider
      .request(QUERY_DETAIL, { id })
      .then((d) => setState({ detail: d.savedQuery }))
      .catch((error: Error) => setState({ error: error.message }));
  }, [dataProvider, id]);
  useEffect(reload, [reload]);
  return { ...state, reload };
}

/** A saved query: its versions side by side with their diff, and the page to run it with its run log. */
export default function SavedQueryShow() {
  const id = String(useGetRecordId());
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<PilarDataProvider>();
  const { detail, error, reload } = useQueryDetail(id);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'run' ? 'run' : 'versions';
  const canEdit = useCan('edit', 'savedQueries');
  const canRetire = useCan('retire', 'savedQueries');
  const [confirmRetire, setConfirmRetire] = useState(false);

  if (error) return <Alert severity="error">{error}</Alert>;
  if (detail === undefined) return <LinearProgress />;
  if (detail === null) return <Alert severity="warning">{translate('ra.page.not_found')}</Alert>;

  const retireQuery = async () => {
    setConfirmRetire(false);
    try {
      await dataProvider.request(RETIRE_QUERY, { id });
      notify('pilar.savedQueries.queryRetired', { type: 'success' });
      reload();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };

  return (
    <Box sx={{ p: { xs: 1, md: 2 } }}>
      <Title title={detail.name} />
      <Stack direction="row" alignItems="flex-start" spacing={2} sx={{ mb: 1 }}>
        <Box sx={{ flex: 1 }}>
          <Typography variant="h5" component="h1">
            {detail.name}
          </Typography>
          <Typography variant="body1" color="text.secondary">
            {detail.purpose}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ mt: 1 }} alignItems="center">
            {detail.retiredAt ? (
              <Chip size="small" label={translate('pilar.savedQueries.retired')} />
            ) : detail.currentVersion ? (
              <Chip size="small" color="success" variant="outlined" label={translate('pilar.savedQueries.approved', { number: detail.currentVersion.number })} />
            ) : (
              <Chip size="small" color="warning" variant="outlined" label={translate('pilar.savedQueries.draftOnly')} />
            )}
            <Typography variant="body2" color="text.secondary">
              {translate('resources.savedQueries.fields.ownerName')}: {detail.ownerName}
            </Typography>
          </Stack>
        </Box>
        {canEdit && !detail.retiredAt && (
          <Button component={Link} to={`/savedQueries/${id}`} startIcon={<EditIcon />}>
            {translate('ra.action.edit')}
          </Button>
        )}
        {canRetire && !detail.retiredAt && (
          <Button color="error" onClick={() => setConfirmRetire(true)}>
            {translate('pilar.savedQueries.retireQuery')}
          </Button>
        )}
      </Stack>
      <Confirm
        isOpen={confirmRetire}
        title={translate('pilar.savedQueries.retireQueryTitle', { name: detail.name })}
        content={translate('pilar.savedQueries.retireQueryBody')}
        onConfirm={retireQuery}
        onClose={() => setConfirmRetire(false)}
      />
      <Tabs value={tab} onChange={(_, value: string) => setParams(value === 'run' ? { tab: 'run' } : {}, { replace: true })} sx={{ mb: 2 }}>
        <Tab value="versions" label={translate('pilar.savedQueries.tabs.versions')} />
        <Tab value="run" label={translate('pilar.savedQueries.tabs.run')} />
      </Tabs>
      {tab === 'versions' ? <VersionsPanel detail={detail} reload={reload} /> : <RunPanel detail={detail} />}
    </Box>
  );
}
