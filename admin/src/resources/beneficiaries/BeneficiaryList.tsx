import { DataTable, ReferenceField } from 'react-admin';
import { useMasksPersonalData } from '../../auth/usePilarPermissions.ts';
import { csvExporter } from '../../common/csvExport.ts';
import { BirthField, EnumField } from '../../common/fields.tsx';
import { districtFilter, searchFilter, villageFilter } from '../../common/filters.tsx';
import { EnumInput, ReferencePicker } from '../../common/inputs.tsx';
import { ResourceList } from '../../common/ResourceList.tsx';
import type { RecordOf } from '../../data/records.ts';

const Col = DataTable.Col<RecordOf<'beneficiaries'>>;

const filters = [
  searchFilter,
  districtFilter('districtId', true),
  villageFilter('villageId', 'districtId', true),
  <ReferencePicker key="aidStandardId" source="aidStandardId" reference="aidStandards" helperText={false} />,
  <EnumInput key="status" source="status" helperText={false} />,
  <EnumInput key="gender" source="gender" helperText={false} />,
];

const exporter = csvExporter('beneficiaries', [
  'nik', 'kkNumber', 'name', 'gender', 'birthDate', 'villageId', 'address', 'phone', 'aidStandardId', 'status', 'registeredById', 'notes', 'createdAt',
]);

export default function BeneficiaryList() {
  // Sorting by a masked NIK is refused by the server: it would tell the value.
  const masked = useMasksPersonalData();
  return (
    <ResourceList filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={exporter}>
      <DataTable rowClick="show">
        <Col source="nik" disableSort={masked} />
        <Col source="name" />
        <Col source="gender" field={EnumField} />
        <Col source="birthDate" field={BirthField} disableSort={masked} />
        <Col source="villageId">
          <ReferenceField source="villageId" reference="regions" link="show" />
        </Col>
        <Col source="aidStandardId">
          <ReferenceField source="aidStandardId" reference="aidStandards" link={false} />
        </Col>
        <Col source="status" field={EnumField} />
        <Col source="distributionsCount" disableSort />
      </DataTable>
    </ResourceList>
  );
}
