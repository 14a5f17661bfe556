import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import HighlightOffIcon from '@mui/icons-material/HighlightOff';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Stack, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  BulkDeleteButton,
  BulkUpdateButton,
  CreateBase,
  DataTable,
  DeleteButton,
  Form,
  Pagination,
  ReferenceField,
  ReferenceInput,
  ReferenceManyField,
  SaveButton,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { useCan } from '../../auth/usePilarPermissions.ts';
import { EnumField } from '../../common/fields.tsx';
import { Section } from '../../common/Section.tsx';
import type { RecordOf } from '../../data/records.ts';
import type { AttendanceStatus } from '../../generated/graphql.ts';

const Attendee = DataTable.Col<RecordOf<'attendances'>>;

/** Puts a worker, found by name or NIK, on the session's roster. */
function AddAttendee({ sessionId }: { sessionId: string }) {
  const notify = useNotify();
  const refresh = useRefresh();
  // A new form after each addition, so the picker is empty for the next worker.
  const [round, setRound] = useState(0);
  return (
    <CreateBase
      resource="attendances"
      redirect={false}
      mutationOptions={{
        onSuccess: () => {
          notify('pilar.roster.added', { type: 'success' });
          setRound((n) => n + 1);
          refresh();
        },
      }}
    >
      <Form key={round} defaultValues={{ sessionId, status: 'REGISTERED' }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <ReferenceInput source="workerId" reference="workers">
            <AutocompleteInput label="pilar.roster.worker" helperText={false} sx={{ minWidth: 360 }} />
          </ReferenceInput>
          <SaveButton label="pilar.roster.add" icon={<PersonAddIcon />} alwaysEnable sx={{ mt: 1 }} />
        </Stack>
      </Form>
    </CreateBase>
  );
}

/** ATTENDED / ABSENT for one roster line, saved at once with the line's version. */
function MarkAttendance() {
  const record = useRecordContext<RecordOf<'attendances'>>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  if (!record) return null;
  const mark = (status: AttendanceStatus | null) => {
    if (!status || status === record.status) return;
    void update(
      'attendances',
      { id: record.id, data: { status }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onError: (error) => {
          notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
          refresh();
        },
      },
    );
  };
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={record.status}
      disabled={isPending}
      onChange={(_event, status: AttendanceStatus | null) => mark(status)}
      aria-label={translate('resources.attendances.fields.status')}
    >
      <ToggleButton value="ATTENDED" color="success">
        <CheckCircleOutlineIcon fontSize="small" sx={{ mr: 0.5 }} />
        {translate('pilar.roster.attended')}
      </ToggleButton>
      <ToggleButton value="ABSENT" color="error">
        <HighlightOffIcon fontSize="small" sx={{ mr: 0.5 }} />
        {translate('pilar.roster.absent')}
      </ToggleButton>
    </ToggleButtonGroup>
  );
}

function RosterBulkActions() {
  return (
    <>
      <BulkUpdateButton data={{ status: 'ATTENDED' }} label="pilar.roster.attended" icon={<CheckCircleOutlineIcon />} />
      <BulkUpdateButton data={{ status: 'ABSENT' }} label="pilar.roster.absent" icon={<HighlightOffIcon />} />
      <BulkDeleteButton label="pilar.roster.remove" />
    </>
  );
}

/**
 * A session's roster: workers added by search, marked attended or absent, removed with undo.
 * Each line is an Attendance record; every change carries the line's version. Who may not
 * change attendances sees the roster only.
 */
export function AttendanceRoster() {
  const session = useRecordContext<RecordOf<'trainingSessions'>>();
  const canEdit = useCan('edit', 'attendances');
  // A roster lists persons: not for VIEWER (the server refuses it).
  const canRead = useCan('list', 'attendances');
  if (!session || !canRead) return null;
  return (
    <Section title="pilar.roster.title" actions={canEdit && <AddAttendee sessionId={session.id} />}>
      <ReferenceManyField reference="attendances" target="sessionId" sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} pagination={<Pagination />}>
        <DataTable bulkActionButtons={canEdit ? <RosterBulkActions /> : false} rowClick={false}>
          <Attendee source="workerId">
            <ReferenceField source="workerId" reference="workers" link="show" />
          </Attendee>
          <Attendee source="status" field={EnumField} />
          {canEdit && <Attendee label={false} disableSort render={() => <MarkAttendance />} />}
          {canEdit && (
            <Attendee
              label={false}
              disableSort
              render={() => <DeleteButton mutationMode="undoable" redirect={false} label="pilar.roster.remove" successMessage="pilar.roster.removed" />}
            />
          )}
        </DataTable>
      </ReferenceManyField>
    </Section>
  );
}
