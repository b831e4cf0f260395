// `npm run lighthouse`: Lighthouse (mobile, default throttling) on the production build, on /login
// and on a signed-in Beranda. Builds nothing: run `npm run build` first. Not part of CI (slow).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USERNAME = 'camat';
const PASSWORD = 'gayungan2026';

function requireBuilt(file, command) {
  if (!fs.existsSync(path.join(root, file))) {
    console.error(`${file} is missing: run \`${command}\` first.`);
    process.exit(1);
  }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`)),
    );
  });
}

async function waitUntilReady(base, server) {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`the API exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the API did not become ready within a minute');
}

/** The scripts a page requested, with their wire size and their size gzip -9'd from dist. */
function scriptsOf(lhr) {
  const requests = lhr.audits['network-requests'].details.items.filter(
    (item) => item.resourceType === 'Script',
  );
  const distDir = path.join(root, 'dashboard', 'dist');
  return requests.map((item) => {
    const file = path.join(distDir, new URL(item.url).pathname);
    const gzip = fs.existsSync(file)
      ? zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length
      : 0;
    return { url: item.url, transferSize: item.transferSize, gzip };
  });
}

function summarise(name, lhr) {
  if (lhr.runtimeError)
    throw new Error(`${name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const metric = (id) => {
    const audit = lhr.audits[id];
    if (audit.numericValue === undefined) throw new Error(`${name}: ${id}: ${audit.errorMessage}`);
    return audit.numericValue;
  };
  const scripts = scriptsOf(lhr);
  const sum = (key) => scripts.reduce((total, script) => total + script[key], 0);
  return {
    page: name,
    performance: Math.round(lhr.categories.performance.score * 100),
    fcpMs: Math.round(metric('first-contentful-paint')),
    lcpMs: Math.round(metric('largest-contentful-paint')),
    tbtMs: Math.round(metric('total-blocking-time')),
    cls: Number(metric('cumulative-layout-shift').toFixed(3)),
    speedIndexMs: Math.round(metric('speed-index')),
    scripts: scripts.length,
    jsTransferredKB: Number((sum('transferSize') / 1024).toFixed(1)),
    jsGzipKB: Number((sum('gzip') / 1024).toFixed(1)),
    totalTransferredKB: Number(
      (
        lhr.audits['network-requests'].details.items.reduce(
          (total, item) => total + item.transferSize,
          0,
        ) / 1024
      ).toFixed(1),
    ),
  };
}

async function main() {
  requireBuilt('build/api/src/main.js', 'npm run build:api');
  requireBuilt('dashboard/dist/index.html', 'npm run build:dashboard');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-lighthouse-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(48).toString('base64url'),
    DATABASE_URL: `sqlite:${path.join(dir, 'lighthouse.sqlite')}`,
    SEED_PASSWORD: PASSWORD,
    PORT: String(port),
    LOG_LEVEL: 'warn',
  };
  let server;
  try {
    await run(process.execPath, ['build/seeds/cli.js'], env);
    server = spawn(process.execPath, ['build/api/src/main.js'], {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitUntilReady(base, server);

    // Each page in its own Chrome with a fresh profile: an empty cache, as on a first visit.
    const audit = async (pathname, signedIn) => {
      const userDataDir = fs.mkdtempSync(path.join(dir, 'chrome-'));
      const chrome = await chromeLauncher.launch({
        chromePath: process.env.CHROME_PATH,
        chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
        userDataDir,
      });
      try {
        const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
        const page = await browser.newPage();
        if (signedIn) {
          // A returning visit: signed in through the login page in this profile earlier, so the
          // browser keeps whatever the dashboard keeps after a sign-in; then the HTTP cache is
          // emptied and the audit starts from a page that loads none of the dashboard's files.
          await page.goto(`${base}/login`);
          await page.waitForSelector('input[name="username"]');
          await page.type('input[name="username"]', USERNAME);
          await page.type('input[name="password"]', PASSWORD);
          await Promise.all([
            page.waitForSelector('[data-testid="greeting"]', { timeout: 60_000 }),
            page.click('button[type="submit"]'),
          ]);
          // The session's effects (what it keeps for the next visit) run after it renders.
          await page.waitForNetworkIdle({ idleTime: 1000, timeout: 60_000 });
          await page.goto(`${base}/healthz`);
          const cdp = await page.createCDPSession();
          await cdp.send('Network.clearBrowserCache');
          await cdp.detach();
        }
        const { lhr, artifacts } = await lighthouse(
          `${base}${pathname}`,
          {
            port: chrome.port,
            onlyCategories: ['performance'],
            // Keeps the sign-in; the cache was emptied above.
            disableStorageReset: signedIn,
          },
          undefined,
          page,
        );
        await browser.disconnect();
        if (new URL(lhr.finalDisplayedUrl).pathname !== pathname) {
          throw new Error(`${pathname} ended on ${lhr.finalDisplayedUrl}`);
        }
        return { lhr, trace: artifacts.Trace };
      } finally {
        await chrome.kill();
      }
    };
    // `--runs N`: each page audited N times (a fresh Chrome each), the median run reported.
    const runsIndex = process.argv.indexOf('--runs');
    const runs = runsIndex > 0 ? Number(process.argv[runsIndex + 1]) : 1;
    // `--page beranda|login`: one page only.
    const pageIndex = process.argv.indexOf('--page');
    const only = pageIndex > 0 ? process.argv[pageIndex + 1] : undefined;
    const medianOf = async (pathname, signedIn, label) => {
      const audits = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await audit(pathname, signedIn);
        audits.push(result);
        if (runs > 1) console.log(label, JSON.stringify(summarise(label, result.lhr)));
      }
      const score = (result) => result.lhr.categories.performance.score;
      return [...audits].sort((a, b) => score(a) - score(b))[Math.floor((audits.length - 1) / 2)];
    };
    const pages = [
      ['beranda', '/', true, '/ (Beranda, signed in)'],
      ['login', '/login', false, '/login'],
    ].filter(([name]) => !only || name === only);
    const audited = [];
    for (const [name, pathname, signedIn, label] of pages) {
      audited.push({ name, label, ...(await medianOf(pathname, signedIn, label)) });
    }

    console.table(audited.map(({ label, lhr }) => summarise(label, lhr)));
    const { lhr: first } = audited[0];
    console.log(`Lighthouse ${first.lighthouseVersion}, ${first.environment.hostUserAgent}`);
    if (process.argv.includes('--json')) {
      console.log(
        JSON.stringify(
          audited.map(({ label, lhr }) => summarise(label, lhr)),
          null,
          2,
        ),
      );
    }
    // `--save <dir>`: the full reports (for the Lighthouse viewer) and the traces they were read from.
    const saveIndex = process.argv.indexOf('--save');
    if (saveIndex > 0) {
      const out = path.resolve(process.argv[saveIndex + 1]);
      fs.mkdirSync(out, { recursive: true });
      for (const { name, lhr, trace } of audited) {
        fs.writeFileSync(path.join(out, `${name}.json`), JSON.stringify(lhr));
        fs.writeFileSync(path.join(out, `${name}.trace.json`), JSON.stringify(trace));
      }
    }
    if (process.argv.includes('--scripts')) {
      for (const { label, lhr } of audited) {
        console.log(label, lhr.finalDisplayedUrl);
        for (const script of scriptsOf(lhr)) console.log(`  ${script.transferSize}\t${script.url}`);
      }
    }
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
