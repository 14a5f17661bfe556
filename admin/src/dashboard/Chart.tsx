// Drawn with Recharts, loaded only when a chart is shown (see ChartCard): the chart library
// stays out of the JavaScript of the first page.
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCell, type Column, type TableData } from './table.ts';

export type ChartKind = 'bar' | 'stacked' | 'line';

export interface ChartProps {
  kind: ChartKind;
  table: TableData;
  /** The column along the horizontal axis. */
  x: string;
  /** The columns drawn as bars or lines. */
  series: string[];
  /** Of `series`, those measured on a second axis on the right (rupiah beside counts). */
  right?: string[];
  /** The Intl locale of the UI. */
  tag: string;
  height?: number;
}

const COLORS = ['#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#c62828', '#00838f', '#5d4037'];

/** A bar, stacked bar or line chart of a table's columns; "< 5" cells are left out. */
export default function Chart({ kind, table, x, series, right = [], tag, height = 280 }: ChartProps) {
  const byKey = new Map<string, Column>(table.columns.map((c) => [c.key, c]));
  const data = table.rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, series.includes(k) && typeof v !== 'number' ? null : v])),
  );
  const axisFormat = (key: string | undefined) => (value: number) =>
    formatCell(value, byKey.get(key ?? '')?.kind === 'rupiah' ? 'count' : (byKey.get(key ?? '')?.kind ?? 'count'), tag);
  const tooltipFormat = (value: unknown, name: unknown) => {
    const column = table.columns.find((c) => c.label === name);
    return typeof value === 'number' ? formatCell(value, column?.kind ?? 'count', tag) : String(value ?? '');
  };
  const leftKey = series.find((s) => !right.includes(s));
  const slanted = table.rows.some((row) => String(row[x] ?? '').length > 12) && table.rows.length > 3;
  // Numbers on the bars (counts only; rupiah would crowd them): the figures read at a glance.
  const label = (key: string) => (value: unknown) => (typeof value === 'number' && value > 0 ? formatCell(value, byKey.get(key)?.kind ?? 'count', tag) : '');
  const common = (
    <>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      {/* Long names (venues, standards) slant so that every one of them shows. */}
      <XAxis dataKey={x} tick={{ fontSize: 12 }} interval={0} {...(slanted ? { angle: -20, textAnchor: 'end', height: 70 } : {})} />
      <YAxis yAxisId="left" tickFormatter={axisFormat(leftKey)} width={70} domain={kind === 'line' ? ['auto', 'auto'] : undefined} />
      {right.length > 0 && <YAxis yAxisId="right" orientation="right" tickFormatter={axisFormat(right[0])} width={90} />}
      <Tooltip formatter={tooltipFormat} />
      <Legend />
    </>
  );
  return (
    <ResponsiveContainer width="100%" height={height}>
      {kind === 'line' ? (
        <LineChart data={data} margin={{ top: 16, right: 24, left: slanted ? 40 : 8, bottom: 8 }}>
          {common}
          {series.map((key, i) => (
            <Line
              key={key}
              yAxisId={right.includes(key) ? 'right' : 'left'}
              dataKey={key}
              name={byKey.get(key)?.label ?? key}
              stroke={COLORS[i % COLORS.length]}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      ) : (
        <BarChart data={data} margin={{ top: 16, right: 24, left: slanted ? 40 : 8, bottom: 8 }}>
          {common}
          {series.map((key, i) => (
            <Bar
              key={key}
              yAxisId={right.includes(key) ? 'right' : 'left'}
              dataKey={key}
              name={byKey.get(key)?.label ?? key}
              fill={COLORS[i % COLORS.length]}
              stackId={kind === 'stacked' ? 'stack' : undefined}
              isAnimationActive={false}
            >
              {!right.includes(key) && table.rows.length <= 12 && (
                <LabelList
                  dataKey={key}
                  position={kind === 'stacked' ? 'center' : 'top'}
                  fontSize={11}
                  fill={kind === 'stacked' ? '#fff' : '#333'}
                  formatter={label(key)}
                />
              )}
            </Bar>
          ))}
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
