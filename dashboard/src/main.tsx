import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
// Shared styles first: each module's stylesheet (imported by its pages) builds on them.
import './modules/ui/styles/app.css';
import { App, preloadSignedIn } from './App';
import { ApiClientProvider } from './modules/api/components/ApiClientProvider';
import { ServerStatusBanner } from './modules/api/components/ServerStatusBanner';
import { ServerStatusProvider } from './modules/api/components/ServerStatusProvider';
import { createApiClientLoader } from './modules/api/utils/client-loader';
import { createServerStatus } from './modules/api/utils/server-status';
import { AuthProvider } from './modules/auth/components/AuthProvider';
import { createTokenStore } from './modules/auth/utils/token-store';
import { I18nProvider } from './modules/i18n';

const tokenStore = createTokenStore();
const serverStatus = createServerStatus();
// Apollo loads with the login form's first keystroke or the first signed-in page.
const apiClient = createApiClientLoader({ tokenStore, serverStatus });
if (tokenStore.getToken() !== null) void preloadSignedIn(window.location.pathname, apiClient);

const root = createRoot(document.getElementById('root')!);
// The first render as a transition: React renders it in slices that yield to the browser (a
// default-priority first render is one task as long as the whole shell and page), so a phone
// stays responsive while the signed-in shell and Beranda mount.
startTransition(() =>
  root.render(
    <StrictMode>
      <I18nProvider>
        <ServerStatusProvider status={serverStatus}>
          <ApiClientProvider loader={apiClient}>
            <AuthProvider tokenStore={tokenStore}>
              {/* A navigation shows the next page at once (its skeleton while its chunk loads), not the
                old page for as long as a transition would keep it. */}
              <BrowserRouter useTransitions={false}>
                <ServerStatusBanner />
                <App />
              </BrowserRouter>
            </AuthProvider>
          </ApiClientProvider>
        </ServerStatusProvider>
      </I18nProvider>
    </StrictMode>,
  ),
);
