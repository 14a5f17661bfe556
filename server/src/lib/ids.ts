import { badInput } from './errors.ts';

/** Parses a GraphQL `ID` into the integer primary key, or fails on `field`. */
export function parseId(value: string | number, field = 'id'): number {
  const text = String(value).trim();
  if (!/^[1-9][0-9]{0,9}$/.test(text) || Number(text) > 2_147_483_647) {
    throw badInput(field, `${field} must be a record id (a positive whole number), got "${String(value).slice(0, 40)}".`);
  }
  return Number(text);
}

export function parseOptionalId(value: string | number | null | undefined, field: string): number | null | undefined {
  return value === null || value === undefined ? value : parseId(value, field);
}
