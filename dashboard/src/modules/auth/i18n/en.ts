import type { authId } from './id';

// English texts of signing in, the session and the roles; spread into dictionaries/en.ts.
export const authEn: Record<keyof typeof authId, string> = {
  'login.title': 'Sign in to Kinerja',
  'login.subtitle': 'Use your NIP or username and your password.',
  'login.username': 'NIP or username',
  'login.usernamePlaceholder': 'e.g. 198503122010011004',
  'login.password': 'Password',
  'login.showPassword': 'Show password',
  'login.hidePassword': 'Hide password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.usernameRequired': 'Enter your NIP or username.',
  'login.passwordRequired': 'Enter your password.',
  'login.error.invalidCredentials': 'Wrong NIP/username or password.',
  'login.error.rateLimited': 'Too many sign-in attempts. Try again in {duration} (around {time}).',
  'login.error.rateLimitedNoTime':
    'Too many sign-in attempts. Please wait a moment before trying again.',
  'login.error.forbidden': 'This account may not sign in. Please contact the HR subdivision.',
  'login.error.invalidInput': 'Please check your NIP/username and password.',
  'login.error.network': 'Cannot reach the server. Check your network connection and try again.',
  'login.error.server': 'The server ran into a problem. Please try again in a moment.',
  'login.error.unavailable': 'The server is temporarily unavailable. Please try again in a moment.',
  'login.sessionExpired': 'Your session has ended. Please sign in again.',
  'login.footer': 'City of Surabaya · Gayungan District',

  'duration.minutesSeconds': '{minutes} min {seconds} s',
  'duration.minutes': '{minutes} min',
  'duration.seconds': '{seconds} s',

  'role.EMPLOYEE': 'Employee',
  'role.LEADER': 'Leader',
  'role.HR_ADMIN': 'HR admin',
  'role.ANALYST': 'Analyst',
  'login.forgot':
    'Forgot your password? Contact the HR subdivision (Subbagian Umum dan Kepegawaian) of Kecamatan Gayungan: they will reset it and give you a one-time password.',
};
