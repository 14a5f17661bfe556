import { Box, Button, Card, CardContent, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { diffLines } from 'diff';
import { useState } from 'react';
import { Confirm, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useCan } from '../../auth/usePilarPermissions.ts';
import type { PilarDataProvider } from '../../data/dataProvider.ts';
import { formatMoment, useIntlLocale } from '../../i18n/formats.ts';
import { APPROVE_VERSION, RETIRE_VERSION, type QueryDetail, type VersionDetail } from './queries.ts';

const MONO = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace', fontSize: 13 };

const STATUS_COLOR = { DRAFT: 'warning', APPROVED: 'success', RETIRED: 'default' } as const;

/** The line diff of two documents: removed lines in red with "-", added in green with "+". */
export function DocumentDiff({ left, right }: { left: string; right: string }) {
  const parts = diffLines(left, right);
  return (
    <Box component="pre" sx={{ ...MONO, m: 0, p: 1, bgcolor: 'grey.50', border: 1, borderColor: 'divider', overflowX: 'auto' }} aria-label="diff">
      {parts.flatMap((part, i) =>
        part.value
          .replace(/\n$/, '')
          .split('\n')
          .map((line, j) => (
            <Box
              component="div"
              // biome-ignore lint/suspicious/noArrayIndexKey: diff lines are identified by their place in the diff.
              key={`${i}-${j}`}
              sx={{
                bgcolor: part.added ? '#e6ffed' : part.removed ? '#ffeef0' : undefined,
                color: part.added ? '#1b5e20' : part.removed ? '#b71c1c' : 'text.primary',
              }}
            >
              {part.added ? '+ ' : part.removed ? '- ' : '  '}
              {line}
            </Box>
          )),
      )}
    </Box>
  );
}

function VersionColumn({
  versions,
  version,
  onPick,
  label,
  actions,
}: {
  versions: VersionDetail[];
  version: VersionDetail;
  onPick: (n: number) => void;
  label: string;
  actions: React.ReactNode;
}) {
  const translate = useTranslate();
  const tag = useIntlLocale();
  return (
    <Card variant="outlined" component="section" aria-label={translate('pilar.savedQueries.version.title', { number: version.number })}>
      <CardContent>
        <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1 }}>
          <TextField select size="small" label={label} value={version.number} onChange={(e) => onPick(Number(e.target.value))} sx={{ minWidth: 200 }}>
            {versions.map((v) => (
              <MenuItem key={v.number} value={v.number}>
                {translate('pilar.savedQueries.version.title', { number: v.number })} · {translate(`pilar.savedQueries.status.${v.status}`)}
              </MenuItem>
            ))}
          </TextField>
          <Chip size="small" color={STATUS_COLOR[version.status]} label={translate(`pilar.savedQueries.status.${version.status}`)} />
        </Stack>
        <Typography variant="body2">{translate('pilar.savedQueries.version.author', { name: version.authorName, when: formatMoment(version.createdAt, tag) })}</Typography>
        {version.approvedByName && version.approvedAt && (
          <Typography variant="body2">
            {translate('pilar.savedQueries.version.approvedBy', { name: version.approvedByName, when: formatMoment(version.approvedAt, tag) })}
          </Typography>
        )}
        {version.changeNote && <Typography variant="body2">{translate('pilar.savedQueries.version.changeNote', { note: version.changeNote })}</Typography>}
        <Typography variant="caption" component="p" sx={{ ...MONO, fontSize: 11, wordBreak: 'break-all', color: 'text.secondary' }}>
          {translate('pilar.savedQueries.version.persistedId')}: {version.persistedId}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ my: 1 }}>
          {actions}
        </Stack>
        <Box component="pre" sx={{ ...MONO, m: 0, p: 1, bgcolor: 'grey.50', border: 1, borderColor: 'divider', overflowX: 'auto' }}>
          {version.document}
        </Box>
      </CardContent>
    </Card>
  );
}

/**
 * Two versions side by side (the previous and the newest by default) and the diff of their
 * documents. ADMIN and AUDITOR approve a draft (not their own: the server refuses it with its
 * message) and retire a version.
 */
export function VersionsPanel({ detail, reload }: { detail: QueryDetail; reload: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<PilarDataProvider>();
  const canApprove = useCan('approve', 'savedQueries');
  const canRetire = useCan('retire', 'savedQueries');
  const versions = [...detail.versions].sort((a, b) => b.number - a.number);
  const [picked, setPicked] = useState<{ left?: number; right?: number }>({});
  const [retiring, setRetiring] = useState<number | null>(null);
  if (!versions.length) return null;
  const newest = versions[0]!;
  const right = versions.find((v) => v.number === picked.right) ?? newest;
  const left = versions.find((v) => v.number === picked.left) ?? versions[1] ?? newest;

  const act = async (call: () => Promise<unknown>, done: string) => {
    try {
      await call();
      notify(done, { type: 'success' });
      reload();
    } catch (e) {
      // The server's own words, e.g. that the author may not approve their own version.
      notify((e as Error).message, { type: 'error' });
    }
  };
  const actions = (v: VersionDetail) => (
    <>
      {canApprove && v.status === 'DRAFT' && !detail.retiredAt && (
        <Button
          size="small"
          variant="contained"
          onClick={() => act(() => dataProvider.request(APPROVE_VERSION, { id: detail.id, version: v.number }), 'pilar.savedQueries.version.approved')}
        >
          {translate('pilar.savedQueries.version.approve', { number: v.number })}
        </Button>
      )}
      {canRetire && v.status !== 'RETIRED' && !detail.retiredAt && (
        <Button size="small" color="error" onClick={() => setRetiring(v.number)}>
          {translate('pilar.savedQueries.version.retire', { number: v.number })}
        </Button>
      )}
    </>
  );

  return (
    <>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, mb: 2 }}>
        <VersionColumn versions={versions} version={left} label={translate('pilar.savedQueries.version.left')} onPick={(n) => setPicked({ ...picked, left: n })} actions={actions(left)} />
        <VersionColumn versions={versions} version={right} label={translate('pilar.savedQueries.version.right')} onPick={(n) => setPicked({ ...picked, right: n })} actions={actions(right)} />
      </Box>
      <Typography variant="h6" component="h2" sx={{ fontSize: '1.05rem', mb: 1 }}>
        {translate('pilar.savedQueries.version.diff', { left: left.number, right: right.number })}
      </Typography>
      {left.document === right.document ? (
        <Typography color="text.secondary">{translate('pilar.savedQueries.version.same')}</Typography>
      ) : (
        <DocumentDiff left={left.document} right={right.document} />
      )}
      <Confirm
        isOpen={retiring !== null}
        title={translate('pilar.savedQueries.version.retireTitle', { number: retiring ?? '' })}
        content={translate('pilar.savedQueries.version.retireBody')}
        onConfirm={() => {
          const number = retiring!;
          setRetiring(null);
          void act(() => dataProvider.request(RETIRE_VERSION, { id: detail.id, version: number }), 'pilar.savedQueries.version.retired');
        }}
        onClose={() => setRetiring(null)}
      />
    </>
  );
}
