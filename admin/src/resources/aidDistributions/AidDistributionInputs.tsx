import { DateInput, NumberInput, TextInput } from 'react-admin';
import { ReferencePicker } from '../../common/inputs.tsx';
import { useFieldHelp } from '../../schema/docs.ts';

export function AidDistributionInputs() {
  const help = useFieldHelp();
  return (
    <>
      <ReferencePicker source="beneficiaryId" reference="beneficiaries" />
      <ReferencePicker source="programId" reference="programs" filter={{ kind: 'AID' }} />
      <ReferencePicker source="aidStandardId" reference="aidStandards" />
      <DateInput source="distributedOn" helperText={help('distributedOn')} />
      <TextInput source="items" helperText={help('items')} />
      <NumberInput source="quantity" helperText={help('quantity')} min={1} />
      <TextInput source="unit" helperText={help('unit')} />
      <NumberInput source="valueRupiah" helperText={help('valueRupiah')} min={0} step={1000} />
      <ReferencePicker source="sessionId" reference="trainingSessions" />
      <ReferencePicker source="venueId" reference="venues" />
      <ReferencePicker source="handedOverById" reference="workers" />
      <TextInput source="notes" helperText={false} multiline />
    </>
  );
}
