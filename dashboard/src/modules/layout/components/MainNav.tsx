import { NavLink } from 'react-router-dom';
import { Can } from '../../authz';
import { useT } from '../../i18n';
import { Icon } from '../../ui/components/Icon';
import { NAV_ITEMS, type NavItem } from '../utils/nav-items';

interface MainNavProps {
  onNavigate?: () => void;
  id?: string;
  className?: string;
}

export function MainNav({ onNavigate, id, className = '' }: MainNavProps) {
  const t = useT();

  const renderLink = (item: NavItem) => (
    <li key={item.to}>
      <NavLink
        to={item.to}
        end={item.end}
        className={({ isActive }) => `main-nav__link${isActive ? ' main-nav__link--active' : ''}`}
        onClick={onNavigate}
      >
        <Icon name={item.icon} size={18} />
        <span>{t(item.labelKey)}</span>
      </NavLink>
    </li>
  );

  return (
    <nav className={`main-nav ${className}`} aria-label={t('shell.mainNav')} id={id}>
      <ul className="main-nav__list">
        {NAV_ITEMS.map((item) =>
          item.requires ? (
            <Can key={item.to} I={item.requires.action} a={item.requires.subject}>
              {renderLink(item)}
            </Can>
          ) : (
            renderLink(item)
          ),
        )}
      </ul>
    </nav>
  );
}
