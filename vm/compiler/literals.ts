// Decoding of NUMBER and STRING token text into constant values, following CPython's
// parsenumber() and string_parser.c (decode_unicode_with_escapes / _PyBytes_DecodeEscape).

import type { ConstantValue } from './ast';
import { unicodeNames } from './unicode-name-hook.js';
import { leftOutMessage, UNICODE_NAMES_OPTION } from '../modules/optional-catalog.js';

/** A literal that cannot be decoded; `message` is CPython's SyntaxError message. */
export class LiteralError {
  constructor(readonly message: string) {}
}

/** Value of a NUMBER token (the tokenizer has already validated its syntax). */
export function parseNumber(text: string): ConstantValue {
  const s = text.indexOf('_') >= 0 ? text.split('_').join('') : text;
  const last = s.charCodeAt(s.length - 1) | 32;
  if (last === 106) return { t: 'complex', imag: Number(s.slice(0, -1)) };
  if (s.length > 1 && s.charCodeAt(0) === 48) {
    const r = s.charCodeAt(1) | 32;
    if (r === 120 || r === 111 || r === 98) return { t: 'int', v: BigInt(s) };
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return { t: 'float', v: Number(s) };
  }
  return { t: 'int', v: BigInt(s) };
}

export interface StringParts {
  bytes: boolean;
  raw: boolean;
  fstring: boolean;
  /** Lowercase 'u' prefix (CPython sets Constant.kind = 'u' only for that spelling). */
  u: boolean;
  /** Offsets of the body (between the quotes) within the token text. */
  bodyStart: number;
  bodyEnd: number;
}

/** Split a STRING token's text into prefix flags and body bounds. */
export function stringParts(text: string): StringParts {
  let i = 0;
  let bytes = false, raw = false, fstring = false;
  for (;;) {
    const c = text.charCodeAt(i) | 32;
    if (c === 98) bytes = true;
    else if (c === 114) raw = true;
    else if (c === 102) fstring = true;
    else if (c !== 117) break;
    i++;
  }
  const q = text.charCodeAt(i);
  const triple = text.length - i >= 6 && text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q;
  const ql = triple ? 3 : 1;
  return { bytes, raw, fstring, u: text.charCodeAt(0) === 117, bodyStart: i + ql, bodyEnd: text.length - ql };
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/**
 * Byte offset CPython's unicode-escape decoder sees for index `i` of `s`: before decoding,
 * CPython rewrites each non-ASCII character as a 10-byte "\UXXXXXXXX" escape and a backslash
 * followed by a non-ASCII character (or ending the text) as "\u005c".
 */
function escapedOffset(s: string, i: number): number {
  let off = 0;
  for (let k = 0; k < i; k++) {
    const c = s.charCodeAt(k);
    if (c === 92) {
      const d = s.charCodeAt(k + 1);
      off += k + 1 >= s.length || d >= 128 ? 6 : 1;
    } else if (c < 128) off += 1;
    else {
      off += 10;
      if (c >= 0xd800 && c < 0xdc00 && k + 1 < s.length) k++;
    }
  }
  return off;
}

function unicodeError(s: string, start: number, end: number, reason: string): LiteralError {
  const a = escapedOffset(s, start);
  const b = escapedOffset(s, end);
  const where = b - a > 1 ? `bytes in position ${a}-${b - 1}` : `byte 0x5c in position ${a}`;
  return new LiteralError(`(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}`);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', b: '\b', f: '\f', t: '\t', n: '\n', r: '\r', v: '\v', a: '\x07',
};

/** Decode the body of a (non-raw) str literal. Throws LiteralError like CPython's decoder. */
export function decodeStr(s: string): string {
  let i = s.indexOf('\\');
  if (i < 0) return s;
  let out = '';
  let last = 0;
  const n = s.length;
  while (i >= 0) {
    out += s.slice(last, i);
    const start = i;
    const ch = s[i + 1];
    i += 2;
    if (ch === undefined) {
      out += '\\';
      i = n;
    } else if (ch === '\n') {
      // backslash-newline: line continuation inside the literal
    } else if (ch in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[ch];
    } else if (ch >= '0' && ch <= '7') {
      let v = ch.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && i < n; k++) {
        const c = s.charCodeAt(i);
        if (c < 48 || c > 55) break;
        v = v * 8 + c - 48;
        i++;
      }
      out += String.fromCharCode(v);
    } else if (ch === 'x' || ch === 'u' || ch === 'U') {
      const count = ch === 'x' ? 2 : ch === 'u' ? 4 : 8;
      const reason = ch === 'x' ? 'truncated \\xXX escape' : ch === 'u' ? 'truncated \\uXXXX escape'
        : 'truncated \\UXXXXXXXX escape';
      let v = 0;
      for (let k = 0; k < count; k++) {
        if (i >= n) throw unicodeError(s, start, n, reason);
        const h = hexVal(s.charCodeAt(i));
        if (h < 0) throw unicodeError(s, start, i, reason);
        v = v * 16 + h;
        i++;
      }
      if (v > 0x10ffff) throw unicodeError(s, start, i, 'illegal Unicode character');
      out += String.fromCodePoint(v);
    } else if (ch === 'N') {
      const malformed = 'malformed \\N character escape';
      if (i >= n) throw unicodeError(s, start, n, malformed);
      if (s[i] !== '{') throw unicodeError(s, start, i, malformed);
      const close = s.indexOf('}', i + 1);
      if (close < 0) throw unicodeError(s, start, n, malformed);
      if (close === i + 1) throw unicodeError(s, start, close, malformed);
      const lookup = unicodeNames.lookup;
      if (lookup === null) throw unicodeError(s, start, close + 1, `\\N{...} escapes need the Unicode name table${leftOutMessage(UNICODE_NAMES_OPTION)}`);
      const cp = lookup(s.slice(i + 1, close));
      i = close + 1;
      if (cp < 0) throw unicodeError(s, start, i, 'unknown Unicode character name');
      out += String.fromCodePoint(cp);
    } else {
      // Unknown escape: kept verbatim (CPython only warns).
      out += '\\';
      i--;
    }
    last = i;
    i = s.indexOf('\\', i);
  }
  return out + s.slice(last);
}

/** Encode an ASCII-only string as bytes. */
function asciiBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** True when the body contains a non-ASCII character (not allowed in bytes literals). */
export function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return true;
  return false;
}

/** Decode the body of a bytes literal (ASCII already checked). */
export function decodeBytes(s: string, raw: boolean): Uint8Array {
  if (raw || s.indexOf('\\') < 0) return asciiBytes(s);
  const out: number[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 92) {
      out.push(c);
      i++;
      continue;
    }
    const start = i;
    i++;
    if (i === n) throw new LiteralError('(value error) Trailing \\ in string');
    const ch = s[i++]!;
    if (ch === '\n') continue;
    if (ch in SIMPLE_ESCAPES) {
      out.push(SIMPLE_ESCAPES[ch]!.charCodeAt(0));
    } else if (ch >= '0' && ch <= '7') {
      let v = ch.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && i < n; k++) {
        const d = s.charCodeAt(i);
        if (d < 48 || d > 55) break;
        v = v * 8 + d - 48;
        i++;
      }
      out.push(v & 0xff);
    } else if (ch === 'x') {
      const h1 = i + 1 < n ? hexVal(s.charCodeAt(i)) : -1;
      const h2 = i + 1 < n ? hexVal(s.charCodeAt(i + 1)) : -1;
      if (h1 < 0 || h2 < 0) throw new LiteralError(`(value error) invalid \\x escape at position ${start}`);
      out.push(h1 * 16 + h2);
      i += 2;
    } else {
      out.push(92);
      i--;
    }
  }
  return Uint8Array.from(out);
}
