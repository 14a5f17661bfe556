import { NumberInput, TextInput } from 'react-admin';
import { EnumInput } from '../../common/inputs.tsx';

export function ProgramInputs() {
  return (
    <>
      <TextInput source="name" helperText={false} />
      <EnumInput source="kind" />
      <NumberInput source="year" helperText={false} min={2000} max={2100} />
      <TextInput source="description" helperText={false} multiline />
    </>
  );
}
