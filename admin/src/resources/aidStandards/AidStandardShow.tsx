import { NumberField, SimpleShowLayout, TextField } from 'react-admin';
import { RecordShow } from '../../common/RecordShow.tsx';

export default function AidStandardShow() {
  return (
    <RecordShow>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        <TextField source="description" emptyText="—" />
        <TextField source="legalBasis" emptyText="—" />
        <NumberField source="beneficiariesCount" />
        <NumberField source="distributionsCount" />
      </SimpleShowLayout>
    </RecordShow>
  );
}
