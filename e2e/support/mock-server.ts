// Development stand-in with the shape of ./server.ts, backed by dashboard/mock-api/server.cjs.
// Used only by dashboard/mock-api/jest.e2e.config.cjs; `npm run test:browser` uses the real API.
import path from 'node:path';

interface MockServer {
  url: string;
  stop(): Promise<void>;
  employeeNip(): Promise<string>;
}

export async function startTestServer(): Promise<{
  url: string;
  stop(): Promise<void>;
  employeeNip(opts?: unknown): Promise<string>;
}> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startMockServer } = require(
    path.resolve(__dirname, '../../dashboard/mock-api/server.cjs'),
  ) as {
    startMockServer(options: { delayMs?: number }): Promise<MockServer>;
  };
  const server = await startMockServer({ delayMs: Number(process.env.MOCK_DELAY_MS ?? 0) });
  return { url: server.url, stop: () => server.stop(), employeeNip: () => server.employeeNip() };
}
