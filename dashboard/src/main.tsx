import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router-dom';
// Shared styles first: each module's stylesheet (imported by its pages) builds on them.
import './modules/ui/styles/app.css';
import { App } from './App';
import { createApolloClient } from './modules/api/client';
import { ServerStatusBanner } from './modules/api/components/ServerStatusBanner';
import { ServerStatusProvider } from './modules/api/components/ServerStatusProvider';
import { createServerStatus } from './modules/api/utils/server-status';
import { AuthProvider } from './modules/auth/components/AuthProvider';
import { createTokenStore } from './modules/auth/utils/token-store';
import { I18nProvider } from './modules/i18n';

const tokenStore = createTokenStore();
const serverStatus = createServerStatus();
const client = createApolloClient({ tokenStore, serverStatus });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <ServerStatusProvider status={serverStatus}>
        <ApolloProvider client={client}>
          <AuthProvider tokenStore={tokenStore}>
            <BrowserRouter>
              <ServerStatusBanner />
              <App />
            </BrowserRouter>
          </AuthProvider>
        </ApolloProvider>
      </ServerStatusProvider>
    </I18nProvider>
  </StrictMode>,
);
