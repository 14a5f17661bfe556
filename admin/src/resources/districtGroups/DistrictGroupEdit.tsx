import { RecordEdit } from '../../common/RecordEdit.tsx';
import { DistrictGroupInputs } from './DistrictGroupInputs.tsx';

export default function DistrictGroupEdit() {
  return (
    <RecordEdit>
      <DistrictGroupInputs />
    </RecordEdit>
  );
}
