import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../api/src/config';
import { openDatabase } from '../../api/src/data-source';
import { createServer } from '../../api/src/server';
import { type DemoPeople, findDemoPeople } from '../../seeds/demo-facts';
import { seedDemo } from '../../seeds/gayungan.seed';

export const DEMO_PASSWORD = 'gayungan2026';

/**
 * The real API on a random port over a fresh, seeded SQLite file, serving the built dashboard
 * (`npm run build:dashboard` first; .ci/run does it).
 */
export async function startTestServer() {
  const config = loadConfig({ NODE_ENV: 'test' });
  if (!fs.existsSync(path.join(config.dashboardDir, 'index.html'))) {
    throw new Error(
      'dashboard/dist is missing: run `npm run build:dashboard` before the browser tests',
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-e2e-'));
  const dataSource = await openDatabase(`sqlite:${path.join(dir, 'e2e.sqlite')}`);
  await seedDemo(dataSource, { password: DEMO_PASSWORD });
  const people: DemoPeople = await findDemoPeople(dataSource);
  const server = await createServer({ dataSource, config });
  const http: Server = server.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => http.once('listening', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    url,
    people,
    dataSource,
    /** A staff member's NIP; with `supervisesOthers` a head of a section instead. */
    async employeeNip(options: { supervisesOthers?: boolean } = {}): Promise<string> {
      return options.supervisesOthers ? people.aKasi.nip : people.aStaffOfThatKasi.nip;
    },
    async stop() {
      await new Promise((resolve) => http.close(resolve));
      await server.stop();
      await dataSource.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
