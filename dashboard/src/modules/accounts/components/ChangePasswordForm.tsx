import { useId, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { errorMessage, fieldErrorsOf, type FieldErrors } from '../../api/utils/error-messages';
import { GET_SESSION } from '../../auth/graphql/queries';
import { useT } from '../../i18n';
import { FormActions } from '../../ui/components/FormActions';
import { FormField } from '../../ui/components/FormField';
import { Notice } from '../../ui/components/Notice';
import { CHANGE_PASSWORD } from '../graphql/mutations';

interface ChangePasswordFormProps {
  /** Signed in with a one-time password: the current password is that one. */
  forced: boolean;
  /** The fresh token (the API ends every other session). */
  onChanged: (token: string) => void;
}

/** The owner's password change: the current password, a new one twice; API problems beside each field. */
export function ChangePasswordForm({ forced, onChanged }: ChangePasswordFormProps) {
  const t = useT();
  const client = useApolloClient();
  const [changePassword, { loading }] = useMutation(CHANGE_PASSWORD);
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', confirm: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const ids = { current: useId(), next: useId(), confirm: useId() };

  const set = (key: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((before) => ({ ...before, [key]: event.target.value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const own: FieldErrors = {};
    if (!values.currentPassword) own.currentPassword = t('reason.REQUIRED');
    if (!values.newPassword) own.newPassword = t('reason.REQUIRED');
    else if (values.newPassword !== values.confirm) own.confirm = t('password.mismatch');
    setFieldErrors(own);
    if (Object.keys(own).length > 0) return;
    try {
      const { data } = await changePassword({
        variables: { currentPassword: values.currentPassword, newPassword: values.newPassword },
      });
      if (!data) throw new Error('Empty response');
      client.writeQuery({ query: GET_SESSION, data: { me: data.changePassword.user } });
      onChanged(data.changePassword.token);
    } catch (error) {
      const fields = fieldErrorsOf(t, error);
      setFieldErrors(fields);
      if (Object.keys(fields).length === 0) setFailure(errorMessage(t, error));
    }
  }

  return (
    <form
      className="password-form"
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      data-testid="change-password-form"
    >
      {failure && <Notice tone="error">{failure}</Notice>}
      <FormField
        id={ids.current}
        label={forced ? t('password.currentForced') : t('password.current')}
        error={fieldErrors.currentPassword}
      >
        {(control) => (
          <input
            {...control}
            name="currentPassword"
            className="input"
            type="password"
            autoComplete="current-password"
            value={values.currentPassword}
            onChange={set('currentPassword')}
          />
        )}
      </FormField>
      <FormField
        id={ids.next}
        label={t('password.new')}
        error={fieldErrors.newPassword}
        hint={t('password.policy')}
        describeHint
      >
        {(control) => (
          <input
            {...control}
            name="newPassword"
            className="input"
            type="password"
            autoComplete="new-password"
            value={values.newPassword}
            onChange={set('newPassword')}
          />
        )}
      </FormField>
      <FormField id={ids.confirm} label={t('password.confirm')} error={fieldErrors.confirm}>
        {(control) => (
          <input
            {...control}
            name="confirmPassword"
            className="input"
            type="password"
            autoComplete="new-password"
            value={values.confirm}
            onChange={set('confirm')}
          />
        )}
      </FormField>
      <FormActions submitLabel={t('password.submit')} busy={loading} />
    </form>
  );
}
