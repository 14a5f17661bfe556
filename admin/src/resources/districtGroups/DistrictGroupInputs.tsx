import { AutocompleteArrayInput, ReferenceArrayInput, TextInput } from 'react-admin';
import { ReferencePicker } from '../../common/inputs.tsx';
import { useFieldHelp } from '../../schema/docs.ts';

export function DistrictGroupInputs() {
  const help = useFieldHelp();
  return (
    <>
      <TextInput source="name" helperText={help('name')} />
      <ReferencePicker source="regencyId" reference="regions" filter={{ level: 'REGENCY' }} />
      <ReferenceArrayInput source="districtIds" reference="regions" filter={{ level: 'DISTRICT' }} perPage={50}>
        <AutocompleteArrayInput helperText={help('districtIds')} />
      </ReferenceArrayInput>
    </>
  );
}
