import { RecordEdit } from '../../common/RecordEdit.tsx';
import { WorkerInputs } from './WorkerInputs.tsx';

export default function WorkerEdit() {
  return (
    <RecordEdit>
      <WorkerInputs />
    </RecordEdit>
  );
}
