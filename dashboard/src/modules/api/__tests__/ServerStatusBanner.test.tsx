import { act, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n';
import { ServerStatusBanner } from '../components/ServerStatusBanner';
import { ServerStatusProvider } from '../components/ServerStatusProvider';
import { createServerStatus } from '../utils/server-status';

describe('ServerStatusBanner', () => {
  test('says the server is unavailable and retrying while it is, and nothing otherwise', () => {
    const status = createServerStatus();
    render(
      <I18nProvider>
        <ServerStatusProvider status={status}>
          <ServerStatusBanner />
        </ServerStatusProvider>
      </I18nProvider>,
    );
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');
    act(() => status.markUnavailable());
    expect(region.textContent).toMatch(/tidak tersedia untuk sementara, mencoba lagi/);
    act(() => status.markAvailable());
    expect(region.textContent).toBe('');
  });

  test('renders an empty live region without a provider', () => {
    render(
      <I18nProvider>
        <ServerStatusBanner />
      </I18nProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
