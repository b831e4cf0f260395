import { OverdueKind, Period } from '../../cycle/cycle.enums';
import type { Notice } from '../notices';

/** The keberatan window after an evaluation becomes FINAL (PermenPANRB 6/2022). */
export const OBJECTION_WINDOW_DAYS = 14;
const DAY_MS = 24 * 3600 * 1000;

const JAKARTA_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Jakarta',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const PERIOD_ID: Record<Period, string> = {
  [Period.TW1]: 'triwulan I',
  [Period.TW2]: 'triwulan II',
  [Period.TW3]: 'triwulan III',
  [Period.TW4]: 'triwulan IV',
  [Period.ANNUAL]: 'tahunan',
};

/** The last Asia/Jakarta day a keberatan may be filed: the day the 14-day window closes. */
export function objectionDeadlineOn(finalizedAt: Date): string {
  return JAKARTA_DAY.format(new Date(finalizedAt.getTime() + OBJECTION_WINDOW_DAYS * DAY_MS));
}

/** YYYY-MM-DD as Indonesian prose ("15 Januari 2027"): messages are stored in the default language. */
export function indonesianDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS_ID[month - 1]} ${year}`;
}

/** To the employee, once per evaluation: it is FINAL; an annual one opens the keberatan window. */
export function evaluationFinalNotice({
  evaluationId,
  employeeId,
  period,
  year,
  finalizedAt,
}: {
  evaluationId: number;
  employeeId: number;
  period: Period;
  year: number;
  finalizedAt: Date;
}): Notice {
  const what = `Penilaian kinerja ${PERIOD_ID[period]} ${year} Anda sudah final.`;
  const objectionDeadline = period === Period.ANNUAL ? objectionDeadlineOn(finalizedAt) : null;
  return {
    recipientId: employeeId,
    kind: 'evaluation.final',
    message: objectionDeadline
      ? `${what} Keberatan dapat diajukan paling lambat ${indonesianDate(objectionDeadline)}.`
      : what,
    params: { period, year, ...(objectionDeadline ? { objectionDeadline } : {}) },
    entity: 'Evaluation',
    entityId: evaluationId,
    dedupeKey: `evaluation.final:${evaluationId}`,
  };
}

/** To the pejabat penilai, once per objection filed against their evaluation. */
export function objectionFiledNotice({
  objectionId,
  evaluatorId,
  employeeName,
  year,
}: {
  objectionId: number;
  evaluatorId: number;
  employeeName: string;
  year: number;
}): Notice {
  return {
    recipientId: evaluatorId,
    kind: 'objection.filed',
    message: `${employeeName} mengajukan keberatan atas penilaian kinerja tahunan ${year} yang Anda buat.`,
    params: { name: employeeName, year },
    entity: 'Objection',
    entityId: objectionId,
    dedupeKey: `objection.filed:${objectionId}`,
  };
}

export interface DeadlineItem {
  kind: OverdueKind;
  period: Period | null;
  dueOn: string;
  planId: number | null;
  employeeId: number;
  /** Who must act: the employee, or the pejabat penilai recorded on the plan. */
  responsibleId: number;
}

/**
 * The deadline notices for one recipient, one per item: SKP waiting for their approval, their own
 * realisations missing, evaluations they must make. Items of other people are not theirs to act
 * on; an SKP the recipient still has to write is their own Tenggat, not an inbox item.
 */
export function deadlineNotices({
  recipientId,
  items,
  names,
}: {
  recipientId: number;
  items: readonly DeadlineItem[];
  names: ReadonlyMap<number, string>;
}): Notice[] {
  return items.flatMap((item): Notice[] => {
    if (item.responsibleId !== recipientId || item.planId === null) return [];
    const due = indonesianDate(item.dueOn);
    const name = names.get(item.employeeId) ?? '';
    const period = item.period ?? Period.ANNUAL;
    switch (item.kind) {
      case OverdueKind.SKP_NOT_APPROVED:
        if (item.employeeId === recipientId) return [];
        return [
          {
            recipientId,
            kind: 'deadline.skp',
            message: `SKP ${name} menunggu persetujuan Anda (tenggat ${due}).`,
            params: { name, dueOn: item.dueOn },
            entity: 'PerformancePlan',
            entityId: item.planId,
            dedupeKey: `deadline.skp:${item.planId}`,
          },
        ];
      case OverdueKind.REALIZATION_MISSING:
        return [
          {
            recipientId,
            kind: 'deadline.realizations',
            message: `Realisasi ${PERIOD_ID[period]} belum lengkap dilaporkan (tenggat ${due}).`,
            params: { period, dueOn: item.dueOn },
            entity: 'PerformancePlan',
            entityId: item.planId,
            dedupeKey: `deadline.realizations:${item.planId}:${period}`,
          },
        ];
      case OverdueKind.EVALUATION_NOT_FINAL:
      case OverdueKind.ANNUAL_EVALUATION_NOT_FINAL:
        return [
          {
            recipientId,
            kind: 'deadline.evaluation',
            message: `Penilaian ${PERIOD_ID[period]} ${name} belum final (tenggat ${due}).`,
            params: { period, name, dueOn: item.dueOn },
            entity: 'PerformancePlan',
            entityId: item.planId,
            dedupeKey: `deadline.evaluation:${item.planId}:${period}`,
          },
        ];
    }
  });
}
