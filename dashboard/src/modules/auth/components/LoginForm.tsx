import { useId, useState, type FormEvent } from 'react';
import { useApiClientLoader } from '../../api/components/ApiClientProvider';
import { useI18n } from '../../i18n';
import { Icon } from '../../ui/components/Icon';
import { LOGIN } from '../graphql/mutations';
import { GET_SESSION } from '../graphql/queries';
import { useCountdown } from '../hooks/useCountdown';
import { describeLoginError, loginErrorMessage, type LoginErrorKind } from '../utils/login-error';

interface LoginFormProps {
  onSignedIn: (token: string) => void;
  notice?: string;
}

interface FieldErrors {
  username?: string;
  password?: string;
}

export function LoginForm({ onSignedIn, notice }: LoginFormProps) {
  const { t, locale } = useI18n();
  const apiClient = useApiClientLoader();
  const [loading, setLoading] = useState(false);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [loginError, setLoginError] = useState<LoginErrorKind | null>(null);
  const countdown = useCountdown();
  const { remainingSeconds } = countdown;
  const ids = { username: useId(), password: useId(), error: useId() };

  const rateLimited = remainingSeconds !== null && remainingSeconds > 0;
  // Once the wait is over the rate-limit message goes, so the user can try again.
  const waitIsOver = loginError?.kind === 'rateLimited' && remainingSeconds === 0;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmedUsername = username.trim();
    const errors: FieldErrors = {};
    if (!trimmedUsername) errors.username = t('login.usernameRequired');
    if (!password) errors.password = t('login.passwordRequired');
    setFieldErrors(errors);
    if (errors.username || errors.password) return;

    setLoginError(null);
    countdown.reset();
    setLoading(true);
    try {
      const client = await apiClient.load();
      const { data } = await client.mutate({
        mutation: LOGIN,
        variables: { username: trimmedUsername, password },
      });
      if (!data) throw new Error('Empty login response');
      // Prime the session query so the shell renders without a second round trip.
      client.writeQuery({ query: GET_SESSION, data: { me: data.login.user } });
      setLoading(false);
      onSignedIn(data.login.token);
    } catch (error) {
      setLoading(false);
      const described = describeLoginError(error);
      setLoginError(described);
      if (described.kind === 'rateLimited' && described.retryAfterSeconds) {
        countdown.start(described.retryAfterSeconds);
      }
      if (described.kind === 'invalidCredentials') setPassword('');
    }
  }

  const errorMessage =
    loginError && !waitIsOver
      ? loginErrorMessage(loginError, { t, locale, remainingSeconds })
      : null;

  return (
    <form
      className="login-form"
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      aria-describedby={errorMessage ? ids.error : undefined}
    >
      {notice && !errorMessage && (
        <div className="alert alert--info" role="status">
          {notice}
        </div>
      )}
      {errorMessage && (
        <div className="alert alert--error" role="alert" id={ids.error} data-testid="login-error">
          <Icon name="alert" size={18} />
          <span>{errorMessage}</span>
        </div>
      )}

      <div className="field">
        <label className="field__label" htmlFor={ids.username}>
          {t('login.username')}
        </label>
        <input
          id={ids.username}
          name="username"
          className="input"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          placeholder={t('login.usernamePlaceholder')}
          value={username}
          onChange={(event) => {
            // Apollo arrives while the password is typed, not after the click.
            apiClient.load().catch(() => undefined);
            setUsername(event.target.value);
          }}
          aria-invalid={fieldErrors.username ? true : undefined}
          aria-describedby={fieldErrors.username ? `${ids.username}-error` : undefined}
          autoFocus
        />
        {fieldErrors.username && (
          <p className="field__error" id={`${ids.username}-error`}>
            {fieldErrors.username}
          </p>
        )}
      </div>

      <div className="field">
        <label className="field__label" htmlFor={ids.password}>
          {t('login.password')}
        </label>
        <div className="input-group">
          <input
            id={ids.password}
            name="password"
            className="input"
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={fieldErrors.password ? true : undefined}
            aria-describedby={fieldErrors.password ? `${ids.password}-error` : undefined}
          />
          <button
            type="button"
            className="input-group__button"
            onClick={() => setShowPassword((shown) => !shown)}
            aria-label={showPassword ? t('login.hidePassword') : t('login.showPassword')}
            aria-pressed={showPassword}
          >
            <Icon name={showPassword ? 'eyeOff' : 'eye'} size={18} />
          </button>
        </div>
        {fieldErrors.password && (
          <p className="field__error" id={`${ids.password}-error`}>
            {fieldErrors.password}
          </p>
        )}
      </div>

      <button
        type="submit"
        className="button button--primary button--block"
        disabled={loading || rateLimited}
        aria-busy={loading}
      >
        {loading && (
          <span className="spinner__circle spinner__circle--inverse" aria-hidden="true" />
        )}
        {loading ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}
