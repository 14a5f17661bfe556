import { RecordCreate } from '../../common/RecordCreate.tsx';
import { TrainingSessionInputs } from './TrainingSessionInputs.tsx';

export default function TrainingSessionCreate() {
  return (
    <RecordCreate>
      <TrainingSessionInputs />
    </RecordCreate>
  );
}
