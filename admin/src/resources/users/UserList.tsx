import { BooleanField, DataTable } from 'react-admin';
import { csvExporter } from '../../common/csvExport.ts';
import { EnumField, MomentField } from '../../common/fields.tsx';
import { searchFilter } from '../../common/filters.tsx';
import { EnumInput } from '../../common/inputs.tsx';
import { ResourceList } from '../../common/ResourceList.tsx';
import type { RecordOf } from '../../data/records.ts';

const Col = DataTable.Col<RecordOf<'users'>>;

const filters = [searchFilter, <EnumInput key="role" source="role" helperText={false} alwaysOn />];

const exporter = csvExporter('users', ['username', 'displayName', 'role', 'active', 'regionsCount', 'lastLoginAt']);

export default function UserList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'username', order: 'ASC' }} exporter={exporter}>
      <DataTable rowClick="show">
        <Col source="username" />
        <Col source="displayName" />
        <Col source="role" field={EnumField} />
        <Col source="active" field={BooleanField} />
        <Col source="regionsCount" disableSort />
        <Col source="lastLoginAt" field={MomentField} />
      </DataTable>
    </ResourceList>
  );
}
