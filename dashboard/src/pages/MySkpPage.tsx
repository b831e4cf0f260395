import { useIdempotencyKey } from '../modules/api/hooks/useIdempotencyKey';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { DownloadButton } from '../modules/documents/components/DownloadButton';
import { Link } from 'react-router-dom';
import { loadStateOf } from '../modules/api/utils/load-state';
import { useT } from '../modules/i18n';
import { BehaviorExpectationList } from '../modules/skp/components/BehaviorExpectationList';
import { CycleSelect } from '../modules/cycles/components/CycleSelect';
import { Notice } from '../modules/ui/components/Notice';
import { QueryState } from '../modules/ui/components/QueryState';
import { PlanAnnexSection } from '../modules/skp/components/PlanAnnexSection';
import { PlanSummary, ReturnReasonAlert } from '../modules/skp/components/PlanSummary';
import '../modules/skp/styles/annex.css';
import { WorkTargetForm, type ParentOption } from '../modules/skp/components/WorkTargetForm';
import { WorkTargetList } from '../modules/skp/components/WorkTargetList';
import {
  CREATE_PERFORMANCE_PLAN,
  REMOVE_WORK_TARGET,
  SUBMIT_PERFORMANCE_PLAN,
} from '../modules/skp/graphql/mutations';
import { GET_MY_PLAN, GET_SUPERVISOR_PLAN } from '../modules/skp/graphql/queries';
import { useCycleSelection } from '../modules/cycles/hooks/useCycleSelection';
import { useMyPlace } from '../modules/employees/hooks/useMyPlace';
import type { SupervisorPlan } from '../modules/skp/types';
import { sortTargets } from '../modules/skp/utils/sort-targets';
import {
  errorMessage,
  fieldErrorsOf,
  isStaleVersion,
  type FieldErrors,
} from '../modules/api/utils/error-messages';
import { nestedFieldErrors } from '../modules/api/utils/field-errors';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { Icon } from '../modules/ui/components/Icon';
import type {
  CycleSummaryFieldsFragment,
  PlanApproach,
  PlanDetailFieldsFragment,
} from '../modules/api/generated/graphql';
import { PageHeader } from '../modules/ui/components/PageHeader';
import { FrozenPlanNote } from '../modules/skp/components/FrozenPlanNote';
import { plansOpen } from '../modules/skp/utils/plan-cycle';
import '../modules/skp/styles/skp.css';
import { PlanSpanNote } from '../modules/skp/components/PlanSpanNote';

const REFETCH = ['GetMyPlan'];

export function MySkpPage() {
  const t = useT();
  const place = useMyPlace();
  const selection = useCycleSelection();
  const employee = place.employee;
  const supervisor = employee?.supervisor ?? null;
  const cycle = selection.cycle;

  const planQuery = useQuery(GET_MY_PLAN, {
    variables: { cycleId: cycle?.id ?? '', employeeId: employee?.id ?? '' },
    skip: !cycle || !employee,
    errorPolicy: 'all',
  });
  const supervisorQuery = useQuery(GET_SUPERVISOR_PLAN, {
    variables: { cycleId: cycle?.id ?? '', employeeId: supervisor?.id ?? '' },
    skip: !cycle || !supervisor,
    errorPolicy: 'all',
  });

  const plan = planQuery.data?.performancePlans.edges[0]?.node ?? null;
  const supervisorPlan = supervisorQuery.data?.performancePlans.edges[0]?.node ?? null;

  return (
    <div className="page__content">
      <PageHeader title={t('skp.title')} subtitle={t('skp.subtitle')}>
        {selection.cycles.length > 0 && cycle && <CycleSelect selection={selection} />}
      </PageHeader>
      <QueryState
        loads={[place, selection]}
        blocker={!employee && <EmptyState title={t('skp.noEmployee')} icon="lock" />}
        noCycle={!cycle}
        query={loadStateOf(planQuery, planQuery.data)}
        testId="skp-loading"
      >
        {cycle &&
          (plan ? (
            <>
              <PlanSpanNote year={cycle.year} plan={plan} cyclePlans={plan.cyclePlans ?? []} />
              <PlanEditor
                key={plan.id}
                plan={plan}
                supervisorName={supervisor?.name ?? null}
                hasSupervisor={Boolean(supervisor)}
                supervisorPlan={supervisorPlan}
                supervisorPlanLoading={supervisorQuery.loading && !supervisorQuery.data}
              />
            </>
          ) : (
            <CreatePlan cycle={cycle} />
          ))}
      </QueryState>
    </div>
  );
}

function CreatePlan({ cycle }: { cycle: CycleSummaryFieldsFragment }) {
  const t = useT();
  const [approach, setApproach] = useState<PlanApproach>('KUANTITATIF');
  const [failure, setFailure] = useState<string | null>(null);
  const submission = useIdempotencyKey();
  const [create, { loading }] = useMutation(CREATE_PERFORMANCE_PLAN, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const open = plansOpen(cycle);

  const onCreate = async () => {
    setFailure(null);
    try {
      await create({
        variables: { input: { cycleId: cycle.id, approach } },
        context: submission.context,
      });
      submission.renew();
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  };

  return (
    <EmptyState
      title={t('skp.none', { year: cycle.year })}
      body={
        open
          ? t('skp.noneHint')
          : t('skp.cannotCreate', { year: cycle.year, status: t(`cycleStatus.${cycle.status}`) })
      }
      icon="target"
      action={
        open && (
          <div className="create-plan">
            <div className="field">
              <label className="field__label" htmlFor="plan-approach">
                {t('skp.approach')}
              </label>
              <select
                id="plan-approach"
                className="select"
                value={approach}
                onChange={(event) => setApproach(event.target.value as PlanApproach)}
              >
                <option value="KUANTITATIF">{t('approach.KUANTITATIF')}</option>
                <option value="KUALITATIF">{t('approach.KUALITATIF')}</option>
              </select>
            </div>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void onCreate()}
              disabled={loading}
              aria-busy={loading}
            >
              <Icon name="plus" size={18} />
              {loading ? t('skp.creating') : t('skp.create')}
            </button>
            {failure && <Notice tone="error">{failure}</Notice>}
          </div>
        )
      }
    />
  );
}

interface PlanEditorProps {
  plan: PlanDetailFieldsFragment;
  hasSupervisor: boolean;
  supervisorName: string | null;
  supervisorPlan: SupervisorPlan | null;
  supervisorPlanLoading: boolean;
}

function PlanEditor({
  plan,
  hasSupervisor,
  supervisorName,
  supervisorPlan,
  supervisorPlanLoading,
}: PlanEditorProps) {
  const t = useT();
  const frozen = !plansOpen(plan.cycle);
  const editable = !frozen && (plan.status === 'DRAFT' || plan.status === 'RETURNED');
  const targets = sortTargets(plan.workTargets);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);
  const [submitErrors, setSubmitErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [removeTarget, removeState] = useMutation(REMOVE_WORK_TARGET, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const [submitPlan, submitState] = useMutation(SUBMIT_PERFORMANCE_PLAN);
  const client = useApolloClient();

  const parentOptions: ParentOption[] | null = hasSupervisor
    ? (supervisorPlan?.workTargets ?? []).map(({ id, description }) => ({ id, description }))
    : null;
  const supervisorApproved = !hasSupervisor || supervisorPlan?.status === 'APPROVED';
  const supervisorLabel = supervisorName ?? t('skp.yourSupervisor');

  const afterEdit = () => {
    setEditing(null);
    setSubmitErrors({});
    setNotice(null);
  };

  const onRemove = async (id: string) => {
    setNotice(null);
    try {
      await removeTarget({ variables: { id, version: plan.version ?? 0 } });
      setConfirmRemove(null);
      setSubmitErrors({});
    } catch (error) {
      if (!isStaleVersion(error)) {
        setNotice({ tone: 'error', text: errorMessage(t, error) });
        return;
      }
      // The SKP changed elsewhere since it was shown: reload it and let the user look again
      // before removing anything.
      setConfirmRemove(null);
      try {
        await client.refetchQueries({ include: REFETCH });
        setNotice({ tone: 'error', text: t('skp.removeStale') });
      } catch (reloadError) {
        setNotice({ tone: 'error', text: errorMessage(t, reloadError) });
      }
    }
  };

  const onSubmit = async () => {
    setNotice(null);
    try {
      const result = await submitPlan({ variables: { id: plan.id } });
      setSubmitErrors({});
      setNotice({
        tone: 'success',
        text:
          result.data?.submitPerformancePlan.status === 'APPROVED'
            ? t('skp.approvedOnSubmit')
            : t('skp.submitted'),
      });
    } catch (error) {
      setSubmitErrors(fieldErrorsOf(t, error));
      setNotice({ tone: 'error', text: errorMessage(t, error) });
    }
  };

  // Submit problems name targets by position (`workTargets[2].indicators`): map them to ids.
  const errorsByTarget = Object.fromEntries(
    targets.map((target, index) => [
      target.id,
      nestedFieldErrors(submitErrors, `workTargets[${index}]`),
    ]),
  );
  const planLevelError = submitErrors.workTargets;

  return (
    <div className="plan-layout">
      <FrozenPlanNote plan={plan} />
      {plan.status === 'RETURNED' && <ReturnReasonAlert reason={plan.returnReason} />}
      {plan.status === 'SUBMITTED' && !frozen && (
        <Notice tone="info" testId="plan-state-note">
          {t('skp.submittedInfo', { name: plan.evaluator?.name ?? supervisorLabel })}
        </Notice>
      )}
      {plan.status === 'APPROVED' && (
        <Notice tone="success" testId="plan-state-note">
          {t('skp.approvedInfo')} <Link to="/laporan">{t('skp.openReport')}</Link>
        </Notice>
      )}
      {editable && hasSupervisor && !supervisorPlanLoading && !supervisorApproved && (
        <Notice tone="warning" testId="supervisor-plan-warning">
          {supervisorPlan
            ? t('skp.supervisorNotApproved', { name: supervisorLabel })
            : t('skp.supervisorNoPlan', { name: supervisorLabel })}
        </Notice>
      )}

      <PlanSummary plan={plan} />
      <div className="form-actions">
        <DownloadButton
          href={`/documents/skp/${plan.id}.pdf`}
          label="documents.skp"
          fallbackName="SKP.pdf"
        />
      </div>

      <section className="plan-section" aria-labelledby="targets-title">
        <div className="section-head">
          <h2 className="section-head__title" id="targets-title">
            {t('skp.targets')}
          </h2>
          {editable && editing === null && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setEditing('new')}
            >
              <Icon name="plus" size={18} />
              {t('skp.addTarget')}
            </button>
          )}
        </div>
        {planLevelError && <Notice tone="error">{planLevelError}</Notice>}
        {targets.length === 0 && editing !== 'new' && (
          <EmptyState title={t('skp.noTargets')} icon="target" />
        )}
        {targets.length > 0 && (
          <WorkTargetList
            targets={targets}
            errorsByTarget={errorsByTarget}
            renderInstead={(target) =>
              editing === target.id ? (
                <WorkTargetForm
                  planId={plan.id}
                  planVersion={plan.version ?? 0}
                  target={target}
                  parentOptions={parentOptions}
                  refetchQueries={REFETCH}
                  onDone={afterEdit}
                  onCancel={() => setEditing(null)}
                />
              ) : null
            }
            renderActions={
              editable && editing === null
                ? (target) =>
                    confirmRemove === target.id ? (
                      <div className="confirm" role="group" aria-label={t('skp.removeTarget')}>
                        <span className="small">{t('skp.removeConfirm')}</span>
                        <button
                          type="button"
                          className="button button--danger button--small"
                          onClick={() => void onRemove(target.id)}
                          disabled={removeState.loading}
                        >
                          {t('skp.removeTarget')}
                        </button>
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          onClick={() => setConfirmRemove(null)}
                        >
                          {t('common.cancel')}
                        </button>
                      </div>
                    ) : (
                      <>
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          onClick={() => setEditing(target.id)}
                          aria-label={`${t('skp.editTarget')}: ${target.description ?? ''}`}
                        >
                          <Icon name="edit" size={16} />
                          <span>{t('skp.editTarget')}</span>
                        </button>
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          onClick={() => setConfirmRemove(target.id)}
                          aria-label={`${t('skp.removeTarget')}: ${target.description ?? ''}`}
                        >
                          <Icon name="trash" size={16} />
                          <span>{t('skp.removeTarget')}</span>
                        </button>
                      </>
                    )
                : undefined
            }
          />
        )}
        {editing === 'new' && (
          <WorkTargetForm
            planId={plan.id}
            planVersion={plan.version ?? 0}
            parentOptions={parentOptions}
            refetchQueries={REFETCH}
            onDone={afterEdit}
            onCancel={() => setEditing(null)}
          />
        )}
      </section>

      {plan.behaviorExpectations && plan.behaviorExpectations.length > 0 && (
        <BehaviorExpectationList expectations={plan.behaviorExpectations} />
      )}

      <PlanAnnexSection plan={plan} editable={editable} reloadQueries={REFETCH} />

      {notice && (
        <Notice tone={notice.tone} testId="plan-notice">
          {notice.text}
        </Notice>
      )}

      {editable && (
        <div className="card submit-bar">
          <p className="muted small">{t('skp.submitHint')}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void onSubmit()}
            disabled={submitState.loading || editing !== null}
            aria-busy={submitState.loading}
          >
            {submitState.loading && <span className="spinner__circle" aria-hidden="true" />}
            {submitState.loading ? t('skp.submitting') : t('skp.submit')}
          </button>
        </div>
      )}
    </div>
  );
}
