import { NumberField, ReferenceField, SimpleShowLayout, TextField } from 'react-admin';
import { DayField, RupiahField } from '../../common/fields.tsx';
import { RecordShow } from '../../common/RecordShow.tsx';

export default function AidDistributionShow() {
  return (
    <RecordShow>
      <SimpleShowLayout>
        <ReferenceField source="beneficiaryId" reference="beneficiaries" link="show" />
        <ReferenceField source="programId" reference="programs" link="show" />
        <ReferenceField source="aidStandardId" reference="aidStandards" link="show" />
        <DayField source="distributedOn" />
        <TextField source="items" />
        <NumberField source="quantity" />
        <TextField source="unit" emptyText="—" />
        <RupiahField source="valueRupiah" />
        <ReferenceField source="sessionId" reference="trainingSessions" link="show" emptyText="—" />
        <ReferenceField source="venueId" reference="venues" link="show" emptyText="—" />
        <ReferenceField source="handedOverById" reference="workers" link="show" emptyText="—" />
        <TextField source="notes" emptyText="—" />
      </SimpleShowLayout>
    </RecordShow>
  );
}
