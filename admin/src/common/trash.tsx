import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import RestoreFromTrashIcon from '@mui/icons-material/RestoreFromTrash';
import { Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  DataTable,
  List,
  ListButton,
  RecordRepresentation,
  TopToolbar,
  useDataProvider,
  useGetResourceLabel,
  useListContext,
  useNotify,
  useRecordContext,
  useRefresh,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { useCan } from '../auth/usePilarPermissions.ts';
import type { PilarDataProvider } from '../data/dataProvider.ts';
import { MomentField } from './fields.tsx';

/** The react-admin filter that lists the trash: records whose `deletedAt` is set. */
const TRASH_FILTER = { deletedAt_exists: true };

/** Opens the resource's trash from its list, for those who may delete and restore. */
export function TrashButton() {
  const resource = useResourceContext();
  const canRestore = useCan('restore');
  if (!canRestore) return null;
  return (
    <Button component={Link} to={`/${resource}/trash`} label="pilar.trash.menu">
      <DeleteOutlineIcon />
    </Button>
  );
}

function useRestore() {
  const dataProvider = useDataProvider<PilarDataProvider>();
  const resource = useResourceContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  const restore = async (ids: readonly (string | number)[]) => {
    if (!resource) return;
    setPending(true);
    try {
      for (const id of ids) await dataProvider.restore(resource, { id });
      notify(ids.length === 1 ? 'pilar.trash.restored' : 'pilar.trash.restoredMany', {
        type: 'success',
        messageArgs: { smart_count: ids.length },
      });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return { restore, pending };
}

/** Brings the record of the row back from the trash. */
function RestoreButton() {
  const record = useRecordContext();
  const { restore, pending } = useRestore();
  if (!record) return null;
  return (
    <Button label="pilar.trash.restore" disabled={pending} onClick={() => void restore([record.id])}>
      <RestoreFromTrashIcon />
    </Button>
  );
}

function BulkRestoreButton() {
  const { selectedIds, onUnselectItems } = useListContext();
  const { restore, pending } = useRestore();
  return (
    <Button
      label="pilar.trash.restore"
      disabled={pending}
      onClick={() => void restore(selectedIds).then(() => onUnselectItems())}
    >
      <RestoreFromTrashIcon />
    </Button>
  );
}

function TrashEmpty() {
  const translate = useTranslate();
  const resource = useResourceContext();
  const label = useGetResourceLabel()(resource ?? '', 2);
  return (
    <Stack direction="row" spacing={2} sx={{ p: 2, alignItems: 'center' }}>
      <Typography>{translate('pilar.trash.empty', { name: label })}</Typography>
      <ListButton />
    </Stack>
  );
}

/**
 * "Terhapus": the resource's soft-deleted records, newest first, each with a way back. One
 * view for every resource, at `/<resource>/trash`.
 */
export function TrashList() {
  const translate = useTranslate();
  const resource = useResourceContext();
  const getLabel = useGetResourceLabel();
  const label = getLabel(resource ?? '', 2);
  const canRestore = useCan('restore');
  return (
    <List
      filter={TRASH_FILTER}
      sort={{ field: 'deletedAt', order: 'DESC' }}
      storeKey={`${resource}.trash`}
      title={translate('pilar.trash.title', { name: label })}
      actions={
        <TopToolbar>
          <ListButton />
        </TopToolbar>
      }
      empty={<TrashEmpty />}
      perPage={25}
    >
      <DataTable bulkActionButtons={canRestore ? <BulkRestoreButton /> : false} rowClick={false}>
        <DataTable.Col label={getLabel(resource ?? '', 1)} render={() => <RecordRepresentation />} disableSort />
        <DataTable.Col source="deletedAt" field={MomentField} />
        {canRestore && <DataTable.Col label={false} render={() => <RestoreButton />} disableSort />}
      </DataTable>
    </List>
  );
}
