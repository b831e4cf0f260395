import fs from 'node:fs';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import compression from 'compression';
import express from 'express';
import { acceptedQuality, chooseEncoding, serveDashboard } from '../dashboard-assets';

const SCRIPT = `export const answer = ${JSON.stringify('kinerja '.repeat(400))};\n`;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A built dashboard in miniature: index.html, a hashed script with .br/.gz copies and its map. */
function writeDashboard(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-dashboard-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  const script = path.join(dir, 'assets', 'index-Ab12Cd34.js');
  fs.writeFileSync(script, SCRIPT);
  fs.writeFileSync(`${script}.br`, zlib.brotliCompressSync(SCRIPT));
  fs.writeFileSync(`${script}.gz`, zlib.gzipSync(SCRIPT));
  fs.writeFileSync(`${script}.map`, '{"version":3,"sources":["secret.ts"]}');
  // Large enough for compression() to want it, but built without precompressed copies.
  fs.writeFileSync(path.join(dir, 'assets', 'plain-Zz99Yy88.css'), 'a{color:red}'.repeat(200));
  return dir;
}

// The middleware order of createServer: compression() first, then the dashboard.
async function start(production: boolean) {
  const dashboardDir = writeDashboard();
  const app = express();
  app.use(compression());
  serveDashboard(app, { dashboardDir, production });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(dashboardDir, { recursive: true, force: true });
    },
  };
}

/** A raw GET (fetch would decode the body and hide what was sent). */
function get(base: string, pathname: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
      http
        .get(`${base}${pathname}`, { headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
        })
        .on('error', reject);
    },
  );
}

describe('Accept-Encoding negotiation', () => {
  test.each([
    ['gzip, deflate, br, zstd', 'br', 1],
    ['gzip;q=0.8, br;q=0.5', 'br', 0.5],
    ['br;q=0', 'br', 0],
    ['*', 'gzip', 1],
    ['*;q=0.2, gzip;q=0', 'gzip', 0],
    ['identity', 'gzip', 0],
    [undefined, 'br', 0],
  ])('%s gives %s the quality %d', (header, encoding, quality) => {
    expect(acceptedQuality(header, encoding)).toBe(quality);
  });

  test.each([
    ['gzip, deflate, br', ['br', 'gzip'], 'br'],
    ['gzip, deflate', ['br', 'gzip'], 'gzip'],
    ['br;q=0.5, gzip', ['br', 'gzip'], 'gzip'],
    ['gzip, br', ['gzip'], 'gzip'],
    ['br', ['gzip'], null],
    ['identity', ['br', 'gzip'], null],
    [undefined, ['br', 'gzip'], null],
  ] as const)('%s with %j picks %s', (header, available, expected) => {
    expect(chooseEncoding(header, available)).toBe(expected);
  });
});

describe.each([true, false])('the dashboard with production=%s', (production) => {
  let base: string;
  let stop: () => Promise<void>;
  beforeAll(async () => ({ base, stop } = await start(production)));
  afterAll(() => stop());

  test('sends the brotli copy of a hashed script to a browser that takes it, cached for a year', async () => {
    const { status, headers, body } = await get(
      base,
      '/assets/index-Ab12Cd34.js',
      'gzip, deflate, br',
    );
    expect(status).toBe(200);
    expect(headers['content-encoding']).toBe('br');
    expect(headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(headers.vary).toMatch(/Accept-Encoding/i);
    expect(headers['cache-control']).toBe(IMMUTABLE);
    expect(zlib.brotliDecompressSync(body).toString()).toBe(SCRIPT);
  });

  test('sends the gzip copy when brotli is not accepted, and the plain file when nothing is', async () => {
    const gzipped = await get(base, '/assets/index-Ab12Cd34.js', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzipped.body).toString()).toBe(SCRIPT);
    expect(gzipped.headers['cache-control']).toBe(IMMUTABLE);

    const plain = await get(base, '/assets/index-Ab12Cd34.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
  });

  test('compresses a hashed file the build left uncompressed, still immutable', async () => {
    const { headers, body } = await get(base, '/assets/plain-Zz99Yy88.css', 'gzip');
    expect(headers['content-type']).toMatch(/^text\/css/);
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['cache-control']).toBe(IMMUTABLE);
    expect(zlib.gunzipSync(body).toString()).toBe('a{color:red}'.repeat(200));
  });

  test('revalidates index.html on every load, on the root and on a deep link', async () => {
    for (const pathname of ['/', '/tim/pengembangan']) {
      const { status, headers, body } = await get(base, pathname, 'gzip, br');
      expect(status).toBe(200);
      expect(headers['cache-control']).toBe('no-cache');
      expect(headers['content-type']).toMatch(/^text\/html/);
      expect(body.toString()).toContain('<div id="root">');
    }
  });

  test('answers 404 for a missing hashed file instead of the dashboard page', async () => {
    const { status, body } = await get(base, '/assets/gone-0000.js', 'br');
    expect(status).toBe(404);
    expect(body.toString()).not.toContain('<div id="root">');
  });

  test('refuses to leave the assets directory', async () => {
    const { status, body } = await get(base, '/assets/..%2Findex.html', 'br');
    expect(body.toString()).not.toContain('<div id="root">');
    expect([400, 403, 404]).toContain(status);
  });

  test(`${production ? 'does not serve' : 'serves'} the source maps`, async () => {
    const { status, body } = await get(base, '/assets/index-Ab12Cd34.js.map', 'gzip');
    if (production) {
      expect(status).toBe(404);
      expect(body.toString()).not.toContain('secret.ts');
    } else {
      expect(status).toBe(200);
    }
  });
});
