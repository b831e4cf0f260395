// Runs e2e/*.e2e.ts against the mock API instead of the real one (dashboard development only):
//   npm run build -w dashboard && npx jest -c dashboard/mock-api/jest.e2e.config.cjs --runInBand
const path = require('node:path');

module.exports = {
  displayName: 'browser (mock API)',
  rootDir: path.resolve(__dirname, '..', '..'),
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
  },
  moduleNameMapper: { '^\\./support/server$': '<rootDir>/e2e/support/mock-server.ts' },
};
