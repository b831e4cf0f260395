import { act, fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { AccountActions } from '../components/AccountActions';
import { LOCK_ACCOUNT, RESET_PASSWORD } from '../graphql/mutations';
import { account, hrUser, renderAs } from './fixtures';

describe('account actions', () => {
  test('resets a password only after confirmation, and shows the one-time password once', async () => {
    renderAs(<AccountActions account={account()} />, {
      mocks: [
        {
          request: { query: RESET_PASSWORD, variables: { id: 'acc-9' } },
          result: {
            data: {
              resetPassword: {
                __typename: 'PasswordResetPayload',
                oneTimePassword: 'abcd-EFGH-2345',
                user: account({ mustChangePassword: true }),
              },
            },
          },
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Atur ulang kata sandi' }));
    const dialog = screen.getByRole('dialog');
    expect(
      within(dialog).getByText('Atur ulang kata sandi Siti Rahayu (199006152015032001)?'),
    ).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Atur ulang kata sandi' }));
    });
    expect((await screen.findByTestId('one-time-password-value')).textContent).toBe(
      'abcd-EFGH-2345',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Sudah saya catat' }));
    expect(screen.queryByTestId('one-time-password-value')).toBeNull();
  });

  test('cancelling the confirmation changes nothing', () => {
    renderAs(<AccountActions account={account()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kunci' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Batal' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('shows the API’s reason when a lock is refused', async () => {
    renderAs(<AccountActions account={account()} />, {
      mocks: [
        {
          request: { query: LOCK_ACCOUNT, variables: { id: 'acc-9', reason: null } },
          result: {
            errors: [
              new GraphQLError('last', {
                extensions: { code: 'CONFLICT', reason: 'LAST_HR_ADMIN' },
              }),
            ],
          },
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Kunci' }));
    await act(async () => {
      fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Kunci' }));
    });
    expect(await screen.findByText(/admin kepegawaian aktif terakhir/)).toBeTruthy();
  });

  test('offers no lock, reset or HR-role removal on one’s own account', () => {
    const me = hrUser({ id: 'acc-9' });
    renderAs(<AccountActions account={account({ roles: ['HR_ADMIN'] })} />, { me });
    expect(screen.queryByRole('button', { name: 'Kunci' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Atur ulang kata sandi' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Cabut peran Admin/ })).toBeNull();
    // Roles wait behind one closed disclosure, so a row is not three buttons taller.
    const grant = screen.getByRole('button', { name: 'Beri peran Analis' });
    const roles = grant.closest('details')!;
    expect(roles.open).toBe(false);
    expect(roles.querySelector('summary')?.textContent).toBe('Ubah peran');
  });
});
