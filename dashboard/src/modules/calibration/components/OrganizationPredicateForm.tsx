import { useMutation } from '@apollo/client/react';
import { type ReactNode, useId, useState } from 'react';
import { formatDay, jakartaToday } from '../../ui/utils/dates';
import { PredicateBadge } from '../../evaluation/components/PredicateBadge';
import { ORGANIZATION_PREDICATES } from '../../evaluation/types';
import { errorMessage, type FieldErrors, fieldErrorsOf } from '../../api/utils/error-messages';
import { errorProps } from '../../api/utils/field-errors';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import { SET_ORGANIZATION_PREDICATE } from '../graphql/mutations';
import type { OrganizationPredicateRecord } from '../types';
import { REFERENCE_NUMBER_MAX, referenceProblems } from '../utils/reference';
import type { OrganizationPredicateValue } from '../../api/generated/graphql';

/** The predicate and its decision, as recorded or as typed. */
interface Recorded {
  choice: OrganizationPredicateValue | '';
  referenceNumber: string;
  referenceDate: string;
}

const sameRecord = (a: Recorded, b: Recorded) =>
  a.choice === b.choice &&
  a.referenceNumber === b.referenceNumber &&
  a.referenceDate === b.referenceDate;

/**
 * The unit's organisation predicate: shown to all readers. The Camat records those of the units
 * below the kecamatan; HR records the kecamatan's own as the city decided it, with the decision's
 * number and date.
 */
export function OrganizationPredicateForm({
  unitId,
  cycleId,
  current,
  record = null,
  isRoot = false,
  canEdit,
  closedYear = null,
}: {
  unitId: string;
  cycleId: string;
  current: OrganizationPredicateValue | null;
  /** The recorded row with its reference, when there is one. */
  record?: OrganizationPredicateRecord | null;
  /** The kecamatan itself (the root unit): its predicate comes from the city. */
  isRoot?: boolean;
  canEdit: boolean;
  /** The cycle's year once it is CLOSED: its predicates are kept, for everyone. */
  closedYear?: number | null;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const recorded: Recorded = {
    choice: current ?? '',
    referenceNumber: record?.referenceNumber ?? '',
    referenceDate: record?.referenceDate ?? '',
  };
  const [form, setForm] = useState(recorded);
  const { choice, referenceNumber, referenceDate } = form;
  // The record as last read. When a read brings another (this form's save read back, or someone
  // else's decision), the form shows it, unless HR is editing the one shown before. Not a remount:
  // that would also take away the notice of what was just saved.
  const [seen, setSeen] = useState(recorded);
  if (!sameRecord(seen, recorded)) {
    setSeen(recorded);
    const typed = { ...form, referenceNumber: referenceNumber.trim() };
    if (sameRecord(typed, seen) || sameRecord(typed, recorded)) setForm(recorded);
  }
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [save, state] = useMutation(SET_ORGANIZATION_PREDICATE, {
    refetchQueries: ['GetDistributionCheck'],
    awaitRefetchQueries: true,
  });
  const today = jakartaToday();
  const unchanged =
    choice === current &&
    (!isRoot ||
      (referenceNumber.trim() === (record?.referenceNumber ?? '') &&
        referenceDate === (record?.referenceDate ?? '')));

  const submit = () => {
    if (!choice) return;
    setNotice(null);
    const problems = isRoot
      ? referenceProblems({ number: referenceNumber, date: referenceDate, today })
      : {};
    const local: FieldErrors = Object.fromEntries(
      Object.entries(problems).map(([field, key]) => [field, t(key)]),
    );
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setNotice({ tone: 'error', text: t('skp.error.checkFields') });
      return;
    }
    const reference = isRoot
      ? { referenceNumber: referenceNumber.trim(), referenceDate }
      : { referenceNumber: null, referenceDate: null };
    void save({ variables: { unitId, cycleId, predicate: choice, ...reference } })
      .then(() => setNotice({ tone: 'success', text: t('calibration.orgPredicateSaved') }))
      .catch((error: unknown) => {
        setErrors(fieldErrorsOf(t, error));
        setNotice({ tone: 'error', text: errorMessage(t, error) });
      });
  };

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
        {record?.referenceNumber && record.referenceDate && (
          <span className="muted small" data-testid="org-predicate-reference">
            {t('calibration.reference.recorded', {
              number: record.referenceNumber,
              date: formatDay(record.referenceDate, locale),
            })}
          </span>
        )}
      </div>
      {closedYear !== null ? (
        <p className="muted small" data-testid="org-predicate-recorder">
          {t('calibration.orgPredicateKept', { year: closedYear })}
        </p>
      ) : (
        !canEdit && (
          <p className="muted small" data-testid="org-predicate-recorder">
            {isRoot ? t('calibration.recordedByHr') : t('calibration.recordedByCamat')}
          </p>
        )
      )}
      {canEdit && closedYear === null && (
        <form
          className="org-predicate__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          {isRoot && <p className="small">{t('calibration.reference.hint')}</p>}
          <div className="field">
            <label className="field__label" htmlFor={id}>
              {t('calibration.orgPredicateChoose')}
            </label>
            <select
              id={id}
              className="select"
              value={choice}
              onChange={(event) =>
                setForm({ ...form, choice: event.target.value as OrganizationPredicateValue })
              }
            >
              <option value="">{t('rating.choose')}</option>
              {ORGANIZATION_PREDICATES.map((value) => (
                <option key={value} value={value}>
                  {t(`organizationPredicate.${value}`)}
                </option>
              ))}
            </select>
          </div>
          {isRoot && (
            <>
              <ReferenceField
                id={`${id}-number`}
                label={t('calibration.reference.number')}
                error={errors.referenceNumber}
              >
                <input
                  id={`${id}-number`}
                  className="input"
                  value={referenceNumber}
                  maxLength={REFERENCE_NUMBER_MAX}
                  autoComplete="off"
                  required
                  onChange={(event) => setForm({ ...form, referenceNumber: event.target.value })}
                  {...errorProps(`${id}-number`, errors.referenceNumber)}
                />
              </ReferenceField>
              <ReferenceField
                id={`${id}-date`}
                label={t('calibration.reference.date')}
                error={errors.referenceDate}
              >
                <input
                  id={`${id}-date`}
                  className="input"
                  type="date"
                  value={referenceDate}
                  max={today}
                  required
                  onChange={(event) => setForm({ ...form, referenceDate: event.target.value })}
                  {...errorProps(`${id}-date`, errors.referenceDate)}
                />
              </ReferenceField>
            </>
          )}
          <button
            type="submit"
            className="button button--primary"
            disabled={!choice || unchanged || state.loading}
          >
            {state.loading ? t('evaluation.saving') : t('calibration.orgPredicateSave')}
          </button>
        </form>
      )}
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
    </section>
  );
}

function ReferenceField({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children}
      {error && (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
