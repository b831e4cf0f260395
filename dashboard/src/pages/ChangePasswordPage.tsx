import { Link, useNavigate } from 'react-router-dom';
import { ChangePasswordForm } from '../modules/accounts/components/ChangePasswordForm';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { useSession } from '../modules/auth/hooks/useSession';
import { LanguageSwitch, useT } from '../modules/i18n';
import { Icon } from '../modules/ui/components/Icon';
import '../modules/accounts/styles/accounts.css';
import '../modules/auth/styles/auth.css';

/**
 * The owner's password change, outside the shell: after a one-time password nothing else works
 * until it is done (the API refuses with PASSWORD_CHANGE_REQUIRED), so the shell's queries wait.
 */
export function ChangePasswordPage() {
  const t = useT();
  const { me } = useSession();
  const { signIn, signOut } = useAuth();
  const navigate = useNavigate();
  const forced = Boolean(me.mustChangePassword);

  return (
    <div className="login-page">
      <header className="login-page__language">
        <LanguageSwitch />
      </header>
      <main className="login-page__main" id="main">
        <div className="login-card card">
          <h1 className="login-card__title">
            {forced ? t('password.forcedTitle') : t('password.title')}
          </h1>
          <p className="login-card__subtitle">
            {forced ? t('password.forcedIntro') : t('password.intro')}
          </p>
          <p className="login-card__subtitle" data-testid="change-password-user">
            {me.employee?.name ?? me.username}
          </p>
          <ChangePasswordForm
            forced={forced}
            onChanged={(token) => {
              signIn(token);
              void navigate('/', { replace: true, state: { passwordChanged: true } });
            }}
          />
          <div className="form-actions">
            {forced ? (
              <button type="button" className="button button--ghost" onClick={signOut}>
                <Icon name="logout" size={18} />
                <span>{t('password.signOut')}</span>
              </button>
            ) : (
              <Link to="/" className="button button--ghost">
                <Icon name="chevronLeft" size={18} />
                <span>{t('password.back')}</span>
              </Link>
            )}
          </div>
        </div>
      </main>
    </div>
  );
}
