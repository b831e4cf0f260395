import { subject as asSubject } from '@casl/ability';
import type { AppAbility } from '../../authz';

/**
 * Whether the viewer records this unit's organisation predicate: the API's rules carry a
 * `unitIsRoot` condition (the Camat below the kecamatan, HR the kecamatan itself), which a check
 * on the subject type alone would ignore.
 */
export function canRecordOrganizationPredicate(ability: AppAbility, unitIsRoot: boolean): boolean {
  // The dashboard's ability is typed for subject names; a condition needs the subject itself.
  return ability.can('update', asSubject('OrganizationPredicate', { unitIsRoot }) as never);
}
