import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { CHANGE_PASSWORD } from '../graphql/mutations';
import { badInput, renderAs } from './fixtures';

const USER = {
  __typename: 'User',
  id: 'u-1',
  username: '199006152015032001',
  roles: ['EMPLOYEE'],
  isSupervisor: false,
  abilityRules: [],
  mustChangePassword: false,
  employee: { __typename: 'Employee', id: '9', name: 'Siti Rahayu' },
};

const changeMock = (newPassword: string, result: object) => ({
  request: {
    query: CHANGE_PASSWORD,
    variables: { currentPassword: 'abcd-efgh-jkmn', newPassword },
  },
  result,
});

async function fill(newPassword: string, confirm = newPassword) {
  fireEvent.change(screen.getByLabelText('Kata sandi sekali pakai'), {
    target: { value: 'abcd-efgh-jkmn' },
  });
  fireEvent.change(screen.getByLabelText('Kata sandi baru'), { target: { value: newPassword } });
  fireEvent.change(screen.getByLabelText('Ulangi kata sandi baru'), { target: { value: confirm } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Simpan kata sandi' }));
  });
}

describe('change password form', () => {
  test('checks the repeated password before calling the API', async () => {
    const onChanged = jest.fn();
    renderAs(<ChangePasswordForm forced onChanged={onChanged} />);
    await fill('Kecapi-Lembayung-47', 'Kecapi-Lembayung-48');
    expect(screen.getByText('Kedua kata sandi baru tidak sama.')).toBeTruthy();
    expect(onChanged).not.toHaveBeenCalled();
  });

  test('shows the policy refusal beside the new password', async () => {
    const onChanged = jest.fn();
    renderAs(<ChangePasswordForm forced onChanged={onChanged} />, {
      mocks: [
        changeMock(
          'password123',
          badInput([
            {
              field: 'newPassword',
              reason: 'PASSWORD_TOO_WEAK',
              params: { score: 1, minScore: 3 },
            },
          ]),
        ),
      ],
    });
    await fill('password123');
    const input = screen.getByLabelText('Kata sandi baru');
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = input.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toMatch(/terlalu mudah ditebak/);
    expect(onChanged).not.toHaveBeenCalled();
  });

  test('names a wrong current password beside it', async () => {
    renderAs(<ChangePasswordForm forced onChanged={jest.fn()} />, {
      mocks: [
        changeMock(
          'Kecapi-Lembayung-47',
          badInput([{ field: 'currentPassword', reason: 'WRONG_PASSWORD' }]),
        ),
      ],
    });
    await fill('Kecapi-Lembayung-47');
    expect(await screen.findByText('Kata sandi saat ini salah.')).toBeTruthy();
  });

  test('hands over the fresh token once changed', async () => {
    const onChanged = jest.fn();
    renderAs(<ChangePasswordForm forced onChanged={onChanged} />, {
      mocks: [
        changeMock('Kecapi-Lembayung-47', {
          data: {
            changePassword: { __typename: 'AuthPayload', token: 'fresh-token', user: USER },
          },
        }),
      ],
    });
    await fill('Kecapi-Lembayung-47');
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith('fresh-token'));
  });
});
