import 'reflect-metadata';
import { loadConfig, loadDotEnv } from './config';
import { openDatabase } from './data-source';
import { stopProcess } from './platform/observability/shutdown';
import { createServer } from './server';

async function main() {
  loadDotEnv();
  const config = loadConfig();
  const dataSource = await openDatabase(config.databaseUrl);
  const server = await createServer({ dataSource, config });
  const { logger } = server;
  const http = server.app.listen(config.port, () => {
    logger.info(
      { port: config.port },
      `Kinerja: dashboard http://localhost:${config.port}/  ·  GraphQL http://localhost:${config.port}/graphql`,
    );
  });
  let stopping = false;
  // Stop taking traffic (/readyz says so), answer what is in flight, then close the pool.
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    await stopProcess(
      {
        http,
        logger,
        drain: () => server.readiness.drain(),
        closeAfter: [() => server.stop(), () => dataSource.destroy()],
        timeoutMs: config.shutdownTimeoutMs,
        exit: (code) => process.exit(code),
      },
      signal,
    );
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
