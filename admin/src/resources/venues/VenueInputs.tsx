import { NumberInput, TextInput } from 'react-admin';
import { ReferencePicker } from '../../common/inputs.tsx';
import { useFieldHelp } from '../../schema/docs.ts';

export function VenueInputs() {
  const help = useFieldHelp();
  return (
    <>
      <TextInput source="name" helperText={help('name')} />
      <ReferencePicker source="villageId" reference="regions" filter={{ level: 'VILLAGE' }} area="village" areaDefault />
      <TextInput source="address" helperText={false} multiline />
      <NumberInput source="capacity" helperText={help('capacity')} min={1} />
      <NumberInput source="latitude" helperText={false} step={0.000001} />
      <NumberInput source="longitude" helperText={false} step={0.000001} />
    </>
  );
}
