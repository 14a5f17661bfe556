import { TextInput } from 'react-admin';
import { useFieldHelp } from '../../schema/docs.ts';

export function AidStandardInputs() {
  const help = useFieldHelp();
  return (
    <>
      <TextInput source="code" helperText={help('code')} />
      <TextInput source="name" helperText={false} />
      <TextInput source="description" helperText={false} multiline />
      <TextInput source="legalBasis" helperText={help('legalBasis')} multiline />
    </>
  );
}
