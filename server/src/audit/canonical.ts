/**
 * Canonical JSON: object keys sorted at every depth, dates as ISO strings, undefined dropped.
 * PostgreSQL's jsonb reorders keys, so hashes are computed over this form on write and on
 * verification alike.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalize(value));
}

function normalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, normalize((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** The same value as stored in a JSON column (dates as strings, keys sorted). */
export function toJsonValue(value: unknown): unknown {
  return normalize(value);
}
