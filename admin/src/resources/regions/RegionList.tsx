import { DataTable, ReferenceField } from 'react-admin';
import { csvExporter } from '../../common/csvExport.ts';
import { EnumField } from '../../common/fields.tsx';
import { searchFilter } from '../../common/filters.tsx';
import { EnumInput, ReferencePicker } from '../../common/inputs.tsx';
import { ResourceList } from '../../common/ResourceList.tsx';
import type { RecordOf } from '../../data/records.ts';

const Col = DataTable.Col<RecordOf<'regions'>>;

const filters = [
  searchFilter,
  <EnumInput key="level" source="level" helperText={false} alwaysOn />,
  <ReferencePicker key="parentId" source="parentId" reference="regions" filter={{ level_in: ['PROVINCE', 'REGENCY', 'DISTRICT'] }} helperText={false} alwaysOn />,
  <EnumInput key="villageKind" source="villageKind" helperText={false} />,
];

const exporter = csvExporter('regions', ['code', 'name', 'level', 'parentId', 'villageKind', 'districtGroupId', 'childrenCount']);

export default function RegionList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'code', order: 'ASC' }} exporter={exporter}>
      <DataTable rowClick="show">
        <Col source="code" />
        <Col source="name" />
        <Col source="level" field={EnumField} />
        <Col source="parentId">
          <ReferenceField source="parentId" reference="regions" link="show" emptyText="—" />
        </Col>
        <Col source="villageKind" field={EnumField} />
        <Col source="childrenCount" disableSort />
      </DataTable>
    </ResourceList>
  );
}
