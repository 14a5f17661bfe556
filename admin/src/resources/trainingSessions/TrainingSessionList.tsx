import { DataTable, ReferenceField } from 'react-admin';
import { csvExporter } from '../../common/csvExport.ts';
import { MomentField } from '../../common/fields.tsx';
import { dayRangeFilters, searchFilter } from '../../common/filters.tsx';
import { ReferencePicker } from '../../common/inputs.tsx';
import { ResourceList } from '../../common/ResourceList.tsx';
import type { RecordOf } from '../../data/records.ts';

const Col = DataTable.Col<RecordOf<'trainingSessions'>>;

const filters = [
  searchFilter,
  <ReferencePicker key="programId" source="programId" reference="programs" filter={{ kind: 'TRAINING' }} helperText={false} alwaysOn />,
  ...dayRangeFilters('trainingSessions', 'startsAt'),
  <ReferencePicker key="venueId" source="venueId" reference="venues" helperText={false} />,
  <ReferencePicker key="districtGroupId" source="districtGroupId" reference="districtGroups" helperText={false} />,
];

const exporter = csvExporter('trainingSessions', [
  'title', 'programId', 'venueId', 'startsAt', 'endsAt', 'capacity', 'attendancesCount', 'districtGroupId', 'notes',
]);

export default function TrainingSessionList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'startsAt', order: 'DESC' }} exporter={exporter}>
      <DataTable rowClick="show">
        <Col source="startsAt" field={MomentField} />
        <Col source="title" />
        <Col source="venueId">
          <ReferenceField source="venueId" reference="venues" link="show" />
        </Col>
        <Col source="programId">
          <ReferenceField source="programId" reference="programs" link="show" />
        </Col>
        <Col source="attendancesCount" disableSort />
        <Col source="capacity" />
      </DataTable>
    </ResourceList>
  );
}
