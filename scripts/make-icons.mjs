// `npm run icons`: draws the app's icons (public/icons/*.png) from the same
// picture as public/favicon.svg — three white bars on the header's red — so
// the installed app, the tab and the header look alike. Plain Node (zlib) and
// no image library: the PNGs are committed, this script says how they were made.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
/** --accent of src/app/styles.css, the header's colour (and the manifest's theme_color). */
const RED = [0x9b, 0x1c, 0x1c];
const WHITE = [0xff, 0xff, 0xff];
/** The favicon's 32-unit grid: the bars as [x0, y0, x1, y1]. */
const BARS = [
  [8, 12, 12, 22],
  [14, 8, 18, 22],
  [20, 15, 24, 22],
];
const SAMPLES = 4; // per axis: anti-aliased edges

/**
 * `maskable`: the background fills the square (the platform cuts its own
 * shape) and the bars shrink into the central safe zone (a circle of 80 %).
 * Otherwise a rounded square (rx 6 of 32) on transparent, like the favicon.
 */
function draw(size, maskable) {
  const unit = size / 32;
  const shrink = maskable ? 0.7 : 1;
  const inBar = (x, y) => {
    const gx = (x / unit - 16) / shrink + 16;
    const gy = (y / unit - 15) / shrink + 15;
    return BARS.some(([x0, y0, x1, y1]) => gx >= x0 && gx < x1 && gy >= y0 && gy < y1);
  };
  const inBackground = (x, y) => {
    if (maskable) return true;
    const r = 6 * unit;
    const cx = Math.min(Math.max(x, r), size - r);
    const cy = Math.min(Math.max(y, r), size - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let bar = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = px + (sx + 0.5) / SAMPLES;
          const y = py + (sy + 0.5) / SAMPLES;
          if (!inBackground(x, y)) continue;
          bg++;
          if (inBar(x, y)) bar++;
        }
      }
      const n = SAMPLES * SAMPLES;
      const alpha = bg / n;
      const white = bg === 0 ? 0 : bar / bg;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(RED[c] + (WHITE[c] - RED[c]) * white);
      pixels[i + 3] = Math.round(alpha * 255);
    }
  }
  return png(size, pixels);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG, every row with filter 0. */
function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The icons the manifest (vite.config.ts) and index.html name. */
export const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(OUT, { recursive: true });
  for (const icon of ICONS) {
    const bytes = draw(icon.size, icon.maskable);
    writeFileSync(join(OUT, icon.file), bytes);
    console.log(`public/icons/${icon.file}  ${icon.size}×${icon.size}  ${(bytes.length / 1024).toFixed(1)} KB`);
  }
}
