import type { Translate } from '../../i18n';
import type { ProgramEffect } from '../types';

export interface EffectRow {
  key: string;
  programTitle: string;
  programCode: string;
  /** What was measured: the value ("Berorientasi Pelayanan") or the result rating. */
  measureLabel: string;
  /** Short label for the chart axis: the programme's code and what was measured. */
  label: string;
  completions: number;
  measured: number;
  improved: number;
  unchanged: number;
  declined: number;
  belowBefore: number;
  belowToMeets: number;
  enoughData: boolean;
  /** "7 dari 9 naik dari di bawah ke sesuai ekspektasi pada Berorientasi Pelayanan", or null. */
  movedSentence: string | null;
}

export const measureLabel = (t: Translate, effect: Pick<ProgramEffect, 'measure' | 'coreValue'>) =>
  effect.measure === 'CORE_VALUE' && effect.coreValue
    ? t(`coreValue.${effect.coreValue}`)
    : t('development.effect.resultRating');

/** One row per programme and measure, programmes with the most measured completions first. */
export function effectRows(t: Translate, effects: readonly ProgramEffect[]): EffectRow[] {
  return [...effects]
    .sort(
      (a, b) =>
        b.measured - a.measured ||
        (a.program.title ?? '').localeCompare(b.program.title ?? '') ||
        measureLabel(t, a).localeCompare(measureLabel(t, b)),
    )
    .map((effect) => {
      const measure = measureLabel(t, effect);
      const title = effect.program.title ?? effect.program.code ?? effect.program.id;
      return {
        key: `${effect.program.id}:${effect.measure}:${effect.coreValue ?? ''}`,
        programTitle: title,
        programCode: effect.program.code ?? '',
        measureLabel: measure,
        label: `${effect.program.code ?? title} · ${measure}`,
        completions: effect.completions,
        measured: effect.measured,
        improved: effect.improved,
        unchanged: effect.unchanged,
        declined: effect.declined,
        belowBefore: effect.belowBefore,
        belowToMeets: effect.belowToMeets,
        enoughData: effect.enoughData,
        movedSentence:
          effect.belowBefore > 0
            ? t('development.effect.moved', {
                count: effect.belowToMeets,
                total: effect.belowBefore,
                measure,
              })
            : null,
      };
    });
}
