import { LinearProgress } from '@mui/material';
import { useEffect, useState } from 'react';
import { Edit, SaveButton, SimpleForm, Toolbar, useDataProvider, useGetRecordId, useNotify, useRecordContext } from 'react-admin';
import { FORM_WIDTH } from '../../common/formWidth.ts';
import type { PilarDataProvider } from '../../data/dataProvider.ts';
import type { ApiErrorBody } from '../../data/errors.ts';
import { LATEST_DOCUMENT } from './queries.ts';
import { SavedQueryInputs } from './SavedQueryInputs.tsx';

function EditForm({ document }: { document: string }) {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <SimpleForm
      record={{ ...record, document, changeNote: '' }}
      toolbar={
        <Toolbar>
          <SaveButton />
        </Toolbar>
      }
      warnWhenUnsavedChanges
      sx={FORM_WIDTH}
    >
      <SavedQueryInputs />
    </SimpleForm>
  );
}

/**
 * Edits a query starting from its newest document. A changed document becomes a new draft
 * version (the server's rule); an unchanged one is not sent, so renaming adds no version.
 */
export default function SavedQueryEdit() {
  const id = String(useGetRecordId());
  const dataProvider = useDataProvider<PilarDataProvider>();
  const notify = useNotify();
  const [latest, setLatest] = useState<string | null>(null);
  useEffect(() => {
    dataProvider
      .request(LATEST_DOCUMENT, { id })
      .then((d) => setLatest(d.savedQuery?.versions[0]?.document ?? ''))
      .catch(() => setLatest(''));
  }, [dataProvider, id]);
  if (latest === null) return <LinearProgress />;
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      transform={({ document, changeNote, ...data }: Record<string, unknown>) =>
        document === latest ? data : { ...data, document, changeNote: changeNote || null }
      }
      mutationOptions={{
        onError: (error: unknown) => {
          const body = (error as { body?: ApiErrorBody } | null)?.body;
          // Field errors show under their inputs.
          if (!body?.errors || Object.keys(body.errors).length === 0) {
            notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
          }
        },
      }}
    >
      <EditForm document={latest} />
    </Edit>
  );
}
