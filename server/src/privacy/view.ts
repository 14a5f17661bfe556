import type { Context } from '../context.ts';
import { rowInScope } from '../auth/policy.ts';
import { PERSON_FIELDS, roleView, type PersonView } from './rules.ts';

/** `3212015102480001` → `321201******0001`: the region prefix and last 4 digits stay, to match records. */
export function maskIdNumber(value: string): string {
  return value.length === 16 ? `${value.slice(0, 6)}******${value.slice(12)}` : '****************';
}

/** `081234567890` → `0812******90`. */
export function maskPhone(value: string): string {
  return value.length > 6 ? `${value.slice(0, 4)}${'*'.repeat(value.length - 6)}${value.slice(-2)}` : '******';
}

const MASKS: Record<string, (value: string) => string> = {
  nik: maskIdNumber,
  kkNumber: maskIdNumber,
  phone: maskPhone,
  address: () => '***',
};

/** Fields whose display in clear is itself an audited read ("who saw whose ID"). */
const ID_FIELDS = new Set(['nik', 'kkNumber']);

/** The view the caller has of one person record (`row` carries the record's region columns). */
export function personView(ctx: Context, model: string, row: Record<string, unknown>): PersonView {
  const view = roleView(ctx.viewer);
  if (view !== 'clear') return view;
  return rowInScope(ctx.viewer, model, row) ? 'clear' : 'masked';
}

/**
 * A personal text field (NIK, No. KK, phone, address) as the caller may see it: in clear
 * (noting which records showed an ID, for the READ_PII event), masked, or for VIEWER not at
 * all (a NIK, which is never null, fully masked; the others null).
 */
export function personalText(ctx: Context, model: string, row: Record<string, unknown>, field: string): string | null {
  const value = row[field] as string | null | undefined;
  if (value === null || value === undefined) return null;
  const view = personView(ctx, model, row);
  if (view === 'none') return field === 'nik' ? '****************' : null;
  if (view === 'masked') return MASKS[field]!(value);
  if (ID_FIELDS.has(field)) ctx.piiShown.add(`${model}:${String(row.id)}`);
  return value;
}

function yearOf(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date.getUTCFullYear();
}

/** The birth date: in clear only; hidden (null) in the masked view, where it would unmask the NIK. */
export function birthDateOf(ctx: Context, model: string, row: Record<string, unknown>): Date | null {
  return personView(ctx, model, row) === 'clear' ? ((row.birthDate as Date | null) ?? null) : null;
}

/** The birth year: in the clear and the masked view (the matching aid for auditors); null for VIEWER. */
export function birthYearOf(ctx: Context, model: string, row: Record<string, unknown>): number | null {
  return personView(ctx, model, row) === 'none' ? null : yearOf(row.birthDate);
}

const SIXTEEN_DIGITS = /(?<!\d)\d{16}(?!\d)/g;

/** Whether a JSON value holds a 16-digit number (a NIK or No. KK) anywhere. */
export function holdsIdNumber(value: unknown): boolean {
  if (typeof value === 'string') return new RegExp(SIXTEEN_DIGITS.source).test(value);
  if (typeof value === 'number') return /^\d{16}$/.test(String(value));
  if (Array.isArray(value)) return value.some(holdsIdNumber);
  if (value && typeof value === 'object') return Object.values(value).some(holdsIdNumber);
  return false;
}

/**
 * Free text or JSON for a role that sees persons masked: every 16-digit number anywhere (a
 * NIK typed as a username, a saved-query variable, a filter) masked like a NIK, and every
 * value under a `birthDate` key cut to its year.
 */
export function maskLoose(value: unknown, key?: string): unknown {
  if (key === 'birthDate' && value !== null && value !== undefined && typeof value !== 'object') return yearOf(value);
  if (typeof value === 'string') return value.replace(SIXTEEN_DIGITS, maskIdNumber);
  if (typeof value === 'number' && /^\d{16}$/.test(String(value))) return maskIdNumber(String(value));
  if (Array.isArray(value)) return value.map((item) => maskLoose(item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, maskLoose(v, k)]));
  }
  return value;
}

/** Text (an actor's name, a reason) as the caller may see it: NIKs in it masked for masked roles. */
export function looseText(ctx: Context, text: string | null): string | null {
  return text !== null && roleView(ctx.viewer) !== 'clear' ? (maskLoose(text) as string) : text;
}

/**
 * An audit event's before/after, or a saved-query run's variables, as the caller may see
 * them. Masked roles get the entity's personal fields masked as on the record itself (the
 * birth date cut to its year) and every other NIK-like value masked; roles that see them in
 * clear cause a READ_PII event naming `record` when the payload shows a NIK or No. KK.
 */
export function payloadView(ctx: Context, entity: string | null, record: string, values: unknown): unknown {
  if (values === null || values === undefined) return values;
  const fields = entity ? PERSON_FIELDS[entity] : undefined;
  if (roleView(ctx.viewer) === 'clear') {
    const ids = fields && typeof values === 'object' && !Array.isArray(values)
      ? Object.entries(values as Record<string, unknown>).some(([k, v]) => ID_FIELDS.has(k) && typeof v === 'string' && v.length > 0)
      : false;
    if (ids || holdsIdNumber(values)) ctx.piiShown.add(record);
    return values;
  }
  if (!fields || typeof values !== 'object' || Array.isArray(values)) return maskLoose(values);
  return Object.fromEntries(
    Object.entries(values as Record<string, unknown>).map(([key, value]) => {
      if (fields.includes(key) && typeof value === 'string' && MASKS[key]) return [key, MASKS[key](value)];
      return [key, maskLoose(value, key)];
    }),
  );
}
