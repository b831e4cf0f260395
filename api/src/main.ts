import 'reflect-metadata';
import { loadConfig, loadDotEnv } from './config';
import { openDatabase } from './data-source';
import { createServer } from './server';

async function main() {
  loadDotEnv();
  const config = loadConfig();
  const dataSource = await openDatabase(config.databaseUrl);
  const server = await createServer({ dataSource, config });
  const http = server.app.listen(config.port, () => {
    console.log(
      `Kinerja: dashboard http://localhost:${config.port}/  ·  GraphQL http://localhost:${config.port}/graphql`,
    );
  });
  const shutdown = async () => {
    http.close();
    await server.stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
