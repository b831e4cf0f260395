import { matchPath } from 'react-router-dom';
import type { AppAbility } from '../../authz/ability';
import type { MessageKey } from '../../i18n';
import type { IconName } from '../../ui/components/Icon';
import type { Role, SessionUserFieldsFragment } from '../../api/generated/graphql';

/** What the menu needs to know about the viewer beyond their CASL rules. */
export interface NavViewer {
  roles: readonly Role[];
  hasEmployee: boolean;
  isSupervisor: boolean;
}

/** The areas the menu groups its links into (home stays a link of its own). */
export type NavGroupId = 'self' | 'team' | 'kecamatan' | 'analysis';

export const NAV_GROUPS: readonly { id: NavGroupId; labelKey: MessageKey }[] = [
  { id: 'self', labelKey: 'nav.group.self' },
  { id: 'team', labelKey: 'nav.group.team' },
  { id: 'kecamatan', labelKey: 'nav.group.kecamatan' },
  { id: 'analysis', labelKey: 'nav.group.analysis' },
];

export interface NavItem {
  to: string;
  labelKey: MessageKey;
  icon: IconName;
  /** The area it is listed under; none for home. */
  group?: NavGroupId;
  /** Exact match only (for the home route). */
  end?: boolean;
  /** Shown only when the viewer's ability allows this [action, subject(, field)]. */
  requires?: { action: string; subject: string; field?: string };
  /** Shown only to viewers this accepts (employee record, supervisor, role). */
  visibleTo?: (viewer: NavViewer) => boolean;
  /** A count beside the label (unread inbox messages). */
  badge?: 'unreadNotifications';
}

const hasEmployee = (viewer: NavViewer) => viewer.hasEmployee;
const isAnalysisViewer = (viewer: NavViewer) =>
  viewer.roles.includes('ANALYST') || viewer.roles.includes('HR_ADMIN');

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home', icon: 'home', end: true },
  {
    to: '/skp',
    group: 'self',
    labelKey: 'nav.mySkp',
    icon: 'target',
    requires: { action: 'read', subject: 'PerformancePlan' },
    visibleTo: hasEmployee,
  },
  {
    to: '/laporan',
    group: 'self',
    labelKey: 'nav.report',
    icon: 'chart',
    requires: { action: 'read', subject: 'PerformancePlan' },
    visibleTo: hasEmployee,
  },
  {
    to: '/penilaian-saya',
    group: 'self',
    labelKey: 'nav.myEvaluations',
    icon: 'check',
    requires: { action: 'read', subject: 'Evaluation' },
    visibleTo: hasEmployee,
    badge: 'unreadNotifications',
  },
  {
    to: '/kinerja-saya',
    group: 'self',
    labelKey: 'nav.myPerformance',
    icon: 'chart',
    requires: { action: 'read', subject: 'Evaluation' },
    visibleTo: hasEmployee,
  },
  {
    to: '/pengembangan-saya',
    group: 'self',
    labelKey: 'nav.myDevelopment',
    icon: 'target',
    requires: { action: 'read', subject: 'DevelopmentPlan' },
    visibleTo: hasEmployee,
  },
  {
    to: '/umpan-balik',
    group: 'self',
    labelKey: 'nav.feedback',
    icon: 'inbox',
    requires: { action: 'create', subject: 'Feedback' },
    visibleTo: hasEmployee,
  },
  {
    to: '/persetujuan',
    group: 'team',
    labelKey: 'nav.approval',
    icon: 'checkList',
    requires: { action: 'approve', subject: 'PerformancePlan' },
    visibleTo: (viewer) => viewer.hasEmployee && viewer.isSupervisor,
  },
  {
    to: '/penilaian',
    group: 'team',
    labelKey: 'nav.evaluations',
    icon: 'edit',
    requires: { action: 'evaluate', subject: 'PerformancePlan' },
    visibleTo: (viewer) => viewer.hasEmployee && viewer.isSupervisor,
  },
  {
    // Keberatan to respond to (pejabat penilai), to decide (atasan) or to record (HR, external).
    to: '/keberatan',
    group: 'team',
    labelKey: 'nav.objections',
    icon: 'checkList',
    requires: { action: 'read', subject: 'Objection' },
    visibleTo: (viewer) =>
      (viewer.hasEmployee && viewer.isSupervisor) ||
      viewer.roles.includes('LEADER') ||
      viewer.roles.includes('HR_ADMIN'),
  },
  {
    to: '/tim',
    group: 'team',
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
    group: 'team',
    labelKey: 'nav.teamDevelopment',
    icon: 'checkList',
    requires: { action: 'create', subject: 'DevelopmentActivity' },
    visibleTo: (viewer) =>
      (viewer.hasEmployee && viewer.isSupervisor) || viewer.roles.includes('LEADER'),
  },
  {
    to: '/kaskade',
    group: 'kecamatan',
    labelKey: 'nav.cascade',
    icon: 'tree',
    requires: { action: 'read', subject: 'PerformancePlan' },
    visibleTo: (viewer) =>
      viewer.hasEmployee || viewer.roles.includes('LEADER') || viewer.roles.includes('HR_ADMIN'),
  },
  {
    to: '/kalibrasi',
    group: 'kecamatan',
    labelKey: 'nav.calibration',
    icon: 'chart',
    requires: { action: 'read', subject: 'Calibration' },
  },
  {
    to: '/ringkasan',
    group: 'kecamatan',
    labelKey: 'nav.summary',
    icon: 'chart',
    requires: { action: 'read', subject: 'Calibration' },
    visibleTo: (viewer) => viewer.roles.includes('LEADER') || viewer.roles.includes('HR_ADMIN'),
  },
  {
    to: '/pengembangan',
    group: 'kecamatan',
    labelKey: 'nav.developmentOverview',
    icon: 'chart',
    requires: { action: 'read', subject: 'TrainingEffect' },
  },
  {
    to: '/katalog-pelatihan',
    group: 'kecamatan',
    labelKey: 'nav.trainingCatalogue',
    icon: 'checkList',
    requires: { action: 'create', subject: 'TrainingProgram' },
  },
  {
    to: '/akun',
    group: 'kecamatan',
    labelKey: 'accounts.title',
    icon: 'users',
    requires: { action: 'update', subject: 'User' },
  },
  {
    to: '/analisis',
    group: 'analysis',
    labelKey: 'nav.analytics',
    icon: 'chart',
    // The playground under /analisis/playground has its own item.
    end: true,
    requires: { action: 'read', subject: 'Evaluation' },
    visibleTo: isAnalysisViewer,
  },
  {
    to: '/analisis/playground',
    group: 'analysis',
    labelKey: 'nav.playground',
    icon: 'edit',
    requires: { action: 'read', subject: 'Evaluation' },
    visibleTo: isAnalysisViewer,
  },
  {
    to: '/pegawai',
    group: 'kecamatan',
    labelKey: 'nav.employees',
    icon: 'users',
    // The directory lists people by name: an analyst (de-identified reads only) has none to list.
    requires: { action: 'read', subject: 'Employee', field: 'name' },
  },
  {
    // HR keeps the structure: units, their heads and positions.
    to: '/unit-kerja',
    group: 'kecamatan',
    labelKey: 'nav.orgStructure',
    icon: 'tree',
    requires: { action: 'update', subject: 'OrgUnit' },
  },
  {
    // HR records acting officials (Plt/Plh), who evaluate the head's staff during their term.
    to: '/plt-plh',
    group: 'kecamatan',
    labelKey: 'nav.actingOfficials',
    icon: 'tree',
    requires: { action: 'create', subject: 'ActingAssignment' },
  },
  {
    // HR opens years and moves them along; the Camat closes them here too.
    to: '/siklus',
    group: 'kecamatan',
    labelKey: 'nav.cycles',
    icon: 'checkList',
    requires: { action: 'update', subject: 'Cycle' },
  },
  {
    to: '/jejak-audit',
    group: 'kecamatan',
    labelKey: 'nav.auditLog',
    icon: 'search',
    requires: { action: 'read', subject: 'AuditLog' },
  },
];

export const navViewerOf = (me: SessionUserFieldsFragment | null | undefined): NavViewer | null =>
  me
    ? { roles: me.roles, hasEmployee: Boolean(me.employee), isSupervisor: Boolean(me.isSupervisor) }
    : null;

/** Both gates must pass; without a known viewer, viewer-gated items stay hidden. */
export const isNavItemAllowed = (
  item: NavItem,
  ability: AppAbility,
  viewer: NavViewer | null = null,
): boolean =>
  (!item.requires ||
    ability.can(item.requires.action, item.requires.subject, item.requires.field)) &&
  (!item.visibleTo || (viewer !== null && item.visibleTo(viewer)));

export type NavEntry =
  | { kind: 'link'; item: NavItem }
  | { kind: 'group'; id: NavGroupId; labelKey: MessageKey; items: NavItem[] };

/**
 * The menu bar: ungrouped items (home) first, then each area with its allowed items in their
 * order. An area left with a single item shows that item as a plain link; empty areas vanish.
 */
export function groupNavItems(items: readonly NavItem[]): NavEntry[] {
  const links: NavEntry[] = items
    .filter((item) => !item.group)
    .map((item) => ({ kind: 'link', item }));
  const groups = NAV_GROUPS.flatMap((group): NavEntry[] => {
    const members = items.filter((item) => item.group === group.id);
    if (members.length === 0) return [];
    if (members.length === 1) return [{ kind: 'link', item: members[0] }];
    return [{ kind: 'group', id: group.id, labelKey: group.labelKey, items: members }];
  });
  return [...links, ...groups];
}

/** The same test NavLink applies: the path itself or (unless `end`) anything below it. */
export const isNavItemActive = (item: NavItem, pathname: string): boolean =>
  matchPath({ path: item.to, end: item.end ?? false }, pathname) !== null;
