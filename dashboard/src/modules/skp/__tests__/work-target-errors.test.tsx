import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { createCache } from '../../api/client';
import { I18nProvider } from '../../i18n';
import { WorkTargetForm } from '../components/WorkTargetForm';
import { ADD_WORK_TARGET } from '../graphql/mutations';

const badInput = (fields: { field: string; reason: string; params?: object }[]) =>
  new GraphQLError('Invalid input', {
    extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields },
  });

describe('WorkTargetForm shows the API’s field errors beside the right inputs', () => {
  test('description, parent RHK and an indicator target', async () => {
    const input = {
      planId: '9',
      kind: 'UTAMA',
      description: 'Cepat',
      parentTargetId: 'c1',
      indicators: [
        {
          kind: 'KUANTITATIF',
          aspect: 'WAKTU',
          description: 'Rata-rata waktu layanan',
          target: 3,
          unit: 'hari',
          direction: 'LOWER_IS_BETTER',
          // A duration: a level kept each quarter, derived from the annual target.
          aggregation: 'LAST',
          periodTargets: ['TW1', 'TW2', 'TW3', 'TW4'].map((period) => ({
            period,
            target: 3,
            actionPlan: null,
          })),
        },
      ],
    };
    const onDone = jest.fn();
    render(
      <I18nProvider initialLanguage="id">
        <MockedProvider
          cache={createCache()}
          mocks={[
            {
              request: { query: ADD_WORK_TARGET, variables: { input } },
              result: {
                errors: [
                  badInput([
                    { field: 'description', reason: 'LENGTH', params: { min: 5, max: 1000 } },
                    { field: 'parentTargetId', reason: 'PARENT_INVALID' },
                    { field: 'indicators[0].target', reason: 'POSITIVE_NUMBER' },
                  ]),
                ],
              },
            },
          ]}
        >
          <WorkTargetForm
            planId="9"
            planVersion={1}
            parentOptions={[{ id: 'c1', description: 'RHK Camat' }]}
            refetchQueries={[]}
            onDone={onDone}
            onCancel={() => {}}
          />
        </MockedProvider>
      </I18nProvider>,
    );

    fireEvent.change(screen.getByLabelText('Uraian RHK'), { target: { value: 'Cepat' } });
    fireEvent.change(screen.getByLabelText(/RHK atasan yang diintervensi/), {
      target: { value: 'c1' },
    });
    fireEvent.change(screen.getByLabelText('Aspek'), { target: { value: 'WAKTU' } });
    // The direction follows the aspect until the user picks one.
    expect(screen.getByLabelText<HTMLSelectElement>('Arah capaian').value).toBe('LOWER_IS_BETTER');
    fireEvent.change(screen.getByLabelText('Uraian indikator'), {
      target: { value: 'Rata-rata waktu layanan' },
    });
    fireEvent.change(screen.getByLabelText('Target'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Satuan'), { target: { value: 'hari' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan RHK' }));

    await screen.findByText('Periksa isian yang ditandai.');
    const describedText = (label: string | RegExp) => {
      const control = screen.getByLabelText(label);
      expect(control.getAttribute('aria-invalid')).toBe('true');
      return document.getElementById(control.getAttribute('aria-describedby')!)?.textContent;
    };
    expect(describedText('Uraian RHK')).toBe('Isi 5–1000 karakter.');
    expect(describedText(/RHK atasan yang diintervensi/)).toBe(
      'Pilih RHK dari SKP atasan langsung Anda pada siklus yang sama.',
    );
    expect(describedText('Target')).toBe('Isi angka lebih dari 0.');
    expect(screen.getByLabelText('Satuan').getAttribute('aria-invalid')).toBeNull();
    expect(onDone).not.toHaveBeenCalled();
  });

  test('an unreadable target number is caught before sending', async () => {
    render(
      <I18nProvider initialLanguage="en">
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
    // The Camat has no supervisor: no parent RHK to pick.
    expect(screen.queryByLabelText(/Supervisor’s RHK/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Target'), { target: { value: 'sepuluh' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save RHK' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Target').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getByText('Enter a number above 0.')).toBeTruthy();
  });
});
