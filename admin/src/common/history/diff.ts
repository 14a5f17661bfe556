import { namedType, type Grammar } from '../../data/grammar.ts';
import type { AuditRecord } from './auditActions.ts';

/** One field an audit event changed: its value before and after (null when it had none). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

type Json = Record<string, unknown>;

function asObject(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The fields an event changed, in the order the server wrote them: `before` and `after` hold
 * the changed fields only (a new record has no `before`, a deleted one's `after` has the
 * deletion time). Fields equal on both sides, and the id, are left out.
 */
export function changesOf(event: Pick<AuditRecord, 'before' | 'after'>): FieldChange[] {
  const before = asObject(event.before);
  const after = asObject(event.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    // The record's id is the event's own recordId.
    .filter((field) => field !== 'id' && !same(before[field], after[field]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** The fields a REVEAL event showed in clear (`after: { fields: [...] }`). */
export function revealedFields(event: Pick<AuditRecord, 'after'>): string[] {
  const fields = asObject(event.after).fields;
  return Array.isArray(fields) ? fields.filter((f): f is string => typeof f === 'string') : [];
}

/** How many records a READ_PII event lists (`recordIds: ["Beneficiary:12", …]`). */
export function shownRecordCount(event: Pick<AuditRecord, 'recordIds'>): number {
  return Array.isArray(event.recordIds) ? event.recordIds.length : 0;
}

/** How a changed value reads: an enum label, a day, a moment, a related record, yes/no, or as it is. */
export type ValueKind =
  | { kind: 'enum'; enumName: string }
  | { kind: 'day' }
  | { kind: 'moment' }
  | { kind: 'boolean' }
  | { kind: 'reference'; resource: string }
  | { kind: 'text' };

/**
 * What kind of value `field` of the API type `typeName` holds, read from the schema: `villageId`
 * names a Region when the type has a `village` relation, `status` an enum, `birthDate` a Date.
 */
export function valueKind(grammar: Grammar, typeName: string | null | undefined, field: string): ValueKind {
  const type = typeName ? grammar.type(typeName) : undefined;
  if (type?.kind !== 'OBJECT') return { kind: 'text' };
  const own = type.fields.find((f) => f.name === field);
  if (field.endsWith('Id') && field.length > 2) {
    const relation = type.fields.find((f) => f.name === field.slice(0, -2));
    const target = relation && grammar.byType.get(namedType(relation.type).name);
    if (target) return { kind: 'reference', resource: target.resource };
  }
  if (!own) return { kind: 'text' };
  const named = namedType(own.type);
  if (grammar.type(named.name)?.kind === 'ENUM') return { kind: 'enum', enumName: named.name };
  if (named.name === 'Date') return { kind: 'day' };
  if (named.name === 'DateTime') return { kind: 'moment' };
  if (named.name === 'Boolean') return { kind: 'boolean' };
  return { kind: 'text' };
}

/** Screens over API types that are no CRUD resource, by type name. */
const SCREENS: Record<string, string> = { ApiToken: 'apiTokens', AuditEvent: 'auditEvents' };

/** The panel resource of an audit event's `entity` (`Beneficiary` → `beneficiaries`), if any. */
export function resourceOfEntity(grammar: Grammar, entity: string | null | undefined): string | undefined {
  if (!entity) return undefined;
  return grammar.byType.get(entity)?.resource ?? SCREENS[entity];
}

const IDENTITY_NUMBER = /^(\d{6})\d{6}(\d{4})$/;
const PHONE = /^\+?\d{7,}$/;

/**
 * Personal data in an audit event, as a role that sees it masked should read it, masked as the
 * API masks it elsewhere: identity numbers `321201******0001`, phones `0812******90`, the rest
 * `***`. The API sends the events' values in clear (a server change is asked for); this only
 * keeps them off the screen.
 */
export function maskPersonal(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return value;
  const text = String(value);
  const id = IDENTITY_NUMBER.exec(text);
  if (id) return `${id[1]}******${id[2]}`;
  if (PHONE.test(text)) return `${text.slice(0, 4)}${'*'.repeat(text.length - 6)}${text.slice(-2)}`;
  return '***';
}

/** Whether a changed field of the event's entity is personal data (NIK, No. KK, phone, address). */
export function isPersonalField(grammar: Grammar, entity: string | null | undefined, field: string): boolean {
  return !!entity && !!grammar.byType.get(entity)?.personalFields.has(field);
}

/** A value as plain text when nothing better applies: lists joined, objects as JSON, nothing as "—". */
export function plainText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(plainText).join(', ') : '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
