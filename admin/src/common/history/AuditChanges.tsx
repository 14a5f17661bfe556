import ArrowRightAltIcon from '@mui/icons-material/ArrowRightAlt';
import { Box, Typography } from '@mui/material';
import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import { useMasksPersonalData } from '../../auth/usePilarPermissions.ts';
import { formatDay, formatMoment, useIntlLocale } from '../../i18n/formats.ts';
import { useGrammar } from '../../schema/useGrammar.ts';
import type { AuditRecord } from './auditActions.ts';
import {
  changesOf,
  isPersonalField,
  maskPersonal,
  plainText,
  resourceOfEntity,
  revealedFields,
  shownRecordCount,
  valueKind,
  type FieldChange,
  type ValueKind,
} from './diff.ts';

const EMPTY = '—';

/** A changed value as it reads in the panel: labels for enums, local dates, related records by name. */
function AuditValue({ value, kind }: { value: unknown; kind: ValueKind }) {
  const translate = useTranslate();
  const locale = useIntlLocale();
  if (value === null || value === undefined || value === '') return <>{EMPTY}</>;
  switch (kind.kind) {
    case 'enum':
      return <>{translate(`enums.${kind.enumName}.${String(value)}`, { _: String(value) })}</>;
    case 'day':
      return <>{formatDay(String(value), locale)}</>;
    case 'moment':
      return <>{formatMoment(String(value), locale)}</>;
    case 'boolean':
      return <>{translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}</>;
    case 'reference':
      return (
        <ReferenceField record={{ id: String(value), value: String(value) }} source="value" reference={kind.resource} link={false} empty={`#${String(value)}`} />
      );
    default:
      return <>{plainText(value)}</>;
  }
}

function useFieldLabel(event: Pick<AuditRecord, 'entity'>) {
  const translate = useTranslate();
  const grammar = useGrammar();
  const resource = resourceOfEntity(grammar, event.entity);
  return (field: string) => (resource ? translate(`resources.${resource}.fields.${field}`, { _: field }) : field);
}

/** One field: "label: before → after", or "label: value" for a new record (there was no before). */
function ChangeRow({ change, event, created }: { change: FieldChange; event: Pick<AuditRecord, 'entity'>; created: boolean }) {
  const grammar = useGrammar();
  const label = useFieldLabel(event);
  const kind = valueKind(grammar, event.entity, change.field);
  const masked = useMasksPersonalData() && isPersonalField(grammar, event.entity, change.field);
  const shown = (value: unknown) => (masked ? maskPersonal(value) : value);
  return (
    <Box component="li" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 0.75 }}>
      <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
        {label(change.field)}:
      </Typography>
      {!created && (
        <>
          <Typography component="del" variant="body2" sx={{ color: 'text.secondary' }}>
            <AuditValue value={shown(change.before)} kind={kind} />
          </Typography>
          <ArrowRightAltIcon fontSize="small" sx={{ color: 'text.secondary' }} aria-hidden />
        </>
      )}
      <Typography component="ins" variant="body2" sx={{ textDecoration: 'none' }}>
        <AuditValue value={shown(change.after)} kind={kind} />
      </Typography>
    </Box>
  );
}

export interface AuditChangesProps {
  /** The event; the record in context when not given (a row of a list). */
  event?: AuditRecord;
  /** In a list row: at most a few fields, then how many more. */
  limit?: number;
}

/**
 * What an audit event did, readably: for a change, each field as "label: before → after"; for
 * a reveal, which fields were shown; for a read, how many records' identity numbers were shown.
 */
export function AuditChanges({ event: given, limit }: AuditChangesProps) {
  const fromContext = useRecordContext<AuditRecord>();
  const event = given ?? fromContext;
  const translate = useTranslate();
  const label = useFieldLabel({ entity: event?.entity ?? null });
  if (!event) return null;
  if (event.action === 'REVEAL') {
    return <Typography variant="body2">{translate('pilar.audit.revealed', { fields: revealedFields(event).map(label).join(', ') })}</Typography>;
  }
  if (event.action === 'READ_PII') {
    return <Typography variant="body2">{translate('pilar.audit.shownRecords', { smart_count: shownRecordCount(event) })}</Typography>;
  }
  const changes = changesOf(event);
  if (!changes.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('pilar.audit.noChanges')}
      </Typography>
    );
  }
  const shown = limit ? changes.slice(0, limit) : changes;
  return (
    <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }} aria-label={translate('pilar.audit.changes')}>
      {shown.map((change) => (
        <ChangeRow key={change.field} change={change} event={event} created={event.before === null || event.before === undefined} />
      ))}
      {changes.length > shown.length && (
        <Typography component="li" variant="body2" color="text.secondary">
          +{changes.length - shown.length}
        </Typography>
      )}
    </Box>
  );
}
