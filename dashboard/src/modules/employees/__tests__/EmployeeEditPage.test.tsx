import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { EmployeeCreatePage, EmployeeEditPage } from '../../../pages/EmployeeEditPage';
import { account, badInput, renderAs } from '../../accounts/__tests__/fixtures';
import { CREATE_EMPLOYEE, DEACTIVATE_EMPLOYEE, UPDATE_EMPLOYEE } from '../graphql/mutations';
import { GET_EMPLOYEE_FOR_EDIT, GET_EMPLOYEE_FORM_OPTIONS } from '../graphql/queries';
import { RANKS } from '../../../test-support/ranks';

const OPTIONS = {
  request: { query: GET_EMPLOYEE_FORM_OPTIONS },
  result: {
    data: {
      ranks: RANKS,
      orgUnits: [{ __typename: 'OrgUnit', id: '2', name: 'Seksi Pelayanan', depth: 1 }],
      positions: [
        { __typename: 'Position', id: '5', title: 'Pengadministrasi', level: 'PELAKSANA' },
      ],
      employees: {
        __typename: 'EmployeeConnection',
        edges: [
          {
            __typename: 'EmployeeEdge',
            node: {
              __typename: 'Employee',
              id: '3',
              name: 'Kasi Pelayanan',
              nip: '198001012005011001',
            },
          },
        ],
      },
    },
  },
  maxUsageCount: 5,
};

const NIP = '199006152015032001';
const INPUT = {
  nip: NIP,
  name: 'Siti Rahayu',
  gender: 'PEREMPUAN',
  birthDate: '1990-06-16',
  employmentType: 'PNS',
  rank: 'III/a',
  unitId: '2',
  positionId: '5',
  supervisorId: '3',
  email: null,
  phone: null,
  tmt: null,
};

function fillCreateForm() {
  const change = (label: string, value: string) =>
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  change('NIP', NIP);
  change('Nama', 'Siti Rahayu');
  change('Jenis kelamin', 'PEREMPUAN');
  change('Tanggal lahir', '1990-06-16');
  change('Jenis kepegawaian', 'PNS');
  change('Golongan/ruang', 'III/a');
  change('Unit kerja', '2');
  change('Jabatan', '5');
  change('Atasan langsung', '3');
}

const submit = async (name: string) => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
};

describe('employee create page', () => {
  test('names the missing fields before calling the API', async () => {
    renderAs(<EmployeeCreatePage />, { mocks: [OPTIONS] });
    await screen.findByTestId('employee-form');
    await submit('Tambah pegawai');
    expect(screen.getByLabelText('NIP').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Jenis kelamin').getAttribute('aria-invalid')).toBe('true');
  });

  test('shows the NIP ↔ birth date problem beside the birth date', async () => {
    renderAs(<EmployeeCreatePage />, {
      mocks: [
        OPTIONS,
        {
          request: { query: CREATE_EMPLOYEE, variables: { input: INPUT } },
          result: badInput([
            {
              field: 'birthDate',
              reason: 'NIP_BIRTH_DATE_MISMATCH',
              params: { nipBirthDate: '1990-06-15' },
            },
          ]),
        },
      ],
    });
    await screen.findByTestId('employee-form');
    fillCreateForm();
    await submit('Tambah pegawai');
    const birthDate = screen.getByLabelText('Tanggal lahir');
    await waitFor(() => expect(birthDate.getAttribute('aria-invalid')).toBe('true'));
    const errorId = birthDate.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(errorId)?.textContent).toMatch(
      /Tidak sesuai dengan tanggal lahir/,
    );
    expect(screen.getByLabelText('NIP').getAttribute('aria-invalid')).toBeNull();
  });

  test('sends the TMT and shows its problem beside it', async () => {
    renderAs(<EmployeeCreatePage />, {
      mocks: [
        OPTIONS,
        {
          request: {
            query: CREATE_EMPLOYEE,
            variables: { input: { ...INPUT, tmt: '2026-12-09' } },
          },
          result: badInput([
            { field: 'tmt', reason: 'TMT_IN_FUTURE', params: { today: '2026-12-07' } },
          ]),
        },
      ],
    });
    await screen.findByTestId('employee-form');
    fillCreateForm();
    const tmt = screen.getByLabelText('Mulai bertugas (TMT)');
    expect(tmt.getAttribute('type')).toBe('date');
    const describedBy = () =>
      (tmt.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' ');
    expect(describedBy()).toMatch(/SKP tahun itu dimulai pada tanggal ini/);
    fireEvent.change(tmt, { target: { value: '2026-12-09' } });
    await submit('Tambah pegawai');
    await waitFor(() => expect(tmt.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy()).toMatch(/TMT belum tiba \(hari ini 7 Des 2026\)/);
  });

  test('shows the new account’s one-time password once created', async () => {
    renderAs(<EmployeeCreatePage />, {
      mocks: [
        OPTIONS,
        {
          request: { query: CREATE_EMPLOYEE, variables: { input: INPUT } },
          result: {
            data: {
              createEmployee: {
                __typename: 'Employee',
                id: '77',
                name: 'Siti Rahayu',
                nip: NIP,
                oneTimePassword: 'abcd-EFGH-2345',
                account: { __typename: 'User', id: 'acc-77', username: NIP },
              },
            },
          },
        },
      ],
    });
    await screen.findByTestId('employee-form');
    fillCreateForm();
    await submit('Tambah pegawai');
    expect((await screen.findByTestId('one-time-password-value')).textContent).toBe(
      'abcd-EFGH-2345',
    );
    expect(screen.getByText(/Siti Rahayu ditambahkan/)).toBeTruthy();
  });
});

const EMPLOYEE = {
  __typename: 'Employee',
  id: '9',
  version: 4,
  nip: NIP,
  name: 'Siti Rahayu',
  gender: 'PEREMPUAN',
  birthDate: '1990-06-15',
  employmentType: 'PNS',
  rank: 'III/a',
  email: null,
  phone: null,
  active: true,
  position: { __typename: 'Position', id: '5' },
  unit: { __typename: 'OrgUnit', id: '2' },
  supervisor: { __typename: 'Employee', id: '3', name: 'Kasi Pelayanan' },
  separation: null,
  account: account(),
};
const LOAD = {
  request: { query: GET_EMPLOYEE_FOR_EDIT, variables: { id: '9' } },
  result: { data: { employee: EMPLOYEE } },
  maxUsageCount: 5,
};

describe('employee edit page', () => {
  const renderEdit = (mocks: object[]) =>
    renderAs(<EmployeeEditPage />, {
      mocks: [OPTIONS, LOAD, ...mocks],
      path: '/pegawai/9/ubah',
      route: '/pegawai/:id/ubah',
    });

  test('sends only the changed field with the version, and offers a reload when it is stale', async () => {
    renderEdit([
      {
        request: {
          query: UPDATE_EMPLOYEE,
          variables: { id: '9', input: { version: 4, name: 'Siti Rahayu, S.E.' } },
        },
        result: {
          errors: [
            new GraphQLError('stale', {
              extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' },
            }),
          ],
        },
      },
    ]);
    const name = await screen.findByLabelText('Nama');
    // The TMT opens the riwayat jabatan of someone new; a mutasi records a later one.
    expect(screen.queryByLabelText('Mulai bertugas (TMT)')).toBeNull();
    fireEvent.change(name, { target: { value: 'Siti Rahayu, S.E.' } });
    await submit('Simpan');
    const notice = await screen.findByTestId('employee-save-error');
    expect(notice.textContent).toMatch(/baru saja diubah orang lain/);
    expect(within(notice).getByRole('button', { name: 'Muat ulang' })).toBeTruthy();
  });

  test('keeps what HR typed into the separation form when the record above is saved', async () => {
    const deactivate = jest.fn(() => ({
      data: { deactivateEmployee: { ...EMPLOYEE, version: 6, active: false } },
    }));
    renderEdit([
      {
        request: {
          query: UPDATE_EMPLOYEE,
          variables: { id: '9', input: { version: 4, name: 'Siti Rahayu, S.E.' } },
        },
        result: {
          data: { updateEmployee: { ...EMPLOYEE, version: 5, name: 'Siti Rahayu, S.E.' } },
        },
      },
      {
        request: {
          query: DEACTIVATE_EMPLOYEE,
          variables: {
            id: '9',
            input: {
              version: 5,
              kind: 'PINDAH_INSTANSI',
              effectiveDate: '2026-06-01',
              reason: 'Pindah ke Pemkot',
              decreeNumber: null,
            },
          },
        },
        result: deactivate,
      },
    ]);
    const form = await screen.findByTestId('deactivate-form');
    fireEvent.change(within(form).getByLabelText('Jenis pemberhentian'), {
      target: { value: 'PINDAH_INSTANSI' },
    });
    fireEvent.change(within(form).getByLabelText('TMT pemberhentian'), {
      target: { value: '2026-06-01' },
    });
    fireEvent.change(within(form).getByLabelText('Keterangan'), {
      target: { value: 'Pindah ke Pemkot' },
    });
    fireEvent.change(screen.getByLabelText('Nama'), { target: { value: 'Siti Rahayu, S.E.' } });
    await submit('Simpan');
    await screen.findByText('Data pegawai disimpan.');
    const after = screen.getByTestId('deactivate-form');
    expect(within(after).getByLabelText<HTMLTextAreaElement>('Keterangan').value).toBe(
      'Pindah ke Pemkot',
    );
    // The separation is then recorded against the record's new version.
    await submit('Berhentikan pegawai');
    await act(async () => {
      fireEvent.click(
        within(screen.getByRole('dialog')).getByRole('button', { name: 'Berhentikan pegawai' }),
      );
    });
    await waitFor(() => expect(deactivate).toHaveBeenCalled());
  });

  test('asks for confirmation before recording a separation, then sends it', async () => {
    const deactivate = jest.fn(() => ({
      data: { deactivateEmployee: { ...EMPLOYEE, version: 5, active: false } },
    }));
    renderEdit([
      {
        request: {
          query: DEACTIVATE_EMPLOYEE,
          variables: {
            id: '9',
            input: {
              version: 4,
              kind: 'PENSIUN_BATAS_USIA',
              effectiveDate: '2026-06-01',
              reason: 'Mencapai BUP',
              decreeNumber: null,
            },
          },
        },
        result: deactivate,
      },
    ]);
    const form = await screen.findByTestId('deactivate-form');
    // PPPK-only kinds are not offered to a PNS.
    expect(within(form).queryByRole('option', { name: /PPPK/ })).toBeNull();
    fireEvent.change(within(form).getByLabelText('Jenis pemberhentian'), {
      target: { value: 'PENSIUN_BATAS_USIA' },
    });
    fireEvent.change(within(form).getByLabelText('TMT pemberhentian'), {
      target: { value: '2026-06-01' },
    });
    fireEvent.change(within(form).getByLabelText('Keterangan'), {
      target: { value: 'Mencapai BUP' },
    });
    await submit('Berhentikan pegawai');
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('Berhentikan Siti Rahayu?')).toBeTruthy();
    expect(deactivate).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Berhentikan pegawai' }));
    });
    await waitFor(() => expect(deactivate).toHaveBeenCalled());
  });

  test('names a separation field the API refuses', async () => {
    renderEdit([
      {
        request: {
          query: DEACTIVATE_EMPLOYEE,
          variables: {
            id: '9',
            input: {
              version: 4,
              kind: 'MENINGGAL_DUNIA',
              effectiveDate: '2999-01-01',
              reason: 'Wafat',
              decreeNumber: null,
            },
          },
        },
        result: badInput([{ field: 'effectiveDate', reason: 'DATE_IN_FUTURE' }]),
      },
    ]);
    const form = await screen.findByTestId('deactivate-form');
    fireEvent.change(within(form).getByLabelText('Jenis pemberhentian'), {
      target: { value: 'MENINGGAL_DUNIA' },
    });
    fireEvent.change(within(form).getByLabelText('TMT pemberhentian'), {
      target: { value: '2999-01-01' },
    });
    fireEvent.change(within(form).getByLabelText('Keterangan'), { target: { value: 'Wafat' } });
    await submit('Berhentikan pegawai');
    await act(async () => {
      fireEvent.click(
        within(screen.getByRole('dialog')).getByRole('button', { name: 'Berhentikan pegawai' }),
      );
    });
    const date = within(form).getByLabelText('TMT pemberhentian');
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
  });
});
