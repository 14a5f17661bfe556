import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDataDir } from './paths.ts';

/**
 * The 38 province codes of Kemendagri (seed-data/provinces.csv): the valid first two digits of
 * a NIK or No. KK. Read once from the same file the seed uses.
 */
export const provinceNames: ReadonlyMap<string, string> = new Map(
  readFileSync(join(seedDataDir, 'provinces.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [code = '', ...name] = line.split(',');
      return [code.trim(), name.join(',').trim()] as const;
    }),
);
