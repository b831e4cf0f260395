import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { Translate } from '../../i18n';
import { errorCodeOf, graphQLErrorsOf } from '../../api/utils/graphql-errors';

export type LoginErrorKind =
  | { kind: 'invalidCredentials' }
  | { kind: 'rateLimited'; retryAfterSeconds: number | null }
  | { kind: 'forbidden' }
  | { kind: 'invalidInput' }
  | { kind: 'network' }
  | { kind: 'unavailable' }
  | { kind: 'server' };

const positiveSeconds = (value: unknown): number | null => {
  const seconds = typeof value === 'string' ? Number(value) : value;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0
    ? Math.ceil(seconds)
    : null;
};

/** Maps whatever the login mutation failed with to what the user should be told. */
export function describeLoginError(error: unknown): LoginErrorKind {
  for (const graphQLError of graphQLErrorsOf(error)) {
    switch (errorCodeOf(graphQLError)) {
      case 'UNAUTHENTICATED':
        return { kind: 'invalidCredentials' };
      case 'FORBIDDEN': {
        const retryAfterSeconds = positiveSeconds(graphQLError.extensions?.retryAfterSeconds);
        if (retryAfterSeconds !== null || 'retryAfterSeconds' in (graphQLError.extensions ?? {})) {
          return { kind: 'rateLimited', retryAfterSeconds };
        }
        return { kind: 'forbidden' };
      }
      case 'BAD_USER_INPUT':
        return { kind: 'invalidInput' };
      case 'SERVICE_UNAVAILABLE':
        return { kind: 'unavailable' };
    }
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 429) {
      return {
        kind: 'rateLimited',
        retryAfterSeconds: positiveSeconds(error.response?.headers?.get('retry-after')),
      };
    }
    if (error.statusCode === 401) return { kind: 'invalidCredentials' };
    if (error.statusCode === 503) return { kind: 'unavailable' };
    return { kind: 'server' };
  }
  if (CombinedGraphQLErrors.is(error) || ServerParseError.is(error)) return { kind: 'server' };
  return { kind: 'network' };
}

export function formatDuration(totalSeconds: number, t: Translate): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return t('duration.seconds', { seconds });
  if (seconds === 0) return t('duration.minutes', { minutes });
  return t('duration.minutesSeconds', { minutes, seconds });
}

export function formatClockTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
}

interface LoginErrorMessageOptions {
  t: Translate;
  locale: string;
  /** Seconds still to wait (counts down in the form); defaults to the server's value. */
  remainingSeconds?: number | null;
  now?: Date;
}

export function loginErrorMessage(
  error: LoginErrorKind,
  { t, locale, remainingSeconds, now = new Date() }: LoginErrorMessageOptions,
): string {
  switch (error.kind) {
    case 'invalidCredentials':
      return t('login.error.invalidCredentials');
    case 'rateLimited': {
      const seconds = remainingSeconds ?? error.retryAfterSeconds;
      if (!seconds || seconds <= 0) return t('login.error.rateLimitedNoTime');
      const retryAt = new Date(now.getTime() + seconds * 1000);
      return t('login.error.rateLimited', {
        duration: formatDuration(seconds, t),
        time: formatClockTime(retryAt, locale),
      });
    }
    case 'forbidden':
      return t('login.error.forbidden');
    case 'invalidInput':
      return t('login.error.invalidInput');
    case 'network':
      return t('login.error.network');
    case 'unavailable':
      return t('login.error.unavailable');
    case 'server':
      return t('login.error.server');
  }
}
