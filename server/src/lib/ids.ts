import { badInput } from './errors.ts';
import { messages } from './messages.ts';

/** Parses a GraphQL `ID` into the integer primary key, or fails on `field`. */
export function parseId(value: string | number, field = 'id'): number {
  const text = String(value).trim();
  if (!/^[1-9][0-9]{0,9}$/.test(text) || Number(text) > 2_147_483_647) {
    throw badInput(field, messages.badId(field, value));
  }
  return Number(text);
}

export function parseOptionalId(value: string | number | null | undefined, field: string): number | null | undefined {
  return value === null || value === undefined ? value : parseId(value, field);
}
