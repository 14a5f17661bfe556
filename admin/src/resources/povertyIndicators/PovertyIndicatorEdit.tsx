import { RecordEdit } from '../../common/RecordEdit.tsx';
import { PovertyIndicatorInputs } from './PovertyIndicatorInputs.tsx';

export default function PovertyIndicatorEdit() {
  return (
    <RecordEdit>
      <PovertyIndicatorInputs />
    </RecordEdit>
  );
}
