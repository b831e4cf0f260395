import type { AppAbility } from '../../authz/ability';
import type { MessageKey } from '../../i18n';
import type { IconName } from '../../ui/components/Icon';

export interface NavItem {
  to: string;
  labelKey: MessageKey;
  icon: IconName;
  /** Exact match only (for the home route). */
  end?: boolean;
  /** Shown only when the viewer's ability allows this [action, subject]. */
  requires?: { action: string; subject: string };
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home', icon: 'home', end: true },
  {
    to: '/pegawai',
    labelKey: 'nav.employees',
    icon: 'users',
    requires: { action: 'read', subject: 'Employee' },
  },
];

export const isNavItemAllowed = (item: NavItem, ability: AppAbility): boolean =>
  !item.requires || ability.can(item.requires.action, item.requires.subject);
