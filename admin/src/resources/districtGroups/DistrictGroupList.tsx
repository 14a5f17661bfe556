import { DataTable, ReferenceField } from 'react-admin';
import { csvExporter } from '../../common/csvExport.ts';
import { searchFilter } from '../../common/filters.tsx';
import { ResourceList } from '../../common/ResourceList.tsx';
import type { RecordOf } from '../../data/records.ts';

const Col = DataTable.Col<RecordOf<'districtGroups'>>;

const exporter = csvExporter('districtGroups', ['name', 'regencyId', 'districtsCount', 'sessionsCount']);

export default function DistrictGroupList() {
  return (
    <ResourceList filters={[searchFilter]} sort={{ field: 'name', order: 'ASC' }} exporter={exporter}>
      <DataTable rowClick="show">
        <Col source="name" />
        <Col source="regencyId">
          <ReferenceField source="regencyId" reference="regions" link="show" />
        </Col>
        <Col source="districtsCount" disableSort />
        <Col source="sessionsCount" disableSort />
      </DataTable>
    </ResourceList>
  );
}
