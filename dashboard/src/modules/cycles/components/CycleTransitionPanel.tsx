import { useId, useState } from 'react';
import type { CycleAdminFieldsFragment, CycleStatus } from '../../api/generated/graphql';
import { useI18n } from '../../i18n';
import { Notice } from '../../ui/components/Notice';
import { nextStatusOf } from '../utils/cycle-admin';
import { CycleTransitionDialog } from './CycleTransitionDialog';

const STAGES: readonly CycleStatus[] = ['PLANNING', 'ACTIVE', 'CALIBRATION', 'CLOSED'];

/** The cycle's stages and its next step, confirmed over the API's count of what it will do. */
export function CycleTransitionPanel({ cycle }: { cycle: CycleAdminFieldsFragment }) {
  const { t } = useI18n();
  const id = useId();
  const next = nextStatusOf(cycle.status);
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const start = () => {
    if (!next) return;
    setNotice(null);
    setOpen(true);
  };

  return (
    <section
      className="card cycle-admin__card"
      aria-labelledby={`${id}-title`}
      data-testid="cycle-transition"
    >
      <h2 className="card__title" id={`${id}-title`}>
        {t('cycleAdmin.transition.title', { year: cycle.year })}
      </h2>
      <ol className="cycle-admin__track">
        {STAGES.map((status) => (
          <li
            key={status}
            className={`cycle-admin__stage${cycle.status === status ? ' cycle-admin__stage--current' : ''}`}
            aria-current={cycle.status === status ? 'step' : undefined}
          >
            {t(`cycleStatus.${status}`)}
          </li>
        ))}
      </ol>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      {next ? (
        <div className="form-actions">
          <button
            type="button"
            className={`button ${next === 'CLOSED' ? 'button--danger' : 'button--primary'}`}
            onClick={start}
          >
            {t('cycleAdmin.transition.move', { status: t(`cycleStatus.${next}`) })}
          </button>
        </div>
      ) : (
        <p className="muted small">{t('cycleAdmin.transition.final')}</p>
      )}
      {open && next && (
        <CycleTransitionDialog
          cycle={cycle}
          to={next}
          onClose={() => setOpen(false)}
          onMoved={(text) => {
            setOpen(false);
            setNotice({ tone: 'success', text });
          }}
        />
      )}
    </section>
  );
}
