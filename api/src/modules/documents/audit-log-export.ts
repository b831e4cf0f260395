import ExcelJS from 'exceljs';
import type { AuditService } from '../../platform/audit/audit-query.service';
import type { AuditLogFilter } from '../../platform/audit/audit-log.inputs';
import type { Context } from '../../platform/graphql/context';
import { forbidden } from '../../platform/graphql/errors';
import { Account } from '../account/account.entity';
import { Employee } from '../org/employee.entity';
import type { LoadedDocument } from './documents.service';
import { addSheet, type ColumnSpec } from './recap-workbook';
import { formatIndonesianDate } from './utils/document-layout.util';

/** One audit row as exported: what the viewer may read of it, nothing more. */
export interface AuditExportRow {
  id: number;
  /** `YYYY-MM-DD HH:mm:ss` on the Asia/Jakarta clock. */
  at: string;
  actorUsername: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string;
  /** The record by name, as the audit log shows it (AuditService.subjectName). */
  subjectName: string | null;
  reason: string | null;
  /** JSON text; undefined when the viewer may not read before/after. */
  before?: string;
  after?: string;
  /** The records the ids in before/after point to, by name ("supervisorId 7: Budi"), with them. */
  references?: string;
}

export interface AuditExportModel {
  rows: AuditExportRow[];
  withDetails: boolean;
  truncated: boolean;
  filter: AuditLogFilter;
}

const FILTER_KEYS = [
  'entity',
  'entityId',
  'actor',
  'actorAccountId',
  'action',
  'from',
  'to',
] as const;
// An xlsx cell holds at most 32 767 characters.
const MAX_CELL = 32_000;

const jakartaTime = (instant: Date) =>
  new Date(instant.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 19).replace('T', ' ');

const jsonCell = (value: unknown) => {
  if (value === null || value === undefined) return '';
  const text = JSON.stringify(value);
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}…` : text;
};

/** The audit filter of an export's query string: the same fields as GraphQL's AuditLogFilter. */
export function auditFilterOfQuery(query: Record<string, unknown>): AuditLogFilter {
  const filter: AuditLogFilter = {};
  for (const key of FILTER_KEYS) {
    const value = query[key];
    if (typeof value === 'string' && value !== '') filter[key] = value;
  }
  return filter;
}

/** The audit rows of an export, with the same rules as `auditLog` (LEADER: no before/after). */
export async function loadAuditLogExport(
  context: Context,
  audit: AuditService,
  query: Record<string, unknown>,
): Promise<LoadedDocument<AuditExportModel>> {
  if (!context.viewer || !context.ability.can('read', 'AuditLog'))
    throw forbidden('AUDIT_LOG_FORBIDDEN', 'Only the Camat and HR may read the audit log');
  const withDetails = ['before', 'after', 'references'].every((field) =>
    context.ability.can('read', 'AuditLog', field),
  );
  const filter = auditFilterOfQuery(query);
  const { rows, truncated } = await audit.all(context, filter);
  const accountIds = [...new Set(rows.flatMap((row) => row.actorAccountId ?? []))].map(Number);
  const accounts = (await context.loaders.byId(Account).loadMany(accountIds)).filter(
    (row): row is Account => row !== null && !(row instanceof Error),
  );
  const employees = (
    await context.loaders
      .byId(Employee)
      .loadMany(accounts.flatMap((account) => account.employeeId ?? []))
  ).filter((row): row is Employee => row !== null && !(row instanceof Error));
  // Asked all at once, so each record type is one read.
  const subjectNames = await Promise.all(rows.map((row) => audit.subjectName(context, row)));
  const references = withDetails
    ? await Promise.all(rows.map((row) => audit.references(context, row)))
    : [];
  const accountById = new Map(accounts.map((account) => [account.id, account]));
  const nameById = new Map(employees.map((employee) => [employee.id, employee.name]));
  const exported: AuditExportRow[] = rows.map((row, index) => {
    const account =
      row.actorAccountId === null ? undefined : accountById.get(Number(row.actorAccountId));
    return {
      id: row.id,
      at: jakartaTime(row.createdAt),
      actorUsername: account?.username ?? null,
      actorName: account?.employeeId ? (nameById.get(account.employeeId) ?? null) : null,
      action: row.action,
      entity: row.entity,
      entityId: row.entityId,
      subjectName: subjectNames[index],
      reason: row.reason,
      ...(withDetails
        ? {
            before: jsonCell(row.before),
            after: jsonCell(row.after),
            references: references[index]
              .map(({ field, recordId, name }) => `${field} ${recordId}: ${name}`)
              .join('; '),
          }
        : {}),
    };
  });
  return {
    model: { rows: exported, withDetails, truncated, filter },
    fileName: 'Jejak_Audit.xlsx',
    audit: {
      entity: 'AuditLog',
      entityId: 'export',
      // The audit snapshot keeps plain values only: the filter as its JSON text.
      details: {
        document: 'AUDIT_LOG',
        filter: JSON.stringify(filter),
        rows: exported.length,
        truncated,
      },
    },
  };
}

const COLUMNS: ColumnSpec[] = [
  { header: 'No', width: 6, numFmt: '0' },
  { header: 'ID', width: 9, numFmt: '0' },
  { header: 'Waktu (WIB)', width: 20 },
  { header: 'Pelaku', width: 22 },
  { header: 'Nama Pelaku', width: 28 },
  { header: 'Aksi', width: 26 },
  { header: 'Jenis Data', width: 18 },
  { header: 'ID Data', width: 12 },
  { header: 'Nama Data', width: 28 },
  { header: 'Alasan', width: 36 },
];
const DETAIL_COLUMNS: ColumnSpec[] = [
  { header: 'Sebelum', width: 50 },
  { header: 'Sesudah', width: 50 },
  { header: 'Rujukan', width: 40 },
];

const filterLine = (filter: AuditLogFilter) => {
  const parts = Object.entries(filter).map(([key, value]) => `${key}=${String(value)}`);
  return parts.length ? `Filter: ${parts.join(', ')}` : 'Filter: semua';
};

/** "Jejak Audit": one row per audit record, newest first, with a title naming the filter. */
export async function buildAuditLogWorkbook(
  model: AuditExportModel,
  generatedOn: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kinerja';
  workbook.created = new Date(`${generatedOn}T00:00:00Z`);
  const title = [
    'JEJAK AUDIT (AUDIT TRAIL)',
    `${filterLine(model.filter)}${model.truncated ? ` — hanya ${model.rows.length} baris terbaru` : ''}`,
    `Dibuat ${formatIndonesianDate(generatedOn)}`,
  ];
  addSheet(
    workbook,
    'Jejak Audit',
    title,
    model.withDetails ? [...COLUMNS, ...DETAIL_COLUMNS] : COLUMNS,
    model.rows.map((row, index) => [
      index + 1,
      row.id,
      row.at,
      row.actorUsername,
      row.actorName,
      row.action,
      row.entity,
      row.entityId,
      row.subjectName,
      row.reason,
      ...(model.withDetails ? [row.before ?? '', row.after ?? '', row.references ?? ''] : []),
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
