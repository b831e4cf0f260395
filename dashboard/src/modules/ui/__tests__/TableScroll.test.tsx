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
  test('is a region in the tab order, named after the table caption', () => {
    render(<TableScroll>{table('Anggota tim')}</TableScroll>);
    const region = screen.getByRole('region', { name: 'Anggota tim' });
    expect(region.tabIndex).toBe(0);
    expect(region.className).toBe('table-wrapper');
  });

  test('a given label wins over the caption', () => {
    render(
      <TableScroll label="Daftar siklus" className="extra">
        {table('Tahun')}
      </TableScroll>,
    );
    const region = screen.getByRole('region', { name: 'Daftar siklus' });
    expect(region.className).toBe('table-wrapper extra');
  });

  test('without caption or label it is still named, in the chosen language', () => {
    render(<TableScroll testId="scroll">{table()}</TableScroll>, 'en');
    expect(screen.getByRole('region', { name: 'Table' })).toBe(screen.getByTestId('scroll'));
  });
});
