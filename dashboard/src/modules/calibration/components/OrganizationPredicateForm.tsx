import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { PredicateBadge } from '../../evaluation/components/PredicateBadge';
import { ORGANIZATION_PREDICATES, type OrganizationPredicateValue } from '../../evaluation/types';
import { evaluationErrorMessage } from '../../evaluation/utils/mutation-error';
import { useI18n } from '../../i18n';
import { Notice } from '../../skp/components/Notice';
import { SET_ORGANIZATION_PREDICATE } from '../graphql/mutations';

/** The unit's organisation predicate: shown to all readers, recorded by the LEADER. */
export function OrganizationPredicateForm({
  unitId,
  cycleId,
  current,
  canEdit,
}: {
  unitId: string;
  cycleId: string;
  current: OrganizationPredicateValue | null;
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const [choice, setChoice] = useState<OrganizationPredicateValue | ''>(current ?? '');
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [save, state] = useMutation(SET_ORGANIZATION_PREDICATE, {
    refetchQueries: ['GetDistributionCheck'],
    awaitRefetchQueries: true,
  });
  return (
    <section className="card org-predicate" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('calibration.orgPredicate')}
      </h2>
      <p className="muted small">{t('calibration.orgPredicateHint')}</p>
      <div className="org-predicate__current">
        {current ? (
          <PredicateBadge predicate={current} organization testId="org-predicate" />
        ) : (
          <span className="muted">{t('calibration.orgPredicateNone')}</span>
        )}
      </div>
      {canEdit && (
        <form
          className="org-predicate__form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!choice) return;
            setNotice(null);
            void save({ variables: { unitId, cycleId, predicate: choice } })
              .then(() => setNotice({ tone: 'success', text: t('calibration.orgPredicateSaved') }))
              .catch((error: unknown) =>
                setNotice({ tone: 'error', text: evaluationErrorMessage(t, error) }),
              );
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor={id}>
              {t('calibration.orgPredicateChoose')}
            </label>
            <select
              id={id}
              className="select"
              value={choice}
              onChange={(event) => setChoice(event.target.value as OrganizationPredicateValue)}
            >
              <option value="">{t('rating.choose')}</option>
              {ORGANIZATION_PREDICATES.map((value) => (
                <option key={value} value={value}>
                  {t(`organizationPredicate.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="button button--primary"
            disabled={!choice || choice === current || state.loading}
          >
            {state.loading ? t('evaluation.saving') : t('calibration.orgPredicateSave')}
          </button>
        </form>
      )}
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
    </section>
  );
}
