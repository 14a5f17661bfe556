import { Typography } from '@mui/material';
import { DataTable, Pagination, ReferenceManyField, useResourceContext, useTranslate } from 'react-admin';
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

/**
 * "Riwayat": the audit events of the record on the page, newest first, ten at a time: who did
 * what and when, each change as "field: before → after", and the reason of a reveal.
 */
export default function RecordHistory() {
  const resource = useResourceContext();
  const grammar = useGrammar();
  if (!resource) return null;
  const entity = entityOf(grammar, resource).type.name;
  return (
    <ReferenceManyField
      reference="auditEvents"
      target="recordId"
      filter={{ entity }}
      sort={{ field: 'at', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
      empty={<NoHistory />}
    >
      <DataTable bulkActionButtons={false} rowClick="show" sx={{ '& td': { verticalAlign: 'top' } }}>
        <Col source="at" field={MomentField} disableSort />
        <Col source="actorName" render={() => <AuditActorField />} disableSort />
        <Col source="action" render={() => <AuditActionField />} disableSort />
        <Col label="pilar.audit.changes" render={() => <AuditWhatField />} disableSort />
      </DataTable>
    </ReferenceManyField>
  );
}
