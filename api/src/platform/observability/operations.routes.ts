import { timingSafeEqual } from 'node:crypto';
import { Router, type Request } from 'express';
import type { DataSource } from 'typeorm';
import type { Metrics } from './metrics';

export type ReadinessProblem = 'SHUTTING_DOWN' | 'DATABASE_UNREACHABLE' | 'MIGRATIONS_PENDING';

/** Whether this process should get traffic: not draining, database answering, schema current. */
export class Readiness {
  private draining = false;
  // Applied migrations do not un-apply: once current, the check is one `SELECT 1`.
  private migrationsCurrent = false;

  constructor(private readonly dataSource: DataSource) {}

  drain(): void {
    this.draining = true;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  async problem(): Promise<ReadinessProblem | null> {
    if (this.draining) return 'SHUTTING_DOWN';
    try {
      await this.dataSource.query('SELECT 1');
      if (!this.migrationsCurrent)
        this.migrationsCurrent = !(await this.dataSource.showMigrations());
    } catch {
      return 'DATABASE_UNREACHABLE';
    }
    return this.migrationsCurrent ? null : 'MIGRATIONS_PENDING';
  }
}

function bearerMatches(req: Request, secret: string): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * `/healthz` (the process answers), `/readyz` (it should get traffic) and `/metrics`
 * (Prometheus). Metrics say how the office uses the system, so they are off unless an operator
 * sets METRICS_TOKEN, and then need it as a bearer token.
 */
export function operationsRoutes(args: {
  readiness: Readiness;
  metrics: Metrics;
  metricsToken: string | null;
}): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const problem = await args.readiness.problem();
    res.setHeader('Cache-Control', 'no-store');
    if (problem) res.status(503).json({ status: 'unavailable', reason: problem });
    else res.json({ status: 'ready' });
  });
  router.get('/metrics', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (!args.metricsToken) {
      res.status(404).json({ error: 'NOT_FOUND', message: 'Metrics are off: set METRICS_TOKEN' });
      return;
    }
    if (!bearerMatches(req, args.metricsToken)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      res
        .status(401)
        .json({ error: 'UNAUTHENTICATED', message: 'Metrics need their bearer token' });
      return;
    }
    res.type(args.metrics.registry.contentType).send(await args.metrics.registry.metrics());
  });
  return router;
}
