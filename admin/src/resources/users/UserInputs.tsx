import { AutocompleteArrayInput, BooleanInput, PasswordInput, ReferenceArrayInput, TextInput } from 'react-admin';
import { EnumInput } from '../../common/inputs.tsx';
import { useFieldHelp } from '../../schema/docs.ts';

/** Clerks work in kecamatan and desa/kelurahan. */
const WORK_REGIONS = { level_in: ['DISTRICT', 'VILLAGE'] };

export function UserInputs() {
  const help = useFieldHelp();
  return (
    <>
      <TextInput source="username" helperText={help('username')} autoComplete="off" />
      <TextInput source="displayName" helperText={help('displayName')} />
      <EnumInput source="role" />
      <PasswordInput source="password" helperText={help('password')} autoComplete="new-password" />
      <BooleanInput source="active" helperText={help('active')} defaultValue />
      <ReferenceArrayInput source="regionIds" reference="regions" filter={WORK_REGIONS} perPage={50}>
        <AutocompleteArrayInput helperText={help('regionIds')} />
      </ReferenceArrayInput>
    </>
  );
}
