import type { MessageKey } from '../../i18n';

export const REFERENCE_NUMBER_MAX = 100;

/**
 * The checks the API makes on the kecamatan's reference (the city's decision), so the user sees
 * them before sending: a number of 1–100 characters and a date not after today (Jakarta).
 */
export function referenceProblems({
  number,
  date,
  today,
}: {
  number: string;
  date: string;
  today: string;
}): Partial<Record<'referenceNumber' | 'referenceDate', MessageKey>> {
  const problems: Partial<Record<'referenceNumber' | 'referenceDate', MessageKey>> = {};
  const trimmed = number.trim();
  if (!trimmed) problems.referenceNumber = 'calibration.reference.required';
  else if (trimmed.length > REFERENCE_NUMBER_MAX)
    problems.referenceNumber = 'calibration.reference.tooLong';
  if (!date) problems.referenceDate = 'calibration.reference.required';
  else if (date > today) problems.referenceDate = 'calibration.reference.future';
  return problems;
}
