import { Typography } from '@mui/material';
import type { ReactElement, ReactNode } from 'react';
import {
  CreateButton,
  ExportButton,
  FilterButton,
  List,
  TopToolbar,
  type Exporter,
  type SortPayload,
} from 'react-admin';
import { useResourceHelp } from '../schema/docs.ts';
import { TrashButton } from './trash.tsx';

/** Export the whole filtered list; the data provider pages through the API. */
const EXPORT_ALL = Number.MAX_SAFE_INTEGER;

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      <ExportButton maxResults={EXPORT_ALL} />
      <TrashButton />
    </TopToolbar>
  );
}

/** What the records of the list are, from the API's description of the type. */
function ResourceHelp() {
  const help = useResourceHelp();
  return help ? (
    <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1.5, pb: 0.5 }}>
      {help}
    </Typography>
  ) : null;
}

export interface ResourceListProps {
  filters?: ReactElement[];
  sort?: SortPayload;
  exporter: Exporter;
  children: ReactNode;
}

/** A resource's list as every resource has it: 25 a page, filters, CSV export, the trash. */
export function ResourceList({ filters, sort, exporter, children }: ResourceListProps) {
  return (
    <List perPage={25} filters={filters} sort={sort} exporter={exporter} actions={<ListActions />}>
      <ResourceHelp />
      {children}
    </List>
  );
}
