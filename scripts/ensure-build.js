// Builds the API (tsc, which keeps decorator metadata) and the dashboard when missing or stale.
const { execSync } = require('node:child_process');
const { root, apiStale, dashboardStale } = require('./build-state');

function run(command) {
  console.log(`> ${command}`);
  execSync(command, { cwd: root, stdio: 'inherit' });
}

if (apiStale()) run('npm run build:api');
if (!process.argv.includes('--api-only') && dashboardStale()) run('npm run build:dashboard');
