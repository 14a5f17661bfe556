import { Alert, Box, Button, Card, CardContent, Checkbox, FormControlLabel, FormHelperText, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { PilarDataProvider } from '../data/dataProvider.ts';
import type { ApiErrorBody } from '../data/errors.ts';
import { CHANGE_PASSWORD, CHANGE_PASSWORD_FIELDS } from './changePasswordOperation.ts';

type FieldErrors = Partial<Record<'currentPassword' | 'newPassword' | 'confirmation', string>>;

/**
 * "Ganti kata sandi": the signed-in user's own password. The server checks the current one
 * (throttled like a sign-in), keeps this session and ends the others, and ends every API token
 * unless the box is ticked; its messages show under the fields.
 */
export function ChangePasswordPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<PilarDataProvider>();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [keepApiTokens, setKeepApiTokens] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Comfort only: the server judges the password itself.
    if (newPassword !== confirmation) {
      setErrors({ confirmation: translate('pilar.password.mismatch') });
      return;
    }
    setPending(true);
    setErrors({});
    try {
      await dataProvider.request(CHANGE_PASSWORD, { currentPassword, newPassword, keepApiTokens }, [...CHANGE_PASSWORD_FIELDS]);
      setDone(true);
      setCurrentPassword('');
      setNewPassword('');
      setConfirmation('');
      notify('pilar.password.changed', { type: 'success' });
    } catch (error) {
      const onFields = ((error as { body?: ApiErrorBody } | null)?.body?.errors ?? {}) as FieldErrors;
      if (onFields.currentPassword || onFields.newPassword) setErrors(onFields);
      else notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <Title title={translate('pilar.password.title')} />
      <CardContent>
        <Box component="form" onSubmit={submit} noValidate>
          <Stack spacing={2}>
            <Typography variant="h6" component="h1">
              {translate('pilar.password.title')}
            </Typography>
            <Typography variant="body2">{translate('pilar.password.intro')}</Typography>
            {done && <Alert severity="success">{translate('pilar.password.changed')}</Alert>}
            <TextField
              label={translate('pilar.password.current')}
              type="password"
              autoComplete="current-password"
              required
              value={currentPassword}
              onChange={(e) => setCurrentPassword(e.target.value)}
              error={!!errors.currentPassword}
              helperText={errors.currentPassword}
            />
            <TextField
              label={translate('pilar.password.new')}
              type="password"
              autoComplete="new-password"
              required
              value={newPassword}
              onChange={(e) => setNewPassword(e.target.value)}
              error={!!errors.newPassword}
              helperText={errors.newPassword ?? translate('pilar.password.newHelp')}
            />
            <TextField
              label={translate('pilar.password.confirm')}
              type="password"
              autoComplete="new-password"
              required
              value={confirmation}
              onChange={(e) => setConfirmation(e.target.value)}
              error={!!errors.confirmation}
              helperText={errors.confirmation}
            />
            <Box>
              <FormControlLabel
                control={<Checkbox checked={keepApiTokens} onChange={(e) => setKeepApiTokens(e.target.checked)} />}
                label={translate('pilar.password.keepTokens')}
              />
              <FormHelperText>{translate('pilar.password.keepTokensHelp')}</FormHelperText>
            </Box>
            <Box>
              <Button type="submit" variant="contained" disabled={pending || !currentPassword || !newPassword}>
                {translate('pilar.password.submit')}
              </Button>
            </Box>
          </Stack>
        </Box>
      </CardContent>
    </Card>
  );
}
