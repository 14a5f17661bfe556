import { AutocompleteArrayInput, NumberInput, ReferenceArrayInput, TextInput } from 'react-admin';
import { MomentInput, ReferencePicker } from '../../common/inputs.tsx';
import { useFieldHelp } from '../../schema/docs.ts';

export function TrainingSessionInputs() {
  const help = useFieldHelp();
  return (
    <>
      <TextInput source="title" helperText={false} />
      <ReferencePicker source="programId" reference="programs" filter={{ kind: 'TRAINING' }} />
      <ReferencePicker source="venueId" reference="venues" area="village" areaPath="village" />
      <MomentInput source="startsAt" />
      <MomentInput source="endsAt" />
      <NumberInput source="capacity" helperText={help('capacity')} min={1} />
      <ReferencePicker source="districtGroupId" reference="districtGroups" />
      <ReferenceArrayInput source="servedDistrictIds" reference="regions" filter={{ level: 'DISTRICT' }} perPage={50}>
        <AutocompleteArrayInput helperText={help('servedDistrictIds')} />
      </ReferenceArrayInput>
      <TextInput source="notes" helperText={false} multiline />
    </>
  );
}
