import { Typography } from '@mui/material';
import { Labeled, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { MomentField } from '../../common/fields.tsx';
import { AuditChanges } from '../../common/history/AuditChanges.tsx';
import type { AuditRecord } from '../../common/history/auditActions.ts';
import { AuditActionField, AuditActorField } from '../../common/history/AuditFields.tsx';
import { AuditRecordField } from './AuditRecordField.tsx';

const MONO = { fontFamily: 'monospace', wordBreak: 'break-all' } as const;

function ShownRecords() {
  const event = useRecordContext<AuditRecord>();
  const ids: unknown = event?.recordIds;
  if (!Array.isArray(ids) || ids.length === 0) return null;
  return (
    <Labeled source="recordIds">
      <Typography variant="body2" sx={MONO}>
        {ids.join(', ')}
      </Typography>
    </Labeled>
  );
}

function Title() {
  const event = useRecordContext<AuditRecord>();
  const translate = useTranslate();
  return <>{event ? `${translate('resources.auditEvents.name', { smart_count: 1 })} No. ${event.id}` : ''}</>;
}

/** One event in full: what changed, why, and the hashes that chain it to the one before. */
export default function AuditEventShow() {
  return (
    <Show title={<Title />}>
      <SimpleShowLayout>
        <TextField source="id" />
        <MomentField source="at" />
        <Labeled source="actorName">
          <AuditActorField />
        </Labeled>
        <Labeled source="action">
          <AuditActionField />
        </Labeled>
        <Labeled source="entity">
          <AuditRecordField />
        </Labeled>
        <TextField source="reason" emptyText="—" />
        <Labeled label="pilar.audit.changes">
          <AuditChanges />
        </Labeled>
        <ShownRecords />
        <TextField source="requestId" emptyText="—" />
        <TextField source="ip" emptyText="—" />
        <TextField source="prevHash" emptyText="—" sx={MONO} />
        <TextField source="hash" sx={MONO} />
      </SimpleShowLayout>
    </Show>
  );
}
