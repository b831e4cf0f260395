import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type Request } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config';
import { type Context, createContext } from './context';
import { formatError } from './platform/graphql/errors';
import { aliasLimitRule, depthLimitRule } from './platform/graphql/limits';
import { operationGuardPlugin } from './platform/graphql/operation-guard.plugin';
import { buildAppSchema } from './schema';
import { createServices, type Services } from './services';

export interface KinerjaServer {
  app: Express;
  apollo: ApolloServer<Context>;
  schema: GraphQLSchema;
  services: Services;
  stop(): Promise<void>;
}

function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match)
    throw new GraphQLError('Authorization must be "Bearer <token>"', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  return match[1];
}

/** Apollo on Express: /graphql plus the built dashboard with a single-page-app fallback. */
export async function createServer({
  dataSource,
  config,
}: {
  dataSource: DataSource;
  config: AppConfig;
}): Promise<KinerjaServer> {
  const schema = buildAppSchema();
  const services = createServices(dataSource, config);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    validationRules: [depthLimitRule(), aliasLimitRule()],
    introspection: true,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // No cache hints are set anywhere: the cache-control plugin would only cost time on every field.
    plugins: [operationGuardPlugin(schema), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const token = bearerToken(req);
        let viewer = null;
        if (token) {
          try {
            viewer = await services.auth.viewerFromToken(token);
          } catch (error) {
            throw new GraphQLError((error as Error).message, {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
        }
        return createContext({
          dataSource,
          services,
          viewer,
          clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        });
      },
    }),
  );
  serveDashboard(app, config.dashboardDir);

  return {
    app,
    apollo,
    schema,
    services,
    stop: () => apollo.stop(),
  };
}

function serveDashboard(app: Express, dashboardDir: string) {
  const index = path.join(dashboardDir, 'index.html');
  app.use(express.static(dashboardDir, { index: false, maxAge: '1h' }));
  app.use((req, res, next) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql')) return next();
    if (!fs.existsSync(index)) {
      res
        .status(503)
        .type('text/plain')
        .send(
          'The dashboard is not built yet: run `npm run build:dashboard` (npm start does it for you).',
        );
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
