// Mutation testing of the pure domain rules: `npm run test:mutation` (not part of CI).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  packageManager: 'npm',
  mutate: [
    'api/src/modules/*/utils/*.ts',
    // A map from grouping to SQL column: data read by queries, no rule to get wrong in isolation.
    '!api/src/modules/analytics/utils/group-columns.ts',
  ],
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.mutation.config.mjs' },
  coverageAnalysis: 'perTest',
  // ts-jest only transpiles (isolatedModules), but mutants must not fail on types either way. No
  // typescript-checker: it type-checks the whole project per mutant group, slow on 2 cores, and a
  // mutant that only breaks types would be no wrong rule the tests should catch.
  disableTypeChecks: 'api/src/**/*.ts',
  concurrency: 2,
  timeoutMS: 5000,
  thresholds: { high: 95, low: 90, break: null },
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // The sandbox needs the API sources, configs and node_modules (linked), not the rest.
  ignorePatterns: [
    '/data',
    '/build',
    '/coverage',
    '/dashboard',
    '/e2e',
    '/docs',
    '/seeds',
    '/schema',
    '/api/scratch-*',
  ],
};

export default config;
