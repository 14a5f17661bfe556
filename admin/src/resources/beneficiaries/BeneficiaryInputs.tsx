import { DateInput, TextInput } from 'react-admin';
import { EnumInput, ReferencePicker } from '../../common/inputs.tsx';
import { useFieldHelp } from '../../schema/docs.ts';

/** The fields of a PPKS, shared by create and edit; the server validates NIK and No. KK. */
export function BeneficiaryInputs() {
  const help = useFieldHelp();
  return (
    <>
      <TextInput source="nik" helperText={help('nik')} inputProps={{ inputMode: 'numeric', maxLength: 16 }} />
      <TextInput source="kkNumber" helperText={help('kkNumber')} inputProps={{ inputMode: 'numeric', maxLength: 16 }} />
      <TextInput source="name" helperText={false} />
      <EnumInput source="gender" />
      <DateInput source="birthDate" helperText={false} />
      <ReferencePicker source="villageId" reference="regions" filter={{ level: 'VILLAGE' }} area="village" areaDefault />
      <TextInput source="address" helperText={help('address')} multiline />
      <TextInput source="phone" helperText={false} />
      <ReferencePicker source="aidStandardId" reference="aidStandards" />
      <EnumInput source="status" />
      <ReferencePicker source="registeredById" reference="workers" />
      <TextInput source="notes" helperText={false} multiline />
    </>
  );
}
