import { Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton } from '@mui/material';
import { useId } from 'react';
import { BooleanInput, DateInput, Form, required, SaveButton, SelectInput, TextInput, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { PilarDataProvider } from '../../data/dataProvider.ts';
import type { ApiErrorBody } from '../../data/errors.ts';
import type { UserRole } from '../../generated/graphql.ts';
import { CREATE_API_TOKEN } from './apiTokenOperations.ts';
import { expiryOfDay, mayAllowAdHoc, tokenRolesFor } from './tokenRules.ts';

interface TokenForm {
  name: string;
  expiresOn?: string | null;
  role: UserRole;
  allowAdHoc?: boolean;
}

/** The fields of the form the server may name in an error (`expiresAt` is typed as a day). */
const FIELDS = ['name', 'expiresAt', 'role', 'allowAdHoc'];

export interface CreatedToken {
  name: string;
  secret: string;
}

/** Name, optional last day, role (yours or less), and for administrators: ad-hoc operations. */
export function CreateTokenDialog({ role, onClose, onCreated }: { role: UserRole; onClose: () => void; onCreated: (token: CreatedToken) => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<PilarDataProvider>();
  const titleId = useId();
  const roles = tokenRolesFor(role).map((r) => ({ id: r, name: translate(`enums.UserRole.${r}`) }));

  const submit = async (values: Partial<TokenForm>) => {
    try {
      const { createApiToken } = await dataProvider.request(
        CREATE_API_TOKEN,
        {
          name: values.name?.trim() ?? '',
          expiresAt: expiryOfDay(values.expiresOn),
          role: values.role ?? null,
          allowAdHoc: mayAllowAdHoc(role) ? !!values.allowAdHoc : null,
        },
        FIELDS,
      );
      onCreated({ name: createApiToken.token.name, secret: createApiToken.secret });
      return undefined;
    } catch (error) {
      const errors = (error as { body?: ApiErrorBody } | null)?.body?.errors;
      if (errors) return errors.expiresAt ? { ...errors, expiresOn: errors.expiresAt } : errors;
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <Form<TokenForm> defaultValues={{ role, allowAdHoc: false }} onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate('pilar.tokens.createTitle')}</DialogTitle>
        <DialogContent>
          <TextInput source="name" validate={required()} autoFocus fullWidth />
          <DateInput source="expiresOn" label="pilar.tokens.expiresOn" helperText="pilar.tokens.expiresOnHelp" fullWidth />
          <SelectInput source="role" choices={roles} validate={required()} helperText="pilar.tokens.roleHelp" fullWidth />
          {mayAllowAdHoc(role) && <BooleanInput source="allowAdHoc" helperText="pilar.tokens.allowAdHocHelp" />}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
          <SaveButton label="pilar.tokens.create" alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}
