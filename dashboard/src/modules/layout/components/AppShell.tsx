import { Suspense, useEffect, useId, useRef, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../../auth/hooks/useAuth';
import { useSession } from '../../auth/hooks/useSession';
import { LanguageSwitch, useT } from '../../i18n';
import { Icon } from '../../ui/components/Icon';
import { ChunkErrorBoundary } from '../../ui/components/ChunkErrorBoundary';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import '../styles/nav.css';
import '../styles/shell.css';
import { MainNav } from './MainNav';

export function AppShell() {
  const t = useT();
  const { me } = useSession();
  const { signOut } = useAuth();
  const location = useLocation();
  // The phone menu stays open only on the page where it was opened: navigating closes it.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const menuOpen = openedOn === location.pathname;
  const setMenuOpen = (open: boolean) => setOpenedOn(open ? location.pathname : null);
  const menuId = useId();
  const menuButtonRef = useRef<HTMLButtonElement>(null);

  // Escape closes the phone menu; focus inside it goes back to the button that opened it.
  useEffect(() => {
    if (!menuOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const menu = document.getElementById(menuId);
      if (menu?.contains(document.activeElement)) menuButtonRef.current?.focus();
      setOpenedOn(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [menuOpen, menuId]);

  const displayName = me.employee?.name ?? me.username;
  const roleLabels = me.roles.map((role) => t(`role.${role}`)).join(', ');

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__bar">
          {/* Named by its visible words, so voice control can follow what it shows (WCAG 2.5.3). */}
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">
              K
            </span>
            <span className="brand__text">
              <span className="brand__name">{t('app.name')}</span>{' '}
              <span className="brand__org">{t('app.org')}</span>
            </span>
          </Link>

          <button
            ref={menuButtonRef}
            type="button"
            className="app-header__menu-button"
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpen(!menuOpen)}
          >
            <Icon name={menuOpen ? 'close' : 'menu'} size={22} />
            <span>{menuOpen ? t('shell.closeMenu') : t('shell.menu')}</span>
          </button>

          <div
            id={menuId}
            className={`app-header__menu${menuOpen ? ' app-header__menu--open' : ''}`}
          >
            <MainNav className="app-header__nav" onNavigate={() => setMenuOpen(false)} />
            <div className="app-header__user">
              <span className="app-header__user-label visually-hidden">
                {t('shell.signedInAs')}
              </span>
              <span
                className="app-header__user-name"
                title={displayName}
                data-testid="current-user-name"
              >
                {displayName}
              </span>
              <span className="app-header__user-roles">{roleLabels}</span>
            </div>
            <LanguageSwitch className="app-header__language" />
            <Link
              to="/ganti-kata-sandi"
              className="button button--ghost app-header__logout app-header__password"
              title={t('password.menu')}
              data-testid="change-password-link"
            >
              <Icon name="lock" size={18} />
              <span>{t('password.menu')}</span>
            </Link>
            <button
              type="button"
              className="button button--ghost app-header__logout"
              onClick={signOut}
            >
              <Icon name="logout" size={18} />
              <span>{t('shell.logout')}</span>
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {/* A page's chunk still loading: the shell stays, the page area shows a skeleton. */}
        <ChunkErrorBoundary>
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </ChunkErrorBoundary>
      </main>
    </div>
  );
}
