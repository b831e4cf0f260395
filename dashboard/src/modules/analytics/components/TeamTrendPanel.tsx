import { useId, useState } from 'react';
import { useI18n } from '../../i18n';
import { MAX_OVERLAY_MEMBERS } from '../graphql/member-trends';
import { useMemberTrends } from '../hooks/useMemberTrends';
import type { TeamMember } from '../types';
import { defaultOverlayMembers, memberKey, overlayRows, type TeamTrendRow } from '../utils/trend';
import { ChartPanel } from './ChartPanel';
import { MEMBER_COLORS, TeamTrendChart, type OverlaySeries } from './TeamTrendChart';
import { TableScroll } from '../../ui/components/TableScroll';
import { formatPercent } from '../../skp/utils/achievement';
import { numberFormat } from '../../ui/utils/format';

/** How many members are drawn when the overlay is first switched on. */
const DEFAULT_OVERLAY_COUNT = 3;

/** The team average trend, optionally with chosen members' lines over it (chart, table, CSV). */
export function TeamTrendPanel({
  rows,
  members,
  fileName,
}: {
  rows: readonly TeamTrendRow[];
  members: readonly TeamMember[];
  fileName: (string | number)[];
}) {
  const { t, locale } = useI18n();
  const toggleId = useId();
  const [overlay, setOverlay] = useState(false);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const candidates = members.filter((member) => member.predicateLevels.length > 0);
  const selected = (chosen ?? defaultOverlayMembers(candidates, DEFAULT_OVERLAY_COUNT)).filter(
    (id) => candidates.some((member) => member.employeeId === id),
  );
  const memberTrends = useMemberTrends(selected, !overlay);
  const nameOf = (employeeId: string) =>
    members.find((member) => member.employeeId === employeeId)?.employee?.name ?? employeeId;
  const drawn = overlay
    ? memberTrends.trends.filter(
        (trend): trend is { employeeId: string; points: NonNullable<typeof trend.points> } =>
          trend.points !== null,
      )
    : [];
  const series: OverlaySeries[] = drawn.map((trend) => ({
    key: memberKey(trend.employeeId),
    name: nameOf(trend.employeeId),
    color: MEMBER_COLORS[selected.indexOf(trend.employeeId) % MEMBER_COLORS.length],
  }));
  const chartRows = overlayRows(rows, drawn);
  const number = numberFormat(locale, 2);
  const percent = (value: number | null) => (value === null ? '–' : formatPercent(value, locale));
  const level = (value: unknown) => (typeof value === 'number' ? number.format(value) : '–');
  const toggle = (employeeId: string) =>
    setChosen(
      selected.includes(employeeId)
        ? selected.filter((id) => id !== employeeId)
        : [...selected, employeeId].slice(0, MAX_OVERLAY_MEMBERS),
    );

  const picker = (
    <div className="overlay-picker" data-testid="team-overlay">
      <label className="overlay-toggle" htmlFor={toggleId}>
        <input
          id={toggleId}
          type="checkbox"
          checked={overlay}
          onChange={(event) => setOverlay(event.target.checked)}
        />
        {t('team.overlay')}
      </label>
      {overlay &&
        (candidates.length === 0 ? (
          <p className="muted small">{t('team.overlayNone')}</p>
        ) : (
          <fieldset className="overlay-picker">
            <legend className="muted small">
              {t('team.overlayMembers', { max: MAX_OVERLAY_MEMBERS })}
            </legend>
            <ul className="overlay-picker__members">
              {candidates.map((member) => {
                const checked = selected.includes(member.employeeId);
                const disabled = !checked && selected.length >= MAX_OVERLAY_MEMBERS;
                const index = selected.indexOf(member.employeeId);
                return (
                  <li key={member.employeeId}>
                    <label
                      className={`overlay-picker__member${checked ? ' overlay-picker__member--checked' : ''}${disabled ? ' overlay-picker__member--disabled' : ''}`}
                    >
                      <input
                        type="checkbox"
                        checked={checked}
                        disabled={disabled}
                        onChange={() => toggle(member.employeeId)}
                      />
                      {checked && (
                        <span
                          className="overlay-picker__swatch"
                          style={{ color: MEMBER_COLORS[index % MEMBER_COLORS.length] }}
                          aria-hidden="true"
                        />
                      )}
                      {nameOf(member.employeeId)}
                    </label>
                  </li>
                );
              })}
            </ul>
            <p className="muted small" role="status">
              {memberTrends.loading
                ? t('team.overlayLoading')
                : memberTrends.error
                  ? t('team.overlayError')
                  : t('team.overlayHint')}
            </p>
          </fieldset>
        ))}
    </div>
  );

  const headers = [
    t('analytics.period'),
    t('team.averageLevel'),
    t('team.averageAchievement'),
    t('team.evaluated'),
    ...series.map((member) => t('team.memberLevel', { name: member.name })),
  ];

  return (
    <ChartPanel
      title={t('team.averageTrend')}
      testId="team-trend"
      fileName={fileName}
      chart={
        rows.length === 0 ? (
          <p className="muted">{t('team.noTrend')}</p>
        ) : (
          <>
            {picker}
            <TeamTrendChart rows={chartRows} members={series} />
          </>
        )
      }
      table={
        <>
          {rows.length > 0 && picker}
          <TableScroll>
            <table className="table table--compact analytics-table" data-testid="team-trend-table">
              <caption className="visually-hidden">{t('team.averageTrend')}</caption>
              <thead>
                <tr>
                  {headers.map((header, index) => (
                    <th key={header} scope="col" className={index ? 'table__number' : undefined}>
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {chartRows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    <td className="table__number">{level(row.averagePredicateLevel)}</td>
                    <td className="table__number">{percent(row.averageAchievement)}</td>
                    <td className="table__number">{row.evaluated}</td>
                    {series.map((member) => (
                      <td key={member.key} className="table__number">
                        {level(row[member.key])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      }
      csv={() => ({
        headers,
        rows: chartRows.map((row) => [
          row.label,
          row.averagePredicateLevel,
          row.averageAchievement,
          row.evaluated,
          ...series.map((member) => row[member.key]),
        ]),
      })}
    />
  );
}
