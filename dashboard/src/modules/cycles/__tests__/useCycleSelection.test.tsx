import { cleanup, fireEvent, screen } from '@testing-library/react';
import { renderPage } from '../../../test-support/render';
import { CycleSelect } from '../components/CycleSelect';
import { useAnalysisCycle } from '../../analytics/hooks/useAnalysisCycle';
import { type CycleSelection, useCycleSelection } from '../hooks/useCycleSelection';
import { GET_CYCLES } from '../graphql/queries';
import { CYCLE_STORAGE_KEY } from '../utils/cycle-memory';

const cycle = (id: string, year: number, status: string) => ({
  __typename: 'Cycle',
  id,
  year,
  status,
  currentPeriod: null,
  reportablePeriods: [],
});
const cyclesMock = {
  request: { query: GET_CYCLES },
  result: { data: { cycles: [cycle('4', 2026, 'ACTIVE'), cycle('3', 2025, 'CLOSED')] } },
};

function Page() {
  return <Chooser selection={useCycleSelection()} />;
}

// The analysis pages differ only in their default: the newest settled cycle.
function AnalysisPage() {
  return <Chooser selection={useAnalysisCycle()} />;
}

function Chooser({ selection }: { selection: CycleSelection }) {
  return (
    <>
      <CycleSelect selection={selection} />
      <p data-testid="chosen">{selection.cycle?.year ?? 'none'}</p>
    </>
  );
}

beforeEach(() => sessionStorage.clear());

describe('one chosen cycle across pages', () => {
  test('without a choice every page opens the ACTIVE cycle', async () => {
    renderPage(<Page />, { mocks: [cyclesMock], path: '/tim' });
    expect((await screen.findByText('2026')).textContent).toBe('2026');
  });

  test('the cycle chosen on Beranda is the one the next page opens', async () => {
    renderPage(<Page />, { mocks: [cyclesMock], path: '/' });
    await screen.findByText('2026');
    fireEvent.change(screen.getByLabelText('Siklus kinerja'), { target: { value: '3' } });
    expect(screen.getByTestId('chosen').textContent).toBe('2025');
    expect(sessionStorage.getItem(CYCLE_STORAGE_KEY)).toBe('3');
    cleanup();
    // Another page, no ?siklus in its URL: the same 2025 cycle.
    renderPage(<Page />, { mocks: [cyclesMock], path: '/tim/pengembangan' });
    expect((await screen.findByText('2025')).textContent).toBe('2025');
  });

  test('a link’s ?siklus wins, and becomes the choice', async () => {
    sessionStorage.setItem(CYCLE_STORAGE_KEY, '4');
    renderPage(<Page />, { mocks: [cyclesMock], path: '/ringkasan?siklus=3' });
    expect((await screen.findByText('2025')).textContent).toBe('2025');
    expect(sessionStorage.getItem(CYCLE_STORAGE_KEY)).toBe('3');
  });

  test('the analysis pages open on settled numbers, but follow the cycle chosen elsewhere', async () => {
    renderPage(<AnalysisPage />, { mocks: [cyclesMock], path: '/analisis' });
    expect((await screen.findByText('2025')).textContent).toBe('2025');
    cleanup();
    sessionStorage.setItem(CYCLE_STORAGE_KEY, '4');
    renderPage(<AnalysisPage />, { mocks: [cyclesMock], path: '/analisis' });
    expect((await screen.findByText('2026')).textContent).toBe('2026');
  });
});
