import { RecordCreate } from '../../common/RecordCreate.tsx';
import { PovertyIndicatorInputs } from './PovertyIndicatorInputs.tsx';

export default function PovertyIndicatorCreate() {
  return (
    <RecordCreate>
      <PovertyIndicatorInputs />
    </RecordCreate>
  );
}
