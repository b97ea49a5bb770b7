import { crc32, deflateSync } from 'node:zlib';

/**
 * The site's icon: a rounded square in the site's accent colour with a
 * white "news page" (a headline bar and three lines of text), drawn from
 * rectangles so the SVG and the PNG fallback are the same picture. The PNG
 * is made here, pixel by pixel, rather than shipped as a binary: the site is
 * written as text files, and the fallback travels inline in the layout as a
 * data: URL (for browsers that take no SVG icon), so the bytes are the same
 * on every build.
 */

const ACCENT = [0x0a, 0x4f, 0x96] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

/** The page's rectangles on a 32×32 grid: x, y, width, height. */
const MARKS: readonly (readonly [number, number, number, number])[] = [
  [8, 8, 16, 5], // headline
  [8, 16, 16, 2],
  [8, 20, 16, 2],
  [8, 24, 10, 2],
];
const RADIUS = 6;

export const FAVICON_SVG = [
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">',
  `<rect width="32" height="32" rx="${RADIUS}" fill="#${hex(ACCENT)}"/>`,
  ...MARKS.map(([x, y, w, h]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#fff"/>`),
  '</svg>',
  '',
].join('\n');

function hex(rgb: readonly number[]): string {
  return rgb.map((c) => c.toString(16).padStart(2, '0')).join('');
}

/** The same picture as a 32×32 PNG, as a data: URL. */
export const FAVICON_PNG_DATA_URL = `data:image/png;base64,${png32().toString('base64')}`;

function png32(): Buffer {
  const size = 32;
  // One filter byte (0: none) per row, then RGBA pixels.
  const raw = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    raw[y * (1 + size * 4)] = 0;
    for (let x = 0; x < size; x++) {
      const at = y * (1 + size * 4) + 1 + x * 4;
      const inside = insideRoundedSquare(x + 0.5, y + 0.5, size, RADIUS);
      const mark = MARKS.some(([mx, my, w, h]) => x >= mx && x < mx + w && y >= my && y < my + h);
      const [r, g, b] = mark ? WHITE : ACCENT;
      raw[at] = r;
      raw[at + 1] = g;
      raw[at + 2] = b;
      raw[at + 3] = inside ? 255 : 0;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function insideRoundedSquare(x: number, y: number, size: number, r: number): boolean {
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed), 0);
  return Buffer.concat([length, typed, crc]);
}
