import { DataTable, ReferenceField } from 'react-admin';
import { useMasksPersonalData, useSearchesPersonsByName } from '../../auth/usePilarPermissions.ts';
import { csvExporter } from '../../common/csvExport.ts';
import { DayField, EnumField } from '../../common/fields.tsx';
import { searchFilter } from '../../common/filters.tsx';
import { EnumInput, ReferencePicker } from '../../common/inputs.tsx';
import { ResourceList } from '../../common/ResourceList.tsx';
import type { RecordOf } from '../../data/records.ts';

const Col = DataTable.Col<RecordOf<'workers'>>;

const filters = [
  <EnumInput key="role" source="role" helperText={false} alwaysOn />,
  <ReferencePicker key="regionId" source="regionId" reference="regions" filter={{ level_in: ['DISTRICT', 'VILLAGE'] }} area="workplace" helperText={false} alwaysOn />,
  <EnumInput key="status" source="status" helperText={false} />,
  <EnumInput key="gender" source="gender" helperText={false} />,
];

const exporter = csvExporter('workers', [
  'nik', 'name', 'gender', 'birthDate', 'role', 'regionId', 'phone', 'joinedAt', 'status', 'attendancesCount', 'notes',
]);

export default function WorkerList() {
  // Sorting by a masked NIK is refused by the server: it would tell the value.
  const masked = useMasksPersonalData();
  // A VIEWER may not search workers by name (the server refuses it): no search box.
  const searchable = useSearchesPersonsByName();
  return (
    <ResourceList filters={searchable ? [searchFilter, ...filters] : filters} sort={{ field: 'name', order: 'ASC' }} exporter={exporter}>
      <DataTable rowClick="show">
        <Col source="nik" disableSort={masked} />
        <Col source="name" />
        <Col source="role" field={EnumField} />
        <Col source="regionId">
          <ReferenceField source="regionId" reference="regions" link="show" />
        </Col>
        <Col source="status" field={EnumField} />
        <Col source="joinedAt" field={DayField} />
        <Col source="attendancesCount" disableSort />
      </DataTable>
    </ResourceList>
  );
}
