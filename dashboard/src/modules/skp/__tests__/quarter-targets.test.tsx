import { fireEvent, render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache } from '../../api/client';
import { I18nProvider } from '../../i18n';
import { WorkTargetForm } from '../components/WorkTargetForm';
import {
  checkQuarterTargets,
  defaultAggregation,
  defaultQuarterTargets,
} from '../utils/quarter-targets';

describe('quarter targets as the API rules them', () => {
  test.each([
    ['KUANTITAS', 'surat', 'SUM'],
    ['KUANTITAS', '%', 'LAST'],
    ['KUALITAS', 'dokumen', 'LAST'],
    ['WAKTU', 'hari', 'LAST'],
  ] as const)('%s in %s → %s', (aspect, unit, expected) => {
    expect(defaultAggregation(aspect, unit)).toBe(expected);
  });

  test.each([
    [1944, 'SUM', [486, 486, 486, 486]],
    [10, 'SUM', [2, 2, 2, 4]],
    [12.5, 'SUM', [3.12, 3.12, 3.12, 3.14]],
    [95, 'LAST', [95, 95, 95, 95]],
  ] as const)('%d by %s splits into %j', (target, aggregation, expected) => {
    expect(defaultQuarterTargets(target, aggregation)).toEqual(expected);
  });

  test.each([
    [1944, 'SUM', [400, 500, 500, 544], 1944, true],
    [1944, 'SUM', [400, 486, 486, 486], 1858, false],
    [100, 'LAST', [25, 50, 75, 100], 100, true],
    [100, 'LAST', [25, 50, 100, 75], 75, false],
    [85, 'AVERAGE', [80, 90, 85, 85], 85, true],
    [10, 'SUM', [5, 5, Number.NaN, 0], null, false],
  ] as const)('%d by %s from %j makes %p (ok %p)', (target, aggregation, quarters, made, ok) => {
    expect(checkQuarterTargets({ target, aggregation, quarters })).toEqual({ made, ok });
  });
});

describe('the SKP editor’s quarter targets', () => {
  const renderForm = () =>
    render(
      <I18nProvider initialLanguage="id">
        <MockedProvider cache={createCache()} mocks={[]}>
          <WorkTargetForm
            planId="9"
            planVersion={1}
            parentOptions={null}
            refetchQueries={[]}
            onDone={() => {}}
            onCancel={() => {}}
          />
        </MockedProvider>
      </I18nProvider>,
    );
  const quarter = (period: string) => screen.getByLabelText<HTMLInputElement>(`Target ${period}`);

  test('derives the quarters from the annual target and checks the sum as the user types', async () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Target'), { target: { value: '1944' } });
    fireEvent.change(screen.getByLabelText('Satuan'), { target: { value: 'surat' } });
    expect(screen.getByLabelText<HTMLSelectElement>(/Cara triwulan/).value).toBe('SUM');
    expect(['TW1', 'TW2', 'TW3', 'TW4'].map((period) => quarter(period).value)).toEqual([
      '486',
      '486',
      '486',
      '486',
    ]);
    expect(screen.getByTestId('quarter-check').textContent).toBe(
      'Jumlah triwulan 1944 = target tahunan',
    );

    fireEvent.change(quarter('TW1'), { target: { value: '400' } });
    expect(screen.getByTestId('quarter-check').textContent).toBe(
      'Jumlah triwulan 1858, harus sama dengan target tahunan 1944',
    );
    // The annual target no longer rewrites quarters the user typed.
    fireEvent.change(screen.getByLabelText('Target'), { target: { value: '1858' } });
    expect(quarter('TW1').value).toBe('400');
    expect(screen.getByTestId('quarter-check').textContent).toBe(
      'Jumlah triwulan 1858 = target tahunan',
    );

    fireEvent.change(quarter('TW4'), { target: { value: '500' } });
    fireEvent.change(screen.getByLabelText('Rencana aksi TW1'), {
      target: { value: 'Agenda surat manual' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan RHK' }));
    // Refused before sending: the quarters no longer add up.
    await screen.findByText('Periksa isian yang ditandai.');
    expect(screen.getByTestId('quarter-check').className).toBe('field__error');
  });

  test('a level keeps the annual target in every quarter and checks TW4', () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Aspek'), { target: { value: 'KUALITAS' } });
    fireEvent.change(screen.getByLabelText('Target'), { target: { value: '95' } });
    fireEvent.change(screen.getByLabelText('Satuan'), { target: { value: '%' } });
    expect(screen.getByLabelText<HTMLSelectElement>(/Cara triwulan/).value).toBe('LAST');
    expect(quarter('TW2').value).toBe('95');
    fireEvent.change(quarter('TW4'), { target: { value: '90' } });
    expect(screen.getByTestId('quarter-check').textContent).toBe(
      'Target TW4 90, harus sama dengan target tahunan 95',
    );
  });
});
