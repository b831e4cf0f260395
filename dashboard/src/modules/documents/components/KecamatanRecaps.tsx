import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { DownloadButton } from './DownloadButton';

const PERIODS = ['ANNUAL', 'TW1', 'TW2', 'TW3', 'TW4'] as const;
type RecapPeriod = (typeof PERIODS)[number];

/** The kecamatan-wide recaps of a cycle (no unit: the API's default is the kecamatan). */
export function KecamatanRecaps({ cycleId, year }: { cycleId: string; year: number }) {
  const t = useT();
  const id = useId();
  const [period, setPeriod] = useState<RecapPeriod>('ANNUAL');
  return (
    <section
      className="card plan-section"
      aria-labelledby={`${id}-title`}
      data-testid="kecamatan-recaps"
    >
      <h2 className="card__title" id={`${id}-title`}>
        {t('documents.kecamatanRecaps')}
      </h2>
      <p className="muted small">{t('documents.kecamatanRecapsHint', { year })}</p>
      <div className="form-actions">
        <div className="field toolbar__field">
          <label className="field__label small" htmlFor={`${id}-period`}>
            {t('documents.period')}
          </label>
          <select
            id={`${id}-period`}
            className="select"
            value={period}
            onChange={(event) => setPeriod(event.target.value as RecapPeriod)}
          >
            {PERIODS.map((value) => (
              <option key={value} value={value}>
                {t(`periodLong.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <DownloadButton
          href={`/exports/recap.xlsx?cycleId=${cycleId}&period=${period}`}
          label="documents.recap"
          fallbackName={`Rekap_Kinerja_${year}_${period}.xlsx`}
        />
        <DownloadButton
          href={`/exports/jp-recap.xlsx?cycleId=${cycleId}`}
          label="documents.jpRecap"
          fallbackName={`Rekap_JP_${year}.xlsx`}
        />
      </div>
    </section>
  );
}
