import { BooleanField, ReferenceArrayField, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField, MomentField } from '../../common/fields.tsx';
import { RecordShow } from '../../common/RecordShow.tsx';

export default function UserShow() {
  return (
    <RecordShow>
      <SimpleShowLayout>
        <TextField source="username" />
        <TextField source="displayName" emptyText="—" />
        <EnumField source="role" />
        <BooleanField source="active" />
        <ReferenceArrayField source="regionIds" reference="regions" />
        <MomentField source="lastLoginAt" />
      </SimpleShowLayout>
    </RecordShow>
  );
}
