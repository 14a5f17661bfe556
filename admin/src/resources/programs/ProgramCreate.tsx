import { RecordCreate } from '../../common/RecordCreate.tsx';
import { ProgramInputs } from './ProgramInputs.tsx';

export default function ProgramCreate() {
  return (
    <RecordCreate>
      <ProgramInputs />
    </RecordCreate>
  );
}
