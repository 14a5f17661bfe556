import { RecordCreate } from '../../common/RecordCreate.tsx';
import { SavedQueryInputs } from './SavedQueryInputs.tsx';

export default function SavedQueryCreate() {
  return (
    <RecordCreate>
      <SavedQueryInputs />
    </RecordCreate>
  );
}
