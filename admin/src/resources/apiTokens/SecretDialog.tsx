import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, InputAdornment, TextField, Tooltip, Typography } from '@mui/material';
import { useId, useRef } from 'react';
import { useNotify, useTranslate } from 'react-admin';

/**
 * Copies text: the Clipboard API where the page may use it (HTTPS or localhost), otherwise the
 * older select-and-copy, as the panel may be served over plain HTTP inside the office network.
 */
async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    if (globalThis.isSecureContext && navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Falls back below.
  }
  if (!input) return false;
  input.focus();
  input.select();
  return document.execCommand('copy');
}

/**
 * The secret of a new token, shown this once: the server keeps only its hash. Closing the
 * dialog drops it from the page.
 */
export function SecretDialog({ name, secret, onClose }: { name: string; secret: string; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  const input = useRef<HTMLInputElement>(null);
  const copy = async () => {
    const copied = await copyText(secret, input.current);
    notify(copied ? 'pilar.tokens.copied' : 'pilar.tokens.copyFailed', { type: copied ? 'success' : 'warning' });
  };
  return (
    <Dialog open aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{translate('pilar.tokens.secretTitle', { name })}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('pilar.tokens.secretWarning')}
        </Alert>
        <TextField
          fullWidth
          value={secret}
          inputRef={input}
          label={translate('pilar.tokens.secretLabel')}
          slotProps={{
            htmlInput: { readOnly: true, 'data-testid': 'token-secret', style: { fontFamily: 'monospace' } },
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <Tooltip title={translate('pilar.tokens.copy')}>
                    <IconButton onClick={() => void copy()} aria-label={translate('pilar.tokens.copy')} edge="end">
                      <ContentCopyIcon />
                    </IconButton>
                  </Tooltip>
                </InputAdornment>
              ),
            },
          }}
          onFocus={(event) => event.target.select()}
        />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('pilar.tokens.secretUsage')}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void copy()} startIcon={<ContentCopyIcon />}>
          {translate('pilar.tokens.copy')}
        </Button>
        <Button onClick={onClose} variant="contained">
          {translate('pilar.tokens.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
