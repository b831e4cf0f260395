import { useContext } from 'react';
import { NavLink } from 'react-router-dom';
import { SessionContext } from '../../auth/components/SessionProvider';
import { useAbility } from '../../authz';
import { useT } from '../../i18n';
import { UnreadBadge } from '../../notifications/components/UnreadBadge';
import { Icon } from '../../ui/components/Icon';
import { isNavItemAllowed, NAV_ITEMS, navViewerOf } from '../utils/nav-items';

interface MainNavProps {
  onNavigate?: () => void;
  id?: string;
  className?: string;
}

export function MainNav({ onNavigate, id, className = '' }: MainNavProps) {
  const t = useT();
  const ability = useAbility();
  const viewer = navViewerOf(useContext(SessionContext)?.me);
  const items = NAV_ITEMS.filter((item) => isNavItemAllowed(item, ability, viewer));

  return (
    <nav className={`main-nav ${className}`} aria-label={t('shell.mainNav')} id={id}>
      <ul className="main-nav__list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.end}
              className={({ isActive }) =>
                `main-nav__link${isActive ? ' main-nav__link--active' : ''}`
              }
              onClick={onNavigate}
            >
              <Icon name={item.icon} size={18} />
              <span>{t(item.labelKey)}</span>
              {item.badge === 'unreadNotifications' && <UnreadBadge />}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
