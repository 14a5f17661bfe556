import { Kind } from 'graphql';
import { JSONResolver } from 'graphql-scalars';
import { builder } from '../builder.ts';
import { userError } from './errors.ts';
import { messages } from './messages.ts';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;


/** Parses `YYYY-MM-DD` as midnight UTC, rejecting impossible dates such as 2024-02-30. */
export function parseDateOnly(value: string): Date | null {
  const m = DATE_ONLY.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCDate() === Number(m[3]) && date.getUTCMonth() === Number(m[2]) - 1 ? date : null;
}

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') throw userError('BAD_USER_INPUT', messages.badDateTime(value));
  const dateOnly = parseDateOnly(value);
  if (dateOnly) return dateOnly;
  const date = DATE_TIME.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw userError('BAD_USER_INPUT', messages.badDateTime(value));
  }
  return date;
}

function parseDate(value: unknown): Date {
  const date = typeof value === 'string' ? parseDateOnly(value) : null;
  if (!date) throw userError('BAD_USER_INPUT', messages.badDate(value));
  return date;
}

function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

builder.scalarType('DateTime', {
  description: 'A moment in time, ISO 8601 (e.g. 2024-05-21T01:00:00.000Z). A plain date is read as midnight UTC.',
  serialize: (value) => toDate(value).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD (e.g. 2024-05-21).',
  serialize: (value) => toDate(value).toISOString().slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.addScalarType('JSON', JSONResolver);
