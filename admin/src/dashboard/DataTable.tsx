import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { formatCell, type TableData } from './table.ts';

/** A table of figures in the UI's formats; numbers right-aligned. */
export function DataTable({ table, tag, label }: { table: TableData; tag: string; label?: string }) {
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          {table.columns.map((c) => (
            <TableCell key={c.key} align={c.kind === 'text' ? 'left' : 'right'}>
              {c.label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {table.rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a figures table's rows have no identity but their place.
          <TableRow key={i}>
            {table.columns.map((c) => (
              <TableCell key={c.key} align={c.kind === 'text' ? 'left' : 'right'}>
                {formatCell(row[c.key] ?? null, c.kind, tag)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
