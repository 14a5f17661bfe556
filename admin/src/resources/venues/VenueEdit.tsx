import { RecordEdit } from '../../common/RecordEdit.tsx';
import { VenueInputs } from './VenueInputs.tsx';

export default function VenueEdit() {
  return (
    <RecordEdit>
      <VenueInputs />
    </RecordEdit>
  );
}
