import type { ReactElement } from 'react';
import { SelectInput, TextInput, useTranslate } from 'react-admin';
import { AUDIT_ACTIONS } from '../../common/history/auditActions.ts';
import { dayRangeFilters } from '../../common/filters.tsx';
import { useGrammar } from '../../schema/useGrammar.ts';
import { useEntityLabel } from './AuditRecordField.tsx';

/** Types the trail records events on besides the CRUD entities. */
const OTHER_ENTITIES = ['ApiToken'];

function ActionFilter(props: { source: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  const choices = AUDIT_ACTIONS.map((action) => ({ id: action, name: translate(`pilar.audit.actions.${action}`) }));
  return <SelectInput {...props} choices={choices} helperText={false} />;
}

function EntityFilter(props: { source: string; alwaysOn?: boolean }) {
  const grammar = useGrammar();
  const label = useEntityLabel();
  const choices = [...grammar.byType.keys(), ...OTHER_ENTITIES]
    .filter((entity) => entity !== 'AuditEvent')
    .map((entity) => ({ id: entity, name: label(entity) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return <SelectInput {...props} choices={choices} helperText={false} />;
}

/** Who (by username), what kind of record, which record, which action, between which days. */
export const auditFilters: ReactElement[] = [
  <TextInput key="actorName" source="actorName_contains" label="pilar.audit.actor" helperText={false} alwaysOn />,
  <EntityFilter key="entity" source="entity" alwaysOn />,
  <TextInput key="recordId" source="recordId" helperText={false} alwaysOn />,
  <ActionFilter key="action" source="action" alwaysOn />,
  ...dayRangeFilters('auditEvents', 'at', true),
];
