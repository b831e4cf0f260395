import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AuthContext, type AuthContextValue } from '../../auth/components/AuthProvider';
import { I18nProvider } from '../../i18n';
import { KecamatanRecaps } from '../components/KecamatanRecaps';

const auth = { token: 'session-token' } as unknown as AuthContextValue;

describe('KecamatanRecaps', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  test('downloads the kecamatan recap of the chosen period and the JP recap with the session token', async () => {
    const fetchMock = jest.fn(async () => ({
      ok: false,
      status: 403,
      headers: { get: () => null },
    }));
    global.fetch = fetchMock as unknown as typeof fetch;
    render(
      <I18nProvider initialLanguage="id">
        <AuthContext.Provider value={auth}>
          <KecamatanRecaps cycleId="4" year={2026} />
        </AuthContext.Provider>
      </I18nProvider>,
    );
    expect(screen.getByText(/seluruh kecamatan untuk siklus 2026/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Periode rekap'), { target: { value: 'TW3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unduh rekap kinerja (Excel)' }));
    // A refusal reads as a reason beside the button.
    expect(await screen.findByText('Anda tidak berhak mengunduh dokumen ini.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Unduh rekap JP (Excel)' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(fetchMock.mock.calls).toEqual([
      [
        '/exports/recap.xlsx?cycleId=4&period=TW3',
        { headers: { authorization: 'Bearer session-token' } },
      ],
      ['/exports/jp-recap.xlsx?cycleId=4', { headers: { authorization: 'Bearer session-token' } }],
    ]);
  });
});
