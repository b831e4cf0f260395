import { use, type ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { useApiClientLoader } from '../../api/components/ApiClientProvider';
import { SessionProvider } from './SessionProvider';

/**
 * Everything behind the login: Apollo (loaded with this chunk) and the session. Suspends until the
 * client is ready; the login form usually loaded it already.
 */
export default function SignedIn({ children }: { children: ReactNode }) {
  const client = use(useApiClientLoader().load());
  return (
    <ApolloProvider client={client}>
      <SessionProvider>{children}</SessionProvider>
    </ApolloProvider>
  );
}
