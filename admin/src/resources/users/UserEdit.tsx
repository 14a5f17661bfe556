import { RecordEdit } from '../../common/RecordEdit.tsx';
import { UserInputs } from './UserInputs.tsx';

export default function UserEdit() {
  return (
    <RecordEdit>
      <UserInputs />
    </RecordEdit>
  );
}
