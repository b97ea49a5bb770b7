import { crc32, deflateSync } from 'node:zlib';

/**
 * The site's icon: a rounded square in the site's accent colour with a
 * white "news page" (a headline bar and three lines of text), drawn from
 * rectangles so the SVG and the PNG fallback are the same picture. The PNG
 * is made here, pixel by pixel, rather than shipped as a binary: the site is
 * written as text files, and the fallback travels inline in the layout as a
 * data: URL (for browsers that take no SVG icon), so the bytes are the same
 * on every build. With `site.brand.color` the square is the brand colour
 * (white reads on it at 4.5:1 or more: the brand check's button pair).
 */

type Channels = readonly [number, number, number];

/** The design's accent, the square's colour without a brand. */
const ACCENT: Channels = [0x0a, 0x4f, 0x96];
const WHITE: Channels = [0xff, 0xff, 0xff];

/** The page's rectangles on a 32×32 grid: x, y, width, height. */
const MARKS: readonly (readonly [number, number, number, number])[] = [
  [8, 8, 16, 5], // headline
  [8, 16, 16, 2],
  [8, 20, 16, 2],
  [8, 24, 10, 2],
];
const RADIUS = 6;

/** The icon as SVG and as a PNG data: URL, its square in `accent` (`#rrggbb`, as the brand palette writes it). */
export function favicon(accent?: string): { svg: string; pngDataUrl: string } {
  const colour = accent && /^#[0-9a-f]{6}$/i.test(accent) ? channels(accent) : ACCENT;
  return { svg: svgOf(colour), pngDataUrl: `data:image/png;base64,${png32(colour).toString('base64')}` };
}

function channels(hexColour: string): Channels {
  const n = Number.parseInt(hexColour.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

function svgOf(colour: Channels): string {
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">',
    `<rect width="32" height="32" rx="${RADIUS}" fill="#${hex(colour)}"/>`,
    ...MARKS.map(([x, y, w, h]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#fff"/>`),
    '</svg>',
    '',
  ].join('\n');
}

function hex(rgb: readonly number[]): string {
  return rgb.map((c) => c.toString(16).padStart(2, '0')).join('');
}

const DEFAULT = favicon();
/** The design's icon, without a brand. */
export const FAVICON_SVG = DEFAULT.svg;
/** The same picture as a 32×32 PNG, as a data: URL. */
export const FAVICON_PNG_DATA_URL = DEFAULT.pngDataUrl;

function png32(colour: Channels): Buffer {
  const size = 32;
  // One filter byte (0: none) per row, then RGBA pixels.
  const raw = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    raw[y * (1 + size * 4)] = 0;
    for (let x = 0; x < size; x++) {
      const at = y * (1 + size * 4) + 1 + x * 4;
      const inside = insideRoundedSquare(x + 0.5, y + 0.5, size, RADIUS);
      const mark = MARKS.some(([mx, my, w, h]) => x >= mx && x < mx + w && y >= my && y < my + h);
      const [r, g, b] = mark ? WHITE : colour;
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
