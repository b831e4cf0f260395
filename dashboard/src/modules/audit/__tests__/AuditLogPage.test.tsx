import type { MockedResponse } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { AuditLogPage } from '../../../pages/AuditLogPage';
import { renderPage } from '../../../test-support/render';
import { GET_AUDIT_LOG } from '../graphql/queries';

const HR_RULES = [{ action: 'read', subject: 'AuditLog' }];
const LEADER_RULES = [
  {
    action: 'read',
    subject: 'AuditLog',
    fields: [
      'id',
      'action',
      'entity',
      'entityId',
      'subjectName',
      'actorAccountId',
      'actorUsername',
      'actorName',
    ],
  },
];

const entry = (id: string, overrides: object = {}) => ({
  __typename: 'AuditLog',
  id,
  action: 'employee.update',
  entity: 'Employee',
  entityId: '5',
  subjectName: null,
  actorAccountId: '1',
  actorUsername: 'admin',
  actorName: null,
  reason: null,
  createdAt: '2026-03-01T02:00:00.000Z',
  before: null,
  after: null,
  references: [],
  ...overrides,
});

/** As the Camat receives it: before/after are not asked for. */
const summaryOf = ({
  before: _before,
  after: _after,
  references: _references,
  ...rest
}: ReturnType<typeof entry>) => rest;

const page = (nodes: object[], { total = nodes.length, next = false } = {}) => ({
  auditLog: {
    __typename: 'AuditLogConnection',
    totalCount: total,
    pageInfo: { __typename: 'PageInfo', hasNextPage: next, endCursor: next ? 'c-last' : null },
    edges: nodes.map((node, index) => ({ __typename: 'AuditLogEdge', cursor: `c${index}`, node })),
  },
});

const listMock = (
  filter: object,
  data: object,
  { withDetails = true, after }: { withDetails?: boolean; after?: string } = {},
): MockedResponse => ({
  request: {
    query: GET_AUDIT_LOG,
    variables: { filter, first: 50, withDetails, ...(after ? { after } : {}) },
  },
  result: { data },
});

const renderAudit = (mocks: MockedResponse[], abilityRules: unknown = HR_RULES) =>
  renderPage(<AuditLogPage />, { mocks, abilityRules, path: '/jejak-audit' });

describe('Jejak Audit', () => {
  test('HR reads the records and opens one to see before and after side by side', async () => {
    renderAudit([
      listMock(
        {},
        page([
          entry('12', {
            subjectName: 'Ayu Rahayu',
            before: { name: 'Lama', active: true, supervisorId: 7, unitId: 14, positionId: 14 },
            after: { name: 'Baru', active: true, supervisorId: 7, unitId: 14, positionId: 14 },
            // One id in two fields is two records: each keeps its own name through the cache.
            references: [
              {
                __typename: 'AuditReference',
                field: 'supervisorId',
                recordId: '7',
                name: 'Budi Santoso',
              },
              { __typename: 'AuditReference', field: 'unitId', recordId: '14', name: 'Seksi Umum' },
              {
                __typename: 'AuditReference',
                field: 'positionId',
                recordId: '14',
                name: 'Kepala Seksi Umum',
              },
            ],
          }),
          entry('11', {
            action: 'cycle.setStatus',
            entity: 'Cycle',
            entityId: '4',
            actorUsername: 'camat',
            actorName: 'Drs. Camat',
            reason: 'Akhir tahun',
            before: { status: 'ACTIVE' },
            after: { status: 'CALIBRATION' },
          }),
        ]),
      ),
    ]);
    const items = await screen.findAllByTestId('audit-entry');
    expect(items).toHaveLength(2);
    expect(screen.getByTestId('audit-total').textContent).toBe('2 catatan');
    expect(items[1].textContent).toContain('Drs. Camat (camat)');
    // The record by name when the API names it, else by type and id.
    expect(items[0].textContent).toContain('Pegawai Ayu Rahayu (#5)');
    expect(items[1].textContent).toContain('Siklus kinerja #4');
    // The action in words beside its code (the action filter takes codes).
    expect(items[1].textContent).toContain('Mengubah status siklus');
    expect(items[1].textContent).toContain('cycle.setStatus');
    fireEvent.click(within(items[0]).getByText('employee.update'));
    const changes = within(items[0]).getByTestId('audit-changes');
    // Named by its record and time, so that two open entries are two regions a reader tells apart.
    expect(within(items[0]).getByRole('region').getAttribute('aria-labelledby')).toBeTruthy();
    expect(
      within(items[0]).getByRole('region', {
        name: /^Tabel Rincian perubahan Pegawai Ayu Rahayu \(#5\), /,
      }),
    ).toBeTruthy();
    const rows = within(changes)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th,td')].map((cell) => cell.textContent));
    // Each field in words with its stored name (the export's), each value as said.
    expect(rows).toEqual([
      ['Nama name (diubah)', 'Lama', 'Baru'],
      ['Aktif active', 'Ya', 'Ya'],
      // An id by the name of its record, as the API names it.
      ['Atasan langsung supervisorId', 'Budi Santoso (#7)', 'Budi Santoso (#7)'],
      ['Unit kerja unitId', 'Seksi Umum (#14)', 'Seksi Umum (#14)'],
      ['Jabatan positionId', 'Kepala Seksi Umum (#14)', 'Kepala Seksi Umum (#14)'],
    ]);
    // A code by its name on its record type: a cycle's status.
    fireEvent.click(within(items[1]).getByText('cycle.setStatus'));
    const cycleRows = within(within(items[1]).getByTestId('audit-changes')).getAllByRole('row');
    expect([...cycleRows[1].querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      'Aktif',
      'Kalibrasi',
    ]);
  });

  test('filters by who, what and when, and the export follows the same filter', async () => {
    const filter = { actor: 'admin', entity: 'Employee', from: '2026-03-01', to: '2026-03-31' };
    renderAudit([
      listMock({}, page([entry('12'), entry('11', { entity: 'Cycle' })])),
      listMock(filter, page([entry('12')])),
    ]);
    await screen.findAllByTestId('audit-entry');
    const form = screen.getByTestId('audit-filters');
    // The action takes a code; each is suggested with its name in words.
    const actions = document.getElementById(
      within(form).getByLabelText('Aksi').getAttribute('list') ?? '',
    );
    expect(actions?.querySelector('option[value="cycle.setStatus"]')?.getAttribute('label')).toBe(
      'Mengubah status siklus',
    );
    fireEvent.change(within(form).getByLabelText('Pelaku (username atau NIP)'), {
      target: { value: ' admin ' },
    });
    fireEvent.change(within(form).getByLabelText('Jenis data'), { target: { value: 'Employee' } });
    fireEvent.change(within(form).getByLabelText('Dari tanggal'), {
      target: { value: '2026-03-01' },
    });
    fireEvent.change(within(form).getByLabelText('Sampai tanggal'), {
      target: { value: '2026-03-31' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Terapkan' }));
    await waitFor(() => expect(screen.getAllByTestId('audit-entry')).toHaveLength(1));
    expect(screen.getByTestId('audit-total').textContent).toBe('1 catatan');
  });

  test('shows the API’s date error beside the date it names', async () => {
    renderAudit([
      listMock({}, page([entry('12')])),
      {
        request: {
          query: GET_AUDIT_LOG,
          variables: {
            filter: { from: '2026-03-02', to: '2026-03-01' },
            first: 50,
            withDetails: true,
          },
        },
        result: {
          errors: [
            new GraphQLError('Invalid input', {
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'INVALID_INPUT',
                fields: [
                  {
                    field: 'filter.to',
                    reason: 'DATE_BEFORE_START',
                    message: 'must not be before from',
                    params: { from: '2026-03-02' },
                  },
                ],
              },
            }),
          ],
        },
      },
    ]);
    await screen.findAllByTestId('audit-entry');
    const form = screen.getByTestId('audit-filters');
    fireEvent.change(within(form).getByLabelText('Dari tanggal'), {
      target: { value: '2026-03-02' },
    });
    fireEvent.change(within(form).getByLabelText('Sampai tanggal'), {
      target: { value: '2026-03-01' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Terapkan' }));
    expect(await screen.findByText('Tanggal akhir tidak boleh sebelum 2 Mar 2026.')).toBeTruthy();
    expect(within(form).getByLabelText('Sampai tanggal').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('audit-list')).toBeNull();
  });

  test('pages on with “load more”', async () => {
    renderAudit([
      listMock({}, page([entry('12')], { total: 2, next: true })),
      listMock({}, page([entry('11', { entityId: '6' })], { total: 2 }), { after: 'c-last' }),
    ]);
    await screen.findAllByTestId('audit-entry');
    expect(screen.getByTestId('audit-total').textContent).toBe('Menampilkan 1 dari 2 catatan');
    fireEvent.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    await waitFor(() => expect(screen.getAllByTestId('audit-entry')).toHaveLength(2));
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
  });

  test('the Camat reads who did what, but not before and after', async () => {
    renderAudit(
      [listMock({}, page([summaryOf(entry('12'))]), { withDetails: false })],
      LEADER_RULES,
    );
    const [item] = await screen.findAllByTestId('audit-entry');
    fireEvent.click(within(item).getByText('employee.update'));
    expect(
      within(item).getByText('Data sebelum dan sesudah hanya dapat dibaca oleh Kepegawaian.'),
    ).toBeTruthy();
    expect(within(item).queryByTestId('audit-changes')).toBeNull();
  });

  test('empty, and refused to those who may not read the audit log', async () => {
    const { unmount } = renderAudit([listMock({}, page([]))]);
    expect(await screen.findByText('Tidak ada catatan audit')).toBeTruthy();
    unmount();
    renderAudit([], []);
    expect(
      screen.getByText('Jejak audit hanya untuk Camat dan Subbagian Umum dan Kepegawaian.'),
    ).toBeTruthy();
  });
});
