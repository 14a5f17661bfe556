// `pnpm start` builds the admin only when what it is built from changed since the last build:
// the admin's sources and configuration, its lockfile entries and the server's printed schema
// (the data provider reads it at build time). The fingerprint of the inputs is kept in
// dist/.inputs-sha256; a missing or different one means a full `vite build`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const admin = resolve(fileURLToPath(import.meta.url), '..', '..');
const root = resolve(admin, '..');
const inputs = ['src', 'index.html', 'vite.config.ts', 'api-schema.ts', 'package.json', 'tsconfig.json', '../server/schema.graphql', '../pnpm-lock.yaml'];
const stamp = join(admin, 'dist', '.inputs-sha256');

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
}

const hash = createHash('sha256');
for (const file of inputs.flatMap((input) => files(join(admin, input)))) {
  hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
}
const fingerprint = hash.digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === fingerprint && existsSync(join(admin, 'dist', 'index.html'))) {
  console.log('admin: up to date (sources unchanged since the last build)');
} else {
  execFileSync('pnpm', ['run', 'build'], { cwd: admin, stdio: 'inherit' });
  writeFileSync(stamp, `${fingerprint}\n`);
}
