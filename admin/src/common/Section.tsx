import { Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** A titled part of a record's page, such as a session's roster or a region's children. */
export function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ px: 2, pb: 2 }} aria-label={translate(title)}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mt: 2, mb: 1 }}>
        <Typography variant="h6" component="h2">
          {translate(title)}
        </Typography>
        {actions}
      </Stack>
      {children}
    </Box>
  );
}
