import { Link as MuiLink, Stack, Typography } from '@mui/material';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { AuditRecord } from '../../common/history/auditActions.ts';
import { resourceOfEntity } from '../../common/history/diff.ts';
import { useGrammar } from '../../schema/useGrammar.ts';

/** The kind of record an event is about (e.g. "PPKS"), by the panel's name for it. */
export function useEntityLabel(): (entity: string) => string {
  const translate = useTranslate();
  const grammar = useGrammar();
  return (entity) => {
    const resource = resourceOfEntity(grammar, entity);
    return resource ? translate(`resources.${resource}.name`, { smart_count: 1, _: entity }) : entity;
  };
}

/** The record an event is about: its kind, and its id as a link to its page when the user may open it. */
export function AuditRecordField() {
  const event = useRecordContext<AuditRecord>();
  const grammar = useGrammar();
  const entityLabel = useEntityLabel();
  const translate = useTranslate();
  const resource = resourceOfEntity(grammar, event?.entity);
  const { canAccess } = useCanAccess({ resource: resource ?? 'auditEvents', action: 'show' });
  if (!event?.entity) return <Typography variant="body2">—</Typography>;
  const openable = !!resource && grammar.entities.has(resource) && canAccess && !!event.recordId;
  return (
    <Stack>
      <Typography variant="body2">{entityLabel(event.entity)}</Typography>
      {event.recordId &&
        (openable ? (
          <MuiLink
            component={Link}
            to={`/${resource}/${event.recordId}/show`}
            variant="caption"
            onClick={(e) => e.stopPropagation()}
            title={translate('pilar.audit.openRecord')}
          >
            #{event.recordId}
          </MuiLink>
        ) : (
          <Typography variant="caption" color="text.secondary">
            #{event.recordId}
          </Typography>
        ))}
    </Stack>
  );
}
