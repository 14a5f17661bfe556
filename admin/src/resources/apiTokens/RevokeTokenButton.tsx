import BlockIcon from '@mui/icons-material/Block';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext } from 'react-admin';
import type { PilarDataProvider } from '../../data/dataProvider.ts';
import { REVOKE_API_TOKEN, type TokenRow } from './apiTokenOperations.ts';

/** Revokes the token of the row after a confirmation: it stops working at once, for good. */
export function RevokeTokenButton({ onRevoked }: { onRevoked: () => void }) {
  const token = useRecordContext<TokenRow>();
  const dataProvider = useDataProvider<PilarDataProvider>();
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  if (!token || token.revokedAt) return null;
  const revoke = async () => {
    setPending(true);
    try {
      await dataProvider.request(REVOKE_API_TOKEN, { id: token.id });
      notify('pilar.tokens.revoked', { type: 'success' });
      onRevoked();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
      setAsking(false);
    }
  };
  return (
    <>
      <Button label="pilar.tokens.revoke" color="error" onClick={() => setAsking(true)} disabled={pending}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={asking}
        loading={pending}
        title="pilar.tokens.revokeTitle"
        titleTranslateOptions={{ name: token.name }}
        content="pilar.tokens.revokeBody"
        confirm="pilar.tokens.revoke"
        confirmColor="warning"
        onConfirm={() => void revoke()}
        onClose={() => setAsking(false)}
      />
    </>
  );
}
