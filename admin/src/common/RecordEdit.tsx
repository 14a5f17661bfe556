import { useState, type ReactNode } from 'react';
import { DeleteButton, Edit, SaveButton, SimpleForm, Toolbar, useNotify } from 'react-admin';
import { isVersionConflict, type ApiErrorBody } from '../data/errors.ts';
import { ConflictAlert } from './ConflictAlert.tsx';
import { ConflictContext, type Conflict } from './conflict.ts';
import { FORM_WIDTH } from './formWidth.ts';

function hasFieldErrors(error: unknown): boolean {
  const body = (error as { body?: ApiErrorBody } | null)?.body;
  return !!body?.errors && Object.keys(body.errors).length > 0;
}

function EditToolbar() {
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      <DeleteButton mutationMode="undoable" />
    </Toolbar>
  );
}

/**
 * Editing without losing work: the save waits for the server (pessimistic), so a stale
 * version or an invalid field keeps the clerk on the form with their changes. A conflict shows
 * what happened and a way to load the latest version; a field error shows under its input.
 * Unsaved changes are guarded when leaving the page.
 */
export function RecordEdit({ children }: { children: ReactNode }) {
  const notify = useNotify();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const onError = (error: unknown) => {
    if (isVersionConflict(error)) {
      setConflict({ currentVersion: error.body.currentVersion });
      notify('pilar.conflict.notification', { type: 'error' });
    } else if (!hasFieldErrors(error)) {
      // Field errors are shown on their inputs, with react-admin's "form not valid" notice.
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <ConflictContext.Provider value={{ conflict, clear: () => setConflict(null) }}>
      <Edit mutationMode="pessimistic" mutationOptions={{ onError }} redirect="show">
        <SimpleForm toolbar={<EditToolbar />} warnWhenUnsavedChanges sx={FORM_WIDTH}>
          <ConflictAlert />
          {children}
        </SimpleForm>
      </Edit>
    </ConflictContext.Provider>
  );
}
