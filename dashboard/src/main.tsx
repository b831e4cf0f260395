import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App';
import { createApolloClient } from './modules/api/client';
import { AuthProvider } from './modules/auth/components/AuthProvider';
import { createTokenStore } from './modules/auth/utils/token-store';
import { I18nProvider } from './modules/i18n';
import './modules/ui/styles/app.css';

const tokenStore = createTokenStore();
const client = createApolloClient({ tokenStore });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <ApolloProvider client={client}>
        <AuthProvider tokenStore={tokenStore}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </AuthProvider>
      </ApolloProvider>
    </I18nProvider>
  </StrictMode>,
);
