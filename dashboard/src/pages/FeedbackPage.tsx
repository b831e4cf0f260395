import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { loadStateOf } from '../modules/api/utils/load-state';
import { FeedbackComposer } from '../modules/feedback/components/FeedbackComposer';
import { FeedbackList } from '../modules/feedback/components/FeedbackList';
import { GET_RECEIVED_FEEDBACK, GET_SENT_FEEDBACK } from '../modules/feedback/graphql/queries';
import { useI18n } from '../modules/i18n';
import { Notice } from '../modules/ui/components/Notice';
import { useCycleSelection } from '../modules/cycles/hooks/useCycleSelection';
import { useMyPlace } from '../modules/employees/hooks/useMyPlace';
import { QueryState } from '../modules/ui/components/QueryState';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { PageHeader } from '../modules/ui/components/PageHeader';
import '../modules/feedback/styles/feedback.css';

type Tab = 'received' | 'sent' | 'compose';
const TABS: readonly Tab[] = ['received', 'sent', 'compose'];
const TAB_PARAM = 'tab';

export function FeedbackPage() {
  const { t } = useI18n();
  const place = useMyPlace();
  const selection = useCycleSelection();
  const employee = place.employee;
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get(TAB_PARAM) as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : 'received';
  const [sentNotice, setSentNotice] = useState(false);
  const setTab = (next: Tab) => {
    setSentNotice(false);
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        params.set(TAB_PARAM, next);
        return params;
      },
      { replace: true },
    );
  };

  const received = useQuery(GET_RECEIVED_FEEDBACK, {
    variables: { recipientId: employee?.id ?? '' },
    skip: !employee,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const sent = useQuery(GET_SENT_FEEDBACK, {
    variables: { authorId: employee?.id ?? '' },
    skip: !employee || tab !== 'sent',
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const activeCycle = selection.cycles.find((cycle) => cycle.status === 'ACTIVE') ?? null;
  const pending = received.data?.unacknowledged.totalCount ?? 0;

  const list = (
    query: typeof received | typeof sent,
    direction: 'received' | 'sent',
    emptyTitle: string,
  ) => {
    const feedback = query.data?.feedback;
    const items = feedback?.edges.map(({ node }) => node);
    return (
      <QueryState
        query={loadStateOf(query, query.data)}
        empty={items?.length === 0 && <EmptyState title={emptyTitle} icon="inbox" />}
        testId="feedback-loading"
      >
        {feedback && items && (
          <>
            <FeedbackList items={items} direction={direction} />
            {feedback.pageInfo.hasNextPage && (
              <div className="load-more">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() =>
                    void query.fetchMore({
                      variables: { after: feedback.pageInfo.endCursor ?? undefined },
                    })
                  }
                >
                  {t('feedback.more')}
                </button>
              </div>
            )}
          </>
        )}
      </QueryState>
    );
  };

  let body: ReactNode = null;
  if (tab === 'received') body = list(received, 'received', t('feedback.receivedEmpty'));
  else if (tab === 'sent')
    body = (
      <>
        {sentNotice && (
          <Notice tone="success" testId="feedback-sent">
            {t('feedback.sent')}
          </Notice>
        )}
        {list(sent, 'sent', t('feedback.sentEmpty'))}
      </>
    );
  else if (!selection.loading && !activeCycle)
    body = <EmptyState title={t('feedback.noActiveCycle')} icon="lock" />;
  else if (employee)
    body = (
      <FeedbackComposer
        cycleId={activeCycle?.id ?? null}
        myEmployeeId={employee.id}
        onSent={() => {
          setTab('sent');
          setSentNotice(true);
        }}
      />
    );

  return (
    <div className="page__content">
      <PageHeader title={t('feedback.title')} subtitle={t('feedback.subtitle')} />
      {employee && (
        <div className="period-tabs" role="tablist" aria-label={t('feedback.title')}>
          {TABS.map((option) => (
            <button
              key={option}
              type="button"
              role="tab"
              className="period-tabs__tab"
              aria-selected={tab === option}
              onClick={() => setTab(option)}
            >
              {t(`feedback.tab.${option}`)}
              {option === 'received' && pending > 0 && (
                <span className="nav-count" data-testid="feedback-pending">
                  {pending}
                </span>
              )}
            </button>
          ))}
        </div>
      )}
      <div className="report-body" role={employee ? 'tabpanel' : undefined}>
        <QueryState
          loads={[place]}
          blocker={!employee && <EmptyState title={t('skp.noEmployee')} icon="lock" />}
          testId="feedback-loading"
        >
          {body}
        </QueryState>
      </div>
    </div>
  );
}
