import { RecordCreate } from '../../common/RecordCreate.tsx';
import { BeneficiaryInputs } from './BeneficiaryInputs.tsx';

export default function BeneficiaryCreate() {
  return (
    <RecordCreate>
      <BeneficiaryInputs />
    </RecordCreate>
  );
}
