import { DateInput, TextInput } from 'react-admin';
import { EnumInput, ReferencePicker } from '../../common/inputs.tsx';
import { useFieldHelp } from '../../schema/docs.ts';

/** A TKSK is assigned to a kecamatan, the others to a desa or kelurahan. */
const ASSIGNABLE_REGIONS = { level_in: ['DISTRICT', 'VILLAGE'] };

export function WorkerInputs() {
  const help = useFieldHelp();
  return (
    <>
      <TextInput source="nik" helperText={help('nik')} inputProps={{ inputMode: 'numeric', maxLength: 16 }} />
      <TextInput source="name" helperText={false} />
      <EnumInput source="gender" />
      <DateInput source="birthDate" helperText={false} />
      <EnumInput source="role" />
      <ReferencePicker source="regionId" reference="regions" filter={ASSIGNABLE_REGIONS} area="workplace" areaDefault />
      <TextInput source="phone" helperText={false} />
      <DateInput source="joinedAt" helperText={help('joinedAt')} />
      <EnumInput source="status" />
      <TextInput source="notes" helperText={false} multiline />
    </>
  );
}
