import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useId, useState, type FormEvent } from 'react';
import { useDataProvider, useGetRecordRepresentation, useNotify, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import type { PilarDataProvider } from '../../data/dataProvider.ts';
import type { ApiErrorBody } from '../../data/errors.ts';
import { entityOf } from '../../data/grammar.ts';
import { useGrammar } from '../../schema/useGrammar.ts';
import { isPersonalDataEntity, REVEAL_PERSONAL_DATA, type RevealedData } from './revealOperation.ts';

function errorOnReason(error: unknown): string | undefined {
  return (error as { body?: ApiErrorBody } | null)?.body?.errors?.reason;
}

/**
 * Asks why, then shows the record's personal data in clear. The values live in this dialog's
 * state only (the request bypasses every cache), so closing it is forgetting them. The server
 * judges the reason; its message shows under the field.
 */
export default function RevealDialog({ onClose }: { onClose: () => void }) {
  const record = useRecordContext();
  const resource = useResourceContext();
  const grammar = useGrammar();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<PilarDataProvider>();
  const represent = useGetRecordRepresentation(resource);
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const [revealed, setRevealed] = useState<RevealedData | null>(null);
  if (!record || !resource) return null;
  const entity = entityOf(grammar, resource);
  const typeName = entity.type.name;
  if (!isPersonalDataEntity(typeName)) return null;
  const fields = [...entity.personalFields] as (keyof RevealedData)[];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setReasonError(undefined);
    try {
      const data = await dataProvider.request(REVEAL_PERSONAL_DATA, { entity: typeName, id: String(record.id), reason: reason.trim() }, ['reason']);
      setRevealed(data.revealPersonalData);
    } catch (error) {
      const onField = errorOnReason(error);
      if (onField) setReasonError(onField);
      else notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>
        {revealed ? translate('pilar.reveal.shownFor', { name: String(represent(record)) }) : translate('pilar.reveal.title')}
      </DialogTitle>
      {revealed ? (
        <>
          <DialogContent>
            <Box component="dl" data-testid="revealed-data" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
              {fields.map((field) => (
                <Box key={field} sx={{ display: 'contents' }}>
                  <Box component="dt" sx={{ color: 'text.secondary' }}>
                    {translate(`resources.${resource}.fields.${field}`, { _: field })}
                  </Box>
                  <Box component="dd" sx={{ m: 0, fontFamily: 'monospace', fontSize: '1rem' }}>
                    {revealed[field] || '—'}
                  </Box>
                </Box>
              ))}
            </Box>
            <Alert severity="info" sx={{ mt: 2 }}>
              {translate('pilar.reveal.notice')}
            </Alert>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose} variant="contained" autoFocus>
              {translate('pilar.reveal.close')}
            </Button>
          </DialogActions>
        </>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('pilar.reveal.intro')}</DialogContentText>
            <TextField
              autoFocus
              fullWidth
              required
              label={translate('pilar.reveal.reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={!!reasonError}
              helperText={reasonError ?? translate('pilar.reveal.reasonHelp')}
              disabled={pending}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={pending || !reason.trim()}>
              {translate('pilar.reveal.submit')}
            </Button>
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
}
