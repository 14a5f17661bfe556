import { NumberField, ReferenceArrayField, ReferenceField, SimpleShowLayout, TextField } from 'react-admin';
import { MomentField } from '../../common/fields.tsx';
import { RecordShow } from '../../common/RecordShow.tsx';
import { AttendanceRoster } from './AttendanceRoster.tsx';

export default function TrainingSessionShow() {
  return (
    <RecordShow>
      <SimpleShowLayout>
        <TextField source="title" />
        <ReferenceField source="programId" reference="programs" link="show" />
        <ReferenceField source="venueId" reference="venues" link="show" />
        <MomentField source="startsAt" />
        <MomentField source="endsAt" />
        <NumberField source="capacity" emptyText="—" />
        <ReferenceField source="districtGroupId" reference="districtGroups" link="show" emptyText="—" />
        <ReferenceArrayField source="servedDistrictIds" reference="regions" />
        <TextField source="notes" emptyText="—" />
      </SimpleShowLayout>
      <AttendanceRoster />
    </RecordShow>
  );
}
