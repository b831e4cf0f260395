import { render, screen, within } from '@testing-library/react';
import { I18nProvider } from '../../i18n';
import { WorkTargetList } from '../components/WorkTargetList';
import type { WorkTargetDetail } from '../types';

const quarter = (period: string, target: number | null, actionPlan: string | null = null) => ({
  __typename: 'PeriodTarget',
  period,
  target,
  actionPlan,
});

const TARGET = {
  __typename: 'WorkTarget',
  id: '11',
  kind: 'UTAMA',
  description: 'Terlayaninya perekaman KTP-el',
  sortOrder: 1,
  parentTarget: null,
  indicators: [
    {
      __typename: 'Indicator',
      id: '21',
      kind: 'KUANTITATIF',
      aspect: 'KUANTITAS',
      description: 'Jumlah KTP-el yang direkam',
      target: 1680,
      narrativeTarget: null,
      unit: 'keping',
      direction: 'HIGHER_IS_BETTER',
      aggregation: 'SUM',
      periodTargets: [
        quarter('TW1', 400, 'Jadwal jemput bola di kelurahan'),
        quarter('TW2', 420),
        quarter('TW3', 420),
        quarter('TW4', 440, 'Rekam ulang data yang gagal'),
      ],
    },
    {
      __typename: 'Indicator',
      id: '22',
      kind: 'KUALITATIF',
      aspect: 'KUALITAS',
      description: 'Kualitas layanan warga',
      target: null,
      narrativeTarget: 'Layanan tanpa keluhan berulang',
      unit: '-',
      direction: null,
      aggregation: null,
      periodTargets: [quarter('TW2', null, 'Survei kepuasan singkat')],
    },
  ],
} as unknown as WorkTargetDetail;

describe('WorkTargetList (the SKP as read by the employee and the pejabat penilai)', () => {
  test('shows each IKI’s targets per triwulan and how they make the year, its rencana aksi, and a qualitative one’s narrative target', () => {
    render(
      <I18nProvider initialLanguage="id">
        <WorkTargetList targets={[TARGET]} />
      </I18nProvider>,
    );
    const [counted, narrative] = screen.getAllByTestId('indicator-item');
    expect(within(counted).getByTestId('quarter-targets').textContent).toBe(
      'Target per triwulan: TW I 400 · TW II 420 · TW III 420 · TW IV 440 · Jumlah (hitungan: triwulan dijumlahkan)',
    );
    const plans = within(counted).getByText('Rencana aksi per triwulan').closest('details')!;
    expect(
      within(plans)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['TW I: Jadwal jemput bola di kelurahan', 'TW IV: Rekam ulang data yang gagal']);
    expect(narrative.textContent).toContain('Kualitatif');
    expect(narrative.textContent).toContain('Target naratif: Layanan tanpa keluhan berulang');
    expect(within(narrative).queryByTestId('quarter-targets')).toBeNull();
    expect(within(narrative).getByText('Survei kepuasan singkat')).toBeTruthy();
  });
});
