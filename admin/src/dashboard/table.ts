import { downloadRowsCsv, rowsToCsv } from '../common/csvExport.ts';

/** How a column's values are shown: counts and rupiah in Indonesian formats, percentages with two decimals. */
export type ColumnKind = 'text' | 'count' | 'rupiah' | 'percent';

export interface Column {
  key: string;
  label: string;
  kind: ColumnKind;
}

/**
 * A cell: a number, a text, or null. A group hidden from a VIEWER holds the server's label
 * ("< 5") instead of its number, in the table and the CSV alike.
 */
export type Cell = string | number | boolean | null;

/** What a chart draws, its table shows and its CSV holds: one shape for all three. */
export interface TableData {
  columns: Column[];
  rows: Record<string, Cell>[];
}

/** A cell as the table shows it, in the UI's locale (`1.678`, `Rp 4.500.000`, `12,77`). */
export function formatCell(value: Cell, kind: ColumnKind, tag: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number') return String(value);
  switch (kind) {
    case 'count':
      return new Intl.NumberFormat(tag).format(value);
    case 'rupiah':
      return new Intl.NumberFormat(tag, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(value);
    case 'percent':
      return new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    default:
      return String(value);
  }
}

/**
 * The rows of a table as the CSV holds them: headers are the column labels, numbers stay
 * numbers (a spreadsheet sums them), texts (and "< 5") stay as shown.
 */
export function csvRows(table: TableData): Record<string, Cell>[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.label, row[c.key] ?? null])));
}

/** The CSV text of a table (what the download holds, without the byte-order mark). */
export function tableCsv(table: TableData): Promise<string> {
  return rowsToCsv(
    table.columns.map((c) => c.label),
    csvRows(table) as Record<string, string | number | boolean | null>[],
  );
}

/** Downloads a table as CSV with the panel's export helper. */
export function downloadTable(name: string, table: TableData): Promise<void> {
  return downloadRowsCsv(
    name,
    table.columns.map((c) => c.label),
    csvRows(table) as Record<string, string | number | boolean | null>[],
  );
}
