// Prints the gzipped size of the JavaScript the first page loads, and fails above the budget.
// The first page is index.html's entry chunk with everything it imports statically, plus the
// landing view (the dashboard, loaded lazily) with its own static imports. What the landing view
// loads later by dynamic import (the chart library) is reported on its own line.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 500;
const LANDING_VIEW = 'src/dashboard/Dashboard.tsx';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const html = readFileSync(join(dist, 'index.html'), 'utf8');

/** The chunk files a manifest entry loads: itself and its static imports, transitively. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  if (!seen.has(chunk.file)) {
    seen.add(chunk.file);
    for (const imported of chunk.imports ?? []) closure(imported, seen);
  }
  return seen;
}

const entry = closure('index.html');
for (const file of entry) {
  if (!html.includes(file)) throw new Error(`index.html does not reference ${file}`);
}
const firstPage = closure(LANDING_VIEW, new Set(entry));
const kb = (files) => [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0) / 1024;

const entryKb = kb(entry);
const firstPageKb = kb(firstPage);
console.log(`Entry JS referenced by index.html: ${entry.size} file(s), ${entryKb.toFixed(1)} kB gzipped`);
console.log(`JS loaded on the first page (entry + ${LANDING_VIEW}): ${firstPage.size} file(s), ${firstPageKb.toFixed(1)} kB gzipped (budget ${BUDGET_KB} kB)`);
const later = new Set();
for (const key of manifest[LANDING_VIEW].dynamicImports ?? []) for (const file of closure(key)) if (!firstPage.has(file)) later.add(file);
if (later.size) console.log(`Loaded after it by dynamic import (charts): ${later.size} file(s), ${kb(later).toFixed(1)} kB gzipped`);
if (firstPageKb > BUDGET_KB) {
  console.error(`Over budget by ${(firstPageKb - BUDGET_KB).toFixed(1)} kB`);
  process.exit(1);
}
