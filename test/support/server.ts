import type { AddressInfo } from 'node:net';
import { openDatabase } from '@pilar/db';
import { seedDemo, seedReference } from '@pilar/db/seed';
import { createApp } from '../../server/src/app.ts';
import { ensureAdmin } from '../../server/src/auth/bootstrap.ts';
import { createHttpServer } from '../../server/src/http.ts';

/** The administrator every test server starts with, as `pnpm start` creates it. */
export const ADMIN = { username: 'admin', password: 'rahasia-pilar-2024' };

export interface RunningServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  graphqlUrl: string;
  close(): Promise<void>;
}

/**
 * The real product in-process: a fresh in-memory database, migrated and seeded with the demo
 * data and the administrator, served by the product's own HTTP handler on a free port.
 * `adminDir` serves a built admin at `/`.
 */
export async function startServer({ adminDir = null }: { adminDir?: string | null } = {}): Promise<RunningServer> {
  const db = await openDatabase({});
  await seedReference(db.prisma);
  await seedDemo(db.prisma);
  await ensureAdmin(db.prisma, { ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password });
  const server = createHttpServer({ app: createApp({ db, development: false }), adminDir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    graphqlUrl: `${origin}/graphql`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await db.close();
    },
  };
}
