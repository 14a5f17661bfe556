import type { ReactElement } from 'react';
import { DateInput, SearchInput, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ReferencePicker } from './inputs.tsx';

/** The full-text search every list has: matched against the records' main text fields. */
export const searchFilter = <SearchInput key="q" source="q" alwaysOn />;

function RangeLabel({ resource, field, bound }: { resource: string; field: string; bound: 'from' | 'until' }) {
  const translate = useTranslate();
  return <>{translate(`pilar.filters.${bound}`, { field: translate(`resources.${resource}.fields.${field}`) })}</>;
}

/** "<field> from" and "<field> until" day pickers, as `<field>_gte` and `<field>_lte` filters. */
export function dayRangeFilters(resource: string, field: string, alwaysOn = false): ReactElement[] {
  return (['from', 'until'] as const).map((bound) => (
    <DateInput
      key={`${field}_${bound}`}
      source={`${field}_${bound === 'from' ? 'gte' : 'lte'}`}
      label={<RangeLabel resource={resource} field={field} bound={bound} />}
      alwaysOn={alwaysOn}
    />
  ));
}

/**
 * A kecamatan filter on a path to a region (e.g. `districtId` for a beneficiary, `village.parentId`
 * for a venue's village);
 * a clerk is offered the kecamatan of their work area.
 */
export function districtFilter(source: string, alwaysOn = false): ReactElement {
  return (
    <ReferencePicker
      key={source}
      source={source}
      reference="regions"
      filter={{ level: 'DISTRICT' }}
      area="district"
      label="pilar.filters.district"
      helperText={false}
      alwaysOn={alwaysOn}
    />
  );
}

/** Villages, narrowed to the kecamatan chosen in the filter at `districtSource`, if any, and to a clerk's area. */
function VillagePicker({ source, districtSource }: { source: string; districtSource: string; alwaysOn?: boolean }) {
  const district = useWatch({ name: districtSource }) as string | undefined;
  return (
    <ReferencePicker
      source={source}
      reference="regions"
      filter={{ level: 'VILLAGE', ...(district ? { parentId: district } : {}) }}
      area="village"
      label="pilar.filters.village"
      helperText={false}
    />
  );
}

export function villageFilter(source: string, districtSource: string, alwaysOn = false): ReactElement {
  return <VillagePicker key={source} source={source} districtSource={districtSource} alwaysOn={alwaysOn} />;
}
