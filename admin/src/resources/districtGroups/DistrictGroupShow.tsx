import { ReferenceArrayField, ReferenceField, SimpleShowLayout, TextField } from 'react-admin';
import { RecordShow } from '../../common/RecordShow.tsx';

export default function DistrictGroupShow() {
  return (
    <RecordShow>
      <SimpleShowLayout>
        <TextField source="name" />
        <ReferenceField source="regencyId" reference="regions" link="show" />
        <ReferenceArrayField source="districtIds" reference="regions" />
      </SimpleShowLayout>
    </RecordShow>
  );
}
