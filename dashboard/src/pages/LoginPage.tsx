import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { LoginForm } from '../modules/auth/components/LoginForm';
import type { LoginRedirectState } from '../modules/auth/components/RequireAuth';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { LanguageSwitch, useT } from '../modules/i18n';
import '../modules/auth/styles/auth.css';

export function LoginPage() {
  const t = useT();
  const { token, sessionExpired, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as LoginRedirectState | null)?.from;
  const target = from && from.startsWith('/') && !from.startsWith('/login') ? from : '/';

  if (token) return <Navigate to={target} replace />;

  return (
    <div className="login-page">
      <header className="login-page__language">
        <LanguageSwitch />
      </header>
      <main className="login-page__main" id="main">
        <div className="login-card card">
          <div className="login-card__brand">
            <span className="brand__mark brand__mark--large" aria-hidden="true">
              K
            </span>
            <div>
              <p className="login-card__app">{t('app.name')}</p>
              <p className="login-card__org">{t('app.org')}</p>
            </div>
          </div>
          <h1 className="login-card__title">{t('login.title')}</h1>
          <p className="login-card__subtitle">{t('login.subtitle')}</p>
          <LoginForm
            notice={sessionExpired ? t('login.sessionExpired') : undefined}
            onSignedIn={(newToken) => {
              signIn(newToken);
              void navigate(target, { replace: true });
            }}
          />
          <p className="login-card__forgot" data-testid="login-forgot">
            {t('login.forgot')}
          </p>
        </div>
        <p className="login-page__footer">{t('login.footer')}</p>
      </main>
    </div>
  );
}
