import 'reflect-metadata';
import { loadConfig, loadDotEnv } from './config';
import { openDatabase } from './data-source';
import { closeGracefully } from './platform/observability/shutdown';
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
    logger.info({ signal, timeoutMs: config.shutdownTimeoutMs }, 'shutting down');
    server.readiness.drain();
    const clean = await closeGracefully(http, config.shutdownTimeoutMs);
    await server.stop();
    await dataSource.destroy();
    logger.info({ clean }, 'stopped');
    logger.flush();
    process.exit(clean ? 0 : 1);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
