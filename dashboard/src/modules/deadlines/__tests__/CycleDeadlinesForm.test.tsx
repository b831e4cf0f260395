import { fireEvent, render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache } from '../../api/client';
import { I18nProvider } from '../../i18n';
import { CycleDeadlinesForm } from '../components/CycleDeadlinesForm';
import { GET_CYCLE_DEADLINES, UPDATE_CYCLE_DEADLINES } from '../graphql/queries';
import { DEFAULT_DEADLINES } from './fixtures';

const entry = (
  period: string,
  [opens, closes]: [string, string],
  realizationsDueOn: string | null,
  evaluationDueOn: string,
  finalizableFrom: string,
) => ({
  __typename: 'PeriodDeadline',
  period,
  startsOn: opens,
  endsOn: closes,
  reportingOpensOn: opens,
  reportingClosesOn: closes,
  realizationsDueOn,
  evaluationDueOn,
  finalizableFrom,
});

const cycle = (version: number, overrides: object = {}) => ({
  __typename: 'Cycle',
  id: '4',
  year: 2026,
  status: 'ACTIVE',
  version,
  deadlines: {
    ...DEFAULT_DEADLINES,
    schedule: [
      entry('TW1', ['2026-01-01', '2026-04-30'], '2026-04-10', '2026-04-15', '2026-04-01'),
      entry('ANNUAL', ['2026-10-01', '2027-01-30'], null, '2027-01-31', '2027-01-01'),
    ],
    ...overrides,
  },
});

const deadlinesMock = (version: number, overrides: object = {}) => ({
  request: { query: GET_CYCLE_DEADLINES, variables: { id: '4' } },
  result: { data: { cycle: cycle(version, overrides) } },
});

const input = {
  skpDueOn: '2026-02-15',
  annualEvaluationDueOn: null,
  realizationDueDays: 12,
  evaluationDueDays: 15,
  reportingWindowDays: 30,
};
const saveMock = (result: object) => ({
  request: { query: UPDATE_CYCLE_DEADLINES, variables: { id: '4', version: 3, input } },
  result,
});

const renderForm = (mocks: object[]) =>
  render(
    <I18nProvider initialLanguage="id">
      <MockedProvider cache={createCache()} mocks={mocks as never}>
        <CycleDeadlinesForm cycleId="4" />
      </MockedProvider>
    </I18nProvider>,
  );

/** HR's edit: a later SKP date, 12 days for realisations, the annual date emptied (the default). */
const edit = async () => {
  fireEvent.change(await screen.findByLabelText('SKP disetujui paling lambat'), {
    target: { value: '2026-02-15' },
  });
  fireEvent.change(screen.getByLabelText('Penilaian tahunan final paling lambat'), {
    target: { value: '' },
  });
  fireEvent.change(screen.getByLabelText('Realisasi (hari setelah triwulan)'), {
    target: { value: '12' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Simpan tenggat' }));
};

describe('CycleDeadlinesForm', () => {
  test('shows each period’s schedule: its reporting window and what is due when', async () => {
    renderForm([deadlinesMock(3)]);
    const table = await screen.findByTestId('deadline-schedule');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Periode', 'Pelaporan', 'Batas realisasi', 'Batas penilaian', 'Final sejak']);
    const [, quarter, year] = within(table).getAllByRole('row');
    expect(
      within(quarter)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['1 Jan 2026 – 30 Apr 2026', '10 Apr 2026', '15 Apr 2026', '1 Apr 2026']);
    // Nothing is reported for the year itself: no realisation deadline.
    expect(within(year).getAllByRole('cell')[1].textContent).toBe('–');
  });

  test('saves the days as numbers and an emptied date as the default, and says so', async () => {
    const saved = cycle(4, { ...input, annualEvaluationDueOn: '2027-01-31' });
    renderForm([deadlinesMock(3), saveMock({ data: { updateCycleDeadlines: saved } })]);
    await edit();
    // The saved cycle has a new version: the form stays, with its notice.
    expect(await screen.findByText('Tenggat disimpan.')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Realisasi (hari setelah triwulan)').value).toBe(
      '12',
    );
    // The emptied date comes back as the default it stands for.
    expect(
      screen.getByLabelText<HTMLInputElement>('Penilaian tahunan final paling lambat').value,
    ).toBe('2027-01-31');
  });

  test('a day count that is not a whole number is refused before anything is sent', async () => {
    renderForm([deadlinesMock(3)]);
    const days = await screen.findByLabelText('Pelaporan ditutup (hari setelah periode)');
    fireEvent.change(days, { target: { value: '2.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan tenggat' }));
    expect(await screen.findByText('Periksa isian yang ditandai.')).toBeTruthy();
    expect(days.getAttribute('aria-invalid')).toBe('true');
  });

  test('an edit someone else saved first offers a reload, which brings their deadlines', async () => {
    renderForm([
      deadlinesMock(3),
      saveMock({
        errors: [
          {
            message: 'stale',
            extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' },
          },
        ],
      }),
      deadlinesMock(5, { realizationDueDays: 20 }),
    ]);
    await edit();
    const stale = await screen.findByTestId('deadlines-stale');
    // What HR typed stays until they choose to reload.
    expect(screen.getByLabelText<HTMLInputElement>('Realisasi (hari setelah triwulan)').value).toBe(
      '12',
    );
    fireEvent.click(within(stale).getByRole('button', { name: 'Muat ulang' }));
    await screen.findByDisplayValue('20');
    expect(screen.queryByTestId('deadlines-stale')).toBeNull();
  });

  test('a closed cycle’s deadlines are shown, not edited', async () => {
    renderForm([
      { ...deadlinesMock(3), result: { data: { cycle: { ...cycle(3), status: 'CLOSED' } } } },
    ]);
    expect(
      await screen.findByText('Siklus sudah ditutup: tenggatnya tidak diubah lagi.'),
    ).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('SKP disetujui paling lambat').disabled).toBe(
      true,
    );
    expect(screen.queryByRole('button', { name: 'Simpan tenggat' })).toBeNull();
  });
});
