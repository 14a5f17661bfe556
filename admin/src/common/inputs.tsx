import { useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  DateTimeInput,
  ReferenceInput,
  SelectInput,
  useResourceContext,
  useTranslate,
  type DateTimeInputProps,
  type SelectInputProps,
} from 'react-admin';
import { enumOfField, useFieldHelp } from '../schema/docs.ts';
import { useGrammar } from '../schema/useGrammar.ts';
import { areaFilter, onlyRegion, useWorkArea, type AreaLevel } from './workArea.ts';

/**
 * A choice among an enum's values, read from the API: labels from the translations, and the
 * chosen value's description (e.g. what a TKSK is) as help text.
 */
export function EnumInput(props: Omit<SelectInputProps, 'choices'> & { source: string }) {
  const resource = useResourceContext(props);
  const grammar = useGrammar();
  const translate = useTranslate();
  const help = useFieldHelp(resource);
  const value = useWatch({ name: props.source }) as string | undefined;
  // A filter on a related record's field (`worker.role`) names the resource that has it.
  const field = props.source.split('.').pop() ?? props.source;
  const type = resource ? enumOfField(grammar, resource, field) : undefined;
  const choices = (type?.enumValues ?? []).map((v) => ({ id: v.name, name: translate(`enums.${type?.name}.${v.name}`, { _: v.name }) }));
  const chosen = type?.enumValues.find((v) => v.name === value)?.description;
  return <SelectInput choices={choices} helperText={chosen ?? help(field) ?? false} {...props} />;
}

/** A date and time typed in the clerk's time zone, sent as an ISO instant. */
export function MomentInput(props: DateTimeInputProps) {
  const help = useFieldHelp();
  return (
    <DateTimeInput
      parse={(value: string) => (value ? new Date(value).toISOString() : null)}
      helperText={help(props.source) ?? false}
      {...props}
    />
  );
}

export interface ReferencePickerProps {
  source: string;
  reference: string;
  /** Narrows the choices, e.g. `{ level: 'VILLAGE' }`. */
  filter?: Record<string, unknown>;
  label?: string;
  helperText?: string | false;
  /** As a list filter: always shown (read by react-admin's filter form). */
  alwaysOn?: boolean;
  /**
   * Keeps the choices inside a clerk's work area: regions of that level, or (with `areaPath`)
   * records whose region at that path is (`village` for venues).
   */
  area?: AreaLevel;
  areaPath?: string;
  /** In a form: when the work area leaves one region, it is chosen already. */
  areaDefault?: boolean;
}

/** A related record found by typing part of its name, NIK or code; never an id typed by hand. */
export function ReferencePicker({ source, reference, filter, label, helperText, area, areaPath, areaDefault }: ReferencePickerProps) {
  const help = useFieldHelp();
  const workArea = useWorkArea();
  const inArea = area ? areaFilter(workArea, area) : {};
  const scoped = areaPath ? (area && workArea ? { [areaPath]: inArea } : {}) : inArea;
  const defaultValue = area && areaDefault ? onlyRegion(workArea, area) : undefined;
  return (
    <ReferenceInput source={source} reference={reference} filter={{ ...filter, ...scoped }}>
      <AutocompleteInput label={label} helperText={helperText ?? help(source) ?? false} sx={{ minWidth: 280 }} defaultValue={defaultValue} />
    </ReferenceInput>
  );
}
