import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { AuditChanges } from './AuditChanges.tsx';
import { isAuditAction, type AuditRecord } from './auditActions.ts';

/** The action by its label ("Ubah"), or as the API names it when the panel does not know it. */
export function AuditActionField() {
  const event = useRecordContext<AuditRecord>();
  const translate = useTranslate();
  if (!event) return null;
  const label = isAuditAction(event.action) ? translate(`pilar.audit.actions.${event.action}`) : event.action;
  return <Typography variant="body2">{label}</Typography>;
}

/** Who acted, with the role they had then; the system (the seed) has no actor. */
export function AuditActorField() {
  const event = useRecordContext<AuditRecord>();
  const translate = useTranslate();
  if (!event) return null;
  return (
    <Stack>
      <Typography variant="body2">{event.actorName || translate('pilar.audit.system')}</Typography>
      {event.role && (
        <Typography variant="caption" color="text.secondary">
          {translate(`enums.UserRole.${event.role}`, { _: event.role })}
        </Typography>
      )}
    </Stack>
  );
}

/** What changed, and why when the actor gave a reason (a reveal). */
export function AuditWhatField({ limit }: { limit?: number }) {
  const event = useRecordContext<AuditRecord>();
  if (!event) return null;
  return (
    <Stack spacing={0.5}>
      <AuditChanges limit={limit} />
      {event.reason && (
        <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
          “{event.reason}”
        </Typography>
      )}
    </Stack>
  );
}
