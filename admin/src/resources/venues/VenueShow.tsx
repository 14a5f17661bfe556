import { NumberField, ReferenceField, SimpleShowLayout, TextField } from 'react-admin';
import { RecordShow } from '../../common/RecordShow.tsx';

export default function VenueShow() {
  return (
    <RecordShow>
      <SimpleShowLayout>
        <TextField source="name" />
        <ReferenceField source="villageId" reference="regions" link="show" />
        <TextField source="address" emptyText="—" />
        <NumberField source="capacity" emptyText="—" />
        <NumberField source="latitude" emptyText="—" />
        <NumberField source="longitude" emptyText="—" />
        <NumberField source="sessionsCount" />
      </SimpleShowLayout>
    </RecordShow>
  );
}
