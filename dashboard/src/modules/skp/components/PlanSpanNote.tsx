import type { PlanStatus } from '../../api/generated/graphql';
import { DownloadButton } from '../../documents/components/DownloadButton';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import { formatDay } from '../../ui/utils/dates';

interface PlanSpan {
  id: string;
  startsOn?: string | null;
  endsOn?: string | null;
}

interface CurrentPlan extends PlanSpan {
  status?: PlanStatus | null;
  /** When it is to be approved: counted from its first day. */
  approvalDueOn?: string | null;
}

/**
 * An SKP that does not cover the whole year: from when it counts (the TMT of a mutasi, or of
 * arriving in the kecamatan) and, until it is approved, by when it is due; and the SKP the mutasi
 * closed, each with its dates and its PDF. The periods that ended before belong to those.
 */
export function PlanSpanNote({
  year,
  plan,
  cyclePlans,
}: {
  year: number;
  plan: CurrentPlan;
  cyclePlans: readonly PlanSpan[];
}) {
  const { t, locale } = useI18n();
  const closed = cyclePlans.filter((other) => other.id !== plan.id && other.endsOn);
  if (!plan.startsOn && closed.length === 0) return null;
  const day = (date: string | null | undefined, fallback: string) =>
    formatDay(date ?? fallback, locale);
  return (
    <Notice tone="info" testId="plan-span-note">
      {plan.startsOn && (
        <p>
          {t('skp.span.since', { date: day(plan.startsOn, '') })}
          {plan.status !== 'APPROVED' && plan.approvalDueOn
            ? ` ${t('skp.span.dueOn', { date: day(plan.approvalDueOn, '') })}`
            : ''}
        </p>
      )}
      {closed.length > 0 && (
        <ul className="plan-span-note__earlier">
          {closed.map((earlier) => {
            const span = t('skp.span.earlier', {
              from: day(earlier.startsOn, `${year}-01-01`),
              to: day(earlier.endsOn, `${year}-12-31`),
            });
            return (
              <li key={earlier.id}>
                {span}{' '}
                <DownloadButton
                  href={`/documents/skp/${earlier.id}.pdf`}
                  label="documents.skp"
                  fallbackName="SKP.pdf"
                  ariaLabel={`${t('documents.skp')}: ${span}`}
                  small
                />
              </li>
            );
          })}
        </ul>
      )}
    </Notice>
  );
}
