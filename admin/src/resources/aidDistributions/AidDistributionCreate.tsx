import { RecordCreate } from '../../common/RecordCreate.tsx';
import { AidDistributionInputs } from './AidDistributionInputs.tsx';

export default function AidDistributionCreate() {
  return (
    <RecordCreate>
      <AidDistributionInputs />
    </RecordCreate>
  );
}
