// Decides what `npm start` must (re)build: a build is stale when any source is newer than its output.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules' || entry === '__tests__' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function isStale(outputFile, sources) {
  const output = path.join(root, outputFile);
  if (!fs.existsSync(output)) return true;
  const built = fs.statSync(output).mtimeMs;
  return sources.some((source) => newestMtime(path.join(root, source)) > built);
}

module.exports = {
  root,
  apiStale: () =>
    isStale('build/api/src/main.js', [
      'api/src',
      'api/scripts',
      'seeds',
      'tsconfig.json',
      'tsconfig.build.json',
    ]),
  dashboardStale: () =>
    isStale('dashboard/dist/index.html', [
      'dashboard/src',
      'dashboard/index.html',
      'dashboard/vite.config.ts',
      'dashboard/public',
      'dashboard/scripts',
      'dashboard/build-plugins',
    ]),
};
