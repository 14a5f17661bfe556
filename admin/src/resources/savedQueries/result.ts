import type { Cell, Column, TableData } from '../../dashboard/table.ts';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first list in a result, depth first in the order of its fields; null when there is none. */
export function firstList(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) return null;
  for (const value of Object.values(data)) {
    const list = firstList(value);
    if (list) return list;
  }
  return null;
}

/** One row per item: nested fields as `key.role`, lists inside an item as JSON text. */
export function flattenItem(item: unknown, prefix = '', into: Record<string, Cell> = {}): Record<string, Cell> {
  if (!isObject(item)) {
    into[prefix || 'value'] = Array.isArray(item) ? JSON.stringify(item) : ((item ?? null) as Cell);
    return into;
  }
  for (const [key, value] of Object.entries(item)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isObject(value)) flattenItem(value, path, into);
    else into[path] = Array.isArray(value) ? JSON.stringify(value) : ((value ?? null) as Cell);
  }
  return into;
}

/** Numbers that are names rather than amounts: shown without thousands separators. */
const IDENTIFYING = /(^|\.)(id|code|number|year|[a-z]+Year|[a-z]+Id)$/;

/**
 * A saved query's result as a table: the first list in `data` flattened, one row per item and
 * one column per field path (in the order they first appear). A result without a list is one row.
 */
export function resultTable(data: unknown): TableData {
  const items = firstList(data) ?? (data === null || data === undefined ? [] : [data]);
  const rows = items.map((item) => flattenItem(item));
  const keys: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!keys.includes(key)) keys.push(key);
  const columns: Column[] = keys.map((key) => ({
    key,
    label: key,
    kind: !IDENTIFYING.test(key) && rows.some((r) => typeof r[key] === 'number') ? 'count' : 'text',
  }));
  return { columns, rows };
}
