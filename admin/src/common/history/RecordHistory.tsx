import { Typography } from '@mui/material';
import { DataTable, ListBase, Pagination, useListContext, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { entityOf } from '../../data/grammar.ts';
import { useGrammar } from '../../schema/useGrammar.ts';
import { MomentField } from '../fields.tsx';
import type { AuditRecord } from './auditActions.ts';
import { AuditActionField, AuditActorField, AuditWhatField } from './AuditFields.tsx';

const Col = DataTable.Col<AuditRecord>;

function NoHistory() {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
      {translate('pilar.history.empty')}
    </Typography>
  );
}

/** The events, or "no history yet". */
function HistoryTable() {
  const { total, isPending } = useListContext();
  if (!isPending && total === 0) return <NoHistory />;
  return (
    <>
      <DataTable bulkActionButtons={false} rowClick="show" sx={{ '& td': { verticalAlign: 'top' } }}>
        <Col source="at" field={MomentField} disableSort />
        <Col source="actorName" render={() => <AuditActorField />} disableSort />
        <Col source="action" render={() => <AuditActionField />} disableSort />
        <Col label="pilar.audit.changes" render={() => <AuditWhatField />} disableSort />
      </DataTable>
      <Pagination rowsPerPageOptions={[10, 25, 50]} />
    </>
  );
}

/**
 * "Riwayat": the audit events of the record on the page, newest first, ten at a time: who did
 * what and when, each change as "field: before → after", the reason of a reveal, and every
 * response that showed the record's identity numbers in clear (READ_PII events listing it).
 */
export default function RecordHistory() {
  const resource = useResourceContext();
  const record = useRecordContext();
  const grammar = useGrammar();
  if (!resource || !record) return null;
  const entity = entityOf(grammar, resource).type.name;
  const id = String(record.id);
  return (
    <ListBase
      resource="auditEvents"
      filter={{ OR: [{ entity, recordId: id }, { recordIds_has: `${entity}:${id}` }] }}
      sort={{ field: 'at', order: 'DESC' }}
      perPage={10}
      disableSyncWithLocation
      storeKey={false}
    >
      <HistoryTable />
    </ListBase>
  );
}
