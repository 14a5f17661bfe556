import { DataTable, Pagination, ReferenceField, ReferenceManyField, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField, MomentField } from '../../common/fields.tsx';
import { RecordShow } from '../../common/RecordShow.tsx';
import { Section } from '../../common/Section.tsx';
import type { RecordOf } from '../../data/records.ts';

const Session = DataTable.Col<RecordOf<'trainingSessions'>>;

function Sessions() {
  return (
    <Section title="pilar.sections.programSessions">
      <ReferenceManyField reference="trainingSessions" target="programId" sort={{ field: 'startsAt', order: 'ASC' }} perPage={25} pagination={<Pagination />}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Session source="startsAt" field={MomentField} />
          <Session source="title" />
          <Session source="venueId">
            <ReferenceField source="venueId" reference="venues" link={false} />
          </Session>
          <Session source="attendancesCount" disableSort />
        </DataTable>
      </ReferenceManyField>
    </Section>
  );
}

export default function ProgramShow() {
  return (
    <RecordShow>
      <SimpleShowLayout>
        <TextField source="name" />
        <EnumField source="kind" />
        <TextField source="year" />
        <TextField source="description" emptyText="—" />
        <TextField source="distributionsCount" />
      </SimpleShowLayout>
      <Sessions />
    </RecordShow>
  );
}
