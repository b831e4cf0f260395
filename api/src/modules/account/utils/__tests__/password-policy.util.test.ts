import {
  generateOneTimePassword,
  MIN_PASSWORD_LENGTH,
  passwordPolicyProblems,
} from '../password-policy.util';

const USER = ['199006152015032001', 'Siti Rahayu', '199006152015032001'];

describe('passwordPolicyProblems', () => {
  it.each([
    ['', 'PASSWORD_TOO_SHORT'],
    ['pendek', 'PASSWORD_TOO_SHORT'],
    ['a'.repeat(MIN_PASSWORD_LENGTH - 1), 'PASSWORD_TOO_SHORT'],
    ['x'.repeat(129), 'MAX_LENGTH'],
    ['password123', 'PASSWORD_TOO_WEAK'],
    ['qwertyuiop', 'PASSWORD_TOO_WEAK'],
    ['1234567890', 'PASSWORD_TOO_WEAK'],
    ['aaaaaaaaaaaa', 'PASSWORD_TOO_WEAK'],
    // The user's own name and NIP are dictionary words for them.
    ['sitirahayu2026', 'PASSWORD_TOO_WEAK'],
    ['199006152015032001', 'PASSWORD_TOO_WEAK'],
    ['Rahayu19900615', 'PASSWORD_TOO_WEAK'],
    ['kopi tubruk gayungan sore', null],
    ['Kecapi-Lembayung-47-Wajan', null],
    ['correct horse battery staple', null],
  ])('%j → %s', (password, reason) => {
    const problems = passwordPolicyProblems({ password, userInputs: USER });
    expect(problems.map((problem) => problem.reason)).toEqual(reason ? [reason] : []);
    for (const problem of problems) expect(problem.field).toBe('newPassword');
  });

  it('names the field it is given', () => {
    expect(passwordPolicyProblems({ password: 'x', userInputs: [], field: 'p' })[0].field).toBe(
      'p',
    );
  });
});

describe('generateOneTimePassword', () => {
  it('makes distinct 14-character passwords without look-alike characters', () => {
    const seen = new Set(Array.from({ length: 200 }, generateOneTimePassword));
    expect(seen.size).toBe(200);
    for (const password of seen)
      expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){2}$/);
  });
});
