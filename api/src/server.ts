import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import compression from 'compression';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import { composeApplication, type Services } from './composition';
import type { AppConfig } from './config';
import { compiledExecution } from './platform/graphql/compiled-execution';
import { type Context, createContext } from './platform/graphql/context';
import { isDatabaseUnavailable } from './platform/database/availability';
import {
  formatError,
  HTTP_401,
  serviceUnavailable,
  serviceUnavailableStatusPlugin,
  unauthenticated,
} from './platform/graphql/errors';
import { aliasLimitRule, depthLimitRule } from './platform/graphql/limits';
import { documentRoutes } from './modules/documents/documents.routes';
import { serveDashboard } from './platform/http/dashboard-assets';
import { graphqlMiddleware } from './platform/http/graphql-middleware';
import { operationGuardPlugin } from './platform/graphql/operation-guard.plugin';
import { idempotencyPlugin, idempotencyScoped } from './platform/idempotency/idempotency.plugin';
import { createLogger, type Logger } from './platform/observability/logger';
import { Metrics } from './platform/observability/metrics';
import { operationsRoutes, Readiness } from './platform/observability/operations.routes';
import { noteOperation, requestLog } from './platform/observability/request-log';

const MAX_BODY = '2mb';

export interface KinerjaServer {
  app: Express;
  apollo: ApolloServer<Context>;
  schema: GraphQLSchema;
  services: Services;
  logger: Logger;
  metrics: Metrics;
  readiness: Readiness;
  stop(): Promise<void>;
}

function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match)
    throw unauthenticated('INVALID_TOKEN', 'Authorization must be "Bearer <token>"', HTTP_401);
  return match[1];
}

/**
 * The viewer of a token: a bad token is a 401 (from the auth service); an unreachable database is
 * a 503 here, since a failing context never reaches formatError's own mapping (the session stays).
 */
async function viewerOfRequest(services: Services, req: Request) {
  const token = bearerToken(req);
  if (!token) return null;
  try {
    return await services.auth.viewerFromToken(token);
  } catch (error) {
    throw isDatabaseUnavailable(error) ? serviceUnavailable() : error;
  }
}

// Content-Security-Policy for the dashboard: only its own scripts, no inline script, no framing.
// Inline style attributes stay allowed: React and the chart library set them.
const SECURITY_HEADERS = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  referrerPolicy: { policy: 'no-referrer' },
  frameguard: { action: 'deny' },
  // HTTPS is the reverse proxy's business; HSTS over plain-HTTP development would only mislead.
  strictTransportSecurity: false,
});

/**
 * Requests the body parser refused (malformed JSON, too large, bad compression): a JSON GraphQL
 * error with the parser's 4xx status, never Express's HTML page with a stack trace.
 */
const requestErrorHandler = (logger: Logger) =>
  function requestErrorHandler(
    error: { status?: number; statusCode?: number; type?: string },
    _req: Request,
    res: Response,
    next: NextFunction,
  ) {
    if (res.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    const clientError = status >= 400 && status < 500;
    if (!clientError) logger.error({ err: error }, 'unhandled HTTP error');
    const message = clientError
      ? (REQUEST_ERROR_MESSAGES[error.type ?? ''] ?? 'The request could not be read')
      : 'Internal server error';
    res
      .status(clientError ? status : 500)
      .type('application/json')
      .json({
        errors: [
          { message, extensions: { code: clientError ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } },
        ],
      });
  };

const REQUEST_ERROR_MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON',
  'entity.too.large': `The request body is larger than ${MAX_BODY}`,
  'encoding.unsupported': 'The request body uses an unsupported content encoding',
  'charset.unsupported': 'The request body uses an unsupported character set',
  'request.size.invalid': 'The request body is shorter than its declared length',
  'request.aborted': 'The request was aborted',
};

/** Apollo on Express: /graphql plus the built dashboard with a single-page-app fallback. */
export async function createServer({
  dataSource,
  config,
  logger = createLogger(config.logLevel),
  plugins = [],
}: {
  dataSource: DataSource;
  config: AppConfig;
  /** Tests pass one that writes where they can read it. */
  logger?: Logger;
  /** Run after the server's own (the bench's timeline marks where execution starts and ends). */
  plugins?: ApolloServerPlugin<Context>[];
}): Promise<KinerjaServer> {
  const { services, schema } = composeApplication(dataSource, config);
  const metrics = new Metrics(dataSource);
  const readiness = new Readiness(dataSource);
  const apollo = new ApolloServer<Context>({
    // The schema, its operations compiled once each (compiled-execution.ts).
    gateway: compiledExecution(schema),
    formatError,
    validationRules: [depthLimitRule(), aliasLimitRule()],
    introspection: true,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGTERM/SIGINT (drain, answer, close the pool, exit). Apollo's own handler would
    // stop it first and re-raise the signal, and the stop main.ts then awaits never settled.
    stopOnTerminationSignals: false,
    // No cache hints are set anywhere: the cache-control plugin would only cost time on every field.
    plugins: [
      operationGuardPlugin(schema),
      serviceUnavailableStatusPlugin,
      metrics.plugin(),
      idempotencyPlugin(dataSource, logger),
      ApolloServerPluginCacheControlDisabled(),
      ...plugins,
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(SECURITY_HEADERS);
  app.use(requestLog(logger, metrics));
  // While draining, every answer closes its connection so that the server can close.
  app.use((_req, res, next) => {
    if (readiness.isDraining) res.setHeader('Connection', 'close');
    next();
  });
  app.use(operationsRoutes({ readiness, metrics, metricsToken: config.metricsToken }));
  app.use(compression());
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    // Each request's Idempotency-Key lives in a scope its transactions can see (after the body
    // parser, whose stream callbacks would run outside it), open until its answer is sent. Only
    // requests that carry one need it: while any scope is open, every promise of the process pays
    // for AsyncLocalStorage's hook.
    idempotencyScoped(
      graphqlMiddleware(apollo, async ({ req, res }) => {
        const viewer = await viewerOfRequest(services, req);
        noteOperation(
          res,
          (req.body as { operationName?: unknown } | undefined)?.operationName,
          viewer?.accountId,
        );
        return createContext({
          dataSource,
          viewer,
          clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        });
      }),
    ),
  );
  // PDFs and xlsx recaps: the same bearer token and CASL rules as /graphql.
  app.use(
    documentRoutes({
      dataSource,
      documents: services.documents,
      roster: services.rosterExport,
      audit: services.audit,
      viewerOf: (req) => viewerOfRequest(services, req),
    }),
  );
  serveDashboard(app, { dashboardDir: config.dashboardDir, production: config.production });
  app.use(requestErrorHandler(logger));

  return {
    app,
    apollo,
    schema,
    services,
    logger,
    metrics,
    readiness,
    stop: async () => {
      await apollo.stop();
      metrics.close();
    },
  };
}
