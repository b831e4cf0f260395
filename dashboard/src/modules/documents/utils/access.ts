import { subject as asSubject } from '@casl/ability';
import type { AppAbility } from '../../authz';

// Who may fetch which document, read from the viewer's CASL rules (me.abilityRules) the way the
// API's documents service checks them, so a button shows only where the download would succeed.

/** Documents print names and NIPs: never for de-identified (analyst) accounts. */
export function canDownloadNamedDocuments(ability: AppAbility): boolean {
  return ability.can('read', 'Employee', 'nip');
}

/**
 * The SKP PDF: the whole plan (its BerAKHLAK expectations, not only the cascade view) and the
 * owner's NIP. `chainIds` are the people the page knows to be above the owner (the plan's
 * evaluator); the Camat and HR read every plan whatever the chain.
 */
export function canDownloadSkp(
  ability: AppAbility,
  {
    ownerId,
    chainIds,
  }: { ownerId: string | number; chainIds: (string | number | null | undefined)[] },
): boolean {
  const ids = (value: string | number) => Number(value);
  const chain = chainIds.filter((id): id is string | number => id != null).map(ids);
  const plan = asSubject('PerformancePlan', { ownerId: ids(ownerId), ownerChainIds: chain });
  const employee = asSubject('Employee', { id: ids(ownerId), supervisorChainIds: chain });
  // The dashboard's ability is typed for subject names; a condition needs the subject itself.
  return (
    ability.can('read', plan as never, 'behaviorExpectations') &&
    ability.can('read', employee as never, 'nip')
  );
}

/** Penetapan Predikat Kinerja Organisasi and its curve: the calibration file (Camat and HR). */
export function canDownloadOrganizationPredicate(ability: AppAbility): boolean {
  return ability.can('read', 'Calibration');
}

/**
 * The kecamatan-wide recaps: a recap holds the SKP rows the viewer may read, so the whole
 * kecamatan is for those who read every SKP without a condition (the Camat and HR).
 */
export function canDownloadKecamatanRecaps(ability: AppAbility): boolean {
  return (
    canDownloadNamedDocuments(ability) &&
    ability.can('read', asSubject('PerformancePlan', {}) as never, 'approach')
  );
}
