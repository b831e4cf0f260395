import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { EvaluationFieldsFragment } from '../../api/generated/graphql';
import { I18nProvider } from '../../i18n';
import { EvaluationHistory } from '../components/EvaluationHistory';

const evaluation = (
  id: string,
  year: number,
  period: EvaluationFieldsFragment['period'],
  predicate: EvaluationFieldsFragment['predicate'],
) =>
  ({
    __typename: 'Evaluation',
    id,
    period,
    predicate,
    status: 'ACKNOWLEDGED',
    revision: 0,
    supersededAt: null,
    resultRating: 'SESUAI_EKSPEKTASI',
    behaviorRating: 'SESUAI_EKSPEKTASI',
    feedback: [],
    cycle: { __typename: 'Cycle', id: `c${year}`, year },
  }) as unknown as EvaluationFieldsFragment;

const HISTORY = [
  evaluation('1', 2026, 'TW1', 'BAIK'),
  evaluation('2', 2026, 'TW2', 'SANGAT_BAIK'),
  evaluation('3', 2025, 'TW1', 'BAIK'),
  evaluation('4', 2025, 'ANNUAL', 'BUTUH_PERBAIKAN'),
  evaluation('5', 2024, 'ANNUAL', 'KURANG'),
];

const renderHistory = (targetId: string | null = null) =>
  render(
    <I18nProvider initialLanguage="id">
      <MemoryRouter>
        <EvaluationHistory evaluations={HISTORY} targetId={targetId} />
      </MemoryRouter>
    </I18nProvider>,
  );

describe('EvaluationHistory', () => {
  beforeAll(() => {
    Element.prototype.scrollIntoView = jest.fn();
  });

  test('the newest cycle is open, newest period first; earlier years fold with their predicates', () => {
    renderHistory();
    const history = screen.getByTestId('evaluation-history');
    const years = within(history).getAllByTestId('history-year');
    expect(years.map((year) => year.querySelector('summary')?.textContent)).toEqual([
      '2025TW I BaikTahunan Butuh Perbaikan',
      '2024Tahunan Kurang/Misconduct',
    ]);
    expect(years.every((year) => !(year as HTMLDetailsElement).open)).toBe(true);
    const open = within(history)
      .getAllByTestId('evaluation-view')
      .filter((view) => !view.closest('details'));
    expect(open.map((view) => view.getAttribute('data-evaluation-id'))).toEqual(['2', '1']);
  });

  test('a linked evaluation opens its year and is scrolled to', () => {
    renderHistory('4');
    const [year2025, year2024] = screen.getAllByTestId<HTMLDetailsElement>('history-year');
    expect(year2025.open).toBe(true);
    expect(year2024.open).toBe(false);
    const target = screen.getByTestId('evaluation-target');
    expect(within(target).getByTestId('evaluation-view').getAttribute('data-evaluation-id')).toBe(
      '4',
    );
    expect(document.activeElement).toBe(target);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
  });
});
