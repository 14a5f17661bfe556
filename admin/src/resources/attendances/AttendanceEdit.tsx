import { RecordEdit } from '../../common/RecordEdit.tsx';
import { AttendanceInputs } from './AttendanceInputs.tsx';

export default function AttendanceEdit() {
  return (
    <RecordEdit>
      <AttendanceInputs />
    </RecordEdit>
  );
}
