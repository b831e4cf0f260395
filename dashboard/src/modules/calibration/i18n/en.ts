import type { calibrationId } from './id';

// English texts of the calibration page; spread into dictionaries/en.ts.
export const calibrationEn: Record<keyof typeof calibrationId, string> = {
  'calibration.title': 'Calibration',
  'calibration.subtitle':
    'Organisation predicate, annual predicates against the distribution curve, and closing the cycle.',
  'calibration.subtitleReadOnly': 'Annual predicates against the distribution curve (read only).',
  'calibration.forbidden': 'Calibration is for the Camat and the HR subdivision.',
  'calibration.orgPredicate': 'Organisation predicate',
  'calibration.orgPredicateHint': 'Sets the distribution curve that applies to this unit.',
  'calibration.orgPredicateNone': 'Not recorded',
  'calibration.orgPredicateChoose': 'Organisation predicate',
  'calibration.orgPredicateSave': 'Save predicate',
  'calibration.orgPredicateSaved': 'Organisation predicate saved.',
  'calibration.distribution': 'Annual predicate distribution',
  'calibration.distributionChart':
    'Chart of the annual predicate distribution. Its figures are in the table beside it.',
  'calibration.distributionHint':
    '{total} annual predicates of {year} in this unit and its sub-units (drafts included).',
  'calibration.noPredicates': 'No annual predicates yet',
  'calibration.count': 'Count',
  'calibration.percentage': 'Share',
  'calibration.total': 'Total',
  'calibration.rules': 'Distribution curve rules',
  'calibration.rulesNeedPredicate': 'Record the organisation predicate to check the curve.',
  'calibration.allPassed': 'All rules pass',
  'calibration.someFailed': 'Some rules fail',
  'calibration.passed': 'Pass',
  'calibration.failed': 'Fail',
  'calibration.bound.AT_MOST_PERCENT': '{predicates} at most {percent} %',
  'calibration.bound.AT_LEAST_PERCENT': '{predicates} at least {percent} %',
  'calibration.bound.AT_LEAST_ONE': 'At least one employee {predicates}',
  'calibration.bound.NONE': 'No employee {predicates}',
  'calibration.actual': 'Now {count} of {total} employees ({percent}).',
  'calibration.people': 'Employees involved ({count})',
  'calibration.cycleStep': 'Stages of the {year} cycle',
  'calibration.startCalibration': 'Start calibration',
  'calibration.close': 'Close the cycle',
  'calibration.reasonNeeded':
    'A curve rule fails: closing the cycle needs the Camat’s written reason.',
  'calibration.moved.CALIBRATION': 'The cycle is in calibration.',
  'calibration.moved.CLOSED': 'The cycle is closed.',
  'calibration.stage.PLANNING': 'The cycle is still being planned.',
  'calibration.stage.ACTIVE': 'The cycle is active.',
  'calibration.stage.CALIBRATION': 'The cycle is in calibration.',
  'calibration.stage.CLOSED': 'The cycle is closed.',
};
