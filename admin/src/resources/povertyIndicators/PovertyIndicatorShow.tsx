import { NumberField, ReferenceField, SimpleShowLayout, TextField } from 'react-admin';
import { RecordShow } from '../../common/RecordShow.tsx';
import { useIntlLocale } from '../../i18n/formats.ts';

export default function PovertyIndicatorShow() {
  const locale = useIntlLocale();
  return (
    <RecordShow>
      <SimpleShowLayout>
        <ReferenceField source="regionId" reference="regions" link="show" />
        <TextField source="year" />
        <NumberField source="ratePercent" locales={locale} options={{ minimumFractionDigits: 2 }} />
        <TextField source="source" />
      </SimpleShowLayout>
    </RecordShow>
  );
}
