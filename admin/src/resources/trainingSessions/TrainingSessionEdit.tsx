import { RecordEdit } from '../../common/RecordEdit.tsx';
import { TrainingSessionInputs } from './TrainingSessionInputs.tsx';

export default function TrainingSessionEdit() {
  return (
    <RecordEdit>
      <TrainingSessionInputs />
    </RecordEdit>
  );
}
