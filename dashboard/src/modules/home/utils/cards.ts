import type { AppAbility } from '../../authz/ability';
import { isNavItemAllowed, NAV_ITEMS, type NavViewer } from '../../layout/utils/nav-items';

export interface LandingCards {
  performance: boolean;
  jp: boolean;
  pending: boolean;
  pendingEvaluations: boolean;
  pendingFeedback: boolean;
  /** The own SKP of a cycle being planned, while it is not yet submitted. */
  pendingPlan: boolean;
  /** The SKP of a cycle being planned that were submitted to the viewer, as atasan. */
  pendingApprovals: boolean;
  team: boolean;
  curve: boolean;
  completion: boolean;
  jpTotals: boolean;
  analysis: boolean;
  /** Overdue items and the next deadlines: own for staff, the line's for supervisors, all for LEADER/HR. */
  deadlines: boolean;
  deadlinesScope: 'own' | 'team';
}

/**
 * Which landing cards the viewer gets: a card shows only where the menu offers the page it links
 * to (same CASL rules, same viewer checks), so it never carries a number the page would not show.
 */
export function landingCardsFor({
  ability,
  viewer,
}: {
  ability: AppAbility;
  viewer: NavViewer | null;
}): LandingCards {
  const offers = (to: string) => {
    const item = NAV_ITEMS.find((candidate) => candidate.to === to);
    return item ? isNavItemAllowed(item, ability, viewer) : false;
  };
  const hasEmployee = Boolean(viewer?.hasEmployee);
  const leads = Boolean(viewer?.roles.some((role) => role === 'LEADER' || role === 'HR_ADMIN'));
  const pendingEvaluations = hasEmployee && offers('/penilaian-saya');
  const pendingFeedback = hasEmployee && offers('/umpan-balik');
  return {
    performance: hasEmployee && offers('/kinerja-saya'),
    jp: hasEmployee && offers('/pengembangan-saya'),
    pending: hasEmployee,
    pendingEvaluations,
    pendingFeedback,
    pendingPlan: hasEmployee && offers('/skp'),
    pendingApprovals: hasEmployee && offers('/persetujuan'),
    // Supervisors' own line; HR without a team reads the kecamatan cards instead.
    team: hasEmployee && Boolean(viewer?.isSupervisor) && offers('/tim'),
    curve: leads && offers('/kalibrasi'),
    completion: leads && offers('/ringkasan'),
    jpTotals: leads && offers('/pengembangan'),
    analysis: offers('/analisis'),
    deadlines: (hasEmployee || leads) && ability.can('read', 'OverdueItem'),
    deadlinesScope: leads || Boolean(viewer?.isSupervisor) ? 'team' : 'own',
  };
}
