import type { ReactNode } from 'react';
import { Create, SimpleForm } from 'react-admin';
import { FORM_WIDTH } from './formWidth.ts';

/** A new record; the server's validation messages appear under the inputs they concern. */
export function RecordCreate({ children }: { children: ReactNode }) {
  return (
    <Create redirect="show">
      <SimpleForm warnWhenUnsavedChanges sx={FORM_WIDTH}>
        {children}
      </SimpleForm>
    </Create>
  );
}
