import DownloadIcon from '@mui/icons-material/Download';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { useCan } from '../../auth/usePilarPermissions.ts';
import { DataTable } from '../../dashboard/DataTable.tsx';
import { downloadTable, type TableData } from '../../dashboard/table.ts';
import type { PilarDataProvider } from '../../data/dataProvider.ts';
import type { SavedQueryVariable } from '../../generated/graphql.ts';
import { formatMoment, useIntlLocale } from '../../i18n/formats.ts';
import { RUN_SAVED_QUERY, RUNS, type QueryDetail, type RunRow } from './queries.ts';
import { resultTable } from './result.ts';
import { initialValues, inputKind, toVariables, type FormValues, type VariableError } from './variables.ts';

const MONO = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace' };

/** One input per variable of the document, typed as the document declares it. */
function VariableInput({
  variable,
  value,
  error,
  onChange,
}: {
  variable: SavedQueryVariable;
  value: string;
  error?: VariableError;
  onChange: (value: string) => void;
}) {
  const translate = useTranslate();
  const kind = inputKind(variable);
  const helper = error ? translate(`pilar.savedQueries.variableErrors.${error}`) : variable.type;
  const common = {
    label: variable.name,
    value,
    required: variable.required,
    error: !!error,
    helperText: helper,
    size: 'small' as const,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  if (kind === 'select' || kind === 'boolean') {
    const options = kind === 'boolean' ? ['true', 'false'] : (variable.enumValues ?? []);
    return (
      <TextField select {...common} sx={{ minWidth: 220 }} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
        <MenuItem value="">
          <em>–</em>
        </MenuItem>
        {options.map((o) => (
          <MenuItem key={o} value={o}>
            {kind === 'boolean' ? translate(o === 'true' ? 'ra.boolean.true' : 'ra.boolean.false') : translate(`enums.${variable.namedType}.${o}`, { _: o })}
          </MenuItem>
        ))}
      </TextField>
    );
  }
  if (kind === 'json') {
    return <TextField {...common} multiline minRows={3} fullWidth sx={{ '& textarea': { ...MONO, fontSize: 13 } }} />;
  }
  const type = kind === 'date' ? 'date' : kind === 'datetime' ? 'datetime-local' : 'text';
  return (
    <TextField
      {...common}
      type={type}
      sx={{ minWidth: 220 }}
      slotProps={{ inputLabel: type === 'text' ? undefined : { shrink: true }, htmlInput: { inputMode: kind === 'int' || kind === 'float' ? 'decimal' : undefined } }}
    />
  );
}

/** The run log of a query, newest first, with who, when, which version and variables, and the result's hash. */
function RunHistory({ id, refresh }: { id: string; refresh: number }) {
  const translate = useTranslate();
  const tag = useIntlLocale();
  const dataProvider = useDataProvider<PilarDataProvider>();
  const [runs, setRuns] = useState<{ rows: RunRow[]; total: number } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `refresh` is the reload trigger after a run.
  useEffect(() => {
    dataProvider
      .request(RUNS, { id, take: 100 })
      .then((d) => setRuns({ rows: d.savedQueryRuns, total: d.savedQueryRunsCount }))
      .catch(() => setRuns({ rows: [], total: 0 }));
  }, [dataProvider, id, refresh]);
  const table: TableData = useMemo(
    () => ({
      columns: [
        { key: 'when', label: translate('pilar.savedQueries.history.when'), kind: 'text' },
        { key: 'who', label: translate('pilar.savedQueries.history.who'), kind: 'text' },
        { key: 'version', label: translate('pilar.savedQueries.history.version'), kind: 'text' },
        { key: 'variables', label: translate('pilar.savedQueries.history.variables'), kind: 'text' },
        { key: 'rows', label: translate('pilar.savedQueries.history.rows'), kind: 'count' },
        { key: 'duration', label: translate('pilar.savedQueries.history.duration'), kind: 'count' },
        { key: 'hash', label: translate('pilar.savedQueries.history.hash'), kind: 'text' },
      ],
      rows: (runs?.rows ?? []).map((r) => ({
        when: formatMoment(r.startedAt, tag),
        who: `${r.userName} (${translate(`enums.UserRole.${r.role}`)})`,
        version: String(r.versionNumber),
        variables: JSON.stringify(r.variables ?? {}),
        rows: r.rowCount,
        duration: r.durationMs,
        hash: r.resultHash,
      })),
    }),
    [runs, tag, translate],
  );
  const title = translate('pilar.savedQueries.history.title');
  return (
    <Card variant="outlined" component="section" aria-label={title} sx={{ mt: 2 }}>
      <CardContent>
        <Stack direction="row" alignItems="center" sx={{ mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flex: 1, fontSize: '1.05rem' }}>
            {title}
            {runs && runs.total > 0 && (
              <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                {translate('pilar.savedQueries.history.shown', { shown: runs.rows.length, total: runs.total })}
              </Typography>
            )}
          </Typography>
          <Button size="small" startIcon={<DownloadIcon />} disabled={!runs?.rows.length} onClick={() => downloadTable(title, table)}>
            {translate('pilar.savedQueries.history.download')}
          </Button>
        </Stack>
        {runs && runs.rows.length === 0 ? (
          <Typography color="text.secondary">{translate('pilar.savedQueries.history.empty')}</Typography>
        ) : (
          <Box sx={{ overflowX: 'auto', '& td:last-of-type': { ...MONO, fontSize: 12, wordBreak: 'break-all' } }}>
            <DataTable table={table} tag={tag} label={title} />
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

/**
 * Runs a version of the query with a form made from its variables, and shows the result as a
 * table (the first list of `data`, flattened) with its CSV, row count, duration and hash.
 */
export function RunPanel({ detail }: { detail: QueryDetail }) {
  const translate = useTranslate();
  const tag = useIntlLocale();
  const dataProvider = useDataProvider<PilarDataProvider>();
  // Drafts run only for ADMIN and AUDITOR (the server checks it too).
  const mayRunDrafts = useCan('approve', 'savedQueries');
  const runnable = detail.retiredAt
    ? []
    : [...detail.versions].sort((a, b) => b.number - a.number).filter((v) => v.status === 'APPROVED' || (mayRunDrafts && v.status === 'DRAFT'));
  const [number, setNumber] = useState<number | undefined>(undefined);
  const version = runnable.find((v) => v.number === number) ?? runnable.find((v) => v.number === detail.currentVersion?.number) ?? runnable[0];
  const [values, setValues] = useState<FormValues>({});
  const [errors, setErrors] = useState<Record<string, VariableError>>({});
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<{ run?: RunRow & { data: unknown }; table?: TableData; error?: string } | null>(null);
  const [refresh, setRefresh] = useState(0);

  const variables = version?.variables;
  useEffect(() => {
    setValues(variables ? initialValues(variables) : {});
    setErrors({});
  }, [variables]);

  const run = useCallback(async () => {
    if (!version) return;
    const parsed = toVariables(version.variables, values);
    setErrors(parsed.errors);
    if (Object.keys(parsed.errors).length) return;
    setRunning(true);
    try {
      const { runSavedQuery } = await dataProvider.request(RUN_SAVED_QUERY, { id: detail.id, version: version.number, variables: parsed.variables });
      setOutcome({ run: runSavedQuery, table: resultTable(runSavedQuery.data) });
    } catch (e) {
      setOutcome({ error: (e as Error).message });
    } finally {
      setRunning(false);
      setRefresh((n) => n + 1);
    }
  }, [dataProvider, detail.id, values, version]);

  if (!version) {
    return (
      <>
        <Alert severity="info">{translate('pilar.savedQueries.run.notRunnable')}</Alert>
        <RunHistory id={detail.id} refresh={refresh} />
      </>
    );
  }
  const resultTitle = `${detail.name} v${version.number}`;
  return (
    <>
      <Card variant="outlined" component="section">
        <CardContent>
          <Box
            component="form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void run();
            }}
          >
            <Stack spacing={2}>
              <TextField
                select
                size="small"
                label={translate('pilar.savedQueries.run.version')}
                value={version.number}
                onChange={(e) => setNumber(Number(e.target.value))}
                sx={{ maxWidth: 320 }}
              >
                {runnable.map((v) => (
                  <MenuItem key={v.number} value={v.number}>
                    {translate('pilar.savedQueries.version.title', { number: v.number })} · {translate(`pilar.savedQueries.status.${v.status}`)}
                  </MenuItem>
                ))}
              </TextField>
              {version.variables.length === 0 ? (
                <Typography color="text.secondary">{translate('pilar.savedQueries.run.noVariables')}</Typography>
              ) : (
                <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
                  {version.variables.map((v) => (
                    <VariableInput
                      key={v.name}
                      variable={v}
                      value={values[v.name] ?? ''}
                      error={errors[v.name]}
                      onChange={(value) => setValues((old) => ({ ...old, [v.name]: value }))}
                    />
                  ))}
                </Stack>
              )}
              <Box>
                <Button type="submit" variant="contained" startIcon={<PlayArrowIcon />} disabled={running}>
                  {translate('pilar.savedQueries.run.submit')}
                </Button>
              </Box>
            </Stack>
          </Box>
        </CardContent>
      </Card>
      {outcome?.error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {outcome.error}
        </Alert>
      )}
      {outcome?.run && outcome.table && (
        <Card variant="outlined" component="section" aria-label={translate('pilar.savedQueries.run.result')} sx={{ mt: 2 }}>
          <CardContent>
            <Stack direction="row" alignItems="center" spacing={2} sx={{ mb: 1 }} useFlexGap flexWrap="wrap">
              <Typography variant="h6" component="h2" sx={{ fontSize: '1.05rem' }}>
                {translate('pilar.savedQueries.run.result')}
              </Typography>
              <Typography variant="body2">{translate('pilar.savedQueries.run.rows', { smart_count: outcome.run.rowCount })}</Typography>
              <Typography variant="body2">{translate('pilar.savedQueries.run.duration', { ms: outcome.run.durationMs })}</Typography>
              <Typography variant="body2" sx={{ ...MONO, fontSize: 12, wordBreak: 'break-all' }} title={translate('pilar.savedQueries.run.hash')}>
                {translate('pilar.savedQueries.run.hash')}: <span data-testid="result-hash">{outcome.run.resultHash}</span>
              </Typography>
              <Box sx={{ flex: 1 }} />
              <Button size="small" startIcon={<DownloadIcon />} onClick={() => downloadTable(resultTitle, outcome.table!)}>
                {translate('pilar.savedQueries.run.download')}
              </Button>
            </Stack>
            {outcome.run.errors != null && (
              <Alert severity="warning" sx={{ mb: 1 }}>
                {translate('pilar.savedQueries.run.errors')}: {JSON.stringify(outcome.run.errors)}
              </Alert>
            )}
            <Box sx={{ overflowX: 'auto' }}>
              <DataTable table={outcome.table} tag={tag} label={translate('pilar.savedQueries.run.result')} />
            </Box>
          </CardContent>
        </Card>
      )}
      <RunHistory id={detail.id} refresh={refresh} />
    </>
  );
}
