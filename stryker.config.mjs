// Mutation testing of the pure domain rules: `npm run test:mutation` (not part of CI).
//
// Surviving mutants that are equivalent (no input can tell them from the rule), by file:line:
// - cycle/utils/cycle-transition.util.ts:29 `allowed.join(', ')` → `join('')`: every status has at
//   most one next status, so the list never has a separator to show.
// - cycle/utils/periods.util.ts:38 `range.period !== Period.ANNUAL` → `true`: `find` meets the four
//   triwulan first and they cover every day of the year the annual period covers.
// - evaluation/utils/distribution.util.ts:82 `total > 0` → `true` / `total >= 0`: an empty unit is
//   at 0 %, and every "at least" bound is 10 % or more, so it fails them anyway.
// - org/utils/closure.util.ts:18 `if (known)`, :25 `if (memo)` → `false`, :25 block emptied: skips
//   the memo and walks the (already checked) chain again to the same ancestors; only slower.
// - org/utils/closure.util.ts:19 `pending = ['Stryker was here']`: the extra entry is memoised
//   under a key no node has, and `pending.at(-2)` still names the child of a missing parent.
// - org/utils/closure.util.ts:41 `?? []` → `?? ['Stryker was here']` (no coverage): `resolve` has
//   always memoised `start` by then; the fallback only satisfies the type.
// - org/utils/nip.util.ts:34 `find(…)?.value` → `find(…).value`: formatToParts with year and month
//   options always yields both parts.
// - org/utils/rank.util.ts:44 `to < 0` → `false`: an unknown highest rank (-1) with a known lowest
//   (≥ 0) already fails `from > to`.
// - plan/utils/plan-validation.util.ts:226 `catch { url = null; }` → `catch {}`: `url` is still
//   null when `new URL` throws.
// - plan/utils/plan-validation.util.ts:53 `periodTargets ?? []` → `?? ['Stryker was here']`: with no
//   quarter list the map is never read for targets, and finds no quarter for the action plans.
// - plan/utils/plan-validation.util.ts:60 `indicator.unit ?? ''` → `?? 'Stryker was here!'` (no
//   coverage): a missing unit is refused before anything is stored, and '' defaults the aggregation
//   like any other unit not listed as uncountable (SUM for KUANTITAS).
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
