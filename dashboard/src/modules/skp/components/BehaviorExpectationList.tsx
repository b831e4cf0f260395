import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import type { BehaviorExpectationDetail } from '../types';

interface BehaviorExpectationListProps {
  expectations: BehaviorExpectationDetail[];
  /** The supervisor's editor for one value (approval page); read-only text otherwise. */
  renderEditor?: (expectation: BehaviorExpectationDetail) => ReactNode;
}

/** The seven BerAKHLAK values with their official guides and the supervisor's expectation. */
export function BehaviorExpectationList({
  expectations,
  renderEditor,
}: BehaviorExpectationListProps) {
  const t = useT();
  return (
    <section className="card plan-section" aria-labelledby="expectations-title">
      <h2 className="card__title" id="expectations-title">
        {t('skp.expectations')}
      </h2>
      <p className="muted small">{t('skp.expectationsHint')}</p>
      <ul className="expectation-list" data-testid="expectations">
        {expectations.map((expectation) => (
          <li key={expectation.id} className="expectation">
            <details>
              <summary className="expectation__summary">
                <span className="expectation__name">
                  {expectation.name ?? expectation.coreValue}
                </span>
                {expectation.specificExpectation && (
                  <span className="tag tag--info">{t('skp.hasSpecificExpectation')}</span>
                )}
              </summary>
              {expectation.guides && expectation.guides.length > 0 && (
                <ul className="expectation__guides">
                  {expectation.guides.map((guide) => (
                    <li key={guide}>{guide}</li>
                  ))}
                </ul>
              )}
            </details>
            {renderEditor ? (
              renderEditor(expectation)
            ) : (
              <div className="expectation__specific">
                <span className="muted small">{t('skp.specificExpectation')}: </span>
                {expectation.specificExpectation ?? (
                  <span className="muted">{t('skp.noSpecificExpectation')}</span>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
