import { RecordCreate } from '../../common/RecordCreate.tsx';
import { UserInputs } from './UserInputs.tsx';

export default function UserCreate() {
  return (
    <RecordCreate>
      <UserInputs />
    </RecordCreate>
  );
}
