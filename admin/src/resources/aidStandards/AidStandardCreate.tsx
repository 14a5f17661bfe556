import { RecordCreate } from '../../common/RecordCreate.tsx';
import { AidStandardInputs } from './AidStandardInputs.tsx';

export default function AidStandardCreate() {
  return (
    <RecordCreate>
      <AidStandardInputs />
    </RecordCreate>
  );
}
