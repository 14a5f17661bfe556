import type { Context } from '../context.ts';
import { PII_FIELDS, masksPii, rowInScope } from '../auth/policy.ts';

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

/** Fields whose unmasked display is itself an audited read ("who saw whose ID"). */
const ID_FIELDS = new Set(['nik', 'kkNumber']);

/**
 * A personal field as the viewer may see it: masked for viewers and auditors, and for clerks
 * on records outside their regions; in clear otherwise, noting which records showed an ID.
 */
export function personalField(ctx: Context, model: string, row: Record<string, unknown>, field: string): string | null {
  const value = row[field] as string | null;
  if (value === null || value === undefined) return null;
  if (masksPii(ctx.viewer) || !rowInScope(ctx.viewer, model, row)) return MASKS[field]!(value);
  if (ID_FIELDS.has(field)) ctx.piiShown.add(`${model}:${String(row.id)}`);
  return value;
}

/**
 * The personal fields of an audit event's before/after, masked for roles that see personal
 * data masked: the trail must not be a way around the mask.
 */
export function maskAuditValues(ctx: Context, entity: string | null, values: unknown): unknown {
  const fields = entity ? PII_FIELDS[entity] : undefined;
  if (!fields || !masksPii(ctx.viewer) || !values || typeof values !== 'object' || Array.isArray(values)) return values;
  return Object.fromEntries(
    Object.entries(values as Record<string, unknown>).map(([key, value]) => [
      key,
      fields.includes(key) && typeof value === 'string' ? MASKS[key]!(value) : value,
    ]),
  );
}
