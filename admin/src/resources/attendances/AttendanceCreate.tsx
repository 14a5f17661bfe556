import { RecordCreate } from '../../common/RecordCreate.tsx';
import { AttendanceInputs } from './AttendanceInputs.tsx';

export default function AttendanceCreate() {
  return (
    <RecordCreate>
      <AttendanceInputs />
    </RecordCreate>
  );
}
