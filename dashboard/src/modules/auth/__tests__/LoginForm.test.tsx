import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ApolloClient } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { createCache } from '../../api/client';
import { ApiClientProvider } from '../../api/components/ApiClientProvider';
import { I18nProvider } from '../../i18n';
import { LoginForm } from '../components/LoginForm';
import { LOGIN } from '../graphql/mutations';
import { GET_SESSION } from '../graphql/queries';

const USER = {
  __typename: 'User',
  id: 'a-1',
  username: '198503122010011004',
  roles: ['EMPLOYEE'],
  isSupervisor: false,
  abilityRules: [],
  mustChangePassword: false,
  employee: { __typename: 'Employee', id: '1', name: 'Sri Wahyuni' },
};

const loginMock = (password: string, result: object) => ({
  request: { query: LOGIN, variables: { username: '198503122010011004', password } },
  result,
});

// The form loads the app's one Apollo client on demand; here it is one over mocked responses.
let client: ApolloClient;

function renderForm(mocks: object[], onSignedIn = jest.fn()) {
  client = new ApolloClient({ cache: createCache(), link: new MockLink(mocks as never) });
  const loader = { load: jest.fn(() => Promise.resolve(client)) };
  render(
    <I18nProvider initialLanguage="id">
      <ApiClientProvider loader={loader}>
        <LoginForm onSignedIn={onSignedIn} />
      </ApiClientProvider>
    </I18nProvider>,
  );
  return onSignedIn;
}

async function submit(password: string) {
  fireEvent.change(screen.getByLabelText('NIP atau nama pengguna'), {
    target: { value: ' 198503122010011004 ' },
  });
  fireEvent.change(screen.getByLabelText('Kata sandi'), { target: { value: password } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
  });
}

describe('login form', () => {
  test('asks for both fields before calling the API', async () => {
    const onSignedIn = renderForm([]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    });
    expect(screen.getByText('NIP atau nama pengguna wajib diisi.')).toBeTruthy();
    expect(screen.getByText('Kata sandi wajib diisi.')).toBeTruthy();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  test('signs in with the trimmed NIP and hands over the token', async () => {
    const onSignedIn = renderForm([
      loginMock('gayungan2026', {
        data: { login: { __typename: 'AuthPayload', token: 'jwt-token', user: USER } },
      }),
    ]);
    await submit('gayungan2026');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith('jwt-token'));
    expect(screen.queryByRole('alert')).toBeNull();
    // The session is in the cache before the shell asks for it.
    expect(client.readQuery({ query: GET_SESSION })?.me.username).toBe(USER.username);
  });

  test('wrong credentials: a clear message and the password is cleared', async () => {
    const onSignedIn = renderForm([
      loginMock('salah', {
        errors: [
          new GraphQLError('Wrong username/NIP or password', {
            extensions: { code: 'UNAUTHENTICATED' },
          }),
        ],
      }),
    ]);
    await submit('salah');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'NIP/nama pengguna atau kata sandi salah.',
    );
    expect(screen.getByLabelText<HTMLInputElement>('Kata sandi').value).toBe('');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  test('the rate limit says when to retry and blocks the button until then', async () => {
    jest.useFakeTimers();
    try {
      renderForm([
        loginMock('salah', {
          errors: [
            new GraphQLError('Too many failed logins', {
              extensions: { code: 'FORBIDDEN', reason: 'RATE_LIMITED', retryAfterSeconds: 90 },
            }),
          ],
        }),
      ]);
      await submit('salah');
      await act(async () => {
        await jest.advanceTimersByTimeAsync(50);
      });
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('Terlalu banyak percobaan masuk');
      expect(alert.textContent).toContain('1 menit 30 detik');
      expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Masuk' }).disabled).toBe(true);

      await act(async () => {
        await jest.advanceTimersByTimeAsync(30_000);
      });
      expect(screen.getByRole('alert').textContent).toContain('1 menit');

      await act(async () => {
        await jest.advanceTimersByTimeAsync(61_000);
      });
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Masuk' }).disabled).toBe(false);
    } finally {
      jest.useRealTimers();
    }
  });

  test('a network failure is not reported as wrong credentials', async () => {
    renderForm([
      {
        request: { query: LOGIN, variables: { username: '198503122010011004', password: 'x' } },
        error: new TypeError('Failed to fetch'),
      },
    ]);
    await submit('x');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Tidak dapat terhubung ke server');
    expect(alert.textContent).not.toContain('salah');
  });
});
