import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MyDevelopmentPage } from '../../../pages/MyDevelopmentPage';
import { UPDATE_DEVELOPMENT_ACTIVITY } from '../graphql/mutations';
import { GET_DEVELOPMENT_PLAN, GET_RECOMMENDATIONS } from '../graphql/queries';
import {
  activity,
  coaching,
  cyclesMock,
  jp,
  planMock,
  recommendation,
  recommendationsMock,
  renderWithSession,
  user,
} from './fixtures';

const renderMine = (mocks: object[], language: 'id' | 'en' = 'id') =>
  renderWithSession(<MyDevelopmentPage />, { mocks, language, path: '/pengembangan-saya' });

const updateMock = (input: object, result: object) => ({
  request: { query: UPDATE_DEVELOPMENT_ACTIVITY, variables: { id: '501', input } },
  ...result,
});

describe('Pengembangan Saya', () => {
  // A cycle opened by link is remembered for the tab; each test starts from the default.
  afterEach(() => sessionStorage.clear());

  test('loading: a skeleton while the plan loads', async () => {
    renderMine([
      cyclesMock(),
      planMock('7', [], jp(0, 0), { delay: 10_000 }),
      recommendationsMock('7', [], { delay: 10_000 }),
    ]);
    expect(await screen.findByTestId('plan-loading')).toBeTruthy();
  });

  test('empty: no plan yet, JP 0 of 20, no recommendations', async () => {
    renderMine([cyclesMock(), planMock('7', null), recommendationsMock('7', [])]);
    expect(await screen.findByText('Belum ada kegiatan pengembangan')).toBeTruthy();
    expect(screen.getByTestId('jp-progress-done').textContent).toBe('0 dari 20 JP selesai');
    expect(await screen.findByText(/Tidak ada rekomendasi/)).toBeTruthy();
  });

  test('error: the plan cannot load, with a retry', async () => {
    renderMine([
      cyclesMock(),
      { ...planMock('7', []), result: undefined, error: new Error('Failed to fetch') },
      recommendationsMock('7', []),
    ]);
    expect(await screen.findByRole('button', { name: 'Coba lagi' })).toBeTruthy();
    expect(screen.getByText(/Tidak dapat terhubung ke server/)).toBeTruthy();
  });

  test('without an employee record there is nothing to plan', () => {
    renderWithSession(<MyDevelopmentPage />, {
      me: user({ employee: null }),
      mocks: [cyclesMock()],
    });
    expect(screen.getByText('Akun ini tidak terhubung dengan data pegawai.')).toBeTruthy();
  });

  test('data: required pembinaan on top, JP flagged, recommendations with their reasons in words', async () => {
    renderMine([
      cyclesMock(),
      planMock('7', [activity(), coaching()], jp(4, 20)),
      recommendationsMock('7', [recommendation()]),
    ]);
    const items = await screen.findAllByTestId('activity');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByText('Pembinaan wajib')).toBeTruthy();
    expect(within(items[0]).getByText(/hanya dapat dibatalkan atasan/)).toBeTruthy();
    expect(within(items[1]).getByText('Komunikasi Publik')).toBeTruthy();
    expect(within(items[1]).getByText(/penilaian Tahunan 2025/)).toBeTruthy();
    expect(screen.getByTestId('jp-progress-done').textContent).toBe('4 dari 20 JP selesai');
    expect(screen.getByTestId('jp-progress-flag').textContent).toContain('kurang 16 JP');

    const recommended = await screen.findByTestId('recommendation');
    expect(recommended.textContent).toContain(
      'Nilai Berorientasi Pelayanan dinilai di bawah ekspektasi; 2 umpan balik perbaikan tentang Berorientasi Pelayanan pada penilaian Tahunan 2025',
    );
    expect(recommended.textContent).toContain(
      'Indikator “Persentase pengaduan yang ditangani tepat waktu” tercapai 72,5% (aspek Waktu) pada penilaian TW II 2026',
    );
    // The employee reads recommendations; adding them is the supervisor's.
    expect(within(recommended).queryByRole('button')).toBeNull();
  });

  test('mark done: outcome and certificate are saved with DONE and the JP count moves', async () => {
    const done = activity({
      status: 'DONE',
      version: 2,
      completedOn: '2026-11-20',
      outcome: 'Menyusun SOP komunikasi publik seksi.',
      evidenceUrl: 'https://elearning.example.go.id/sertifikat/1',
    });
    renderMine([
      cyclesMock(),
      planMock('7', [activity()], jp(4, 20)),
      recommendationsMock('7', [], { maxUsageCount: 2 }),
      updateMock(
        {
          version: 1,
          status: 'DONE',
          outcome: 'Menyusun SOP komunikasi publik seksi.',
          evidenceUrl: 'https://elearning.example.go.id/sertifikat/1',
        },
        { result: { data: { updateDevelopmentActivity: done } } },
      ),
      planMock('7', [done], jp(20, 20)),
    ]);
    const item = await screen.findByTestId('activity');
    fireEvent.click(within(item).getByRole('button', { name: 'Tandai selesai' }));
    fireEvent.change(within(item).getByLabelText('Hasil/catatan'), {
      target: { value: 'Menyusun SOP komunikasi publik seksi.' },
    });
    fireEvent.change(within(item).getByLabelText('Tautan sertifikat atau bukti'), {
      target: { value: 'https://elearning.example.go.id/sertifikat/1' },
    });
    fireEvent.click(within(item).getByRole('button', { name: 'Simpan dan tandai selesai' }));
    await waitFor(() =>
      expect(screen.getByTestId('jp-progress-done').textContent).toBe('20 dari 20 JP selesai'),
    );
    const saved = screen.getByTestId('activity');
    expect(saved.getAttribute('data-status')).toBe('DONE');
    expect(
      await within(saved).findByText('Kegiatan ditandai selesai; JP Anda bertambah.'),
    ).toBeTruthy();
    expect(
      within(saved)
        .getByRole('link', { name: /Buka sertifikat/ })
        .getAttribute('href'),
    ).toBe('https://elearning.example.go.id/sertifikat/1');
    expect(screen.queryByTestId('jp-progress-flag')).toBeNull();
  });

  test('a closed year: the plan is read, and no progress can be recorded', async () => {
    renderWithSession(<MyDevelopmentPage />, {
      mocks: [
        cyclesMock(),
        planMock('7', [activity()], jp(4, 20), {
          request: {
            query: GET_DEVELOPMENT_PLAN,
            variables: { employeeId: '7', cycleId: '3' },
          },
        }),
        {
          ...recommendationsMock('7', []),
          request: { query: GET_RECOMMENDATIONS, variables: { employeeId: '7', cycleId: '3' } },
        },
      ],
      path: '/pengembangan-saya?siklus=3',
    });
    const item = await screen.findByTestId('activity');
    expect(within(item).getByText('Komunikasi Publik')).toBeTruthy();
    expect(within(item).queryByRole('button', { name: 'Tandai selesai' })).toBeNull();
    expect(screen.getByText('Siklus ini sudah ditutup; rencana hanya dapat dibaca.')).toBeTruthy();
  });

  test('a stale version says someone else saved first and offers a reload', async () => {
    renderMine([
      cyclesMock(),
      planMock('7', [activity()], jp(4, 20), { maxUsageCount: 2 }),
      recommendationsMock('7', []),
      updateMock(
        { version: 1, status: 'IN_PROGRESS' },
        {
          result: {
            errors: [
              new GraphQLError('Someone else changed this activity first; reload and try again', {
                extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' },
              }),
            ],
          },
        },
      ),
    ]);
    const item = await screen.findByTestId('activity');
    fireEvent.click(within(item).getByRole('button', { name: 'Mulai' }));
    const error = await within(item).findByTestId('activity-error');
    expect(error.textContent).toContain('baru saja diubah orang lain');
    expect(within(error).getByRole('button', { name: 'Muat ulang' })).toBeTruthy();
  });

  test.each([
    ['id', 'Predikat Butuh Perbaikan pada penilaian Tahunan 2025'],
    ['en', 'Predicate Needs improvement in the Annual 2025 evaluation'],
  ] as const)(
    'a required pembinaan’s reason is worded from its predicate (%s), not the stored sentence',
    async (language, reason) => {
      const required = coaching({
        reason: 'Predikat Butuh Perbaikan pada penilaian tahunan 2025',
        reasonEvaluation: {
          __typename: 'Evaluation',
          id: '900',
          period: 'ANNUAL',
          predicate: 'BUTUH_PERBAIKAN',
          cycle: { __typename: 'Cycle', id: '3', year: 2025 },
        },
      });
      renderMine(
        [cyclesMock(), planMock('7', [required], jp(0, 4)), recommendationsMock('7', [])],
        language,
      );
      const item = await screen.findByTestId('activity');
      const facts = item.querySelector('.activity__facts')!;
      expect(within(facts as HTMLElement).getByText(reason, { selector: 'dd' })).toBeTruthy();
      if (language === 'en') expect(item.textContent).not.toContain('Predikat');
    },
  );

  test('English: the same page in the other language', async () => {
    renderMine(
      [cyclesMock(), planMock('7', [coaching()], jp(0, 4)), recommendationsMock('7', [])],
      'en',
    );
    expect(await screen.findByText('Required coaching')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'My Development' })).toBeTruthy();
  });

  test('English: a required pembinaan keeps no Indonesian title the API gave it', async () => {
    renderMine(
      [
        cyclesMock(),
        planMock('7', [coaching({ title: 'Pembinaan kinerja' })], jp(0, 4)),
        recommendationsMock('7', []),
      ],
      'en',
    );
    const item = await screen.findByTestId('activity');
    expect(
      within(item).getByRole('heading', { name: 'Performance coaching (pembinaan kinerja)' }),
    ).toBeTruthy();
  });
});
