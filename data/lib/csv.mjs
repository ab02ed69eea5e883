// Small, dependency-free helpers shared by the sample-data scripts: CSV
// quoting, Vietnamese number formatting and the byte encodings real offices
// send (UTF-8 with/without BOM, UTF-16LE with BOM, Windows-1258).

/** Quotes a field when it holds the separator, a quote or a line break (RFC 4180). */
export function csvField(text, separator) {
  const s = String(text);
  if (s.includes(separator) || s.includes('"') || s.includes('\n') || s.includes('\r')) {
    return `"${s.replaceAll('"', '""')}"`;
  }
  return s;
}

/** Joins rows of fields into CSV text; Excel writes CRLF line ends. */
export function csvText(rows, separator, lineEnd = '\r\n') {
  return rows.map((row) => row.map((f) => csvField(f, separator)).join(separator)).join(lineEnd) + lineEnd;
}

/**
 * A number as a Vietnamese-locale Excel writes it: `.` groups thousands,
 * `,` is the decimal mark (1590 → "1.590", 99.9 → "99,9"). `null` → "".
 */
export function viNumber(value, decimals = 0) {
  if (value === null || value === undefined) return '';
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = fraction ? fraction.replace(/0+$/, '') : '';
  return `${value < 0 ? '-' : ''}${grouped}${trimmed ? `,${trimmed}` : ''}`;
}

export function utf8(text, { bom = false } = {}) {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** Excel's "Unicode text": UTF-16 little-endian with a BOM. */
export function utf16le(text) {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + i * 2] = unit & 0xff;
    out[3 + i * 2] = unit >> 8;
  }
  return out;
}

// Windows-1258 holds the base letters, the precomposed â ê ô ă ơ ư đ (and a
// few Latin-1 letters), and the five Vietnamese tone marks as combining bytes.
const TONE_BYTES = new Map([
  [0x0300, 0xcc], // grave (huyền)
  [0x0301, 0xec], // acute (sắc)
  [0x0309, 0xd2], // hook above (hỏi)
  [0x0303, 0xde], // tilde (ngã)
  [0x0323, 0xf2], // dot below (nặng)
]);
// Circumflex, breve, horn: composed with the base (â ă ơ…); other marks too (ä ç of the Latin-1 half).
const MODIFIERS = new Set([0x0302, 0x0306, 0x031b]);

const CP1258_HIGH = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, -1, 0x2039, 0x0152, -1, -1, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, -1, 0x203a, 0x0153, -1, -1, 0x0178,
];
const BYTE_OF = new Map();
for (let b = 0; b < 0x80; b++) BYTE_OF.set(b, b);
CP1258_HIGH.forEach((cp, i) => cp >= 0 && BYTE_OF.set(cp, 0x80 + i));
const SPECIAL_HIGH = new Map([[0xc3, 0x0102], [0xcc, 0x0300], [0xd0, 0x0110], [0xd2, 0x0309], [0xd5, 0x01a0], [0xdd, 0x01af], [0xde, 0x0303],
  [0xe3, 0x0103], [0xec, 0x0301], [0xf0, 0x0111], [0xf2, 0x0323], [0xf5, 0x01a1], [0xfd, 0x01b0], [0xfe, 0x20ab]]);
for (let b = 0xa0; b <= 0xff; b++) BYTE_OF.set(SPECIAL_HIGH.get(b) ?? b, b);

/**
 * Encodes text as Windows-1258 the way older Vietnamese Excel does: each
 * letter as its base (with â ê ô ă ơ ư precomposed) followed by a combining
 * tone byte. Throws on a character the code page cannot hold (a bug in the
 * caller's data, not an expected failure).
 */
export function windows1258(text) {
  const out = [];
  const chars = [...text.normalize('NFD')];
  let i = 0;
  while (i < chars.length) {
    let cluster = chars[i] ?? '';
    const tones = [];
    i++;
    while (i < chars.length) {
      const cp = chars[i]?.codePointAt(0) ?? 0;
      if (TONE_BYTES.has(cp)) tones.push(TONE_BYTES.get(cp));
      else if (MODIFIERS.has(cp) || /\p{M}/u.test(chars[i] ?? '')) cluster += chars[i];
      else break;
      i++;
    }
    const base = cluster.normalize('NFC');
    const byte = base.length === 1 ? BYTE_OF.get(base.codePointAt(0)) : undefined;
    if (byte === undefined) throw new Error(`windows-1258 cannot encode ${JSON.stringify(base)}`);
    out.push(byte, ...tones);
  }
  return Uint8Array.from(out);
}
