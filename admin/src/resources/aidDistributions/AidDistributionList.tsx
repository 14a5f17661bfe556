import { DataTable, ReferenceField } from 'react-admin';
import { csvExporter } from '../../common/csvExport.ts';
import { DayField, RupiahField } from '../../common/fields.tsx';
import { dayRangeFilters, districtFilter, searchFilter } from '../../common/filters.tsx';
import { ReferencePicker } from '../../common/inputs.tsx';
import { ResourceList } from '../../common/ResourceList.tsx';
import type { RecordOf } from '../../data/records.ts';

const Col = DataTable.Col<RecordOf<'aidDistributions'>>;

const filters = [
  searchFilter,
  ...dayRangeFilters('aidDistributions', 'distributedOn', true),
  <ReferencePicker key="programId" source="programId" reference="programs" filter={{ kind: 'AID' }} helperText={false} alwaysOn />,
  <ReferencePicker key="aidStandardId" source="aidStandardId" reference="aidStandards" helperText={false} alwaysOn />,
  districtFilter('beneficiary.districtId'),
  <ReferencePicker key="beneficiaryId" source="beneficiaryId" reference="beneficiaries" helperText={false} />,
  <ReferencePicker key="sessionId" source="sessionId" reference="trainingSessions" helperText={false} />,
];

const exporter = csvExporter('aidDistributions', [
  'distributedOn', 'beneficiaryId', 'programId', 'aidStandardId', 'items', 'quantity', 'unit', 'valueRupiah', 'sessionId', 'venueId', 'handedOverById', 'notes',
]);

export default function AidDistributionList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'distributedOn', order: 'DESC' }} exporter={exporter}>
      <DataTable rowClick="show">
        <Col source="distributedOn" field={DayField} />
        <Col source="beneficiaryId">
          <ReferenceField source="beneficiaryId" reference="beneficiaries" link="show" />
        </Col>
        <Col source="programId">
          <ReferenceField source="programId" reference="programs" link={false} />
        </Col>
        <Col source="aidStandardId">
          <ReferenceField source="aidStandardId" reference="aidStandards" link={false} />
        </Col>
        <Col source="items" />
        <Col source="quantity" />
        <Col source="valueRupiah" field={RupiahField} />
      </DataTable>
    </ResourceList>
  );
}
