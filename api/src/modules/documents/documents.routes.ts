import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { type Context, createContext } from '../../platform/graphql/context';
import type { Viewer } from '../../platform/auth/viewer';
import { isDatabaseUnavailable } from '../../platform/database/availability';
import {
  badInput,
  SERVICE_UNAVAILABLE_MESSAGE,
  unauthenticated,
} from '../../platform/graphql/errors';
import { jakartaDate } from '../cycle/utils/periods.util';
import type { RosterExportService } from '../org/roster-export.service';
import { buildRosterTemplate, buildRosterWorkbook } from '../org/roster-workbook';
import type { DocumentKind, DocumentsService, LoadedDocument } from './documents.service';
import { renderPdf } from './pdf-renderer';
import { buildJpRecapWorkbook, buildRecapWorkbook } from './recap-workbook';
import type { AuditService } from '../../platform/audit/audit-query.service';
import { buildAuditLogWorkbook, loadAuditLogExport } from './audit-log-export';
import { buildEvaluationDocument } from './utils/evaluation-document.util';
import { buildOrganizationPredicateDocument } from './utils/organization-predicate-document.util';
import { buildSkpDocument } from './utils/skp-document.util';

export const PDF = 'application/pdf';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
};

/** The same error shape as GraphQL's, with the HTTP status of its code. */
function sendError(res: Response, error: unknown) {
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string') {
    const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
    res
      .status(HTTP_STATUS[error.extensions.code] ?? 500)
      .json({ errors: [{ message: error.message, extensions }] });
    return;
  }
  if (isDatabaseUnavailable(error)) {
    res.status(503).json({
      errors: [
        {
          message: SERVICE_UNAVAILABLE_MESSAGE,
          extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'SERVICE_UNAVAILABLE' },
        },
      ],
    });
    return;
  }
  console.error('[documents] internal error', error);
  res.status(500).json({
    errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
  });
}

function idParam(value: unknown, field: string): number {
  const id = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id < 1)
    throw badInput([{ field, reason: 'INVALID_ID', message: 'must be a positive whole number' }]);
  return id;
}

const queryValue = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * GET /documents/… (PDF) and /exports/… (xlsx), authenticated with the same bearer token as
 * /graphql, checked with the same CASL rules, audited as reads of a personnel document.
 */
export function documentRoutes({
  dataSource,
  documents,
  roster,
  audit,
  viewerOf,
}: {
  dataSource: DataSource;
  documents: DocumentsService;
  roster: RosterExportService;
  audit: AuditService;
  viewerOf: (req: Request) => Promise<Viewer | null>;
}): Router {
  const router = Router();

  const serve =
    <M>(
      kind: DocumentKind,
      contentType: string,
      load: (context: Context, req: Request) => Promise<LoadedDocument<M>>,
      render: (loaded: LoadedDocument<M>) => Promise<Buffer>,
    ) =>
    async (req: Request, res: Response) => {
      try {
        const viewer = await viewerOf(req);
        if (!viewer)
          throw unauthenticated('LOGIN_REQUIRED', 'Send "Authorization: Bearer <token>"');
        const context = createContext({
          dataSource,
          viewer,
          clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        });
        const loaded = await load(context, req);
        const body = await render(loaded);
        await documents.recordRead(context, kind, loaded.audit);
        res
          .status(200)
          .setHeader('Content-Type', contentType)
          .setHeader('Content-Disposition', `attachment; filename="${loaded.fileName}"`)
          .setHeader('Cache-Control', 'no-store')
          .setHeader('Content-Length', String(body.length))
          .end(body);
      } catch (error) {
        sendError(res, error);
      }
    };

  router.get(
    '/documents/skp/:planId.pdf',
    serve(
      'SKP',
      PDF,
      (context, req) => documents.skp(context, idParam(req.params.planId, 'planId')),
      ({ model }) => renderPdf(buildSkpDocument(model)),
    ),
  );
  router.get(
    '/documents/evaluation/:evaluationId.pdf',
    serve(
      'EVALUATION',
      PDF,
      (context, req) =>
        documents.evaluation(context, idParam(req.params.evaluationId, 'evaluationId')),
      ({ model }) => renderPdf(buildEvaluationDocument(model)),
    ),
  );
  router.get(
    '/documents/organization-predicate/:unitId/:cycleId.pdf',
    serve(
      'ORGANIZATION_PREDICATE',
      PDF,
      (context, req) =>
        documents.organizationPredicate(
          context,
          idParam(req.params.unitId, 'unitId'),
          idParam(req.params.cycleId, 'cycleId'),
        ),
      ({ model }) => renderPdf(buildOrganizationPredicateDocument(model)),
    ),
  );
  router.get(
    '/exports/recap.xlsx',
    serve(
      'RECAP',
      XLSX,
      (context, req) =>
        documents.recap(context, {
          cycleId: queryValue(req.query.cycleId),
          unitId: queryValue(req.query.unitId),
          period: queryValue(req.query.period),
        }),
      ({ model }) => buildRecapWorkbook({ ...model, generatedOn: jakartaDate(new Date()) }),
    ),
  );
  router.get(
    '/exports/jp-recap.xlsx',
    serve(
      'JP_RECAP',
      XLSX,
      (context, req) =>
        documents.jpRecap(context, {
          cycleId: queryValue(req.query.cycleId),
          unitId: queryValue(req.query.unitId),
        }),
      ({ model }) => buildJpRecapWorkbook({ ...model, generatedOn: jakartaDate(new Date()) }),
    ),
  );
  // HR's roster: the employees as .xlsx (re-imports unchanged) and the import template.
  router.get(
    '/exports/roster.xlsx',
    serve(
      'ROSTER',
      XLSX,
      (context) => roster.roster(context),
      ({ model }) => buildRosterWorkbook(model),
    ),
  );
  router.get(
    '/exports/roster-template.xlsx',
    serve(
      'ROSTER_TEMPLATE',
      XLSX,
      (context) => roster.template(context),
      ({ model }) => buildRosterTemplate(model),
    ),
  );
  router.get(
    '/exports/audit-log.xlsx',
    serve(
      'AUDIT_LOG',
      XLSX,
      (context, req) => loadAuditLogExport(context, audit, req.query),
      ({ model }) => buildAuditLogWorkbook(model, jakartaDate(new Date())),
    ),
  );
  return router;
}
