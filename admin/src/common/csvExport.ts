import jsonExport from 'jsonexport/dist';
import { downloadCSV, type Exporter, type RaRecord } from 'react-admin';
import type { PilarDataProvider } from '../data/dataProvider.ts';
import { entityOf, grammarOf, namedType, type Grammar } from '../data/grammar.ts';
import type { FieldOf } from '../data/records.ts';
import { indonesian } from '../i18n/id.ts';
import type { EnumName } from '../i18n/domainMessages.ts';
import type { PanelResource } from '../resources/panelResources.ts';

type Value = string | number | null;

/** A related record (`village: { id, code, name }`) by its name, title or code. */
function relationLabel(related: unknown): string | null {
  if (!related || typeof related !== 'object') return null;
  const r = related as Record<string, unknown>;
  const label = r.name ?? r.title ?? r.code ?? r.items;
  return typeof label === 'string' ? label : null;
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** A moment as `2024-05-21 08:00` in the clerk's time zone: sortable and read by spreadsheets. */
function localMoment(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${twoDigits(d.getMonth() + 1)}-${twoDigits(d.getDate())} ${twoDigits(d.getHours())}:${twoDigits(d.getMinutes())}`;
}

function cell(grammar: Grammar, resource: string, record: RaRecord, field: string): Value {
  const value = record[field] as unknown;
  if (value === null || value === undefined) return null;
  if (field.endsWith('Id') && field !== 'id') return relationLabel(record[field.slice(0, -2)]) ?? String(value);
  const type = entityOf(grammar, resource).type.fields.find((f) => f.name === field)?.type;
  const typeName = type ? namedType(type).name : undefined;
  if (typeName && typeName in indonesian.enums) {
    return (indonesian.enums[typeName as EnumName] as Record<string, string>)[String(value)] ?? String(value);
  }
  if (typeName === 'DateTime') return localMoment(String(value));
  return typeof value === 'number' ? value : String(value);
}

/**
 * CSV of the whole filtered list (react-admin's export button asks for it all; the data
 * provider reads it from the API 500 rows at a time) with Indonesian column headers: related
 * records by name, enum values by their Indonesian label, dates as YYYY-MM-DD.
 */
export function csvExporter<R extends PanelResource>(resource: R, columns: readonly FieldOf<R>[]): Exporter {
  const labels = indonesian.resources[resource].fields;
  return async (records, _fetchRelated, dataProvider) => {
    const grammar = grammarOf((await (dataProvider as PilarDataProvider).getIntrospection()).schema);
    const rows = records.map((record) =>
      Object.fromEntries(columns.map((field) => [labels[field], cell(grammar, resource, record, field)])),
    );
    const name = indonesian.resources[resource].name.split('||||').pop()?.trim() ?? resource;
    await downloadRowsCsv(name, columns.map((field) => labels[field]), rows);
  };
}

/**
 * The separator of the panel's CSV files. Spreadsheets set to Indonesian (and most of Europe)
 * write decimals with a comma, so they split CSV on semicolons: a comma-separated file opens
 * there as one column. Google Sheets and LibreOffice recognise semicolons too.
 */
export const CSV_SEPARATOR = ';';

/** A number as a spreadsheet set to Indonesian reads it: no thousands separator, a decimal comma. */
function csvNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
}

/** The CSV text of rows keyed by their column headers, in the headers' order. */
export async function rowsToCsv(headers: readonly string[], rows: readonly Record<string, Value | boolean>[]): Promise<string> {
  const cells = rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'number' ? csvNumber(value) : value])));
  return jsonExport(cells, { headers: [...headers], rowDelimiter: CSV_SEPARATOR });
}

/**
 * Downloads rows as `<name> <today>.csv` the way every export of the panel does (also the
 * dashboard's tables and saved-query results): headers first, semicolons between cells,
 * decimal commas, UTF-8 with a byte-order mark.
 */
export async function downloadRowsCsv(name: string, headers: readonly string[], rows: readonly Record<string, Value | boolean>[]) {
  const csv = await rowsToCsv(headers, rows);
  // The byte-order mark makes spreadsheet programs read the file as UTF-8.
  downloadCSV(`\ufeff${csv}`, `${name} ${new Date().toISOString().slice(0, 10)}`);
}
