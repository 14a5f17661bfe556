import LinkIcon from '@mui/icons-material/Link';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton } from '@mui/material';
import { useId, useState } from 'react';
import { Button, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { PilarDataProvider } from '../../data/dataProvider.ts';
import type { AuditVerification } from '../../generated/graphql.ts';
import { VERIFY_AUDIT_TRAIL } from './verifyOperation.ts';

function VerificationResult({ result, onClose }: { result: AuditVerification; onClose: () => void }) {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{translate('pilar.audit.verifyTitle')}</DialogTitle>
      <DialogContent>
        <Alert severity={result.ok ? 'success' : 'error'} data-testid="chain-result">
          {result.ok
            ? translate('pilar.audit.verifyOk', { checked: result.checked })
            : translate('pilar.audit.verifyBroken', { id: result.firstBrokenId, checked: result.checked })}
        </Alert>
      </DialogContent>
      <DialogActions>
        {result.firstBrokenId && (
          <MuiButton component={Link} to={`/auditEvents/${result.firstBrokenId}/show`} onClick={onClose}>
            {translate('pilar.audit.openBroken', { id: result.firstBrokenId })}
          </MuiButton>
        )}
        <MuiButton onClick={onClose} variant="contained" autoFocus>
          {translate('pilar.audit.close')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
}

/** "Periksa rantai": has the server recompute every hash and link, and shows what it found. */
export function VerifyChainButton() {
  const dataProvider = useDataProvider<PilarDataProvider>();
  const notify = useNotify();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<AuditVerification | null>(null);
  const verify = async () => {
    setPending(true);
    try {
      setResult((await dataProvider.request(VERIFY_AUDIT_TRAIL, {})).verifyAuditTrail);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button label="pilar.audit.verify" onClick={() => void verify()} disabled={pending}>
        <LinkIcon />
      </Button>
      {result && <VerificationResult result={result} onClose={() => setResult(null)} />}
    </>
  );
}
