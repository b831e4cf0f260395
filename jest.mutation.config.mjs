// Only the table tests of the pure domain rules, for `npm run test:mutation` (StrykerJS): they need
// no database, so Stryker never starts the database suites. A flat config (no `projects`) lets
// Stryker's per-test coverage set its own test environment.
/** @type {import('jest').Config} */
const config = {
  displayName: 'api',
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/api/src/modules'],
  testMatch: ['**/utils/__tests__/**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  setupFiles: ['reflect-metadata'],
};

export default config;
