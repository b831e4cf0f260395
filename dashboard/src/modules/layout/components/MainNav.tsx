import {
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { NavLink, useLocation } from 'react-router-dom';
import { SessionContext } from '../../auth/components/SessionProvider';
import { useAbility } from '../../authz';
import { useT } from '../../i18n';
import { UnreadBadge } from '../../notifications/components/UnreadBadge';
import { Icon } from '../../ui/components/Icon';
import {
  groupNavItems,
  isNavItemActive,
  isNavItemAllowed,
  NAV_ITEMS,
  navViewerOf,
  type NavEntry,
  type NavGroupId,
  type NavItem,
} from '../utils/nav-items';
import { GroupUnreadDot } from './GroupUnreadDot';

interface MainNavProps {
  onNavigate?: () => void;
  id?: string;
  className?: string;
}

type GroupEntry = Extract<NavEntry, { kind: 'group' }>;

const focusables = (root: HTMLElement | null, selector: string) =>
  Array.from(root?.querySelectorAll<HTMLElement>(selector) ?? []);

/**
 * The main menu: home, then one disclosure button per area (Saya, Tim, Kecamatan, Analisis) whose
 * list opens below it. On phones (inside the shell's menu) every area is listed open.
 */
export function MainNav({ onNavigate, id, className = '' }: MainNavProps) {
  const t = useT();
  const ability = useAbility();
  const viewer = navViewerOf(useContext(SessionContext)?.me);
  const entries = groupNavItems(
    NAV_ITEMS.filter((item) => isNavItemAllowed(item, ability, viewer)),
  );
  const { pathname } = useLocation();
  const navRef = useRef<HTMLElement>(null);
  // A group stays open only on the page where it was opened: navigating closes it.
  const [opened, setOpened] = useState<{ group: NavGroupId; path: string } | null>(null);
  const openGroup = opened?.path === pathname ? opened.group : null;
  const focusOnOpen = useRef<'first' | 'last' | null>(null);

  const close = (returnFocusTo?: NavGroupId) => {
    setOpened(null);
    if (returnFocusTo)
      navRef.current?.querySelector<HTMLElement>(`[data-nav-trigger="${returnFocusTo}"]`)?.focus();
  };
  const open = (group: NavGroupId, focus: 'first' | 'last' | null = null) => {
    focusOnOpen.current = focus;
    setOpened({ group, path: pathname });
  };

  // Once a group opened from the keyboard is shown, move focus into it.
  useEffect(() => {
    if (!openGroup || !focusOnOpen.current) return;
    const links = focusables(navRef.current, `[data-nav-panel="${openGroup}"] a`);
    (focusOnOpen.current === 'first' ? links[0] : links[links.length - 1])?.focus();
    focusOnOpen.current = null;
  }, [openGroup]);

  // A click or tap anywhere outside the menu, or Escape anywhere, closes the open group.
  useEffect(() => {
    if (!openGroup) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!navRef.current?.contains(event.target as Node)) setOpened(null);
    };
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const focusInside = navRef.current?.contains(document.activeElement);
      setOpened(null);
      if (focusInside)
        navRef.current?.querySelector<HTMLElement>(`[data-nav-trigger="${openGroup}"]`)?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [openGroup]);

  // Left/Right move along the bar (links and group buttons), as in a menu bar.
  const moveAlongBar = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const top = focusables(navRef.current, '[data-nav-top]');
    const index = top.indexOf(event.currentTarget);
    if (index < 0) return;
    event.preventDefault();
    const step = event.key === 'ArrowRight' ? 1 : -1;
    top[(index + step + top.length) % top.length]?.focus();
  };

  const onTriggerKeyDown = (group: NavGroupId) => (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      open(group, event.key === 'ArrowDown' ? 'first' : 'last');
    } else {
      moveAlongBar(event);
    }
  };

  const onPanelKeyDown = (group: NavGroupId) => (event: KeyboardEvent<HTMLUListElement>) => {
    const links = focusables(event.currentTarget, 'a');
    const index = links.indexOf(document.activeElement as HTMLElement);
    const go = (next: number) => {
      event.preventDefault();
      links[(next + links.length) % links.length]?.focus();
    };
    if (event.key === 'ArrowDown') go(index + 1);
    else if (event.key === 'ArrowUp') go(index - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(links.length - 1);
    // Only an opened group's panel handles Escape; on phones (every area listed open, none
    // opened) it reaches the shell, which closes the phone menu.
    else if (event.key === 'Escape' && openGroup === group) {
      event.preventDefault();
      event.stopPropagation();
      close(group);
    }
  };

  const followLink = () => {
    setOpened(null);
    onNavigate?.();
  };

  const renderLink = (item: NavItem, top: boolean) => (
    <NavLink
      to={item.to}
      end={item.end}
      className={({ isActive }) => `nav-menu__link${isActive ? ' nav-menu__link--active' : ''}`}
      onClick={followLink}
      onKeyDown={top ? moveAlongBar : undefined}
      data-nav-top={top ? '' : undefined}
    >
      <Icon name={item.icon} size={18} />
      <span>{t(item.labelKey)}</span>
      {item.badge === 'unreadNotifications' && <UnreadBadge />}
    </NavLink>
  );

  return (
    <nav
      className={`main-nav nav-menu ${className}`}
      aria-label={t('shell.mainNav')}
      id={id}
      ref={navRef}
    >
      <ul className="nav-menu__bar">
        {entries.map((entry) =>
          entry.kind === 'link' ? (
            <li key={entry.item.to} className="nav-menu__entry">
              {renderLink(entry.item, true)}
            </li>
          ) : (
            <NavGroup
              key={entry.id}
              group={entry}
              open={openGroup === entry.id}
              active={entry.items.some((item) => isNavItemActive(item, pathname))}
              onToggle={() => (openGroup === entry.id ? close() : open(entry.id))}
              onTriggerKeyDown={onTriggerKeyDown(entry.id)}
              onPanelKeyDown={onPanelKeyDown(entry.id)}
              onLeave={() => setOpened((current) => (current?.group === entry.id ? null : current))}
              renderLink={(item) => renderLink(item, false)}
            />
          ),
        )}
      </ul>
    </nav>
  );
}

interface NavGroupProps {
  group: GroupEntry;
  open: boolean;
  active: boolean;
  onToggle: () => void;
  onTriggerKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onPanelKeyDown: (event: KeyboardEvent<HTMLUListElement>) => void;
  onLeave: () => void;
  renderLink: (item: NavItem) => ReactNode;
}

function NavGroup({
  group,
  open,
  active,
  onToggle,
  onTriggerKeyDown,
  onPanelKeyDown,
  onLeave,
  renderLink,
}: NavGroupProps) {
  const t = useT();
  const panelId = useId();
  const headingId = useId();
  const label = t(group.labelKey);
  const hasInbox = group.items.some((item) => item.badge === 'unreadNotifications');
  return (
    <li
      className={[
        'nav-menu__entry nav-menu__group',
        open && 'nav-menu__group--open',
        active && 'nav-menu__group--active',
      ]
        .filter(Boolean)
        .join(' ')}
      data-nav-group={group.id}
      // Tabbing out of an open group closes it.
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget)) onLeave();
      }}
    >
      <button
        type="button"
        className="nav-menu__trigger"
        aria-expanded={open}
        aria-controls={panelId}
        data-nav-trigger={group.id}
        data-nav-top=""
        onClick={onToggle}
        onKeyDown={onTriggerKeyDown}
      >
        <span>{label}</span>
        {active && <span className="visually-hidden"> {t('nav.groupHasCurrent')}</span>}
        {hasInbox && <GroupUnreadDot />}
        <Icon name="chevronDown" size={16} className="nav-menu__chevron" />
      </button>
      {/* Phones list every area open under this heading instead of the button. */}
      <span className="nav-menu__heading" id={headingId} aria-hidden="true">
        {label}
      </span>
      <ul
        id={panelId}
        className="nav-menu__panel"
        aria-labelledby={headingId}
        data-nav-panel={group.id}
        onKeyDown={onPanelKeyDown}
      >
        {group.items.map((item) => (
          <li key={item.to}>{renderLink(item)}</li>
        ))}
      </ul>
    </li>
  );
}
