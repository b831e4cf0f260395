import { screen } from '@testing-library/react';
import { renderPage } from '../../../test-support/render';
import { RosterActions } from '../components/RosterActions';

describe('RosterActions', () => {
  it('offers HR the roster download and the import page', () => {
    renderPage(<RosterActions />, { abilityRules: [{ action: 'create', subject: 'Employee' }] });
    expect(screen.getByRole('button', { name: /Unduh daftar pegawai/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Impor data pegawai' }).getAttribute('href')).toBe(
      '/pegawai/impor',
    );
  });

  it('shows nothing to anyone else', () => {
    renderPage(<RosterActions />, { abilityRules: [{ action: 'read', subject: 'Employee' }] });
    expect(screen.queryByTestId('roster-actions')).toBeNull();
  });
});
