import VisibilityIcon from '@mui/icons-material/Visibility';
import { lazy, Suspense, useState } from 'react';
import { Button, useRecordContext, useResourceContext } from 'react-admin';
import { useCan } from '../../auth/usePilarPermissions.ts';
import { entityOf } from '../../data/grammar.ts';
import { useGrammar } from '../../schema/useGrammar.ts';
import { isMasked } from './revealOperation.ts';

const RevealDialog = lazy(() => import('./RevealDialog.tsx'));

/**
 * "Tampilkan data pribadi": for roles that may reveal (ADMIN, AUDITOR) and only when the record's
 * personal data is masked. The dialog asks for a reason and shows the clear values of this one
 * record; closing it forgets them.
 */
export function RevealButton() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const grammar = useGrammar();
  const canReveal = useCan('reveal');
  const [open, setOpen] = useState(false);
  if (!record || !resource || !canReveal) return null;
  const personal = [...entityOf(grammar, resource).personalFields];
  if (!personal.some((field) => isMasked(record[field]))) return null;
  return (
    <>
      <Button label="pilar.reveal.button" onClick={() => setOpen(true)}>
        <VisibilityIcon />
      </Button>
      {open && (
        <Suspense fallback={null}>
          <RevealDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
