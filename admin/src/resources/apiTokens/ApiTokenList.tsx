import AddIcon from '@mui/icons-material/Add';
import { Card, Chip, FormControlLabel, Stack, Switch, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, DataTable, ListContextProvider, Pagination, Title, useList, useRecordContext, useTranslate } from 'react-admin';
import { usePilarPermissions } from '../../auth/usePilarPermissions.ts';
import { MomentField } from '../../common/fields.tsx';
import type { TokenRow } from './apiTokenOperations.ts';
import { CreateTokenDialog, type CreatedToken } from './CreateTokenDialog.tsx';
import { RevokeTokenButton } from './RevokeTokenButton.tsx';
import { SecretDialog } from './SecretDialog.tsx';
import { tokenStatus, type TokenStatus } from './tokenRules.ts';
import { useApiTokens } from './useApiTokens.ts';

const Col = DataTable.Col<TokenRow>;

const STATUS_LABEL: Record<TokenStatus, string> = {
  active: 'pilar.tokens.active',
  expired: 'pilar.tokens.expired',
  revoked: 'pilar.tokens.revokedStatus',
};
const STATUS_COLOR = { active: 'success', expired: 'default', revoked: 'default' } as const;

function StatusField() {
  const token = useRecordContext<TokenRow>();
  const translate = useTranslate();
  if (!token) return null;
  const status = tokenStatus(token);
  return <Chip size="small" label={translate(STATUS_LABEL[status])} color={STATUS_COLOR[status]} variant="outlined" />;
}

function RoleField() {
  const token = useRecordContext<TokenRow>();
  const translate = useTranslate();
  return token ? <Typography variant="body2">{translate(`enums.UserRole.${token.role}`)}</Typography> : null;
}

function OwnerField() {
  const token = useRecordContext<TokenRow>();
  return token ? <Typography variant="body2">{token.owner.displayName ?? token.owner.username}</Typography> : null;
}

/** A moment, or what its absence means ("no expiry", "never used"). */
function MomentOr({ source, absent }: { source: 'expiresAt' | 'lastUsedAt'; absent: string }) {
  const token = useRecordContext<TokenRow>();
  const translate = useTranslate();
  if (!token) return null;
  return token[source] ? <MomentField source={source} /> : <Typography variant="body2" color="text.secondary">{translate(absent)}</Typography>;
}

function PrefixField() {
  const token = useRecordContext<TokenRow>();
  return token ? <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>{`${token.prefix}…`}</Typography> : null;
}

/**
 * "Token API": the signed-in user's tokens (an administrator sees everyone's, with their owner),
 * a way to create one (its secret shown once) and to revoke one.
 */
export default function ApiTokenList() {
  const translate = useTranslate();
  const permissions = usePilarPermissions();
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const { data, isPending, error, refetch } = useApiTokens(includeRevoked);
  const list = useList<TokenRow>({ data: data ?? [], isPending, perPage: 25 });
  const isAdmin = permissions?.role === 'ADMIN';

  return (
    <>
      <Title title={translate('resources.apiTokens.name', { smart_count: 2 })} />
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mt: 2, mb: 1 }}>
        <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 760 }}>
          {translate('pilar.tokens.intro')}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <FormControlLabel
            control={<Switch checked={includeRevoked} onChange={(event) => setIncludeRevoked(event.target.checked)} />}
            label={translate('pilar.tokens.includeRevoked')}
          />
          {permissions && (
            <Button label="pilar.tokens.create" variant="contained" onClick={() => setCreating(true)}>
              <AddIcon />
            </Button>
          )}
        </Stack>
      </Stack>
      <Card>
        {error ? (
          <Typography color="error" sx={{ p: 2 }}>
            {error instanceof Error ? error.message : translate('ra.notification.http_error')}
          </Typography>
        ) : (
          <ListContextProvider value={list}>
            <DataTable
              bulkActionButtons={false}
              rowClick={false}
              empty={
                <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
                  {translate('pilar.tokens.empty')}
                </Typography>
              }
            >
              <Col source="name" disableSort />
              <Col source="prefix" render={() => <PrefixField />} disableSort />
              <Col source="role" render={() => <RoleField />} disableSort />
              {isAdmin && <Col label="pilar.tokens.owner" render={() => <OwnerField />} disableSort />}
              <Col source="createdAt" field={MomentField} disableSort />
              <Col source="expiresAt" render={() => <MomentOr source="expiresAt" absent="pilar.tokens.noExpiry" />} disableSort />
              <Col source="lastUsedAt" render={() => <MomentOr source="lastUsedAt" absent="pilar.tokens.neverUsed" />} disableSort />
              <Col label="pilar.tokens.status" render={() => <StatusField />} disableSort />
              <Col label={false} render={() => <RevokeTokenButton onRevoked={refetch} />} disableSort />
            </DataTable>
            <Pagination rowsPerPageOptions={[25, 50, 100]} />
          </ListContextProvider>
        )}
      </Card>
      {creating && permissions && (
        <CreateTokenDialog
          role={permissions.role}
          onClose={() => setCreating(false)}
          onCreated={(token) => {
            setCreating(false);
            setCreated(token);
            refetch();
          }}
        />
      )}
      {created && <SecretDialog name={created.name} secret={created.secret} onClose={() => setCreated(null)} />}
    </>
  );
}
