import { RecordCreate } from '../../common/RecordCreate.tsx';
import { WorkerInputs } from './WorkerInputs.tsx';

export default function WorkerCreate() {
  return (
    <RecordCreate>
      <WorkerInputs />
    </RecordCreate>
  );
}
