import { TextInput, required } from 'react-admin';

const MONO = { '& textarea': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace', fontSize: 13 } };

/** The fields of a saved query; the server checks the document (one query operation, valid GraphQL). */
export function SavedQueryInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="purpose" validate={required()} multiline minRows={2} fullWidth />
      <TextInput
        source="document"
        validate={required()}
        multiline
        minRows={12}
        fullWidth
        helperText="pilar.savedQueries.documentHelp"
        sx={MONO}
        slotProps={{ htmlInput: { spellCheck: false } }}
      />
      <TextInput source="changeNote" fullWidth helperText="pilar.savedQueries.changeNoteHelp" />
    </>
  );
}
