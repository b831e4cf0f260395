import type { Config } from 'jest';

// Three projects: the API (real databases), dashboard units (jsdom), browser tests (system Chromium).
const tsJest = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] } as const;

const config: Config = {
  // The API suites share two cores with the dashboard suites and MariaDB in CI: slow, not wrong.
  testTimeout: 15_000,
  projects: [
    {
      displayName: 'api',
      testEnvironment: 'node',
      rootDir: '.',
      roots: ['<rootDir>/api', '<rootDir>/seeds'],
      testMatch: ['**/__tests__/**/*.test.ts'],
      transform: tsJest,
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'dashboard',
      testEnvironment: 'jsdom',
      rootDir: '.',
      roots: ['<rootDir>/dashboard/src'],
      testMatch: ['**/__tests__/**/*.test.ts?(x)'],
      transform: {
        '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/dashboard/tsconfig.test.json' }],
      },
      // Pages and components import their stylesheets; jsdom renders no CSS.
      moduleNameMapper: { '\\.css$': '<rootDir>/dashboard/src/test-support/style-stub.ts' },
      // jsdom lacks TextEncoder, which react-router 7 needs at import time.
      setupFiles: ['<rootDir>/dashboard/src/test-support/jsdom-polyfills.ts'],
      setupFilesAfterEnv: ['<rootDir>/dashboard/src/test-support/testing-library.ts'],
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      rootDir: '.',
      roots: ['<rootDir>/e2e'],
      testMatch: ['**/*.e2e.ts'],
      transform: tsJest,
      setupFiles: ['reflect-metadata'],
    },
  ],
};

export default config;
