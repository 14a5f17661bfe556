import { DataTable, ExportButton, List, TopToolbar } from 'react-admin';
import { MomentField } from '../../common/fields.tsx';
import type { AuditRecord } from '../../common/history/auditActions.ts';
import { AuditActionField, AuditActorField, AuditWhatField } from '../../common/history/AuditFields.tsx';
import { auditFilters } from './auditFilters.tsx';
import { AuditRecordField } from './AuditRecordField.tsx';
import { VerifyChainButton } from './VerifyChainButton.tsx';

const Col = DataTable.Col<AuditRecord>;

function AuditActions() {
  return (
    <TopToolbar>
      <VerifyChainButton />
      <ExportButton />
    </TopToolbar>
  );
}

/** The audit trail, newest first, filtered by actor, kind of record, record, action and days. */
export default function AuditEventList() {
  return (
    <List perPage={25} filters={auditFilters} sort={{ field: 'at', order: 'DESC' }} actions={<AuditActions />}>
      <DataTable bulkActionButtons={false} rowClick="show" sx={{ '& td': { verticalAlign: 'top' } }}>
        <Col source="id" />
        <Col source="at" field={MomentField} />
        <Col source="actorName" render={() => <AuditActorField />} />
        <Col source="action" render={() => <AuditActionField />} />
        <Col source="entity" render={() => <AuditRecordField />} />
        <Col label="pilar.audit.changes" render={() => <AuditWhatField limit={4} />} disableSort />
      </DataTable>
    </List>
  );
}
