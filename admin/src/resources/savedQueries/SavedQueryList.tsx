import { Chip } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  DateField,
  FunctionField,
  List,
  NumberField,
  SearchInput,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import type { RecordOf } from '../../data/records.ts';

type Row = RecordOf<'savedQueries'>;

function Status({ record }: { record: Row }) {
  const translate = useTranslate();
  if (record.retiredAt) return <Chip size="small" label={translate('pilar.savedQueries.retired')} />;
  return record.currentVersion ? (
    <Chip size="small" color="success" variant="outlined" label={translate('pilar.savedQueries.status.APPROVED')} />
  ) : (
    <Chip size="small" color="warning" variant="outlined" label={translate('pilar.savedQueries.status.DRAFT')} />
  );
}

/** The catalogue: searchable by name and purpose; other roles than ADMIN and AUDITOR see approved queries only. */
export default function SavedQueryList() {
  return (
    <List
      perPage={25}
      sort={{ field: 'name', order: 'ASC' }}
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="purpose" sortable={false} />
        <FunctionField<Row> label="pilar.savedQueries.tabs.versions" render={(record) => <Status record={record} />} />
        <NumberField source="latestVersion" />
        <TextField source="ownerName" sortable={false} />
        <NumberField source="runsCount" sortable={false} />
        <DateField source="updatedAt" showTime />
      </Datagrid>
    </List>
  );
}
