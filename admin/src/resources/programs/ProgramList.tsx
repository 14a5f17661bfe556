import { DataTable, NumberInput } from 'react-admin';
import { csvExporter } from '../../common/csvExport.ts';
import { EnumField } from '../../common/fields.tsx';
import { searchFilter } from '../../common/filters.tsx';
import { EnumInput } from '../../common/inputs.tsx';
import { ResourceList } from '../../common/ResourceList.tsx';
import type { RecordOf } from '../../data/records.ts';

const Col = DataTable.Col<RecordOf<'programs'>>;

const filters = [
  searchFilter,
  <EnumInput key="kind" source="kind" helperText={false} alwaysOn />,
  <NumberInput key="year" source="year" helperText={false} alwaysOn />,
];

const exporter = csvExporter('programs', ['name', 'kind', 'year', 'sessionsCount', 'distributionsCount', 'description']);

export default function ProgramList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'year', order: 'DESC' }} exporter={exporter}>
      <DataTable rowClick="show">
        <Col source="name" />
        <Col source="kind" field={EnumField} />
        <Col source="year" />
        <Col source="sessionsCount" disableSort />
        <Col source="distributionsCount" disableSort />
      </DataTable>
    </ResourceList>
  );
}
