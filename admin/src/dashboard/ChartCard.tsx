import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { lazy, Suspense, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { ChartProps } from './Chart.tsx';
import { DataTable } from './DataTable.tsx';
import { downloadTable } from './table.ts';

const Chart = lazy(() => import('./Chart.tsx'));

export interface ChartCardProps extends Omit<ChartProps, 'tag'> {
  title: string;
  tag: string;
}

/** A chart with its title, a switch to its data as a table, and the table's CSV download. */
export function ChartCard({ title, table, tag, ...chart }: ChartCardProps) {
  const translate = useTranslate();
  const [asTable, setAsTable] = useState(false);
  const empty = table.rows.length === 0;
  return (
    <Card variant="outlined" component="section" aria-label={title} sx={{ height: '100%' }}>
      <CardContent>
        <Stack direction="row" alignItems="center" spacing={1} sx={{ mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flex: 1, fontSize: '1.05rem' }}>
            {title}
          </Typography>
          <Button size="small" onClick={() => setAsTable(!asTable)} disabled={empty}>
            {translate(asTable ? 'pilar.dashboard.showChart' : 'pilar.dashboard.showTable')}
          </Button>
          <Button size="small" startIcon={<DownloadIcon />} disabled={empty} onClick={() => downloadTable(title, table)}>
            {translate('pilar.dashboard.download')}
          </Button>
        </Stack>
        {empty ? (
          <Typography color="text.secondary">{translate('pilar.dashboard.empty')}</Typography>
        ) : asTable ? (
          <Box sx={{ overflowX: 'auto' }}>
            <DataTable table={table} tag={tag} label={title} />
          </Box>
        ) : (
          <Suspense fallback={<CircularProgress size={24} />}>
            <Chart table={table} tag={tag} {...chart} />
          </Suspense>
        )}
      </CardContent>
    </Card>
  );
}
