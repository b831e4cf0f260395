import { screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { renderPage } from '../../../test-support/render';
import { EmployeeProfilePage } from '../../../pages/EmployeeProfilePage';
import { GET_EMPLOYEE } from '../graphql/queries';
import { GET_JOB_HISTORY } from '../../staffing/graphql/queries';
import type { EmployeeProfileFieldsFragment } from '../../api/generated/graphql';

const COLLEAGUE: EmployeeProfileFieldsFragment = {
  __typename: 'Employee',
  id: '17',
  nip: '198503122010011004',
  name: 'Sri Wahyuni, S.Sos.',
  gender: 'PEREMPUAN',
  birthDate: '1985-03-12',
  employmentType: 'PNS',
  rank: 'III/b',
  pangkat: 'Penata Muda Tingkat I',
  positionLevel: 'PELAKSANA',
  position: { __typename: 'Position', id: '4', title: 'Pengolah Data', level: 'PELAKSANA' },
  unit: { __typename: 'OrgUnit', id: '3', name: 'Subbagian Umum dan Kepegawaian' },
  supervisor: { __typename: 'Employee', id: '9', name: 'Budi Santoso' },
  email: 'sri.wahyuni@surabaya.go.id',
  phone: '+62 812-3000-1234',
  active: true,
};

const HIDDEN_FROM_COLLEAGUES = ['nip', 'birthDate', 'email', 'phone'] as const;

const forbidden = (field: string) =>
  new GraphQLError(`You may not read Employee.${field}`, {
    path: ['employee', field],
    extensions: { code: 'FORBIDDEN' },
  });

const mockEmployee = (result: object) => ({
  request: { query: GET_EMPLOYEE, variables: { id: '17' } },
  result,
});

const renderProfile = (mocks: object[], language: 'id' | 'en' = 'id') =>
  renderPage(<EmployeeProfilePage />, {
    mocks: mocks as never,
    path: '/pegawai/17',
    route: '/pegawai/:id',
    language,
  });

const profileRow = (field: string) =>
  document.querySelector<HTMLElement>(`[data-field="${field}"]`);

describe('employee profile', () => {
  test('a colleague sees the directory fields only: no NIP, birth date, email or phone, and no error', async () => {
    const asSeenByColleague = {
      ...COLLEAGUE,
      nip: null,
      birthDate: null,
      email: null,
      phone: null,
    };
    renderProfile([
      mockEmployee({
        data: { employee: asSeenByColleague },
        errors: HIDDEN_FROM_COLLEAGUES.map(forbidden),
      }),
      // The API answers a colleague's riwayat jabatan with no rows.
      {
        request: { query: GET_JOB_HISTORY, variables: { employeeId: '17' } },
        result: {
          data: { jobHistory: [], employee: { __typename: 'Employee', id: '17', version: 3 } },
        },
      },
    ]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sri Wahyuni, S.Sos.' }),
    ).toBeTruthy();
    for (const field of HIDDEN_FROM_COLLEAGUES) expect(profileRow(field)).toBeNull();
    expect(screen.queryByText('NIP')).toBeNull();
    expect(screen.queryByText('Telepon')).toBeNull();
    expect(screen.queryByText('Kontak')).toBeNull(); // the whole section is empty, so it is left out
    // Nor a riwayat jabatan saying "none recorded": there is one, only not theirs to read.
    await waitFor(() => expect(screen.queryByTestId('job-history-loading')).toBeNull());
    expect(screen.queryByText('Riwayat jabatan')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.body.textContent).not.toMatch(/null|undefined|198503122010011004/);

    expect(within(profileRow('gender')!).getByText('Perempuan')).toBeTruthy();
    expect(within(profileRow('rank')!).getByText('III/b · Penata Muda Tingkat I')).toBeTruthy();
    expect(within(profileRow('positionLevel')!).getByText('Pelaksana')).toBeTruthy();
    const unitLink = within(profileRow('unit')!).getByRole('link', {
      name: 'Subbagian Umum dan Kepegawaian',
    });
    expect(unitLink.getAttribute('href')).toBe('/pegawai?unit=3');
    const supervisorLink = within(profileRow('supervisor')!).getByRole('link', {
      name: 'Budi Santoso',
    });
    expect(supervisorLink.getAttribute('href')).toBe('/pegawai/9');
  });

  test('HR sees every field, formatted for the chosen language', async () => {
    renderProfile([mockEmployee({ data: { employee: COLLEAGUE } })], 'en');

    await screen.findByRole('heading', { level: 1, name: 'Sri Wahyuni, S.Sos.' });
    expect(profileRow('nip')?.textContent).toContain('198503122010011004');
    expect(profileRow('birthDate')?.textContent).toContain('12 March 1985');
    expect(profileRow('gender')?.textContent).toContain('Female');
    expect(within(profileRow('phone')!).getByRole('link').getAttribute('href')).toBe(
      'tel:+6281230001234',
    );
    expect(within(profileRow('email')!).getByRole('link').getAttribute('href')).toBe(
      'mailto:sri.wahyuni@surabaya.go.id',
    );
    expect(screen.getByText('Active')).toBeTruthy();
  });

  test('an analyst-like view without a name still renders what is readable', async () => {
    const deidentified = {
      ...COLLEAGUE,
      name: null,
      nip: null,
      birthDate: null,
      email: null,
      phone: null,
      supervisor: null,
      active: null,
    };
    renderProfile([
      mockEmployee({
        data: { employee: deidentified },
        errors: ['name', 'nip', 'birthDate', 'email', 'phone', 'supervisor', 'active'].map(
          forbidden,
        ),
      }),
    ]);
    await waitFor(() => expect(profileRow('unit')).not.toBeNull());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Nama tidak ditampilkan');
    expect(profileRow('supervisor')).toBeNull();
    expect(screen.queryByText('Aktif')).toBeNull();
    expect(document.body.textContent).not.toMatch(/null|undefined/);
  });

  test('a missing employee shows "not found", not an error', async () => {
    renderProfile([
      mockEmployee({
        data: { employee: null },
        errors: [
          new GraphQLError('Employee 17 does not exist', {
            path: ['employee'],
            extensions: { code: 'NOT_FOUND' },
          }),
        ],
      }),
    ]);
    expect(await screen.findByText('Pegawai tidak ditemukan')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a real failure shows an error state with a retry that works', async () => {
    renderProfile([
      {
        request: { query: GET_EMPLOYEE, variables: { id: '17' } },
        error: new TypeError('Failed to fetch'),
      },
      mockEmployee({ data: { employee: COLLEAGUE } }),
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Tidak dapat terhubung ke server');
    within(alert).getByRole('button', { name: 'Coba lagi' }).click();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sri Wahyuni, S.Sos.' }),
    ).toBeTruthy();
  });

  test('an internal error on the whole employee is an error, not "not found"', async () => {
    renderProfile([
      mockEmployee({
        data: { employee: null },
        errors: [
          new GraphQLError('Internal server error', {
            path: ['employee'],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          }),
        ],
      }),
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('gangguan pada server');
    expect(screen.queryByText('Pegawai tidak ditemukan')).toBeNull();
  });
});
