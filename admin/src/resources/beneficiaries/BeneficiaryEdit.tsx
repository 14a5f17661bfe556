import { RecordEdit } from '../../common/RecordEdit.tsx';
import { BeneficiaryInputs } from './BeneficiaryInputs.tsx';

export default function BeneficiaryEdit() {
  return (
    <RecordEdit>
      <BeneficiaryInputs />
    </RecordEdit>
  );
}
