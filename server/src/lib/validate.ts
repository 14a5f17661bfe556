import type { Context } from '../context.ts';
import { delegate } from './crud.ts';
import { readScope, rowInScope, within } from '../auth/policy.ts';
import { badInput, userError } from './errors.ts';
import { parseId } from './ids.ts';
import { messages, type Text } from './messages.ts';
import { kkProblem, nikProblem } from './nik.ts';

/**
 * Invisible formatting characters that change how a text is shown but not what it says: the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069: "Sit\u202Ei"
 * shows reversed), zero-width space, joiners and direction marks (U+200B–U+200F), the word
 * joiner (U+2060) and the byte-order mark (U+FEFF). They are stripped, not refused: they come
 * unseen with pasted text, a person cannot see what to remove, and nothing the registry stores
 * (Indonesian names and addresses in Latin script) needs them. Control characters are refused
 * earlier, for every input (input-text.ts).
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const LINE_BREAK = /[\t\n\r]/;

/** The text rules of every stored text, in one place: invisible formatting stripped, trimmed. */
function cleanText(value: string, field: string, multiline: boolean): string {
  const text = value.replace(INVISIBLE, '').trim();
  if (!multiline && LINE_BREAK.test(text)) throw badInput(field, messages.lineBreak(field));
  return text;
}

/**
 * Cleans a required text (see cleanText); fails on `field` when it is empty or too long, or
 * holds a line break or tab unless it is `multiline` (names, titles and codes are one line).
 */
export function requiredText(value: string | null | undefined, field: string, max = 200, { multiline = false } = {}): string {
  const text = cleanText(value ?? '', field, multiline);
  if (!text) throw badInput(field, messages.required(field));
  if (text.length > max) throw badInput(field, messages.tooLong(field, max));
  return text;
}

/**
 * Cleans an optional text (see cleanText); empty becomes null, `undefined` stays undefined (not
 * changed). Multi-line (notes, descriptions, addresses) unless `multiline: false`.
 */
export function optionalText(value: string | null | undefined, field: string, max = 2000, { multiline = true } = {}): string | null | undefined {
  if (value === undefined) return undefined;
  const text = cleanText(value ?? '', field, multiline);
  if (text.length > max) throw badInput(field, messages.tooLong(field, max));
  return text || null;
}

export function notInFuture(date: Date | null | undefined, field: string): void {
  if (date && date.getTime() > Date.now()) throw badInput(field, messages.inFuture(field));
}

export function positiveInt(value: number | null | undefined, field: string, { allowZero = false } = {}): void {
  if (value === null || value === undefined) return;
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw badInput(field, messages.wholeNumber(field, allowZero));
  }
}

const PHONE = /^(\+62|62|0)8[0-9]{7,12}$/;
export function phone(value: string | null | undefined, field = 'phone'): string | null | undefined {
  const text = optionalText(value, field, 20)?.replace(/[\s-]/g, '');
  if (text && !PHONE.test(text)) throw badInput(field, messages.phone(field));
  return text;
}

/** A required or optional reference: parses the id and checks the record exists and is live. */
export async function reference(
  ctx: Context,
  model: string,
  value: string | number | null | undefined,
  field: string,
  check?: (row: Record<string, unknown>) => Text | null,
): Promise<number | null | undefined> {
  if (value === null || value === undefined) return value;
  const id = parseId(value, field);
  // Records outside a clerk's regions are invisible here too: they "do not exist".
  const row = await delegate(ctx.prisma, model).findFirst({ where: within({ id }, readScope(ctx.viewer, model)) });
  if (!row) throw badInput(field, messages.missingReference(field, model, id));
  if (row.deletedAt) throw badInput(field, messages.referenceInTrash(field, model, id));
  const problem = check?.(row);
  if (problem) throw badInput(field, problem);
  return id;
}

export async function requiredReference(
  ctx: Context,
  model: string,
  value: string | number | null | undefined,
  field: string,
  check?: (row: Record<string, unknown>) => Text | null,
): Promise<number> {
  const id = await reference(ctx, model, value, field, check);
  if (id === null || id === undefined) throw badInput(field, messages.required(field));
  return id;
}

/** Region-level checks for references to regions. */
export const regionLevel =
  (...levels: string[]) =>
  (row: Record<string, unknown>) =>
    levels.includes(String(row.level)) ? null : messages.wrongLevel(levels, String(row.level));

/**
 * Validates a NIK against the person's birth date and gender and checks no other record of the
 * model holds it (DUPLICATE with the existing record's id).
 */
export async function uniqueNik(
  ctx: Context,
  model: 'Worker' | 'Beneficiary',
  nik: string,
  person: { birthDate: Date; gender: 'MALE' | 'FEMALE' },
  ownId?: number,
): Promise<string> {
  const value = nik.trim();
  const problem = nikProblem(value, person);
  if (problem) throw badInput('nik', problem);
  const existing = await delegate(ctx.prisma, model).findUnique({ where: { nik: value } });
  if (existing && existing.id !== ownId) {
    // A NIK is registered once in the whole regency; a clerk learns that it is taken, but
    // not which record holds it when that record is outside their regions.
    const visible = rowInScope(ctx.viewer, model, existing);
    throw userError('DUPLICATE', messages.duplicateNik(model, visible ? (existing.id as number) : null, !!existing.deletedAt), {
      field: 'nik',
      ...(visible ? { existingId: String(existing.id) } : {}),
    });
  }
  return value;
}

export function validKk(kk: string, field = 'kkNumber'): string {
  const value = kk.trim();
  const problem = kkProblem(value);
  if (problem) throw badInput(field, problem);
  return value;
}

/** The record as it will be after the change: stored values overlaid with the given input. */
export function merged<T extends object>(current: Record<string, unknown> | undefined, input: T): Record<string, unknown> {
  return { ...current, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
}

/** A required enum or date on the merged record (an update may not set it to null). */
export function required<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined) throw badInput(field, messages.required(field));
  return value;
}

export function numberInRange(value: number | null | undefined, field: string, min: number, max: number): void {
  if (value === null || value === undefined) return;
  if (!Number.isFinite(value) || value < min || value > max) throw badInput(field, messages.between(field, min, max));
}

/** A list of references, each checked like `reference`. */
export async function references(
  ctx: Context,
  model: string,
  values: readonly (string | number)[] | null | undefined,
  field: string,
  check?: (row: Record<string, unknown>) => Text | null,
): Promise<number[] | undefined> {
  if (values === null || values === undefined) return undefined;
  const ids = [...new Set(values.map((v) => parseId(v, field)))];
  const rows = await delegate(ctx.prisma, model).findMany({ where: within({ id: { in: ids } }, readScope(ctx.viewer, model)) });
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    if (!row) throw badInput(field, messages.missingReference(field, model, id));
    if (row.deletedAt) throw badInput(field, messages.referenceInTrash(field, model, id));
    const problem = check?.(row);
    if (problem) throw badInput(field, { en: `${field}: ${model} ${id} ${problem.en}`, id: `${model} ${id} ${problem.id}` });
  }
  return ids;
}

/**
 * The stored value of a reference the update leaves alone: it was checked when it was set, and
 * may since point outside the caller's regions (a clerk may still edit the record).
 */
export function unchangedReference(current: Record<string, unknown> | undefined, input: object, field: string): number | null | undefined {
  if (!current || (input as Record<string, unknown>)[field] !== undefined) return undefined;
  return current[field] as number | null;
}
