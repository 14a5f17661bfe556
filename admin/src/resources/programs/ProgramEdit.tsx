import { RecordEdit } from '../../common/RecordEdit.tsx';
import { ProgramInputs } from './ProgramInputs.tsx';

export default function ProgramEdit() {
  return (
    <RecordEdit>
      <ProgramInputs />
    </RecordEdit>
  );
}
