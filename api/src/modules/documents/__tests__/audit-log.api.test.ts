import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { DRIVERS } from '../../../testing/databases';
import { FIXTURE_PASSWORD } from '../../../testing/fixtures';
import { codesOf } from '../../../testing/graphql-client';
import { useSmallOrg } from '../../../testing/suite';
import { Account } from '../../account/account.entity';

jest.setTimeout(60_000);

const LIST = `query ($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id action entity entityId actorAccountId actorUsername actorName reason createdAt } }
  }
}`;
const DETAILS = `query ($filter: AuditLogFilter) {
  auditLog(filter: $filter) { edges { node { id before after } } }
}`;

interface Node {
  id: string;
  action: string;
  entity: string;
  entityId: string;
  actorUsername: string | null;
  actorName: string | null;
  reason: string | null;
  createdAt: string;
}

describe.each(DRIVERS)('the audit trail on %s', (kind) => {
  const t = useSmallOrg(kind);
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  let http: Server;
  let base: string;

  beforeAll(async () => {
    const accounts = t.db.dataSource.getRepository(Account);
    const admin = await accounts.findOneByOrFail({ username: 'admin' });
    const camat = await accounts.findOneByOrFail({ username: 'camat' });
    const insert = async (
      name: string,
      row: Omit<Partial<AuditLog>, 'before' | 'after'> & { before?: object; after?: object },
    ) => {
      const inserted = await t.db.dataSource.getRepository(AuditLog).insert(row);
      ids[name] = String(inserted.identifiers[0].id);
    };
    // Times in UTC; the comments give the Jakarta day (UTC+7).
    await insert('seed', {
      actorAccountId: null,
      action: 'demo.seed',
      entity: 'Kecamatan',
      entityId: '1',
      createdAt: new Date('2026-02-28T16:59:00Z'), // 28 Feb, 23:59
    });
    await insert('update5', {
      actorAccountId: admin.id,
      action: 'employee.update',
      entity: 'Employee',
      entityId: '5',
      before: {
        name: 'Lama',
        passwordHash: '$argon2id$secret',
        supervisorId: t.org.people.kasiA.id,
      },
      after: { name: 'Baru', oneTimePassword: 'abc', supervisorId: t.org.people.camat.id },
      createdAt: new Date('2026-03-01T02:00:00Z'), // 1 Mar, 09:00
    });
    await insert('status', {
      actorAccountId: camat.id,
      action: 'cycle.setStatus',
      entity: 'Cycle',
      entityId: '1',
      before: { status: 'ACTIVE' },
      after: { status: 'CALIBRATION' },
      reason: 'Akhir tahun',
      createdAt: new Date('2026-03-01T18:00:00Z'), // 2 Mar, 01:00
    });
    await insert('create6', {
      actorAccountId: admin.id,
      action: 'employee.create',
      entity: 'Employee',
      entityId: '6',
      after: { name: 'Pegawai Baru' },
      createdAt: new Date('2026-03-05T10:00:00Z'), // 5 Mar
    });
    http = t.client.server.app.listen(0);
    await new Promise((resolve) => http.once('listening', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    for (const username of ['admin', 'camat', 'analis', t.org.people.staffA1.nip]) {
      tokens[username] = (
        await t.client.server.services.auth.login(username, FIXTURE_PASSWORD, '127.0.0.1')
      ).token;
    }
  }, 60_000);
  afterAll(() => new Promise((resolve) => http.close(resolve)));

  const list = async (filter: Record<string, unknown>, viewer = 'admin') => {
    const result = await t.client.as(viewer, LIST, { filter });
    expect(result.errors).toBeUndefined();
    return (result.data?.auditLog.edges as { node: Node }[]).map((edge) => edge.node.id);
  };

  it.each([
    ['actor by username', { actor: 'admin' }, ['create6', 'update5']],
    ['actor by account id', { entity: 'Cycle', actorAccountId: 'CAMAT' }, ['status']],
    ['entity type', { entity: 'Employee' }, ['create6', 'update5']],
    ['entity and id', { entity: 'Employee', entityId: '5' }, ['update5']],
    ['action', { action: 'employee.create' }, ['create6']],
    ['one Jakarta day', { from: '2026-03-01', to: '2026-03-01' }, ['update5']],
    ['from a day on', { from: '2026-03-02', to: '2026-03-31' }, ['create6', 'status']],
    ['up to a day', { to: '2026-02-28' }, ['seed']],
    ['actor and dates together', { actor: 'admin', from: '2026-03-02' }, ['create6']],
  ])('filters by %s, exactly', async (_case, filter, expected) => {
    const camat = await t.db.dataSource
      .getRepository(Account)
      .findOneByOrFail({ username: 'camat' });
    const resolved = Object.fromEntries(
      Object.entries(filter).map(([key, value]) => [
        key,
        value === 'CAMAT' ? String(camat.id) : value,
      ]),
    );
    expect(await list(resolved)).toEqual(expected.map((name) => ids[name]));
  });

  it('finds the Camat’s changes by his NIP too, and names the actor', async () => {
    const result = await t.client.as('admin', LIST, {
      filter: { actor: t.org.people.camat.nip, entity: 'Cycle' },
    });
    expect(result.data?.auditLog.edges).toEqual([
      {
        node: expect.objectContaining({
          id: ids.status,
          actorUsername: 'camat',
          actorName: t.org.people.camat.name,
          reason: 'Akhir tahun',
        }),
      },
    ]);
    const system = await t.client.as('admin', LIST, { filter: { action: 'demo.seed' } });
    expect(system.data?.auditLog.edges[0].node).toMatchObject({
      actorUsername: null,
      actorName: null,
    });
  });

  it('pages newest first through a connection', async () => {
    const first = await t.client.as('admin', LIST, {
      filter: { from: '2026-02-01', to: '2026-03-31' },
      first: 3,
    });
    expect(first.data?.auditLog.totalCount).toBe(4);
    expect(first.data?.auditLog.pageInfo.hasNextPage).toBe(true);
    const second = await t.client.as('admin', LIST, {
      filter: { from: '2026-02-01', to: '2026-03-31' },
      first: 3,
      after: first.data?.auditLog.pageInfo.endCursor,
    });
    expect(
      [...first.data!.auditLog.edges, ...second.data!.auditLog.edges].map(
        (edge: { node: Node }) => edge.node.id,
      ),
    ).toEqual(['create6', 'status', 'update5', 'seed'].map((name) => ids[name]));
  });

  it('refuses bad dates naming the field, and reads nothing', async () => {
    const bad = await t.client.as('admin', LIST, { filter: { from: '2026-13-01' } });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0].extensions?.fields).toEqual([
      { field: 'filter.from', reason: 'INVALID_DATE', message: 'must be a date as YYYY-MM-DD' },
    ]);
    const reversed = await t.client.as('admin', LIST, {
      filter: { from: '2026-03-02', to: '2026-03-01' },
    });
    expect(
      (reversed.errors?.[0].extensions?.fields as { field: string; reason: string }[]).map((f) => [
        f.field,
        f.reason,
      ]),
    ).toEqual([['filter.to', 'DATE_BEFORE_START']]);
  });

  it('shows HR the before and after without secrets, the Camat neither, others nothing', async () => {
    const hr = await t.client.as('admin', DETAILS, {
      filter: { entity: 'Employee', entityId: '5' },
    });
    expect(hr.errors).toBeUndefined();
    expect(hr.data?.auditLog.edges[0].node).toEqual({
      id: ids.update5,
      before: { name: 'Lama', supervisorId: t.org.people.kasiA.id },
      after: { name: 'Baru', supervisorId: t.org.people.camat.id },
    });
    const leader = await t.client.as('camat', DETAILS, {
      filter: { entity: 'Employee', entityId: '5' },
    });
    expect(leader.data?.auditLog.edges[0].node).toEqual({
      id: ids.update5,
      before: null,
      after: null,
    });
    expect(codesOf(leader)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(await list({ entity: 'Employee' }, 'camat')).toEqual([ids.create6, ids.update5]);
    for (const viewer of ['analis', t.org.people.staffA1.nip, t.org.people.kasiA.nip]) {
      const refused = await t.client.as(viewer, LIST, {});
      expect(codesOf(refused)).toEqual(['FORBIDDEN']);
      expect(refused.errors?.[0].extensions?.reason).toBe('AUDIT_LOG_FORBIDDEN');
    }
  });

  const get = (url: string, username?: string) =>
    fetch(`${base}${url}`, {
      headers: username ? { authorization: `Bearer ${tokens[username]}` } : {},
    });

  async function readSheet(body: Buffer) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as never);
    const sheet = workbook.getWorksheet('Jejak Audit')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row, number) => {
      if (number > 4) rows.push((row.values as unknown[]).slice(1));
    });
    return { sheet, rows };
  }

  const jakarta = (iso: string) =>
    new Date(Date.parse(iso) + 7 * 3600 * 1000).toISOString().slice(0, 19).replace('T', ' ');

  it('exports the same rows as the GraphQL page, row by row, and audits the export', async () => {
    const filter = { from: '2026-02-01', to: '2026-03-31' };
    const page = await t.client.as(
      'admin',
      `query ($filter: AuditLogFilter) {
      auditLog(filter: $filter) { edges { node { id action entity entityId subjectName actorUsername actorName reason createdAt before after references { field recordId name } } } }
    }`,
      { filter },
    );
    const before = await t.db.dataSource
      .getRepository(AuditLog)
      .countBy({ action: 'document.read', entity: 'AuditLog' });
    const response = await get(`/exports/audit-log.xlsx?${new URLSearchParams(filter)}`, 'admin');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const { sheet, rows } = await readSheet(Buffer.from(await response.arrayBuffer()));
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'No',
      'ID',
      'Waktu (WIB)',
      'Pelaku',
      'Nama Pelaku',
      'Aksi',
      'Jenis Data',
      'ID Data',
      'Nama Data',
      'Alasan',
      'Sebelum',
      'Sesudah',
      'Rujukan',
    ]);
    const cell = (value: unknown) => (value === undefined || value === '' ? null : value);
    type Reference = { field: string; recordId: string; name: string };
    const edges = page.data?.auditLog.edges as {
      node: Node & {
        subjectName: string | null;
        before: unknown;
        after: unknown;
        references: Reference[];
      };
    }[];
    // The supervisor before and after, by name, in the export as in the page.
    expect(edges.find(({ node }) => node.id === ids.update5)?.node.references).toEqual([
      {
        field: 'supervisorId',
        recordId: String(t.org.people.kasiA.id),
        name: t.org.people.kasiA.name,
      },
      {
        field: 'supervisorId',
        recordId: String(t.org.people.camat.id),
        name: t.org.people.camat.name,
      },
    ]);
    expect(rows.map((row) => Array.from({ length: 13 }, (_, i) => cell(row[i])))).toEqual(
      edges.map(({ node }, index) => [
        index + 1,
        Number(node.id),
        jakarta(node.createdAt),
        node.actorUsername,
        node.actorName,
        node.action,
        node.entity,
        node.entityId,
        node.subjectName,
        node.reason,
        node.before === null ? null : JSON.stringify(node.before),
        node.after === null ? null : JSON.stringify(node.after),
        cell(
          node.references
            .map(({ field, recordId, name }) => `${field} ${recordId}: ${name}`)
            .join('; '),
        ),
      ]),
    );
    expect(JSON.stringify(rows)).not.toContain('argon2');
    const reads = await t.db.dataSource
      .getRepository(AuditLog)
      .find({ where: { action: 'document.read', entity: 'AuditLog' }, order: { id: 'DESC' } });
    expect(reads.length).toBe(before + 1);
    expect(reads[0].after).toMatchObject({
      kind: 'AUDIT_LOG',
      rows: 4,
      filter: JSON.stringify(filter),
    });
  });

  it('gives the Camat the export without before/after, and refuses analysts, employees and strangers', async () => {
    const camat = await get('/exports/audit-log.xlsx?entity=Employee', 'camat');
    expect(camat.status).toBe(200);
    const { sheet, rows } = await readSheet(Buffer.from(await camat.arrayBuffer()));
    expect((sheet.getRow(4).values as unknown[]).slice(-3)).toEqual([
      'ID Data',
      'Nama Data',
      'Alasan',
    ]);
    expect(rows.map((row) => row[1])).toEqual([Number(ids.create6), Number(ids.update5)]);
    for (const viewer of ['analis', t.org.people.staffA1.nip]) {
      const refused = await get('/exports/audit-log.xlsx', viewer);
      expect(refused.status).toBe(403);
      expect(
        ((await refused.json()) as { errors: { extensions: object }[] }).errors[0].extensions,
      ).toMatchObject({ code: 'FORBIDDEN', reason: 'AUDIT_LOG_FORBIDDEN' });
    }
    expect((await get('/exports/audit-log.xlsx')).status).toBe(401);
    const bad = await get('/exports/audit-log.xlsx?from=2026-13-01', 'admin');
    expect(bad.status).toBe(400);
  });
});
