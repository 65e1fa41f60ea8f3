// The text codecs str.encode / bytes.decode support: utf-8, ascii and latin-1, with CPython's error
// handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass) and
// its UnicodeEncodeError/UnicodeDecodeError messages.
import { exc, UnicodeEncodeError, UnicodeDecodeError, LookupError } from '../exceptions.js';

export type Codec = 'utf-8' | 'ascii' | 'latin-1';

const ALIASES: Record<string, Codec> = {
  'utf-8': 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', 'utf8-ucs2': 'utf-8', 'utf8-ucs4': 'utf-8', cp65001: 'utf-8',
  ascii: 'ascii', 'us-ascii': 'ascii', '646': 'ascii', 'ansi-x3.4-1968': 'ascii', 'iso646-us': 'ascii', us: 'ascii',
  'latin-1': 'latin-1', latin1: 'latin-1', latin: 'latin-1', l1: 'latin-1', 'iso-8859-1': 'latin-1', 'iso8859-1': 'latin-1',
  '8859': 'latin-1', cp819: 'latin-1', 'iso-ir-100': 'latin-1', 'iso-8859-1-1987': 'latin-1',
};

/** Resolves an encoding name (case, '_' and ' ' insensitive); LookupError for unknown ones. */
export function codecOf(name: string): Codec {
  if (name === 'utf-8') return 'utf-8';
  const c = ALIASES[name.toLowerCase().replace(/[_ ]/g, '-')];
  if (c === undefined) throw exc(LookupError, `unknown encoding: ${name}`);
  return c;
}

function badHandler(errors: string): never {
  throw exc(LookupError, `unknown error handler name '${errors}'`);
}

function escChar(cp: number): string {
  if (cp <= 0xff) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

function encodeError(codec: string, s: string, cps: number[], start: number, end: number, reason: string): never {
  const what =
    end - start === 1
      ? `character '${escChar(cps[start])}' in position ${start}`
      : `characters in position ${start}-${end - 1}`;
  throw exc(UnicodeEncodeError, `'${codec}' codec can't encode ${what}: ${reason}`);
}

const utf8Encoder = new TextEncoder();
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** str.encode */
export function encodeStr(s: string, codec: Codec, errors: string): Uint8Array {
  if (codec === 'utf-8') {
    if (!LONE.test(s)) return utf8Encoder.encode(s);
  } else {
    const limit = codec === 'ascii' ? 0x80 : 0x100;
    let ok = true;
    for (let i = 0; i < s.length; i++)
      if (s.charCodeAt(i) >= limit) {
        ok = false;
        break;
      }
    if (ok) {
      const out = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
      return out;
    }
  }
  return encodeSlow(s, codec, errors);
}

function encodeSlow(s: string, codec: Codec, errors: string): Uint8Array {
  const cps: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cps.push(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
        i++;
        continue;
      }
    }
    cps.push(c);
  }
  const out: number[] = [];
  const encodable = (cp: number) =>
    codec === 'utf-8' ? cp < 0xd800 || cp > 0xdfff : cp < (codec === 'ascii' ? 0x80 : 0x100);
  const put = (cp: number) => {
    if (codec !== 'utf-8' || cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  };
  const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${codec === 'ascii' ? 128 : 256})`;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (encodable(cp)) {
      put(cp);
      continue;
    }
    let j = i + 1;
    while (j < cps.length && !encodable(cps[j])) j++;
    switch (errors) {
      case 'strict':
        encodeError(codec, s, cps, i, j, reason);
      // eslint-disable-next-line no-fallthrough
      case 'ignore':
        break;
      case 'replace':
        for (let k = i; k < j; k++) out.push(63);
        break;
      case 'backslashreplace':
        for (let k = i; k < j; k++) for (const ch of escChar(cps[k])) out.push(ch.charCodeAt(0));
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < j; k++) for (const ch of `&#${cps[k]};`) out.push(ch.charCodeAt(0));
        break;
      case 'surrogateescape':
        for (let k = i; k < j; k++) {
          const c = cps[k];
          if (c < 0xdc80 || c > 0xdcff) encodeError(codec, s, cps, k, k + 1, reason);
          out.push(c - 0xdc00);
        }
        break;
      case 'surrogatepass':
        if (codec !== 'utf-8') encodeError(codec, s, cps, i, j, reason);
        for (let k = i; k < j; k++) {
          const c = cps[k];
          out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
        }
        break;
      default:
        badHandler(errors);
    }
    i = j - 1;
  }
  return Uint8Array.from(out);
}

// ---- decoding ----

/** Latin-1 text of bytes[start:end] (also ASCII when all bytes are < 0x80). */
export function latin1(b: Uint8Array, start = 0, end = b.length): string {
  if (end - start < 1024) {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(b[i]);
    return s;
  }
  let s = '';
  for (let i = start; i < end; i += 8192)
    s += String.fromCharCode.apply(null, b.subarray(i, Math.min(end, i + 8192)) as unknown as number[]);
  return s;
}

function decodeError(codec: string, start: number, end: number, byte: number, reason: string): never {
  const what =
    end - start === 1
      ? `byte 0x${byte.toString(16).padStart(2, '0')} in position ${start}`
      : `bytes in position ${start}-${end - 1}`;
  throw exc(UnicodeDecodeError, `'${codec}' codec can't decode ${what}: ${reason}`);
}

/** Applies a decode error handler to bytes[start:end]; returns the replacement text. */
function onDecodeError(codec: string, errors: string, b: Uint8Array, start: number, end: number, reason: string): string {
  switch (errors) {
    case 'strict':
      decodeError(codec, start, end, b[start], reason);
    // eslint-disable-next-line no-fallthrough
    case 'ignore':
      return '';
    case 'replace':
      return '\ufffd';
    case 'backslashreplace': {
      let s = '';
      for (let i = start; i < end; i++) s += '\\x' + b[i].toString(16).padStart(2, '0');
      return s;
    }
    case 'surrogateescape': {
      let s = '';
      for (let i = start; i < end; i++) {
        if (b[i] < 0x80) decodeError(codec, start, end, b[start], reason);
        s += String.fromCharCode(0xdc00 + b[i]);
      }
      return s;
    }
    default:
      badHandler(errors);
  }
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function allAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] >= 0x80) return false;
  return true;
}

/** bytes.decode */
export function decodeBytes(b: Uint8Array, codec: Codec, errors: string): string {
  if (codec === 'latin-1') return latin1(b);
  if (allAscii(b)) return latin1(b);
  if (codec === 'ascii') {
    let s = '';
    let run = 0;
    for (let i = 0; i < b.length; i++) {
      if (b[i] < 0x80) continue;
      s += latin1(b, run, i) + onDecodeError('ascii', errors, b, i, i + 1, 'ordinal not in range(128)');
      run = i + 1;
    }
    return s + latin1(b, run, b.length);
  }
  try {
    return fatalUtf8.decode(b);
  } catch {
    return decodeUtf8Slow(b, errors);
  }
}

function decodeUtf8Slow(b: Uint8Array, errors: string): string {
  let s = '';
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      s += String.fromCharCode(c);
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else {
      s += onDecodeError('utf-8', errors, b, i, i + 1, 'invalid start byte');
      i++;
      continue;
    }
    let j = i + 1;
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let bad = false;
    for (let k = 0; k < need; k++, j++) {
      if (j >= n) {
        s += onDecodeError('utf-8', errors, b, i, j, 'unexpected end of data');
        bad = true;
        break;
      }
      const d = b[j];
      if (d < (k === 0 ? lo : 0x80) || d > (k === 0 ? hi : 0xbf)) {
        s += onDecodeError('utf-8', errors, b, i, j, 'invalid continuation byte');
        bad = true;
        break;
      }
      cp = (cp << 6) | (d & 63);
    }
    if (bad) {
      i = j;
      continue;
    }
    s += String.fromCodePoint(cp);
    i = j;
  }
  return s;
}
