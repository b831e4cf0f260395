import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { GraphQLError } from 'graphql';
import { createTranslate } from '../../i18n/utils/translate';
import { errorMessage, fieldErrorsOf, isStaleVersion, problemText } from '../utils/error-messages';
import { nestedFieldErrors } from '../utils/field-errors';

const id = createTranslate('id');
const en = createTranslate('en');

const refusal = (extensions: Record<string, unknown>, message = 'English prose, never shown') =>
  new CombinedGraphQLErrors({ errors: [new GraphQLError(message, { extensions })] });
const badInput = (fields: unknown[]) =>
  refusal({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields });

describe('errorMessage: one sentence per reason, with the values the API sent', () => {
  it.each([
    [
      { code: 'CONFLICT', reason: 'SUPERVISOR_PLAN_NOT_APPROVED' },
      'SKP atasan Anda untuk siklus ini harus disetujui lebih dahulu sebelum Anda dapat mengajukan SKP.',
    ],
    [
      { code: 'CONFLICT', reason: 'PLAN_EXISTS', year: 2026 },
      'Anda sudah memiliki SKP untuk siklus 2026.',
    ],
    [{ code: 'CONFLICT', reason: 'ALREADY_DECIDED' }, 'Keberatan ini sudah diputuskan.'],
    [
      { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields: [] },
      'Periksa isian yang ditandai.',
    ],
  ])('%j', (extensions, expected) => expect(errorMessage(id, refusal(extensions))).toBe(expected));

  it('shows a day the API names as the user’s calendar date', () => {
    expect(
      errorMessage(
        id,
        refusal({ code: 'CONFLICT', reason: 'PERIOD_NOT_ENDED', finalizableFrom: '2027-01-01' }),
      ),
    ).toContain('1 Jan 2027');
    expect(
      errorMessage(
        en,
        refusal({ code: 'CONFLICT', reason: 'REPORTING_CLOSED', closedOn: '2026-04-30' }),
      ),
    ).toBe('Reporting for this period closed on 30 Apr 2026.');
  });

  it('falls back to a sentence per code for a reason it does not know, never the English prose', () => {
    expect(errorMessage(id, refusal({ code: 'CONFLICT', reason: 'SOMETHING_NEW' }))).toBe(
      id('error.code.CONFLICT'),
    );
    expect(errorMessage(en, refusal({ code: 'FORBIDDEN' }))).toBe(en('error.code.FORBIDDEN'));
    expect(errorMessage(id, refusal({ code: 'INTERNAL_SERVER_ERROR' }))).toBe(
      id('common.errorServer'),
    );
    expect(errorMessage(id, new Error('offline'))).toBe(id('common.errorNetwork'));
  });

  it('reads the errors of a non-2xx JSON body too', () => {
    const body = JSON.stringify({
      errors: [
        { message: 'x', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' } },
      ],
    });
    const error = new ServerError('Response not successful', {
      response: { status: 401 } as Response,
      bodyText: body,
    });
    expect(errorMessage(en, error)).toBe('Your session has expired. Please sign in again.');
  });
});

describe('field problems from extensions.fields', () => {
  it('translates each field once by its reason, only from BAD_USER_INPUT errors', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        new GraphQLError('Invalid input', {
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'INVALID_INPUT',
            fields: [
              { field: 'description', reason: 'LENGTH', params: { min: 5, max: 1000 } },
              { field: 'indicators[0].target', reason: 'POSITIVE_NUMBER' },
              { field: 'description', reason: 'REQUIRED' },
              { field: 'note', reason: 'SOMETHING_NEW' },
              { nonsense: true },
            ],
          },
        }),
        new GraphQLError('nope', {
          extensions: { code: 'FORBIDDEN', fields: [{ field: 'x', reason: 'REQUIRED' }] },
        }),
      ],
    });
    expect(fieldErrorsOf(id, error)).toEqual({
      description: 'Isi 5–1000 karakter.',
      'indicators[0].target': 'Isi angka lebih dari 0.',
      note: 'Isian ini tidak valid.',
    });
    expect(fieldErrorsOf(id, new Error('network'))).toEqual({});
  });

  it.each([
    [
      { reason: 'QUARTER_SUM_MISMATCH', params: { made: 1943, target: 1944 } },
      'Jumlah target triwulan 1943, harus sama dengan target tahunan 1944.',
    ],
    [
      { reason: 'QUARTER_LAST_MISMATCH', params: { target: 100 } },
      'Target TW4 harus sama dengan target tahunan 100.',
    ],
    [{ reason: 'QUARTER_TARGETS_EACH' }, 'Isi target untuk setiap triwulan TW1–TW4.'],
    [
      { reason: 'DATE_RANGE', params: { from: '2026-01-01', to: '2026-12-31' } },
      'Pilih tanggal dari 1 Jan 2026 sampai 31 Des 2026.',
    ],
    [
      { reason: 'CONTROL_CHARACTERS' },
      'Hapus karakter kontrol tak terlihat (sering terbawa dari teks yang ditempel).',
    ],
  ])('%j reads in Indonesian', (problem, expected) => {
    expect(fieldErrorsOf(id, badInput([{ field: 'f', ...problem }]))).toEqual({ f: expected });
    expect(problemText(id, problem)).toBe(expected);
  });

  it('nests by prefix: an indicator row, a target of a submitted plan', () => {
    const errors = {
      indicators: 'needs an indicator',
      'indicators[0].target': 'positive',
      'indicators[0].unit': 'unit',
      'indicators[10].unit': 'other unit',
      'workTargets[2].indicators': 'needs an indicator',
      'workTargets[2].parentTargetId': 'parent',
    };
    expect(nestedFieldErrors(errors, 'indicators[0]')).toEqual({
      target: 'positive',
      unit: 'unit',
    });
    expect(nestedFieldErrors(errors, 'workTargets[2]')).toEqual({
      indicators: 'needs an indicator',
      parentTargetId: 'parent',
    });
    expect(nestedFieldErrors(errors, 'indicators')).toMatchObject({
      '': 'needs an indicator',
      '[0].target': 'positive',
    });
  });
});

describe('isStaleVersion', () => {
  it.each([
    [{ code: 'CONFLICT', reason: 'STALE_VERSION' }, true],
    [{ code: 'CONFLICT', reason: 'DUPLICATE' }, true],
    [{ code: 'CONFLICT', reason: 'PLAN_FROZEN' }, false],
    [{ code: 'BAD_USER_INPUT', reason: 'STALE_VERSION' }, false],
  ])('%j → %p', (extensions, expected) =>
    expect(isStaleVersion(refusal(extensions))).toBe(expected),
  );
});
