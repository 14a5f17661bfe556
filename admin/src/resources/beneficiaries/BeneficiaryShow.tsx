import { CreateButton, DataTable, ReferenceField, ReferenceManyField, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { BirthField, DayField, EnumField, RupiahField } from '../../common/fields.tsx';
import { RecordShow } from '../../common/RecordShow.tsx';
import { RevealButton } from '../../common/reveal/RevealButton.tsx';
import { Section } from '../../common/Section.tsx';
import type { RecordOf } from '../../data/records.ts';

const Distribution = DataTable.Col<RecordOf<'aidDistributions'>>;

/** The aid the beneficiary received, newest first, and a way to record more. */
function Distributions() {
  const record = useRecordContext<RecordOf<'beneficiaries'>>();
  return (
    <Section
      title="pilar.sections.beneficiaryDistributions"
      actions={<CreateButton resource="aidDistributions" state={{ record: { beneficiaryId: record?.id } }} />}
    >
      <ReferenceManyField reference="aidDistributions" target="beneficiaryId" sort={{ field: 'distributedOn', order: 'DESC' }} perPage={25}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Distribution source="distributedOn" field={DayField} />
          <Distribution source="programId">
            <ReferenceField source="programId" reference="programs" link={false} />
          </Distribution>
          <Distribution source="aidStandardId">
            <ReferenceField source="aidStandardId" reference="aidStandards" link={false} />
          </Distribution>
          <Distribution source="items" />
          <Distribution source="quantity" />
          <Distribution source="valueRupiah" field={RupiahField} />
        </DataTable>
      </ReferenceManyField>
    </Section>
  );
}

export default function BeneficiaryShow() {
  return (
    <RecordShow actions={<RevealButton />}>
      <SimpleShowLayout>
        <TextField source="nik" />
        <TextField source="kkNumber" />
        <TextField source="name" />
        <EnumField source="gender" />
        <BirthField source="birthDate" />
        <ReferenceField source="villageId" reference="regions" link="show" />
        <TextField source="address" emptyText="—" />
        <TextField source="phone" emptyText="—" />
        <ReferenceField source="aidStandardId" reference="aidStandards" link="show" />
        <EnumField source="status" />
        <ReferenceField source="registeredById" reference="workers" link="show" emptyText="—" />
        <TextField source="notes" emptyText="—" />
      </SimpleShowLayout>
      <Distributions />
    </RecordShow>
  );
}
