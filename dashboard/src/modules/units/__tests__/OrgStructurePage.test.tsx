import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { OrgStructurePage } from '../../../pages/OrgStructurePage';
import { renderPage } from '../../../test-support/render';
import {
  CLOSE_ORG_UNIT,
  CREATE_ORG_UNIT,
  CREATE_POSITION,
  MOVE_ORG_UNIT,
  UPDATE_ORG_UNIT,
} from '../graphql/mutations';
import { GET_ORG_STRUCTURE, GET_UNIT_MEMBERS, GET_UNIT_POSITIONS } from '../graphql/queries';

const HR_RULES = [
  { action: 'read', subject: 'OrgUnit' },
  { action: 'read', subject: 'Position' },
  { action: ['create', 'update'], subject: 'OrgUnit' },
  { action: ['create', 'update'], subject: 'Position' },
];

const unit = (
  id: string,
  name: string,
  parentId: string | null,
  depth: number,
  overrides: object = {},
) => ({
  __typename: 'OrgUnit',
  id,
  name,
  depth,
  version: 1,
  closedAt: null,
  memberCount: 2,
  totalMemberCount: 2,
  parent: parentId ? { __typename: 'OrgUnit', id: parentId } : null,
  head: null,
  ...overrides,
});

const ROOT = unit('1', 'Kecamatan Gayungan', null, 0, { memberCount: 1, totalMemberCount: 7 });
const SEKRETARIAT = unit('2', 'Sekretariat Kecamatan', '1', 1, { totalMemberCount: 4 });
const SUBBAGIAN = unit('3', 'Subbagian Umum dan Kepegawaian', '2', 2);
const SEKSI = unit('4', 'Seksi Pemerintahan', '1', 1);
const UNITS = [ROOT, SEKRETARIAT, SUBBAGIAN, SEKSI];

const position = (id: string, title: string, overrides: object = {}) => ({
  __typename: 'Position',
  id,
  title,
  level: 'PELAKSANA',
  kind: 'PELAKSANA',
  isHead: false,
  version: 1,
  closedAt: null,
  holderCount: 3,
  unit: { __typename: 'OrgUnit', id: '1' },
  ...overrides,
});

const structureMock = (units: object[] = UNITS, includeClosed = false) => ({
  request: { query: GET_ORG_STRUCTURE, variables: { includeClosed } },
  result: { data: { orgUnits: units } },
  maxUsageCount: 5,
});

const positionsMock = (unitId: string | null, positions: object[]) => ({
  request: {
    query: GET_UNIT_POSITIONS,
    variables: { unitId, withoutUnit: unitId === null, includeClosed: false },
  },
  result: { data: { positions } },
  maxUsageCount: 5,
});

const conflict = (reason: string, extensions: object = {}) => ({
  errors: [{ message: reason, extensions: { code: 'CONFLICT', reason, ...extensions } }],
});

const renderStructure = (
  mocks: object[],
  { abilityRules, language }: { abilityRules?: unknown; language?: 'id' | 'en' } = {},
) =>
  renderPage(<OrgStructurePage />, {
    mocks: mocks as never,
    abilityRules: abilityRules ?? HR_RULES,
    language: language ?? 'id',
  });

const treeItem = (name: string) =>
  within(screen.getByTestId('unit-tree')).getByRole('button', { name: new RegExp(`^${name}`) });

describe('Unit Kerja & Jabatan', () => {
  test('shows the tree with head counts; sub-units expand and collapse', async () => {
    renderStructure([
      structureMock(),
      positionsMock('1', [
        position('10', 'Camat', { isHead: true, level: 'ADMINISTRATOR', kind: 'STRUKTURAL' }),
        position('11', 'Pengadministrasi Umum'),
      ]),
    ]);
    expect(screen.getByTestId('units-loading')).toBeTruthy();
    const tree = await screen.findByTestId('unit-tree');
    expect(within(tree).getByText('Kecamatan Gayungan')).toBeTruthy();
    expect(within(tree).getByText('1 langsung · 7 total')).toBeTruthy();
    // The top two levels show; the third waits behind its parent's toggle.
    expect(within(tree).queryByText('Subbagian Umum dan Kepegawaian')).toBeNull();
    const toggle = within(tree).getByRole('button', {
      name: 'Tampilkan sub-unit Sekretariat Kecamatan',
    });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(within(tree).getByText('Subbagian Umum dan Kepegawaian')).toBeTruthy();
    fireEvent.click(
      within(tree).getByRole('button', { name: 'Sembunyikan sub-unit Sekretariat Kecamatan' }),
    );
    expect(within(tree).queryByText('Subbagian Umum dan Kepegawaian')).toBeNull();
    // The root is selected first, with its positions.
    const table = await screen.findByTestId('positions-table');
    const [head, staff] = within(table).getAllByTestId('position-row');
    expect(within(head).getByText('Camat')).toBeTruthy();
    expect(within(head).getByText('Kepala unit')).toBeTruthy();
    expect(head.textContent).toContain('AdministratorStruktural');
    // A staff title's level and kind are one word: it is said once; no head mark.
    expect(within(staff).getAllByText(/Pelaksana/)).toHaveLength(1);
    expect(within(staff).queryByText('Kepala unit')).toBeNull();
  });

  test('HR adds a sub-unit under the selected unit', async () => {
    const created = unit('9', 'Seksi Baru', '4', 2, { memberCount: 0, totalMemberCount: 0 });
    renderStructure([
      structureMock(),
      positionsMock('1', []),
      positionsMock('4', []),
      positionsMock('9', []),
      {
        request: {
          query: CREATE_ORG_UNIT,
          variables: { input: { name: 'Seksi Baru', parentId: '4' } },
        },
        result: { data: { createOrgUnit: created } },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: /Seksi Pemerintahan/ }));
    expect(within(screen.getByTestId('unit-details')).getByText('Seksi Pemerintahan')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tambah sub-unit' }));
    const form = screen.getByTestId('unit-form');
    fireEvent.change(within(form).getByLabelText('Nama unit'), {
      target: { value: ' Seksi Baru ' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Tambah unit' }));
    expect((await screen.findByTestId('units-notice')).textContent).toBe(
      'Unit Seksi Baru ditambahkan.',
    );
    expect(screen.queryByTestId('unit-form')).toBeNull();
  });

  test('a name in use shows beside the input; a stale version offers a reload', async () => {
    const membersMock = {
      request: { query: GET_UNIT_MEMBERS, variables: { unitId: '4' } },
      result: {
        data: {
          employees: {
            __typename: 'EmployeeConnection',
            edges: [
              {
                __typename: 'EmployeeEdge',
                node: {
                  __typename: 'Employee',
                  id: '40',
                  name: 'Rina Kasi',
                  unit: { __typename: 'OrgUnit', id: '4' },
                },
              },
            ],
          },
        },
      },
      maxUsageCount: 3,
    };
    const rename = (result: object) => ({
      request: {
        query: UPDATE_ORG_UNIT,
        variables: { id: '4', input: { version: 1, name: 'Sekretariat Kecamatan' } },
      },
      result,
    });
    renderStructure([
      structureMock(),
      positionsMock('1', []),
      positionsMock('4', []),
      membersMock,
      rename(
        conflict('DUPLICATE', {
          fields: [{ field: 'name', reason: 'DUPLICATE', message: 'is used by another unit' }],
        }),
      ),
      rename(conflict('STALE_VERSION')),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: /Seksi Pemerintahan/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Ubah nama/kepala' }));
    const form = screen.getByTestId('unit-form');
    const name = within(form).getByLabelText('Nama unit');
    fireEvent.change(name, { target: { value: 'Sekretariat Kecamatan' } });
    expect(await within(form).findByRole('option', { name: 'Rina Kasi' })).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan unit' }));
    expect(await within(form).findByText('Nama ini sudah dipakai; pilih nama lain.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan unit' }));
    const failure = await within(form).findByTestId('unit-form-error');
    expect(within(failure).getByRole('button', { name: 'Muat ulang' })).toBeTruthy();
  });

  test('closing asks first and says why a unit with people cannot close', async () => {
    renderStructure([
      structureMock(),
      positionsMock('1', []),
      positionsMock('4', []),
      {
        request: { query: CLOSE_ORG_UNIT, variables: { id: '4', version: 1, reason: 'Perwali 5' } },
        result: conflict('UNIT_HAS_MEMBERS', { count: 2 }),
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: /Seksi Pemerintahan/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Tutup unit' }));
    const dialog = screen.getByTestId('confirm-dialog');
    expect(within(dialog).getByText('Tutup Seksi Pemerintahan?')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Alasan (mis. nomor Perwali)'), {
      target: { value: 'Perwali 5' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tutup unit' }));
    expect((await within(dialog).findByTestId('close-unit-error')).textContent).toContain(
      'Masih ada 2 pegawai aktif',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
  });

  test('moving offers only units outside the unit’s own subtree, and confirms', async () => {
    const moved = unit('2', 'Sekretariat Kecamatan', '4', 2, { version: 2 });
    renderStructure([
      structureMock(),
      positionsMock('1', []),
      positionsMock('2', []),
      {
        request: { query: MOVE_ORG_UNIT, variables: { id: '2', parentId: '4', version: 1 } },
        result: { data: { moveOrgUnit: moved } },
      },
    ]);
    await screen.findByTestId('unit-tree');
    fireEvent.click(treeItem('Sekretariat Kecamatan'));
    fireEvent.click(screen.getByRole('button', { name: 'Pindahkan' }));
    const dialog = screen.getByTestId('confirm-dialog');
    const select = within(dialog).getByLabelText('Unit induk baru');
    const options = within(select)
      .getAllByRole('option')
      .map((option) => option.textContent?.trim());
    // Not itself, not its sub-unit, not its current parent.
    expect(options).toEqual(['Pilih unit…', 'Seksi Pemerintahan']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Pindahkan unit' }));
    expect(await within(dialog).findByText('Wajib diisi.')).toBeTruthy();
    fireEvent.change(select, { target: { value: '4' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Pindahkan unit' }));
    expect((await screen.findByTestId('units-notice')).textContent).toBe(
      'Unit Sekretariat Kecamatan dipindahkan.',
    );
  });

  test('a position with bad input shows the problem beside its field', async () => {
    renderStructure([
      structureMock(),
      positionsMock('1', []),
      {
        request: {
          query: CREATE_POSITION,
          variables: {
            input: { title: 'K', level: 'PELAKSANA', unitId: '1', isHead: true },
          },
        },
        result: {
          errors: [
            {
              message: 'Invalid input',
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'INVALID_INPUT',
                fields: [
                  { field: 'title', reason: 'LENGTH', params: { min: 2, max: 160 } },
                  { field: 'level', reason: 'NOT_ONE_OF', params: { allowed: 'JPT, PENGAWAS' } },
                ],
              },
            },
          ],
        },
      },
    ]);
    expect(await screen.findByText('Belum ada jabatan di unit ini.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tambah jabatan' }));
    const form = screen.getByTestId('position-form');
    fireEvent.change(within(form).getByLabelText('Nama jabatan'), { target: { value: 'K' } });
    fireEvent.click(within(form).getByLabelText('Jabatan kepala unit ini'));
    fireEvent.click(within(form).getByRole('button', { name: 'Tambah jabatan' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('Nama jabatan').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(within(form).getByLabelText('Jenjang').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('Pilih salah satu dari: JPT, PENGAWAS.')).toBeTruthy();
  });

  test('HR keeps the shared staff titles, which belong to no unit', async () => {
    const created = position('31', 'Pengolah Data', { unit: null, holderCount: 0 });
    renderStructure([
      structureMock(),
      positionsMock('1', []),
      positionsMock(null, [position('30', 'Pengadministrasi Umum', { unit: null })]),
      {
        request: {
          query: CREATE_POSITION,
          variables: { input: { title: 'Pengolah Data', level: 'FUNGSIONAL' } },
        },
        result: { data: { createPosition: created } },
      },
    ]);
    await screen.findByTestId('unit-tree');
    const button = screen.getByRole('button', { name: 'Jabatan umum' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(await screen.findByText('Jabatan umum (dipakai di semua unit)')).toBeTruthy();
    expect((await screen.findByTestId('position-row')).textContent).toContain(
      'Pengadministrasi Umum',
    );
    expect(screen.queryByTestId('unit-details')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tambah jabatan' }));
    const form = screen.getByTestId('position-form');
    expect(within(form).queryByLabelText('Jabatan kepala unit ini')).toBeNull();
    fireEvent.change(within(form).getByLabelText('Nama jabatan'), {
      target: { value: 'Pengolah Data' },
    });
    fireEvent.change(within(form).getByLabelText('Jenjang'), { target: { value: 'FUNGSIONAL' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Tambah jabatan' }));
    expect((await screen.findByTestId('positions-notice')).textContent).toBe(
      'Jabatan Pengolah Data disimpan.',
    );
  });

  test('without HR rights the page only reads, in English too', async () => {
    renderStructure([structureMock(), positionsMock('1', [position('11', 'Pengadministrasi')])], {
      abilityRules: [
        { action: 'read', subject: 'OrgUnit' },
        { action: 'read', subject: 'Position' },
      ],
      language: 'en',
    });
    expect(await screen.findByRole('heading', { name: 'Units & Positions' })).toBeTruthy();
    await screen.findByTestId('positions-table');
    expect(screen.queryByRole('button', { name: 'Add sub-unit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add position' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Close/ })).toBeNull();
  });
});
