import { parseSeedArgs } from '../cli';

describe('parseSeedArgs', () => {
  it.each([
    { argv: [], command: { kind: 'demo' } },
    { argv: ['--employees', '50000'], command: { kind: 'scale', employees: 50000 } },
    { argv: ['--employees=120'], command: { kind: 'scale', employees: 120 } },
  ])('reads $argv', ({ argv, command }) => {
    expect(parseSeedArgs(argv)).toEqual(command);
  });

  it.each([
    { argv: ['--employees'], error: /--employees needs a positive whole number \(got ""\)/ },
    {
      argv: ['--employees', 'many'],
      error: /--employees needs a positive whole number \(got "many"\)/,
    },
    { argv: ['--employees', '0'], error: /positive whole number/ },
    { argv: ['--employees', '2.5'], error: /positive whole number/ },
    { argv: ['--bogus'], error: /Unknown argument "--bogus"/ },
    { argv: ['--help'], error: /Usage: npm run seed/ },
  ])('refuses $argv', ({ argv, error }) => {
    expect(() => parseSeedArgs(argv)).toThrow(error);
  });
});
