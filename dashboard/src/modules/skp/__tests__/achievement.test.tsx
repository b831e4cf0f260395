import { render, screen } from '@testing-library/react';
import { I18nProvider, type Language } from '../../i18n';
import { AchievementBar } from '../components/AchievementBar';
import { achievementTone, achievementWidth } from '../utils/achievement';

describe('achievement tone and width', () => {
  test.each([
    [null, 'none', 0],
    [undefined, 'none', 0],
    [Number.NaN, 'none', 0],
    [0, 'below', 0],
    [60, 'below', 50],
    [89.9, 'below', (89.9 / 120) * 100],
    [90, 'meets', 75],
    [100, 'meets', (100 / 120) * 100],
    [110, 'meets', (110 / 120) * 100],
    [110.1, 'exceeds', (110.1 / 120) * 100],
    [120, 'exceeds', 100],
    [150, 'exceeds', 100],
  ])('%p %% is %s and fills %p %% of the track', (value, tone, width) => {
    expect(achievementTone(value)).toBe(tone);
    expect(achievementWidth(value)).toBeCloseTo(width);
  });
});

const renderBar = (value: number | null, language: Language = 'id') =>
  render(
    <I18nProvider initialLanguage={language}>
      <AchievementBar value={value} label="Dokumen terverifikasi" testId="bar" />
    </I18nProvider>,
  );

const meter = () => screen.getByRole('meter');

describe('AchievementBar', () => {
  test('below 90 % is red-ish and says so to screen readers', () => {
    renderBar(72.5);
    expect(screen.getByTestId('bar').className).toContain('achievement--below');
    expect(meter().getAttribute('aria-label')).toBe('Capaian Dokumen terverifikasi');
    expect(meter().getAttribute('aria-valuenow')).toBe('72.5');
    expect(meter().getAttribute('aria-valuemin')).toBe('0');
    expect(meter().getAttribute('aria-valuemax')).toBe('120');
    expect(meter().getAttribute('aria-valuetext')).toBe('72,5 %, di bawah ekspektasi');
    expect(screen.getByTestId('bar-value').textContent).toBe('72,5 %');
  });

  test('90–110 % is green, above 110 % blue, in English too', () => {
    const { unmount } = renderBar(100, 'en');
    expect(screen.getByTestId('bar').className).toContain('achievement--meets');
    expect(meter().getAttribute('aria-valuetext')).toBe('100 %, meets expectation');
    unmount();
    renderBar(120, 'en');
    expect(screen.getByTestId('bar').className).toContain('achievement--exceeds');
    expect(meter().getAttribute('aria-valuetext')).toBe('120 %, above expectation');
    const fill = screen.getByTestId('bar').querySelector<HTMLElement>('.achievement__fill');
    expect(fill?.style.width).toBe('100%');
  });

  test('nothing reported shows an empty grey bar and says so', () => {
    renderBar(null);
    expect(screen.getByTestId('bar').className).toContain('achievement--none');
    expect(meter().getAttribute('aria-valuenow')).toBe('0');
    expect(meter().getAttribute('aria-valuetext')).toBe('Belum dilaporkan');
    expect(screen.getByTestId('bar-value').textContent).toBe('Belum dilaporkan');
  });
});
