import { DataTable, ReferenceField } from 'react-admin';
import { csvExporter } from '../../common/csvExport.ts';
import { districtFilter, searchFilter, villageFilter } from '../../common/filters.tsx';
import { ResourceList } from '../../common/ResourceList.tsx';
import type { RecordOf } from '../../data/records.ts';

const Col = DataTable.Col<RecordOf<'venues'>>;

const filters = [searchFilter, districtFilter('village.parentId', true), villageFilter('villageId', 'village.parentId')];

const exporter = csvExporter('venues', ['name', 'villageId', 'address', 'capacity', 'latitude', 'longitude', 'sessionsCount']);

export default function VenueList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={exporter}>
      <DataTable rowClick="show">
        <Col source="name" />
        <Col source="villageId">
          <ReferenceField source="villageId" reference="regions" link="show" />
        </Col>
        <Col source="capacity" />
        <Col source="sessionsCount" disableSort />
        <Col source="distributionsCount" disableSort />
      </DataTable>
    </ResourceList>
  );
}
