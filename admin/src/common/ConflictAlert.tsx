import { Alert, AlertTitle, Box, Button, Stack } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useEditContext, useResourceContext, useTranslate } from 'react-admin';
import { useConflict } from './conflict.ts';

type Changes = Record<string, unknown>;

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * Shown in the form when a save hit a newer version. Keeps the clerk's unsaved changes in
 * view, loads the latest version on request (the form then shows what the other person
 * saved), and can put the clerk's changes back on top of it for a deliberate second save.
 */
export function ConflictAlert() {
  const { conflict, clear } = useConflict();
  const { refetch, record } = useEditContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const { getValues, setValue, formState } = useFormContext();
  const [changes, setChanges] = useState<Changes | null>(null);
  const [reloaded, setReloaded] = useState(false);

  const dirtyFields = useRef(formState.dirtyFields);
  dirtyFields.current = formState.dirtyFields;

  // Captured when the conflict happens, before a reload resets the form to the stored record.
  useEffect(() => {
    if (!conflict) return;
    const values = getValues();
    setChanges(Object.fromEntries(Object.keys(dirtyFields.current).map((field) => [field, values[field]])));
    setReloaded(false);
  }, [conflict, getValues]);

  if (!changes) return null;
  const reload = async () => {
    await refetch();
    setReloaded(true);
    clear();
  };
  const reapply = () => {
    for (const [field, value] of Object.entries(changes)) setValue(field, value, { shouldDirty: true });
    setChanges(null);
  };
  const entries = Object.entries(changes);

  return (
    <Alert severity={reloaded ? 'info' : 'warning'} role="alert" data-testid="conflict-alert" sx={{ width: '100%', mb: 2 }}>
      <AlertTitle>{translate('pilar.conflict.title')}</AlertTitle>
      {reloaded ? translate('pilar.conflict.reloaded', { version: record?.version }) : translate('pilar.conflict.body')}
      {entries.length > 0 && (
        <Box component="dl" sx={{ my: 1, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2 }}>
          <Box component="dt" sx={{ gridColumn: '1 / -1', fontWeight: 600 }}>
            {translate('pilar.conflict.yourChanges')}
          </Box>
          {entries.map(([field, value]) => (
            <Box key={field} sx={{ display: 'contents' }}>
              <dt>{translate(`resources.${resource}.fields.${field}`, { _: field })}</dt>
              <Box component="dd" sx={{ m: 0 }}>
                {show(value)}
              </Box>
            </Box>
          ))}
        </Box>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        {reloaded ? (
          entries.length > 0 && (
            <Button variant="outlined" size="small" onClick={reapply}>
              {translate('pilar.conflict.reapply')}
            </Button>
          )
        ) : (
          <Button variant="contained" size="small" onClick={() => void reload()}>
            {translate('pilar.conflict.reload')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
