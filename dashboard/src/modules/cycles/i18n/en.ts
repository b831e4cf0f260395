import type { cyclesId } from './id';

// English texts of performance cycles and their reporting periods; spread into dictionaries/en.ts.
export const cyclesEn: Record<keyof typeof cyclesId, string> = {
  'cycleStatus.PLANNING': 'Planning',
  'cycleStatus.ACTIVE': 'Active',
  'cycleStatus.CALIBRATION': 'Calibration',
  'cycleStatus.CLOSED': 'Closed',
  'period.TW1': 'Q1',
  'period.TW2': 'Q2',
  'period.TW3': 'Q3',
  'period.TW4': 'Q4',
  'period.ANNUAL': 'Annual',
  'periodLong.TW1': 'Quarter 1 (TW I)',
  'periodLong.TW2': 'Quarter 2 (TW II)',
  'periodLong.TW3': 'Quarter 3 (TW III)',
  'periodLong.TW4': 'Quarter 4 (TW IV)',
  'periodLong.ANNUAL': 'Year end',

  'cycle.label': 'Performance cycle',
  'cycle.option': '{year} · {status}',
  'cycle.none': 'No performance cycle yet',
  'cycle.noneHint': 'The HR subsection opens a performance cycle every year.',
};
