import { useT } from '../../i18n';
import { previewPredicate } from '../utils/predicate';
import { PredicateBadge } from './PredicateBadge';
import type { Rating } from '../../api/generated/graphql';

/** The predicate the chosen ratings give, live; the API derives the same when saving. */
export function PredicatePreview({
  resultRating,
  behaviorRating,
}: {
  resultRating: Rating | '' | null;
  behaviorRating: Rating | '' | null;
}) {
  const t = useT();
  const predicate = previewPredicate({
    resultRating: resultRating || null,
    behaviorRating: behaviorRating || null,
  });
  return (
    <div className="predicate-preview" aria-live="polite" data-testid="predicate-preview">
      <span className="predicate-preview__label">{t('evaluation.predicatePreview')}</span>
      {predicate ? (
        <PredicateBadge predicate={predicate} testId="predicate-preview-value" />
      ) : (
        <span className="muted small">{t('evaluation.predicatePreviewEmpty')}</span>
      )}
      <span className="muted small">{t('evaluation.predicatePreviewHint')}</span>
    </div>
  );
}
