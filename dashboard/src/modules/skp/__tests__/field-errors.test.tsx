import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { GraphQLError } from 'graphql';
import { createCache } from '../../api/client';
import { I18nProvider } from '../../i18n';
import { createTranslate } from '../../i18n/utils/translate';
import { WorkTargetForm } from '../components/WorkTargetForm';
import { ADD_WORK_TARGET } from '../graphql/mutations';
import { fieldErrorsOf, nestedFieldErrors, translateFieldMessage } from '../utils/field-errors';
import { mutationErrorMessage } from '../utils/mutation-error';

const badInput = (fields: { field: string; message: string }[]) =>
  new GraphQLError('Invalid input', { extensions: { code: 'BAD_USER_INPUT', fields } });

describe('field errors from extensions.fields', () => {
  test('collects each field once, only from BAD_USER_INPUT errors', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        badInput([
          { field: 'description', message: 'must be 5 to 1000 characters' },
          { field: 'indicators[0].target', message: 'must be a positive number' },
          { field: 'description', message: 'second message is ignored' },
          { nonsense: true } as never,
        ]),
        new GraphQLError('nope', {
          extensions: { code: 'FORBIDDEN', fields: [{ field: 'x', message: 'y' }] },
        }),
      ],
    });
    expect(fieldErrorsOf(error)).toEqual({
      description: 'must be 5 to 1000 characters',
      'indicators[0].target': 'must be a positive number',
    });
    expect(fieldErrorsOf(new Error('network'))).toEqual({});
  });

  test('nests by prefix: an indicator row, a target of a submitted plan', () => {
    const errors = {
      indicators: 'needs at least one indicator',
      'indicators[0].target': 'must be a positive number',
      'indicators[0].unit': 'must be 1 to 40 characters',
      'indicators[10].unit': 'must be 1 to 40 characters',
      'workTargets[2].indicators': 'needs at least one indicator',
      'workTargets[2].parentTargetId': 'must name the supervisor',
    };
    expect(nestedFieldErrors(errors, 'indicators[0]')).toEqual({
      target: 'must be a positive number',
      unit: 'must be 1 to 40 characters',
    });
    expect(nestedFieldErrors(errors, 'workTargets[2]')).toEqual({
      indicators: 'needs at least one indicator',
      parentTargetId: 'must name the supervisor',
    });
    expect(nestedFieldErrors(errors, 'indicators')).toMatchObject({
      '': 'needs at least one indicator',
      '[0].target': 'must be a positive number',
    });
  });

  test('known API messages are shown in the user’s language; others as they are', () => {
    const id = createTranslate('id');
    expect(translateFieldMessage(id, 'must be 5 to 1000 characters')).toBe('Isi 5–1000 karakter.');
    expect(translateFieldMessage(id, 'give a link to the evidence or a note')).toBe(
      'Isi tautan bukti dukung atau catatan.',
    );
    expect(
      translateFieldMessage(
        createTranslate('en'),
        'an UTAMA target must name the supervisor’s RHK it intervenes',
      ),
    ).toBe('A main RHK must intervene one of your supervisor’s RHK.');
    expect(translateFieldMessage(id, 'something new')).toBe('something new');
  });

  test('a CONFLICT about the supervisor’s plan reads as a clear sentence', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        new GraphQLError(
          'Your supervisor’s SKP for this cycle must be approved before you submit yours',
          {
            extensions: { code: 'CONFLICT' },
          },
        ),
      ],
    });
    expect(mutationErrorMessage(createTranslate('id'), error)).toBe(
      'SKP atasan Anda untuk siklus ini harus disetujui lebih dahulu sebelum Anda dapat mengajukan SKP.',
    );
  });
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
                    { field: 'description', message: 'must be 5 to 1000 characters' },
                    {
                      field: 'parentTargetId',
                      message: 'must be a work target of your supervisor’s SKP for the same cycle',
                    },
                    { field: 'indicators[0].target', message: 'must be a positive number' },
                  ]),
                ],
              },
            },
          ]}
        >
          <WorkTargetForm
            planId="9"
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
