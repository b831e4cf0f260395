import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type Request, type Response } from 'express';

/** Vite's output names hashed files `assets/<name>-<hash>.<ext>`: they never change. */
const HASHED_ASSETS = '/assets';
const IMMUTABLE = 'public, max-age=31536000, immutable';
// Not hashed (the favicon): a day, then the browser asks again.
const UNHASHED_MAX_AGE = '1d';

/** Encodings written beside each asset at build time (dashboard/scripts/precompress.mjs), best first. */
export const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;
export type PrecompressedEncoding = (typeof PRECOMPRESSED)[number]['encoding'];

/** The q-value a client gives an encoding in Accept-Encoding (`*` counts; absent is 0). */
export function acceptedQuality(acceptEncoding: string | undefined, encoding: string): number {
  let wildcard = 0;
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    const quality = qParam ? Number(qParam.slice(2)) : 1;
    const q = Number.isFinite(quality) ? quality : 0;
    if (name === encoding) return q;
    if (name === '*') wildcard = q;
  }
  return wildcard;
}

/** The precompressed variant to send: the best one the client accepts and the build wrote. */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: readonly PrecompressedEncoding[],
): PrecompressedEncoding | null {
  let best: PrecompressedEncoding | null = null;
  let bestQuality = 0;
  // Brotli first: on equal q-values the smaller file wins.
  for (const { encoding } of PRECOMPRESSED) {
    if (!available.includes(encoding)) continue;
    const quality = acceptedQuality(acceptEncoding, encoding);
    if (quality > bestQuality) [best, bestQuality] = [encoding, quality];
  }
  return best;
}

/**
 * The built dashboard: hashed assets precompressed and cached for a year, index.html revalidated
 * on every load (it names the current hashes), source maps only outside production, and the
 * single-page-app fallback for every other GET.
 */
export function serveDashboard(
  app: Express,
  { dashboardDir, production }: { dashboardDir: string; production: boolean },
) {
  const assetsDir = path.join(dashboardDir, 'assets');
  const index = path.join(dashboardDir, 'index.html');

  app.use(HASHED_ASSETS, (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (production && req.path.endsWith('.map')) return notFound(res);
    if (!sendPrecompressed(req, res, assetsDir)) next();
  });
  app.use(
    HASHED_ASSETS,
    express.static(assetsDir, {
      index: false,
      immutable: true,
      maxAge: '365d',
      setHeaders: (res) => res.setHeader('Vary', 'Accept-Encoding'),
    }),
  );
  // A missing hashed file is a 404, not the dashboard's HTML under a script's name.
  app.use(HASHED_ASSETS, (_req, res) => notFound(res));
  app.use(express.static(dashboardDir, { index: false, maxAge: UNHASHED_MAX_AGE }));
  app.use((req, res, next) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql')) return next();
    if (!fs.existsSync(index)) {
      res
        .status(503)
        .type('text/plain')
        .send(
          'The dashboard is not built yet: run `npm run build:dashboard` (npm start does it for you).',
        );
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

function notFound(res: Response) {
  res.status(404).type('text/plain').send('Not found');
}

/** Sends `<file>.br` or `<file>.gz` when the client takes it; false leaves the file to static. */
function sendPrecompressed(req: Request, res: Response, assetsDir: string): boolean {
  const relative = decodeRelative(req.path);
  if (!relative) return false;
  const file = path.join(assetsDir, relative);
  const available = PRECOMPRESSED.filter(({ suffix }) => fs.existsSync(file + suffix)).map(
    ({ encoding }) => encoding,
  );
  if (available.length === 0) return false;
  res.setHeader('Vary', 'Accept-Encoding');
  const encoding = chooseEncoding(req.headers['accept-encoding'], available);
  if (!encoding) return false;
  const suffix = PRECOMPRESSED.find((entry) => entry.encoding === encoding)!.suffix;
  // The type of the original file, not of the .br/.gz; compression() leaves encoded bodies alone.
  res.type(path.extname(relative));
  res.setHeader('Content-Encoding', encoding);
  res.setHeader('Cache-Control', IMMUTABLE);
  res.sendFile(relative + suffix, { root: assetsDir, cacheControl: false }, (error) => {
    if (error && !res.headersSent) notFound(res);
  });
  return true;
}

/** The path below /assets, or null when it tries to leave the directory or is malformed. */
function decodeRelative(requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  const relative = path.posix.normalize(decoded).replace(/^\/+/, '');
  if (!relative || relative.startsWith('..') || relative.includes('\0')) return null;
  return relative;
}
