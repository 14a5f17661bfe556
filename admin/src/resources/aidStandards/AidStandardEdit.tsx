import { RecordEdit } from '../../common/RecordEdit.tsx';
import { AidStandardInputs } from './AidStandardInputs.tsx';

export default function AidStandardEdit() {
  return (
    <RecordEdit>
      <AidStandardInputs />
    </RecordEdit>
  );
}
