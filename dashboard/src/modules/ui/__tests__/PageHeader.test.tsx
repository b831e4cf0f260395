import { render, screen } from '@testing-library/react';
import { PageHeader } from '../components/PageHeader';

describe('PageHeader', () => {
  test.each([
    ['no tools', undefined, false],
    ['tools hidden by a false condition', false, false],
    ['a tool', <button key="tool">Unduh</button>, true],
  ])('with %s the toolbar shows only when there is a tool', (_case, tools, hasToolbar) => {
    const { container } = render(
      <PageHeader title="Tim Saya" subtitle="Anggota tim" titleTestId="title">
        {tools}
      </PageHeader>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Tim Saya');
    expect(screen.getByTestId('title')).toBeTruthy();
    expect(screen.getByText('Anggota tim')).toBeTruthy();
    expect(container.querySelector('.toolbar') !== null).toBe(hasToolbar);
    expect(container.querySelector('header')?.className.includes('page-header--with-tools')).toBe(
      hasToolbar,
    );
  });

  test('leaves the subtitle out when there is none', () => {
    const { container } = render(<PageHeader title="Keberatan" />);
    expect(container.querySelector('.page-header__subtitle')).toBeNull();
  });
});
