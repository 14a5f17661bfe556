import { RecordEdit } from '../../common/RecordEdit.tsx';
import { RegionInputs } from './RegionInputs.tsx';

export default function RegionEdit() {
  return (
    <RecordEdit>
      <RegionInputs />
    </RecordEdit>
  );
}
