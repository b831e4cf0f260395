import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation, useNavigate } from 'react-router-dom';
import { TrainingCataloguePage } from '../../../pages/TrainingCataloguePage';
import {
  CREATE_TRAINING_PROGRAM,
  RETIRE_TRAINING_PROGRAM,
  UPDATE_TRAINING_PROGRAM,
} from '../graphql/mutations';
import { GET_PROGRAM_RETIREMENT, GET_TRAINING_PROGRAMS } from '../graphql/queries';
import {
  catalogueSearchParams,
  parseCatalogueParams,
  toProgramFilter,
} from '../utils/catalogue-params';
import { renderWithSession, user } from './fixtures';

const HR = user({ id: 'u-1', username: 'admin', roles: ['HR_ADMIN'], employee: null });
const HR_RULES = [
  { action: 'read', subject: 'TrainingProgram' },
  { action: 'create', subject: 'TrainingProgram' },
  { action: 'update', subject: 'TrainingProgram' },
];

const program = (overrides: object = {}) => ({
  __typename: 'TrainingProgram',
  id: '11',
  code: 'KOM-01',
  title: 'Komunikasi Publik',
  description: 'Komunikasi publik dan public speaking untuk ASN.',
  competencies: {
    __typename: 'Competencies',
    coreValues: ['BERORIENTASI_PELAYANAN'],
    aspects: ['KUALITAS'],
  },
  hours: 16,
  provider: 'BPSDM Provinsi Jawa Timur',
  mode: 'CLASSROOM',
  retiredAt: null,
  version: 1,
  ...overrides,
});

const listMock = (
  nodes: object[],
  extra: object = {},
  filter: object = { includeRetired: false },
) => ({
  request: {
    query: GET_TRAINING_PROGRAMS,
    variables: { filter, first: 50 },
  },
  result: {
    data: {
      trainingPrograms: {
        __typename: 'TrainingProgramConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node, index) => ({
          __typename: 'TrainingProgramEdge',
          cursor: `c${index}`,
          node,
        })),
      },
    },
  },
  ...extra,
});

const renderCatalogue = (mocks: object[], me = HR, abilityRules: unknown = HR_RULES) =>
  renderWithSession(<TrainingCataloguePage />, {
    me,
    abilityRules,
    mocks,
    path: '/katalog-pelatihan',
  });

describe('Katalog Pelatihan', () => {
  test('everyone reads it; only HR sees the management buttons', async () => {
    renderCatalogue([listMock([program()])], user(), [
      { action: 'read', subject: 'TrainingProgram' },
    ]);
    const item = await screen.findByTestId('program');
    expect(item.textContent).toContain('Berorientasi Pelayanan');
    expect(item.textContent).toContain('16 JP');
    expect(screen.queryByRole('button', { name: 'Tambah program' })).toBeNull();
    expect(within(item).queryByRole('button')).toBeNull();
  });

  test('retiring says how many people it touches, in either language, before it can be confirmed', async () => {
    const preview = (
      openEmployees: number,
      openActivities: number,
      completedEmployees: number,
    ) => ({
      request: { query: GET_PROGRAM_RETIREMENT, variables: { id: '11' } },
      result: {
        data: {
          trainingProgramRetirement: {
            __typename: 'ProgramRetirementPreview',
            programId: '11',
            openActivities,
            openEmployees,
            completedEmployees,
          },
        },
      },
      delay: 20,
    });
    const retired = program({ retiredAt: '2026-12-03T08:00:00.000Z', version: 2 });
    renderCatalogue([
      listMock([program()]),
      preview(3, 4, 12),
      {
        request: { query: RETIRE_TRAINING_PROGRAM, variables: { id: '11', version: 1 } },
        result: { data: { retireTrainingProgram: retired } },
      },
      listMock([]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Hentikan Komunikasi Publik' }));
    const dialog = screen.getByTestId('retire-dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Hentikan' });
    // Until the counts are in, it cannot be confirmed.
    expect(confirm.hasAttribute('disabled')).toBe(true);
    const impact = await within(dialog).findByTestId('retire-impact');
    expect(impact.textContent).toContain(
      '3 orang punya 4 kegiatan terencana atau berjalan dengan program ini',
    );
    expect(impact.textContent).toContain('12 orang sudah menyelesaikannya');
    expect(confirm.hasAttribute('disabled')).toBe(false);
    fireEvent.click(confirm);
    expect(await screen.findByText('“Komunikasi Publik” tidak lagi ditawarkan.')).toBeTruthy();
    expect(screen.queryByTestId('retire-dialog')).toBeNull();
  });

  test('in English, and when nobody has it open', async () => {
    renderWithSession(<TrainingCataloguePage />, {
      me: HR,
      abilityRules: HR_RULES,
      language: 'en',
      path: '/katalog-pelatihan',
      mocks: [
        listMock([program()]),
        {
          request: { query: GET_PROGRAM_RETIREMENT, variables: { id: '11' } },
          result: {
            data: {
              trainingProgramRetirement: {
                __typename: 'ProgramRetirementPreview',
                programId: '11',
                openActivities: 0,
                openEmployees: 0,
                completedEmployees: 2,
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Retire Komunikasi Publik' }));
    const impact = await screen.findByTestId('retire-impact');
    expect(impact.textContent).toContain('No planned or ongoing activity uses this programme.');
    expect(impact.textContent).toContain('2 people completed it; their history is kept.');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('retire-dialog')).toBeNull();
  });

  test('HR creates a programme with its competencies', async () => {
    const created = program({ id: '30', code: 'PLY-09', title: 'Pelayanan Prima' });
    renderCatalogue([
      listMock([program()]),
      {
        request: {
          query: CREATE_TRAINING_PROGRAM,
          variables: {
            input: {
              code: 'PLY-09',
              title: 'Pelayanan Prima',
              description: 'Standar pelayanan publik yang prima di kecamatan.',
              hours: 12,
              mode: 'E_LEARNING',
              provider: 'BPSDM Kota Surabaya',
              competencies: { coreValues: ['BERORIENTASI_PELAYANAN'], aspects: ['WAKTU'] },
            },
          },
        },
        result: { data: { createTrainingProgram: created } },
      },
      listMock([program(), created]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Tambah program' }));
    const form = screen.getByTestId('program-form');
    const fill = (label: string, value: string) =>
      fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    fill('Kode', 'ply-09');
    fill('Judul', 'Pelayanan Prima');
    fill('Deskripsi', 'Standar pelayanan publik yang prima di kecamatan.');
    fill('JP', '12');
    fill('Metode', 'E_LEARNING');
    fill('Penyelenggara', 'BPSDM Kota Surabaya');
    fireEvent.click(within(form).getByLabelText('Berorientasi Pelayanan'));
    fireEvent.click(within(form).getByLabelText('Aspek Waktu'));
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan program' }));
    expect(await screen.findByText('“Pelayanan Prima” tersimpan.')).toBeTruthy();
    expect(await screen.findAllByTestId('program')).toHaveLength(2);
  });

  test('editing a programme someone else changed first shows the conflict with a reload', async () => {
    renderCatalogue([
      listMock([program()], { maxUsageCount: 2 }),
      {
        request: {
          query: UPDATE_TRAINING_PROGRAM,
          variables: {
            id: '11',
            input: {
              code: 'KOM-01',
              title: 'Komunikasi Publik Efektif',
              description: 'Komunikasi publik dan public speaking untuk ASN.',
              hours: 16,
              mode: 'CLASSROOM',
              provider: 'BPSDM Provinsi Jawa Timur',
              competencies: { coreValues: ['BERORIENTASI_PELAYANAN'], aspects: ['KUALITAS'] },
              version: 1,
            },
          },
        },
        result: {
          errors: [
            {
              message: 'Someone else changed this programme first; reload and try again',
              extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' },
            },
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ubah Komunikasi Publik' }));
    const form = screen.getByTestId('program-form');
    fireEvent.change(within(form).getByLabelText('Judul'), {
      target: { value: 'Komunikasi Publik Efektif' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan perubahan' }));
    const error = await within(form).findByTestId('program-error');
    expect(error.textContent).toContain('baru saja diubah orang lain');
    expect(within(error).getByRole('button', { name: 'Muat ulang' })).toBeTruthy();
  });
});

/** Shows the URL's query string and navigates elsewhere, as a shared link or the back button would. */
function UrlProbe() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <output data-testid="url-search">{location.search}</output>
      <button type="button" onClick={() => void navigate('/katalog-pelatihan?mode=COACHING')}>
        go-coaching
      </button>
    </>
  );
}

const renderAt = (path: string, mocks: object[]) =>
  renderWithSession(
    <>
      <TrainingCataloguePage />
      <UrlProbe />
    </>,
    {
      me: user(),
      abilityRules: [{ action: 'read', subject: 'TrainingProgram' }],
      mocks,
      path,
    },
  );

describe('Katalog Pelatihan filters in the URL', () => {
  test('a shared link opens the same filtered view', async () => {
    renderAt('/katalog-pelatihan?q=komunikasi&mode=E_LEARNING&value=AKUNTABEL&retired=1', [
      listMock(
        [program({ mode: 'E_LEARNING' })],
        {},
        {
          search: 'komunikasi',
          mode: 'E_LEARNING',
          coreValue: 'AKUNTABEL',
          includeRetired: true,
        },
      ),
    ]);
    expect(await screen.findByTestId('program')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Cari').value).toBe('komunikasi');
    expect(screen.getByLabelText<HTMLSelectElement>('Metode').value).toBe('E_LEARNING');
    expect(screen.getByLabelText<HTMLSelectElement>('Nilai BerAKHLAK').value).toBe('AKUNTABEL');
    expect(
      screen.getByLabelText<HTMLInputElement>('Tampilkan yang sudah tidak ditawarkan').checked,
    ).toBe(true);
  });

  test('choosing filters and typing a search writes them to the URL', async () => {
    renderAt('/katalog-pelatihan', [
      listMock([program()]),
      listMock([program()], {}, { mode: 'CLASSROOM', includeRetired: false }),
      listMock([program()], {}, { mode: 'CLASSROOM', includeRetired: true }),
      listMock([program()], {}, { search: 'kom', mode: 'CLASSROOM', includeRetired: true }),
    ]);
    await screen.findByTestId('program');
    expect(screen.getByTestId('url-search').textContent).toBe('');
    fireEvent.change(screen.getByLabelText('Metode'), { target: { value: 'CLASSROOM' } });
    expect(screen.getByTestId('url-search').textContent).toBe('?mode=CLASSROOM');
    fireEvent.click(screen.getByLabelText('Tampilkan yang sudah tidak ditawarkan'));
    expect(screen.getByTestId('url-search').textContent).toBe('?mode=CLASSROOM&retired=1');
    fireEvent.change(screen.getByLabelText('Cari'), { target: { value: ' kom' } });
    // The search reaches the URL after the typing pause, trimmed.
    await waitFor(() =>
      expect(screen.getByTestId('url-search').textContent).toBe('?q=kom&mode=CLASSROOM&retired=1'),
    );
    expect(screen.getByLabelText<HTMLInputElement>('Cari').value).toBe(' kom');
    expect(await screen.findByTestId('program')).toBeTruthy();
  });

  test('a URL change from elsewhere (back, a link) shows its filters again', async () => {
    renderAt('/katalog-pelatihan?q=arsip&value=KOMPETEN', [
      listMock([program()], {}, { search: 'arsip', coreValue: 'KOMPETEN', includeRetired: false }),
      listMock([program({ mode: 'COACHING' })], {}, { mode: 'COACHING', includeRetired: false }),
    ]);
    await screen.findByTestId('program');
    fireEvent.click(screen.getByRole('button', { name: 'go-coaching' }));
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLSelectElement>('Metode').value).toBe('COACHING'),
    );
    expect(screen.getByLabelText<HTMLInputElement>('Cari').value).toBe('');
    expect(screen.getByLabelText<HTMLSelectElement>('Nilai BerAKHLAK').value).toBe('');
  });

  test('an empty filtered view offers to clear the filters', async () => {
    renderAt('/katalog-pelatihan?mode=MENTORING', [
      listMock([], {}, { mode: 'MENTORING', includeRetired: false }),
      listMock([program()]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Hapus filter' }));
    expect(screen.getByTestId('url-search').textContent).toBe('');
    expect(await screen.findByTestId('program')).toBeTruthy();
  });

  test('parsing ignores unknown values; defaults stay out of the URL', () => {
    const params = parseCatalogueParams(
      new URLSearchParams('q=%20pelayanan%20&mode=ONLINE&value=JUJUR&retired=yes'),
    );
    expect(params).toEqual({
      search: ' pelayanan ',
      mode: '',
      coreValue: '',
      includeRetired: false,
    });
    expect(toProgramFilter(params)).toEqual({ search: 'pelayanan', includeRetired: false });
    expect(catalogueSearchParams(params).toString()).toBe('q=pelayanan');
    expect(
      catalogueSearchParams({
        search: '',
        mode: 'E_LEARNING',
        coreValue: 'HARMONIS',
        includeRetired: true,
      }).toString(),
    ).toBe('mode=E_LEARNING&value=HARMONIS&retired=1');
  });
});
