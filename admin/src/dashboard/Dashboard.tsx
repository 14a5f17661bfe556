import { Alert, Box, Card, CardContent, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Title, useDataProvider, useGetList, useTranslate } from 'react-admin';
import { roundsFigures } from '../auth/permissions.ts';
import { usePilarPermissions } from '../auth/usePilarPermissions.ts';
import type { PilarDataProvider } from '../data/dataProvider.ts';
import type { Program, Region } from '../generated/graphql.ts';
import { useIntlLocale } from '../i18n/formats.ts';
import { ChartCard } from './ChartCard.tsx';
import { DataTable } from './DataTable.tsx';
import {
  aidByMonth,
  aidByStandard,
  attendanceBySession,
  featuredSession,
  DASHBOARD_QUERY,
  dashboardVariables,
  participantsByRole,
  povertyByYear,
  total,
  type DashboardData,
  type DashboardFilter,
} from './figures.ts';
import { formatCell } from './table.ts';

type ProgramChoice = Pick<Program, 'id' | 'name' | 'year' | 'kind'>;
type RegionChoice = Pick<Region, 'id' | 'name' | 'level' | 'parentId'>;

/** The programmes' years, newest first; this year when there are none. */
function yearsOf(programs: readonly ProgramChoice[]): number[] {
  const years = [...new Set(programs.map((p) => p.year))].sort((a, b) => b - a);
  return years.length ? years : [new Date().getFullYear()];
}

function KeyFigure({ label, value, detail, children }: { label: string; value: string; detail?: string; children?: ReactNode }) {
  return (
    <Card variant="outlined" component="section" aria-label={label}>
      <CardContent>
        <Typography variant="overline" component="h2" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h4" component="p" data-testid="figure">
          {value}
        </Typography>
        {detail && (
          <Typography variant="body2" color="text.secondary">
            {detail}
          </Typography>
        )}
        {children}
      </CardContent>
    </Card>
  );
}

/**
 * The landing page: key figures and charts of training, aid and poverty, filtered by year,
 * programme and district. The server counts (grouped in the database), scopes a clerk to their
 * regions, hides groups under 5 people from a VIEWER and rounds its other counts to 5; the page
 * only draws (and says so to a VIEWER).
 */
export default function Dashboard() {
  const translate = useTranslate();
  const t = translate as (key: string, options?: Record<string, unknown>) => string;
  const tag = useIntlLocale();
  const dataProvider = useDataProvider<PilarDataProvider>();
  const permissions = usePilarPermissions();

  const { data: programs = [], isPending: programsPending } = useGetList<ProgramChoice & { id: string }>('programs', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'year', order: 'DESC' },
  });
  const { data: districts = [] } = useGetList<RegionChoice & { id: string }>('regions', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'name', order: 'ASC' },
    filter: { level: 'DISTRICT' },
  });
  const years = useMemo(() => yearsOf(programs), [programs]);
  const [year, setYear] = useState<number | null>(null);
  const [programId, setProgramId] = useState('');
  const [districtId, setDistrictId] = useState('');
  const shownYear = year ?? years[0]!;
  const yearPrograms = programs.filter((p) => p.year === shownYear);
  const program = yearPrograms.find((p) => p.id === programId) ?? null;

  // A clerk picks among the districts they work in (the server scopes them anyway).
  const ownDistricts = useMemo(() => {
    if (permissions?.role !== 'CLERK') return districts;
    const ids = new Set(permissions.regions.map((r) => (r.level === 'VILLAGE' ? r.parentId : r.id)));
    return districts.filter((d) => ids.has(d.id));
  }, [districts, permissions]);

  const filter: DashboardFilter = { year: shownYear, program, districtId: districtId || null };
  const key = JSON.stringify(filter);
  const [state, setState] = useState<{ key: string; data?: DashboardData; error?: string }>({ key: '' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the filter's value; the object itself is new every render.
  useEffect(() => {
    // The year to show comes from the programmes: wait for them.
    if (programsPending) return;
    let current = true;
    dataProvider
      .request(DASHBOARD_QUERY, dashboardVariables(filter))
      .then((data) => current && setState({ key, data }))
      .catch((error: Error) => current && setState({ key, error: error.message }));
    return () => {
      current = false;
    };
    // `key` stands for the filter.
  }, [key, dataProvider, programsPending]);

  const data = state.data;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `t` is made from `translate`, the stable dependency.
  const figures = useMemo(() => {
    if (!data) return null;
    const byStandard = aidByStandard(data, t);
    const poverty = povertyByYear(data, t);
    return {
      byRole: participantsByRole(data, t),
      bySession: attendanceBySession(data, t, tag),
      featured: featuredSession(data, t, tag),
      byStandard,
      byMonth: aidByMonth(data, t),
      poverty,
    };
  }, [data, tag, translate]);

  const count = (n: number | null | undefined) => formatCell(n ?? null, 'count', tag);
  const participants = data?.participants[0];
  const latest = figures?.poverty.rows.at(-1);
  const previous = figures?.poverty.rows.at(-2);
  const percent = (v: unknown) => `${formatCell(typeof v === 'number' ? v : null, 'percent', tag)} %`;
  const suppressedShown = data && [data.participantsByRole, data.bySession, data.aidByStandard].some((rows) => rows.some((r) => r.suppressed));

  return (
    <Box sx={{ p: { xs: 1, md: 2 } }}>
      <Title title={translate('pilar.dashboard.title')} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <TextField
          select
          size="small"
          label={translate('pilar.dashboard.filters.year')}
          value={shownYear}
          onChange={(e) => {
            setYear(Number(e.target.value));
            setProgramId('');
          }}
          sx={{ minWidth: 120 }}
        >
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('pilar.dashboard.filters.program')}
          value={program ? program.id : ''}
          onChange={(e) => setProgramId(e.target.value)}
          sx={{ minWidth: 280 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{translate('pilar.dashboard.filters.allPrograms')}</MenuItem>
          {yearPrograms.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('pilar.dashboard.filters.region')}
          value={districtId}
          onChange={(e) => setDistrictId(e.target.value)}
          sx={{ minWidth: 220 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{translate('pilar.dashboard.filters.allRegions')}</MenuItem>
          {ownDistricts.map((d) => (
            <MenuItem key={d.id} value={d.id}>
              {d.name}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {state.error && <Alert severity="error">{translate('pilar.dashboard.loadFailed', { message: state.error })}</Alert>}
      {(!data || state.key !== key) && !state.error && <LinearProgress sx={{ mb: 1 }} />}
      {figures && data && (
        <>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, 1fr)', lg: '1fr 2fr 1fr 1fr' }, mb: 2 }}>
            <KeyFigure
              label={translate('pilar.dashboard.figures.participants')}
              value={participants?.suppressed ? participants.countLabel : count(participants?.persons)}
              detail={translate('pilar.dashboard.figures.participantsOf', { year: shownYear })}
            />
            <KeyFigure
              label={translate('pilar.dashboard.figures.session')}
              value={figures.featured ? formatCell(figures.featured.attended, 'count', tag) || '–' : '–'}
              detail={
                figures.featured
                  ? translate('pilar.dashboard.figures.sessionOf', { venue: figures.featured.venue, day: figures.featured.day })
                  : translate('pilar.dashboard.figures.noData')
              }
            >
              {figures.featured && figures.featured.aid.rows.length > 0 && (
                <>
                  <Typography variant="body2" sx={{ mt: 1 }}>
                    {translate('pilar.dashboard.figures.sessionAid')}
                  </Typography>
                  <DataTable table={figures.featured.aid} tag={tag} label={translate('pilar.dashboard.figures.sessionAid')} />
                </>
              )}
            </KeyFigure>
            <KeyFigure
              label={translate('pilar.dashboard.figures.aid')}
              value={count(total(figures.byStandard, 'distributions'))}
              detail={translate('pilar.dashboard.figures.aidOf', {
                year: shownYear,
                value: formatCell(total(figures.byStandard, 'value'), 'rupiah', tag),
              })}
            />
            <KeyFigure
              label={translate('pilar.dashboard.figures.poverty')}
              value={latest ? percent(latest.rate) : '–'}
              detail={
                latest && previous
                  ? translate('pilar.dashboard.figures.povertyFrom', { year: latest.year, previous: percent(previous.rate), previousYear: previous.year })
                  : latest
                    ? String(latest.year)
                    : translate('pilar.dashboard.figures.noData')
              }
            />
          </Box>
          {roundsFigures(permissions?.role) ? (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="rounded-note">
              {translate('pilar.dashboard.roundedNote')}
            </Typography>
          ) : (
            suppressedShown && (
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {translate('pilar.dashboard.suppressedNote')}
              </Typography>
            )
          )}
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, 1fr)' } }}>
            <ChartCard title={translate('pilar.dashboard.charts.byRole')} kind="bar" table={figures.byRole} x="role" series={['participants']} tag={tag} />
            <ChartCard
              title={translate('pilar.dashboard.charts.bySession')}
              kind="stacked"
              table={figures.bySession}
              x="venue"
              series={['ATTENDED', 'REGISTERED', 'ABSENT']}
              tag={tag}
            />
            <ChartCard
              title={translate('pilar.dashboard.charts.aidByStandard')}
              kind="bar"
              table={figures.byStandard}
              x="standard"
              series={['distributions', 'value']}
              right={['value']}
              tag={tag}
            />
            <ChartCard
              title={translate('pilar.dashboard.charts.aidByMonth')}
              kind="stacked"
              table={figures.byMonth}
              x="month"
              series={figures.byMonth.columns.slice(1).map((c) => c.key)}
              tag={tag}
            />
            <ChartCard title={translate('pilar.dashboard.charts.poverty')} kind="line" table={figures.poverty} x="year" series={['rate']} tag={tag} />
          </Box>
        </>
      )}
    </Box>
  );
}
