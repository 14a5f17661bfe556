import type { ReactNode } from 'react';
import { DeleteButton, EditButton, Show, TopToolbar } from 'react-admin';
import { RecordTabs } from './history/RecordTabs.tsx';

export interface RecordShowProps {
  children: ReactNode;
  /** More actions beside edit and delete, e.g. revealing personal data. */
  actions?: ReactNode;
}

/**
 * A record's page: edit, and delete with undo (the record goes to the trash), each shown only
 * to roles that may; and its history ("Riwayat") for those who read the audit trail.
 */
export function RecordShow({ children, actions }: RecordShowProps) {
  return (
    <Show
      actions={
        <TopToolbar>
          {actions}
          <EditButton />
          <DeleteButton mutationMode="undoable" />
        </TopToolbar>
      }
    >
      <RecordTabs>{children}</RecordTabs>
    </Show>
  );
}
