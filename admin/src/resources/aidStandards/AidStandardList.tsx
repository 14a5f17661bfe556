import { DataTable } from 'react-admin';
import { csvExporter } from '../../common/csvExport.ts';
import { searchFilter } from '../../common/filters.tsx';
import { ResourceList } from '../../common/ResourceList.tsx';
import type { RecordOf } from '../../data/records.ts';

const Col = DataTable.Col<RecordOf<'aidStandards'>>;

const exporter = csvExporter('aidStandards', ['code', 'name', 'description', 'legalBasis', 'beneficiariesCount', 'distributionsCount']);

export default function AidStandardList() {
  return (
    <ResourceList filters={[searchFilter]} sort={{ field: 'code', order: 'ASC' }} exporter={exporter}>
      <DataTable rowClick="show">
        <Col source="code" />
        <Col source="name" />
        <Col source="beneficiariesCount" disableSort />
        <Col source="distributionsCount" disableSort />
      </DataTable>
    </ResourceList>
  );
}
