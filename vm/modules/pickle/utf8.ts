// UTF-8 with CPython's "surrogatepass" behaviour, which is what pickle uses for str: lone surrogates (legal in
// Python and JS strings) travel as their 3-byte encodings instead of being replaced by U+FFFD.
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Upper bound of the UTF-8 size of `s`. */
export function maxUtf8Len(s: string): number {
  return s.length * 3;
}

const hasWellFormed = typeof (String.prototype as any).isWellFormed === 'function';

/** True when `s` holds no lone surrogate (so TextEncoder encodes it faithfully). */
export function isWellFormed(s: string): boolean {
  if (hasWellFormed) return (s as any).isWellFormed();
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

/** Encodes `s` into `buf` at `pos` (room for maxUtf8Len(s) bytes must exist); returns the byte count. */
export function encodeInto(s: string, buf: Uint8Array, pos: number): number {
  const n = s.length;
  if (n < 48) {
    // Short strings: a plain loop beats the TextEncoder call overhead, and handles surrogates itself.
    let p = pos;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) buf[p++] = c;
      else if (c < 0x800) {
        buf[p++] = 0xc0 | (c >> 6);
        buf[p++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          buf[p++] = 0xf0 | (cp >> 18);
          buf[p++] = 0x80 | ((cp >> 12) & 0x3f);
          buf[p++] = 0x80 | ((cp >> 6) & 0x3f);
          buf[p++] = 0x80 | (cp & 0x3f);
          i++;
        } else {
          buf[p++] = 0xe0 | (c >> 12);
          buf[p++] = 0x80 | ((c >> 6) & 0x3f);
          buf[p++] = 0x80 | (c & 0x3f);
        }
      } else {
        buf[p++] = 0xe0 | (c >> 12);
        buf[p++] = 0x80 | ((c >> 6) & 0x3f);
        buf[p++] = 0x80 | (c & 0x3f);
      }
    }
    return p - pos;
  }
  if (isWellFormed(s)) return encoder.encodeInto(s, buf.subarray(pos)).written!;
  return encodeSlow(s, buf, pos);
}

function encodeSlow(s: string, buf: Uint8Array, pos: number): number {
  let p = pos;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      buf[p++] = c;
      continue;
    }
    if (c < 0x800) {
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        buf[p++] = 0xf0 | (c >> 18);
        buf[p++] = 0x80 | ((c >> 12) & 0x3f);
        buf[p++] = 0x80 | ((c >> 6) & 0x3f);
        buf[p++] = 0x80 | (c & 0x3f);
        i++;
        continue;
      }
    }
    buf[p++] = 0xe0 | (c >> 12);
    buf[p++] = 0x80 | ((c >> 6) & 0x3f);
    buf[p++] = 0x80 | (c & 0x3f);
  }
  return p - pos;
}

/** Thrown by decodeUtf8 on malformed input; the caller turns it into UnicodeDecodeError. */
export class Utf8Error {
  constructor(readonly byte: number, readonly pos: number, readonly reason: string, readonly end: number) {}
}

/** Decodes UTF-8 (surrogates allowed, as "surrogatepass"); throws Utf8Error on malformed input. */
export function decodeUtf8(buf: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n <= 8) {
    const s = shortAscii(buf, start, n);
    if (s !== undefined) return s;
  } else if (n <= 32) {
    // Short strings: ASCII fast path without a TextDecoder call.
    let s = '';
    let i = start;
    for (; i < end; i++) {
      const b = buf[i];
      if (b >= 0x80) break;
      s += String.fromCharCode(b);
    }
    if (i === end) return s;
  }
  try {
    return decoder.decode(buf.subarray(start, end));
  } catch {
    return decodeSlow(buf, start, end);
  }
}

/**
 * An ASCII string of at most 8 bytes (dict keys, names), or undefined. One fromCharCode call with the bytes as
 * arguments makes the flat string directly: three times faster than appending char by char.
 */
function shortAscii(b: Uint8Array, p: number, n: number): string | undefined {
  let or = 0;
  for (let i = p; i < p + n; i++) or |= b[i];
  if (or >= 0x80) return undefined;
  switch (n) {
    case 0:
      return '';
    case 1:
      return String.fromCharCode(b[p]);
    case 2:
      return String.fromCharCode(b[p], b[p + 1]);
    case 3:
      return String.fromCharCode(b[p], b[p + 1], b[p + 2]);
    case 4:
      return String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3]);
    case 5:
      return String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4]);
    case 6:
      return String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5]);
    case 7:
      return String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5], b[p + 6]);
    default:
      return String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3], b[p + 4], b[p + 5], b[p + 6], b[p + 7]);
  }
}

function decodeSlow(buf: Uint8Array, start: number, end: number): string {
  const parts: string[] = [];
  let units: number[] = [];
  const flush = () => {
    parts.push(String.fromCharCode.apply(null, units));
    units = [];
  };
  let i = start;
  while (i < end) {
    const b = buf[i];
    let cp: number;
    let len: number;
    if (b < 0x80) {
      cp = b;
      len = 1;
    } else if (b >= 0xc2 && b <= 0xdf) {
      len = 2;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      cp = b & 0x07;
    } else throw new Utf8Error(b, i - start, 'invalid start byte', i - start + 1);
    if (i + len > end) {
      // Report like CPython: "unexpected end of data" unless a continuation byte is already wrong.
      for (let k = 1; i + k < end; k++)
        if ((buf[i + k] & 0xc0) !== 0x80) throw new Utf8Error(b, i - start, 'invalid continuation byte', i - start + k);
      throw new Utf8Error(b, i - start, 'unexpected end of data', end - start);
    }
    for (let k = 1; k < len; k++) {
      const c = buf[i + k];
      let ok = (c & 0xc0) === 0x80;
      if (ok && k === 1) {
        if (b === 0xe0) ok = c >= 0xa0;
        else if (b === 0xf0) ok = c >= 0x90;
        else if (b === 0xf4) ok = c <= 0x8f;
      }
      if (!ok) throw new Utf8Error(b, i - start, 'invalid continuation byte', i - start + k);
      cp = (cp << 6) | (c & 0x3f);
    }
    i += len;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else units.push(cp);
    if (units.length > 8192) flush();
  }
  flush();
  return parts.join('');
}

/** Latin-1 bytes -> str. */
export function decodeLatin1(buf: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i += 8192)
    s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(end, i + 8192)) as unknown as number[]);
  return s;
}
