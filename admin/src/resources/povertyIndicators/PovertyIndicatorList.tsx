import { DataTable, NumberField, NumberInput, ReferenceField } from 'react-admin';
import { csvExporter } from '../../common/csvExport.ts';
import { ReferencePicker } from '../../common/inputs.tsx';
import { ResourceList } from '../../common/ResourceList.tsx';
import type { RecordOf } from '../../data/records.ts';
import { useIntlLocale } from '../../i18n/formats.ts';

const Col = DataTable.Col<RecordOf<'povertyIndicators'>>;

const filters = [
  <ReferencePicker key="regionId" source="regionId" reference="regions" helperText={false} alwaysOn />,
  <NumberInput key="year" source="year" helperText={false} alwaysOn />,
];

const exporter = csvExporter('povertyIndicators', ['regionId', 'year', 'ratePercent', 'source']);

export default function PovertyIndicatorList() {
  const locale = useIntlLocale();
  return (
    <ResourceList filters={filters} sort={{ field: 'year', order: 'DESC' }} exporter={exporter}>
      <DataTable rowClick="show">
        <Col source="regionId">
          <ReferenceField source="regionId" reference="regions" link="show" />
        </Col>
        <Col source="year" />
        <Col source="ratePercent">
          <NumberField source="ratePercent" locales={locale} options={{ minimumFractionDigits: 2 }} />
        </Col>
        <Col source="source" />
      </DataTable>
    </ResourceList>
  );
}
