import { NumberInput, TextInput } from 'react-admin';
import { ReferencePicker } from '../../common/inputs.tsx';
import { useFieldHelp } from '../../schema/docs.ts';

export function PovertyIndicatorInputs() {
  const help = useFieldHelp();
  return (
    <>
      <ReferencePicker source="regionId" reference="regions" />
      <NumberInput source="year" helperText={false} min={2000} max={2100} />
      <NumberInput source="ratePercent" helperText={help('ratePercent')} min={0} max={100} step={0.01} />
      <TextInput source="source" helperText={help('source')} />
    </>
  );
}
