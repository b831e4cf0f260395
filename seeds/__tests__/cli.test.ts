import { createProgressReporter, parseSeedArgs } from '../cli';

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

describe('createProgressReporter off a terminal', () => {
  it('prints one line per finished phase with its rate and the CPU this process spent on it', () => {
    const lines: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line));
    try {
      const progress = createProgressReporter(false);
      progress.update({ phase: 'evaluations', done: 0, total: 2_000 });
      // Some CPU for the phase to spend: at least 0.1 s whatever the load.
      const spent = process.cpuUsage();
      let spins = 0;
      while (process.cpuUsage(spent).user < 120_000) spins += 1;
      expect(spins).toBeGreaterThan(0);
      progress.update({ phase: 'evaluations', done: 1_000, total: 2_000 });
      expect(lines).toEqual([]);
      progress.update({ phase: 'evaluations', done: 2_000, total: 2_000 });
    } finally {
      log.mockRestore();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^evaluations: 2,000 in \d+\.\d s \([\d,]+\/s\), Node CPU \d+\.\d s$/);
    expect(Number(/Node CPU (\S+) s/.exec(lines[0])![1])).toBeGreaterThan(0);
  });
});
