import { RecordCreate } from '../../common/RecordCreate.tsx';
import { VenueInputs } from './VenueInputs.tsx';

export default function VenueCreate() {
  return (
    <RecordCreate>
      <VenueInputs />
    </RecordCreate>
  );
}
