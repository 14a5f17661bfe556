// `pnpm audit:verify`: walks the audit trail's hash chain on the database the environment
// names (DATABASE_URL, else PGlite in DATA_DIR), holds it to the newest signed checkpoint
// (AUDIT_CHECKPOINT_FILE / AUDIT_CHECKPOINT_KEY, see audit/checkpoints.ts) and, when intact,
// signs a checkpoint of the head it verified. Exits 1 when the trail is broken.
import { openDatabase } from '@pilar/db';
import { checkpointStoreFromEnv } from '../audit/checkpoints.ts';
import { verifyAndCheckpoint, type VerifyResult } from '../audit/trail.ts';
import { readConfig } from '../config.ts';

const config = readConfig();
const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
const store = await checkpointStoreFromEnv(config.dataDir);
const { result, written } = await verifyAndCheckpoint(db.prisma, store);
await db.close();

const against = result.checkpoint ? ` Checkpoint of ${result.checkpoint.at}: event ${result.checkpoint.lastId}, ${result.checkpoint.count} events.` : ' No checkpoint yet.';
const broken: Record<NonNullable<VerifyResult['problem']>, string> = {
  CHAIN_BROKEN: `Audit trail BROKEN at event ${result.firstBrokenId} (${result.checked} events verified before it).`,
  TRUNCATED: `Audit trail TRUNCATED: the newest events were removed (${result.checked} events left).${against}`,
  CHECKPOINT_MISMATCH: `Audit trail REWRITTEN: it no longer matches its newest checkpoint.${against}`,
  BAD_CHECKPOINT: `Checkpoint file ${store.file} line ${result.badCheckpointLine} is not signed with the checkpoint key (forged or damaged).`,
};
console.log(result.problem ? broken[result.problem] : `Audit trail intact: ${result.checked} events verified.${against}`);
if (written) console.log(`Checkpoint written to ${store.file}: event ${written.lastId}, ${written.count} events.`);
process.exit(result.ok ? 0 : 1);
