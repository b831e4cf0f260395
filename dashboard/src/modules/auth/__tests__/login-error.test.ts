import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { createTranslate } from '../../i18n/utils/translate';
import { describeLoginError, formatDuration, loginErrorMessage } from '../utils/login-error';

const graphQLError = (code: string, extensions: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'nope', path: ['login'], extensions: { code, ...extensions } }],
  });

const fakeResponse = (status: number, headers: Record<string, string> = {}) =>
  ({
    status,
    headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
  }) as unknown as Response;

const serverError = (status: number, bodyText = '', headers: Record<string, string> = {}) =>
  new ServerError(`Received status code ${status}`, {
    response: fakeResponse(status, headers),
    bodyText,
  });

describe('describeLoginError', () => {
  test.each([
    ['wrong credentials', graphQLError('UNAUTHENTICATED'), { kind: 'invalidCredentials' }],
    [
      'the rate limit',
      graphQLError('FORBIDDEN', { reason: 'RATE_LIMITED', retryAfterSeconds: 125 }),
      { kind: 'rateLimited', retryAfterSeconds: 125 },
    ],
    [
      'a fractional wait',
      graphQLError('FORBIDDEN', { retryAfterSeconds: 2.2 }),
      { kind: 'rateLimited', retryAfterSeconds: 3 },
    ],
    ['a refused account', graphQLError('FORBIDDEN'), { kind: 'forbidden' }],
    ['bad input', graphQLError('BAD_USER_INPUT', { fields: [] }), { kind: 'invalidInput' }],
    ['a masked internal error', graphQLError('INTERNAL_SERVER_ERROR'), { kind: 'server' }],
    ['the database away', graphQLError('SERVICE_UNAVAILABLE'), { kind: 'unavailable' }],
    ['a bare 503', serverError(503, 'Service Unavailable'), { kind: 'unavailable' }],
    [
      'a 401 whose JSON body says UNAUTHENTICATED',
      serverError(
        401,
        JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] }),
      ),
      { kind: 'invalidCredentials' },
    ],
    [
      'a 429 with Retry-After',
      serverError(429, 'Too many', { 'retry-after': '60' }),
      { kind: 'rateLimited', retryAfterSeconds: 60 },
    ],
    ['a 502 from a proxy', serverError(502, '<html>Bad gateway</html>'), { kind: 'server' }],
    [
      'an unparsable body',
      new ServerParseError(new Error('Unexpected token'), {
        response: fakeResponse(200),
        bodyText: '<',
      }),
      { kind: 'server' },
    ],
    ['a failed fetch', new TypeError('Failed to fetch'), { kind: 'network' }],
  ])('%s', (_name, error, expected) => {
    expect(describeLoginError(error)).toEqual(expected);
  });
});

describe('loginErrorMessage', () => {
  const id = { t: createTranslate('id'), locale: 'id-ID' };
  const en = { t: createTranslate('en'), locale: 'en-GB' };
  const now = new Date(2026, 0, 5, 9, 58, 0);

  test('wrong credentials, in both languages', () => {
    expect(loginErrorMessage({ kind: 'invalidCredentials' }, id)).toBe(
      'NIP/nama pengguna atau kata sandi salah.',
    );
    expect(loginErrorMessage({ kind: 'invalidCredentials' }, en)).toBe(
      'Wrong NIP/username or password.',
    );
  });

  test('the rate limit says how long to wait and until when', () => {
    const error = { kind: 'rateLimited', retryAfterSeconds: 125 } as const;
    const indonesian = loginErrorMessage(error, { ...id, now });
    expect(indonesian).toContain('2 menit 5 detik');
    expect(indonesian).toMatch(/pukul 10[.:]00/);
    const english = loginErrorMessage(error, { ...en, now });
    expect(english).toContain('2 min 5 s');
    expect(english).toContain('10:00');
  });

  test('the countdown replaces the server value', () => {
    const error = { kind: 'rateLimited', retryAfterSeconds: 900 } as const;
    expect(loginErrorMessage(error, { ...id, now, remainingSeconds: 42 })).toContain('42 detik');
  });

  test('a rate limit without a time still tells the user to wait', () => {
    expect(loginErrorMessage({ kind: 'rateLimited', retryAfterSeconds: null }, id)).toBe(
      'Terlalu banyak percobaan masuk. Tunggu sebentar sebelum mencoba lagi.',
    );
  });

  test('network and server problems are told apart', () => {
    expect(loginErrorMessage({ kind: 'network' }, id)).toContain('Tidak dapat terhubung ke server');
    expect(loginErrorMessage({ kind: 'server' }, id)).toContain('gangguan pada server');
    expect(loginErrorMessage({ kind: 'server' }, en)).toContain('server ran into a problem');
    expect(loginErrorMessage({ kind: 'unavailable' }, id)).toContain('tidak tersedia');
    expect(loginErrorMessage({ kind: 'unavailable' }, en)).toContain('temporarily unavailable');
  });

  test.each([
    [45, '45 detik'],
    [60, '1 menit'],
    [61, '1 menit 1 detik'],
    [900, '15 menit'],
  ])('formatDuration(%i) = %s', (seconds, text) => {
    expect(formatDuration(seconds, id.t)).toBe(text);
  });
});
