import type { annualEvaluationId } from './id';

// English texts of the annual evaluation and the kecamatan's organisation predicate.
export const annualEvaluationEn: Record<keyof typeof annualEvaluationId, string> = {
  'annual.quarters.title': 'Quarterly evaluations',
  'annual.quarters.hint':
    'The final TW I–IV results inform the annual evaluation, beside the year’s achievement.',
  'annual.quarters.notEvaluated': 'Not evaluated yet',
  'annual.quarters.achievement': 'Achievement',
  'annual.quarters.summary': 'Feedback',
  'annual.quarters.indicators': 'Achievement per indicator',
  'annual.quarters.indicatorLine': 'Target {target} · actual {value} · achievement {percent}',
  'annual.quarters.indicatorNotReported': 'Target {target} · not reported yet',
  'annual.quarters.indicatorNarrative': 'Qualitative · {state}',
  'annual.quarters.narrativeReported': 'narrative reported',
  'annual.suggested': 'Suggested result rating: {rating}.',
  'annual.basis.ACHIEVEMENT':
    'From the annual achievement {achievement}; no quarterly evaluation is final yet.',
  'annual.basis.ACHIEVEMENT_AND_QUARTERS':
    'From the annual achievement and the quarterly evaluations ({count} final quarters), half each.',
  'annual.basis.QUARTERS_ONLY':
    'From the quarterly evaluations ({count} final quarters); no annual achievement yet.',
  'annual.basis.ORGANIZATION_PREDICATE':
    'Follows the organisation predicate of {unit}: {predicate}.',

  'calibration.reference.number': 'Decision number',
  'calibration.reference.date': 'Decision date',
  'calibration.reference.hint':
    'The kecamatan’s predicate is decided by the City of Surabaya; record it as in the decision.',
  'calibration.reference.required': 'Required for the kecamatan’s predicate',
  'calibration.reference.tooLong': 'At most 100 characters',
  'calibration.reference.future': 'Must not be after today',
  'calibration.reference.recorded': 'Decision no. {number} of {date}',
  'calibration.recordedByHr':
    'The kecamatan’s predicate is decided by the city and recorded by the HR subdivision.',
  'calibration.recordedByCamat':
    'The predicates of the units below the kecamatan are recorded by the Camat.',
};
