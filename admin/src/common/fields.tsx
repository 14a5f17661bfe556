import { Tooltip, Typography } from '@mui/material';
import { useFieldValue, useResourceContext, useTranslate, type FieldProps } from 'react-admin';
import { formatDay, formatMoment, formatRupiah, useIntlLocale } from '../i18n/formats.ts';
import { enumOfField } from '../schema/docs.ts';
import { useGrammar } from '../schema/useGrammar.ts';

function Text({ children }: { children: string }) {
  return (
    <Typography component="span" variant="body2">
      {children}
    </Typography>
  );
}

/** A calendar date (birth date, hand-over day) as "21 Mei 2024". */
export function DayField(props: FieldProps) {
  const value = useFieldValue(props) as string | null | undefined;
  return <Text>{formatDay(value, useIntlLocale())}</Text>;
}

/**
 * A birth date, or where the server hides it (masked roles: it is the NIK's middle digits) the
 * birth year it gives instead, or "—".
 */
export function BirthField(props: FieldProps) {
  const date = useFieldValue({ ...props, source: 'birthDate' }) as string | null | undefined;
  const year = useFieldValue({ ...props, source: 'birthYear' }) as number | null | undefined;
  const tag = useIntlLocale();
  return <Text>{date ? formatDay(date, tag) : year ? String(year) : '—'}</Text>;
}

/** A moment (session start) as "21 Mei 2024 pukul 08.00" in the clerk's time zone. */
export function MomentField(props: FieldProps) {
  const value = useFieldValue(props) as string | null | undefined;
  return <Text>{formatMoment(value, useIntlLocale())}</Text>;
}

/** Whole rupiah as "Rp 1.500.000". */
export function RupiahField(props: FieldProps) {
  const value = useFieldValue(props) as number | null | undefined;
  return <Text>{formatRupiah(value, useIntlLocale())}</Text>;
}

/** An enum value by its label, with the API's description of the value as a tooltip. */
export function EnumField(props: FieldProps) {
  const value = useFieldValue(props) as string | null | undefined;
  const resource = useResourceContext(props);
  const grammar = useGrammar();
  const translate = useTranslate();
  const type = resource && props.source ? enumOfField(grammar, resource, props.source) : undefined;
  if (!value) return props.emptyText ? <Text>{props.emptyText}</Text> : null;
  const label = type ? translate(`enums.${type.name}.${value}`, { _: value }) : value;
  const doc = type?.enumValues.find((v) => v.name === value)?.description;
  return doc ? (
    <Tooltip title={doc}>
      <span>
        <Text>{label}</Text>
      </span>
    </Tooltip>
  ) : (
    <Text>{label}</Text>
  );
}
