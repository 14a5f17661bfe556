import type { SavedQueryVariable } from '../../generated/graphql.ts';

/** What the run form holds per variable: text as typed (a checkbox-free form keeps it simple). */
export type FormValues = Record<string, string>;

/** How a variable is asked for in the run form. */
export type InputKind = 'select' | 'boolean' | 'int' | 'float' | 'date' | 'datetime' | 'json' | 'text';

type Variable = Pick<SavedQueryVariable, 'name' | 'namedType' | 'kind' | 'list' | 'required' | 'defaultValue' | 'enumValues'>;

/** The input a variable gets: enums as a choice, numbers, dates, input objects as JSON. */
export function inputKind(v: Variable): InputKind {
  if (v.kind === 'INPUT_OBJECT') return 'json';
  if (v.list) return v.kind === 'ENUM' || ['String', 'ID', 'Int', 'Float', 'Date'].includes(v.namedType) ? 'text' : 'json';
  if (v.kind === 'ENUM') return 'select';
  switch (v.namedType) {
    case 'Boolean':
      return 'boolean';
    case 'Int':
      return 'int';
    case 'Float':
      return 'float';
    case 'Date':
      return 'date';
    case 'DateTime':
      return 'datetime';
    case 'String':
    case 'ID':
      return 'text';
    default:
      return 'json';
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO moment as a `datetime-local` input value, in the browser's time zone. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The form's starting values: each variable's default from the document, or empty. */
export function initialValues(variables: readonly Variable[]): FormValues {
  return Object.fromEntries(
    variables.map((v) => {
      const d = v.defaultValue;
      if (d === null || d === undefined) return [v.name, ''];
      const kind = inputKind(v);
      if (kind === 'json') return [v.name, JSON.stringify(d, null, 2)];
      if (Array.isArray(d)) return [v.name, d.join(', ')];
      if (kind === 'datetime') return [v.name, toLocalInput(String(d))];
      return [v.name, String(d)];
    }),
  );
}

/** Message keys (under `pilar.savedQueries.variableErrors`) of values the form cannot send. */
export type VariableError = 'required' | 'int' | 'float' | 'boolean' | 'date' | 'datetime' | 'json' | 'enum';

function scalar(v: Variable, text: string): { value?: unknown; error?: VariableError } {
  if (v.kind === 'ENUM') return v.enumValues?.includes(text) === false ? { error: 'enum' } : { value: text };
  switch (v.namedType) {
    case 'Int':
      return /^-?\d+$/.test(text) ? { value: Number.parseInt(text, 10) } : { error: 'int' };
    case 'Float': {
      // Indonesian writes the decimal comma: 12,5.
      const n = Number(text.replace(',', '.'));
      return text !== '' && Number.isFinite(n) ? { value: n } : { error: 'float' };
    }
    case 'Boolean':
      return text === 'true' || text === 'false' ? { value: text === 'true' } : { error: 'boolean' };
    case 'Date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) ? { value: text } : { error: 'date' };
    case 'DateTime': {
      const d = new Date(text);
      return Number.isNaN(d.getTime()) ? { error: 'datetime' } : { value: d.toISOString() };
    }
    default:
      return { value: text };
  }
}

/**
 * The run's `variables` from the form: typed as the document declares them. An empty optional
 * variable is left out, so the document's default (or null) applies.
 */
export function toVariables(
  variables: readonly Variable[],
  values: FormValues,
): { variables: Record<string, unknown>; errors: Record<string, VariableError> } {
  const out: Record<string, unknown> = {};
  const errors: Record<string, VariableError> = {};
  for (const v of variables) {
    const text = (values[v.name] ?? '').trim();
    if (text === '') {
      if (v.required) errors[v.name] = 'required';
      continue;
    }
    const kind = inputKind(v);
    if (kind === 'json') {
      try {
        out[v.name] = JSON.parse(text);
      } catch {
        errors[v.name] = 'json';
      }
      continue;
    }
    if (v.list) {
      const items = text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean).map((s) => scalar(v, s));
      const failed = items.find((i) => i.error);
      if (failed) errors[v.name] = failed.error!;
      else out[v.name] = items.map((i) => i.value);
      continue;
    }
    const { value, error } = scalar(v, text);
    if (error) errors[v.name] = error;
    else out[v.name] = value;
  }
  return { variables: out, errors };
}
