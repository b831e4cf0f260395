import type { Config } from 'jest';

// Three projects: the API (real databases), dashboard units (jsdom), browser tests (system Chromium).
const tsJest = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] } as const;

const config: Config = {
  // One worker per core, not Jest's default of one fewer: the suites wait on MariaDB, SQLite files
  // and Chromium about as much as they compute, and every suite opens its own databases and server
  // (named by process and worker), so they run side by side safely. On CI's two cores a single
  // worker took 17 minutes for the API and dashboard suites; two take 7.
  maxWorkers: '100%',
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
