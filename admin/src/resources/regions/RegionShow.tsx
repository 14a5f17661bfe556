import { DataTable, Pagination, ReferenceField, ReferenceManyField, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../../common/fields.tsx';
import { RecordShow } from '../../common/RecordShow.tsx';
import { Section } from '../../common/Section.tsx';
import type { RecordOf } from '../../data/records.ts';

const Child = DataTable.Col<RecordOf<'regions'>>;

/** The regions one level down: a kabupaten's kecamatan, a kecamatan's desa and kelurahan. */
function Children() {
  return (
    <Section title="pilar.sections.regionChildren">
      <ReferenceManyField reference="regions" target="parentId" sort={{ field: 'code', order: 'ASC' }} perPage={50} pagination={<Pagination />}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Child source="code" />
          <Child source="name" />
          <Child source="level" field={EnumField} />
          <Child source="villageKind" field={EnumField} />
          <Child source="childrenCount" disableSort />
          <Child source="beneficiariesCount" disableSort />
          <Child source="workersCount" disableSort />
        </DataTable>
      </ReferenceManyField>
    </Section>
  );
}

export default function RegionShow() {
  return (
    <RecordShow>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        <EnumField source="level" />
        <ReferenceField source="parentId" reference="regions" link="show" emptyText="—" />
        <EnumField source="villageKind" emptyText="—" />
        <ReferenceField source="districtGroupId" reference="districtGroups" link="show" emptyText="—" />
      </SimpleShowLayout>
      <Children />
    </RecordShow>
  );
}
