import { RecordCreate } from '../../common/RecordCreate.tsx';
import { DistrictGroupInputs } from './DistrictGroupInputs.tsx';

export default function DistrictGroupCreate() {
  return (
    <RecordCreate>
      <DistrictGroupInputs />
    </RecordCreate>
  );
}
