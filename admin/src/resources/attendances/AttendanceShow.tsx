import { ReferenceField, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField, MomentField } from '../../common/fields.tsx';
import { RecordShow } from '../../common/RecordShow.tsx';

export default function AttendanceShow() {
  return (
    <RecordShow>
      <SimpleShowLayout>
        <ReferenceField source="sessionId" reference="trainingSessions" link="show" />
        <ReferenceField source="workerId" reference="workers" link="show" />
        <EnumField source="status" />
        <TextField source="notes" emptyText="—" />
        <MomentField source="updatedAt" />
      </SimpleShowLayout>
    </RecordShow>
  );
}
