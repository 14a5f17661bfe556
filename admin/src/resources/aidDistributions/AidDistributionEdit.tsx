import { RecordEdit } from '../../common/RecordEdit.tsx';
import { AidDistributionInputs } from './AidDistributionInputs.tsx';

export default function AidDistributionEdit() {
  return (
    <RecordEdit>
      <AidDistributionInputs />
    </RecordEdit>
  );
}
