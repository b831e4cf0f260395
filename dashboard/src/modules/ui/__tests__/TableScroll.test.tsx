import { render as renderBare, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider, type Language } from '../../i18n';
import { TableScroll } from '../components/TableScroll';

const table = (caption?: string) => (
  <table>
    {caption && <caption>{caption}</caption>}
    <tbody>
      <tr>
        <td>1</td>
      </tr>
    </tbody>
  </table>
);

const render = (element: ReactElement, language: Language = 'id') =>
  renderBare(<I18nProvider initialLanguage={language}>{element}</I18nProvider>);

describe('TableScroll', () => {
  test('is a region in the tab order, named a table of what its caption says', () => {
    render(<TableScroll>{table('Anggota tim')}</TableScroll>);
    const region = screen.getByRole('region', { name: 'Tabel Anggota tim' });
    expect(region.tabIndex).toBe(0);
    expect(region.className).toBe('table-wrapper');
  });

  test('a given label wins over the caption', () => {
    render(
      <TableScroll label="Daftar siklus" className="extra">
        {table('Tahun')}
      </TableScroll>,
    );
    const region = screen.getByRole('region', { name: 'Tabel Daftar siklus' });
    expect(region.className).toBe('table-wrapper extra');
  });

  test('a card named by a heading of the same words is not a second landmark of that name', () => {
    render(
      <section aria-labelledby="heading">
        <h2 id="heading">Daftar siklus</h2>
        <TableScroll label="Daftar siklus">{table()}</TableScroll>
      </section>,
    );
    const names = screen
      .getAllByRole('region')
      .map((region) => region.getAttribute('aria-labelledby'));
    expect(screen.getByRole('region', { name: 'Daftar siklus' }).tagName).toBe('SECTION');
    expect(screen.getByRole('region', { name: 'Tabel Daftar siklus' }).tagName).toBe('DIV');
    expect(new Set(names).size).toBe(2);
    // Named without a hidden copy of the words: a search by text finds the heading alone.
    expect(screen.getAllByText('Daftar siklus').map((element) => element.tagName)).toEqual(['H2']);
  });

  test('the name follows the language', () => {
    render(<TableScroll>{table('Team members')}</TableScroll>, 'en');
    expect(screen.getByRole('region', { name: 'Table Team members' })).toBeTruthy();
  });

  test('without caption or label it is still named, in the chosen language', () => {
    render(<TableScroll testId="scroll">{table()}</TableScroll>, 'en');
    expect(screen.getByRole('region', { name: 'Table' })).toBe(screen.getByTestId('scroll'));
  });
});
