import { DataTable, ReferenceField, ReferenceManyField, SimpleShowLayout, TextField } from 'react-admin';
import { BirthField, DayField, EnumField } from '../../common/fields.tsx';
import { RecordShow } from '../../common/RecordShow.tsx';
import { useCan } from '../../auth/usePilarPermissions.ts';
import { RevealButton } from '../../common/reveal/RevealButton.tsx';
import { Section } from '../../common/Section.tsx';
import type { RecordOf } from '../../data/records.ts';

const Attendance = DataTable.Col<RecordOf<'attendances'>>;

/** The sessions on whose roster the worker is, with their attendance. */
function Sessions() {
  // A roster place is a person-level record: not for VIEWER (the server refuses it).
  if (!useCan('list', 'attendances')) return null;
  return (
    <Section title="pilar.sections.workerSessions">
      <ReferenceManyField reference="attendances" target="workerId" sort={{ field: 'sessionId', order: 'DESC' }} perPage={25}>
        <DataTable rowClick={(_id, _resource, record) => `/trainingSessions/${record.sessionId}/show`} bulkActionButtons={false}>
          <Attendance source="sessionId">
            <ReferenceField source="sessionId" reference="trainingSessions" link="show" />
          </Attendance>
          <Attendance source="status" field={EnumField} />
        </DataTable>
      </ReferenceManyField>
    </Section>
  );
}

export default function WorkerShow() {
  return (
    <RecordShow actions={<RevealButton />}>
      <SimpleShowLayout>
        <TextField source="nik" />
        <TextField source="name" />
        <EnumField source="gender" />
        <BirthField source="birthDate" />
        <EnumField source="role" />
        <ReferenceField source="regionId" reference="regions" link="show" />
        <TextField source="phone" emptyText="—" />
        <DayField source="joinedAt" />
        <EnumField source="status" />
        <TextField source="notes" emptyText="—" />
      </SimpleShowLayout>
      <Sessions />
    </RecordShow>
  );
}
