import { TextInput } from 'react-admin';
import { EnumInput, ReferencePicker } from '../../common/inputs.tsx';

export function AttendanceInputs() {
  return (
    <>
      <ReferencePicker source="sessionId" reference="trainingSessions" />
      <ReferencePicker source="workerId" reference="workers" />
      <EnumInput source="status" />
      <TextInput source="notes" helperText={false} multiline />
    </>
  );
}
