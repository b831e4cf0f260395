import { useT } from '../../i18n';
import type { OrganizationPredicateValue, Predicate } from '../../api/generated/graphql';

const TONE: Record<Predicate | OrganizationPredicateValue, string> = {
  ISTIMEWA: 'sangat-baik',
  SANGAT_BAIK: 'sangat-baik',
  BAIK: 'baik',
  BUTUH_PERBAIKAN: 'butuh-perbaikan',
  KURANG: 'kurang',
  SANGAT_KURANG: 'sangat-kurang',
};

/** SANGAT_BAIK dark green, BAIK green, BUTUH_PERBAIKAN amber, KURANG orange-red, SANGAT_KURANG red. */
export function PredicateBadge({
  predicate,
  organization = false,
  testId,
}: {
  predicate: Predicate | OrganizationPredicateValue | null | undefined;
  /** An organisation predicate (ISTIMEWA … SANGAT_KURANG) rather than an employee's. */
  organization?: boolean;
  testId?: string;
}) {
  const t = useT();
  if (!predicate) return null;
  const label = organization
    ? t(`organizationPredicate.${predicate as OrganizationPredicateValue}`)
    : t(`predicate.${predicate as Predicate}`);
  return (
    <span
      className={`badge badge--predicate badge--predicate-${TONE[predicate]}`}
      data-predicate={predicate}
      data-testid={testId}
    >
      {label}
    </span>
  );
}
