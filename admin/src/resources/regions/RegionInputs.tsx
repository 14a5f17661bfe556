import { TextInput } from 'react-admin';
import { EnumInput, ReferencePicker } from '../../common/inputs.tsx';
import { useFieldHelp } from '../../schema/docs.ts';

export function RegionInputs() {
  const help = useFieldHelp();
  return (
    <>
      <TextInput source="code" helperText={help('code')} />
      <TextInput source="name" helperText={false} />
      <EnumInput source="level" />
      <ReferencePicker source="parentId" reference="regions" filter={{ level_in: ['PROVINCE', 'REGENCY', 'DISTRICT'] }} />
      <EnumInput source="villageKind" />
      <ReferencePicker source="districtGroupId" reference="districtGroups" />
    </>
  );
}
