// `pnpm audit:verify`: walks the audit trail's hash chain on the database the environment
// names (DATABASE_URL, else PGlite in DATA_DIR). Exits 1 when the chain is broken.
import { openDatabase } from '@pilar/db';
import { verifyAuditTrail } from '../audit/trail.ts';
import { readConfig } from '../config.ts';

const config = readConfig();
const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
const result = await verifyAuditTrail(db.prisma);
await db.close();
console.log(
  result.ok
    ? `Audit trail intact: ${result.checked} events verified.`
    : `Audit trail BROKEN at event ${result.firstBrokenId} (${result.checked} events verified before it).`,
);
process.exit(result.ok ? 0 : 1);
