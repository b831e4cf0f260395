import type { AppAbility } from '../../authz/ability';
import type { Role, SessionUser } from '../../auth/types';
import type { MessageKey } from '../../i18n';
import type { IconName } from '../../ui/components/Icon';

/** What the menu needs to know about the viewer beyond their CASL rules. */
export interface NavViewer {
  roles: readonly Role[];
  hasEmployee: boolean;
  isSupervisor: boolean;
}

export interface NavItem {
  to: string;
  labelKey: MessageKey;
  icon: IconName;
  /** Exact match only (for the home route). */
  end?: boolean;
  /** Shown only when the viewer's ability allows this [action, subject]. */
  requires?: { action: string; subject: string };
  /** Shown only to viewers this accepts (employee record, supervisor, role). */
  visibleTo?: (viewer: NavViewer) => boolean;
  /** A count beside the label (unread inbox messages). */
  badge?: 'unreadNotifications';
}

const hasEmployee = (viewer: NavViewer) => viewer.hasEmployee;

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home', icon: 'home', end: true },
  {
    to: '/skp',
    labelKey: 'nav.mySkp',
    icon: 'target',
    requires: { action: 'read', subject: 'PerformancePlan' },
    visibleTo: hasEmployee,
  },
  {
    to: '/laporan',
    labelKey: 'nav.report',
    icon: 'chart',
    requires: { action: 'read', subject: 'PerformancePlan' },
    visibleTo: hasEmployee,
  },
  {
    to: '/penilaian-saya',
    labelKey: 'nav.myEvaluations',
    icon: 'check',
    requires: { action: 'read', subject: 'Evaluation' },
    visibleTo: hasEmployee,
    badge: 'unreadNotifications',
  },
  {
    to: '/kinerja-saya',
    labelKey: 'nav.myPerformance',
    icon: 'chart',
    requires: { action: 'read', subject: 'Evaluation' },
    visibleTo: hasEmployee,
  },
  {
    to: '/pengembangan-saya',
    labelKey: 'nav.myDevelopment',
    icon: 'target',
    requires: { action: 'read', subject: 'DevelopmentPlan' },
    visibleTo: hasEmployee,
  },
  {
    to: '/umpan-balik',
    labelKey: 'nav.feedback',
    icon: 'inbox',
    requires: { action: 'create', subject: 'Feedback' },
    visibleTo: hasEmployee,
  },
  {
    to: '/persetujuan',
    labelKey: 'nav.approval',
    icon: 'checkList',
    requires: { action: 'approve', subject: 'PerformancePlan' },
    visibleTo: (viewer) => viewer.hasEmployee && viewer.isSupervisor,
  },
  {
    to: '/penilaian',
    labelKey: 'nav.evaluations',
    icon: 'edit',
    requires: { action: 'evaluate', subject: 'PerformancePlan' },
    visibleTo: (viewer) => viewer.hasEmployee && viewer.isSupervisor,
  },
  {
    to: '/tim',
    labelKey: 'nav.team',
    icon: 'users',
    // Pengembangan Tim lives under /tim/pengembangan and has its own item.
    end: true,
    requires: { action: 'read', subject: 'TeamDashboard' },
    visibleTo: (viewer) =>
      (viewer.hasEmployee && viewer.isSupervisor) ||
      viewer.roles.includes('LEADER') ||
      viewer.roles.includes('HR_ADMIN'),
  },
  {
    to: '/tim/pengembangan',
    labelKey: 'nav.teamDevelopment',
    icon: 'checkList',
    requires: { action: 'create', subject: 'DevelopmentActivity' },
    visibleTo: (viewer) =>
      (viewer.hasEmployee && viewer.isSupervisor) || viewer.roles.includes('LEADER'),
  },
  {
    to: '/kaskade',
    labelKey: 'nav.cascade',
    icon: 'tree',
    requires: { action: 'read', subject: 'PerformancePlan' },
    visibleTo: (viewer) =>
      viewer.hasEmployee || viewer.roles.includes('LEADER') || viewer.roles.includes('HR_ADMIN'),
  },
  {
    to: '/kalibrasi',
    labelKey: 'nav.calibration',
    icon: 'chart',
    requires: { action: 'read', subject: 'Calibration' },
  },
  {
    to: '/ringkasan',
    labelKey: 'nav.summary',
    icon: 'chart',
    requires: { action: 'read', subject: 'Calibration' },
    visibleTo: (viewer) => viewer.roles.includes('LEADER') || viewer.roles.includes('HR_ADMIN'),
  },
  {
    to: '/pengembangan',
    labelKey: 'nav.developmentOverview',
    icon: 'chart',
    requires: { action: 'read', subject: 'TrainingEffect' },
  },
  {
    to: '/katalog-pelatihan',
    labelKey: 'nav.trainingCatalogue',
    icon: 'checkList',
    requires: { action: 'create', subject: 'TrainingProgram' },
  },
  {
    to: '/analisis',
    labelKey: 'nav.analytics',
    icon: 'chart',
    requires: { action: 'read', subject: 'Evaluation' },
    visibleTo: (viewer) => viewer.roles.includes('ANALYST') || viewer.roles.includes('HR_ADMIN'),
  },
  {
    to: '/pegawai',
    labelKey: 'nav.employees',
    icon: 'users',
    requires: { action: 'read', subject: 'Employee' },
  },
];

export const navViewerOf = (me: SessionUser | null | undefined): NavViewer | null =>
  me
    ? { roles: me.roles, hasEmployee: Boolean(me.employee), isSupervisor: Boolean(me.isSupervisor) }
    : null;

/** Both gates must pass; without a known viewer, viewer-gated items stay hidden. */
export const isNavItemAllowed = (
  item: NavItem,
  ability: AppAbility,
  viewer: NavViewer | null = null,
): boolean =>
  (!item.requires || ability.can(item.requires.action, item.requires.subject)) &&
  (!item.visibleTo || (viewer !== null && item.visibleTo(viewer)));
