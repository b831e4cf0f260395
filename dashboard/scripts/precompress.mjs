// After `vite build`: writes <file>.br and <file>.gz beside each hashed asset worth compressing, so
// the API sends them as they are instead of compressing the same bytes on every request.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|ttf|txt)$/;
// Below this a compressed copy saves less than its headers cost.
const MIN_BYTES = 1024;
// Brotli's best quality takes seconds per megabyte: the few huge playground chunks get quality 9.
const HUGE_BYTES = 1024 * 1024;

const assetsDir = path.resolve(
  process.argv[2] ??
    path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'assets'),
);

let original = 0;
let brotli = 0;
let gzip = 0;
for (const name of fs.readdirSync(assetsDir)) {
  if (!COMPRESSIBLE.test(name)) continue;
  const file = path.join(assetsDir, name);
  const body = fs.readFileSync(file);
  if (body.length < MIN_BYTES) continue;
  const br = zlib.brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]:
        body.length > HUGE_BYTES ? 9 : zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gz = zlib.gzipSync(body, { level: zlib.constants.Z_BEST_COMPRESSION });
  // A copy that is not smaller is not worth sending.
  if (br.length < body.length) fs.writeFileSync(`${file}.br`, br);
  if (gz.length < body.length) fs.writeFileSync(`${file}.gz`, gz);
  original += body.length;
  brotli += Math.min(br.length, body.length);
  gzip += Math.min(gz.length, body.length);
}
const kB = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;
console.log(
  `precompressed ${path.relative(process.cwd(), assetsDir)}: ${kB(original)} -> br ${kB(brotli)}, gzip ${kB(gzip)}`,
);
