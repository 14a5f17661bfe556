import { RecordCreate } from '../../common/RecordCreate.tsx';
import { RegionInputs } from './RegionInputs.tsx';

export default function RegionCreate() {
  return (
    <RecordCreate>
      <RegionInputs />
    </RecordCreate>
  );
}
