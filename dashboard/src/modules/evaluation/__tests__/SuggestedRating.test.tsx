import { render, screen } from '@testing-library/react';
import { I18nProvider, type Language } from '../../i18n';
import { SuggestedRating } from '../components/SuggestedRating';
import type { Rating } from '../../api/generated/graphql';

function renderSuggestion(
  props: {
    suggested: Rating | null;
    chosen: Rating | '';
    achievement: number | null;
    unreported?: number;
  },
  language: Language = 'id',
) {
  return render(
    <I18nProvider initialLanguage={language}>
      <SuggestedRating {...props} />
    </I18nProvider>,
  );
}

describe('suggested result rating display', () => {
  test('shows the suggestion with the achievement; no note while the choice agrees', () => {
    renderSuggestion({
      suggested: 'SESUAI_EKSPEKTASI',
      chosen: 'SESUAI_EKSPEKTASI',
      achievement: 97.5,
    });
    expect(screen.getByTestId('suggested-rating').textContent).toContain(
      'Saran dari capaian 97,5 %: Sesuai ekspektasi.',
    );
    expect(screen.queryByTestId('differs-note')).toBeNull();
  });

  test('no note before a rating is chosen', () => {
    renderSuggestion({ suggested: 'DI_ATAS_EKSPEKTASI', chosen: '', achievement: 115 });
    expect(screen.queryByTestId('differs-note')).toBeNull();
  });

  test('a different choice adds a note naming the suggestion', () => {
    renderSuggestion(
      { suggested: 'DI_BAWAH_EKSPEKTASI', chosen: 'SESUAI_EKSPEKTASI', achievement: 72 },
      'en',
    );
    expect(screen.getByTestId('differs-note').textContent).toBe(
      'Your rating differs from the suggestion (Below expectation). Explain why in the summary.',
    );
  });

  test('without realisations there is no suggestion', () => {
    renderSuggestion({ suggested: null, chosen: 'SESUAI_EKSPEKTASI', achievement: null });
    expect(screen.getByTestId('suggested-rating').textContent).toBe(
      'Belum ada saran: realisasi periode ini belum dilaporkan.',
    );
  });

  test('says how many indicators are not reported (belum dilaporkan), left out of the achievement', () => {
    renderSuggestion({
      suggested: 'SESUAI_EKSPEKTASI',
      chosen: '',
      achievement: 100,
      unreported: 2,
    });
    expect(screen.getByTestId('unreported-note').textContent).toBe(
      '2 indikator belum dilaporkan: tidak dihitung dalam capaian (bukan 0 %).',
    );
  });

  test('no unreported note when every indicator is reported', () => {
    renderSuggestion({ suggested: 'SESUAI_EKSPEKTASI', chosen: '', achievement: 100 });
    expect(screen.queryByTestId('unreported-note')).toBeNull();
  });
});
