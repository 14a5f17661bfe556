import { DataTable, ReferenceField } from 'react-admin';
import { csvExporter } from '../../common/csvExport.ts';
import { EnumField, MomentField } from '../../common/fields.tsx';
import { searchFilter } from '../../common/filters.tsx';
import { EnumInput, ReferencePicker } from '../../common/inputs.tsx';
import { ResourceList } from '../../common/ResourceList.tsx';
import type { RecordOf } from '../../data/records.ts';

const Col = DataTable.Col<RecordOf<'attendances'>>;

const filters = [
  searchFilter,
  <ReferencePicker key="sessionId" source="sessionId" reference="trainingSessions" helperText={false} alwaysOn />,
  <EnumInput key="status" source="status" helperText={false} alwaysOn />,
  <ReferencePicker key="workerId" source="workerId" reference="workers" helperText={false} />,
  <EnumInput key="role" source="worker.role" label="resources.workers.fields.role" helperText={false} resource="workers" />,
];

const exporter = csvExporter('attendances', ['sessionId', 'workerId', 'status', 'notes', 'updatedAt']);

export default function AttendanceList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'sessionId', order: 'DESC' }} exporter={exporter}>
      <DataTable rowClick="show">
        <Col source="sessionId">
          <ReferenceField source="sessionId" reference="trainingSessions" link="show" />
        </Col>
        <Col source="workerId">
          <ReferenceField source="workerId" reference="workers" link="show" />
        </Col>
        <Col source="status" field={EnumField} />
        <Col source="updatedAt" field={MomentField} />
      </DataTable>
    </ResourceList>
  );
}
