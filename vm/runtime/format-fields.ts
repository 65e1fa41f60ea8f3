// str.format / str.format_map: the replacement-field parser of CPython 3.11's Objects/stringlib/unicode_format.h
// (literal text with {{ }} escapes, field names with .attr and [key] parts, !r/!s/!a conversions, nested
// {} inside format specs, and automatic/manual field numbering).
import { valueErr, indexErr, keyErr } from './exceptions.js';
import { str as pyStr, repr as pyRepr, asciiOf } from './convert.js';
import { getAttr } from './attributes.js';
import { getitem } from './items.js';
import type { Kw } from './function.js';
import { formatValue } from './format.js';

/** Auto-numbering state: 0 not yet decided, 1 automatic, 2 manual. */
interface AutoNumber {
  state: number;
  n: number;
}

type Lookup = (key: string) => any;

/** `fmt.format(*args, **kwargs)` */
export function strFormat(fmt: string, args: any[], kwargs: Kw): string {
  if (fmt.indexOf('{') < 0 && fmt.indexOf('}') < 0) return fmt;
  const lookup: Lookup = (key) => {
    if (kwargs === null) throw keyErr(key);
    const v = kwargs[key];
    if (v === undefined) throw keyErr(key);
    return v;
  };
  return build(fmt, args, lookup, 2, { state: 0, n: 0 });
}

/** `fmt.format_map(mapping)` */
export function strFormatMap(fmt: string, mapping: any): string {
  if (fmt.indexOf('{') < 0 && fmt.indexOf('}') < 0) return fmt;
  return build(fmt, null, (key) => getitem(mapping, key), 2, { state: 0, n: 0 });
}

/** get_integer: the value of an all-ASCII-digit string, or -1. */
function fieldInt(s: string): number {
  if (s.length === 0) return -1;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
    if (v > 9223372036854775807) throw valueErr('Too many decimal digits in format string');
  }
  return v;
}

function build(fmt: string, args: any[] | null, lookup: Lookup, depth: number, auto: AutoNumber): string {
  if (depth <= 0) throw valueErr('Max string recursion exceeded');
  const end = fmt.length;
  let out = '';
  let pos = 0;
  while (pos < end) {
    // literal text up to the next brace
    const start = pos;
    let c = '';
    let markup = false;
    while (pos < end) {
      c = fmt[pos++];
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (c === '}' && (atEnd || fmt[pos] !== '}')) throw valueErr("Single '}' encountered in format string");
    if (atEnd && c === '{') throw valueErr("Single '{' encountered in format string");
    if (!atEnd) {
      if (fmt[pos] === c) {
        pos++;
        markup = false;
      } else len--;
    }
    if (len > 0) out += fmt.slice(start, start + len);
    if (!markup) continue;
    // parse_field
    const nameStart = pos;
    c = '';
    while (pos < end) {
      c = fmt[pos++];
      if (c === '{') throw valueErr("unexpected '{' in field name");
      if (c === '[') {
        while (pos < end && fmt[pos] !== ']') pos++;
        continue;
      }
      if (c === '}' || c === ':' || c === '!') break;
    }
    const name = fmt.slice(nameStart, pos - 1);
    let conversion = '';
    let spec = '';
    let expand = false;
    if (c === '!' || c === ':') {
      let done = false;
      if (c === '!') {
        if (pos >= end) throw valueErr('end of string while looking for conversion specifier');
        conversion = fmt[pos++];
        if (pos < end) {
          const c2 = fmt[pos++];
          if (c2 === '}') done = true;
          else if (c2 !== ':') throw valueErr("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = pos;
        let count = 1;
        for (;;) {
          if (pos >= end) throw valueErr("unmatched '{' in format spec");
          const k = fmt[pos++];
          if (k === '{') {
            expand = true;
            count++;
          } else if (k === '}') {
            if (--count === 0) break;
          }
        }
        spec = fmt.slice(specStart, pos - 1);
      }
    } else if (c !== '}') throw valueErr("expected '}' before end of string");
    // output_markup
    let obj = fieldObject(name, args, lookup, auto);
    if (conversion !== '') obj = convert(obj, conversion);
    if (expand) spec = build(spec, args, lookup, depth - 1, auto);
    out += typeof obj === 'string' && spec === '' ? obj : formatValue(obj, spec);
  }
  return out;
}

function convert(obj: any, conv: string): string {
  switch (conv) {
    case 'r':
      return pyRepr(obj);
    case 's':
      return pyStr(obj);
    case 'a':
      return asciiOf(pyRepr(obj));
  }
  const cp = conv.codePointAt(0)!;
  if (cp > 32 && cp < 127) throw valueErr(`Unknown conversion specifier ${conv}`);
  throw valueErr(`Unknown conversion specifier \\x${cp.toString(16)}`);
}

/** get_field_object: the argument named by the first part, then .attr / [key] lookups. */
function fieldObject(name: string, args: any[] | null, lookup: Lookup, auto: AutoNumber): any {
  let i = 0;
  while (i < name.length) {
    const c = name.charCodeAt(i);
    if (c === 46 || c === 91) break;
    i++;
  }
  const first = i === name.length ? name : name.slice(0, i);
  let idx = fieldInt(first);
  const empty = first.length === 0;
  if (empty || idx !== -1) {
    if (auto.state === 0) auto.state = empty ? 1 : 2;
    if (auto.state === 2) {
      if (empty) throw valueErr('cannot switch from manual field specification to automatic field numbering');
    } else if (!empty) throw valueErr('cannot switch from automatic field numbering to manual field specification');
    if (empty) idx = auto.n++;
  }
  let obj: any;
  if (idx === -1) obj = lookup(first);
  else {
    if (args === null) throw valueErr('Format string contains positional fields');
    if (idx >= args.length) throw indexErr(`Replacement index ${idx} out of range for positional args tuple`);
    obj = args[idx];
  }
  let p = i;
  while (p < name.length) {
    const c = name[p++];
    if (c === '.') {
      const s = p;
      while (p < name.length && name[p] !== '.' && name[p] !== '[') p++;
      if (p === s) throw valueErr('Empty attribute in format string');
      obj = getAttr(obj, name.slice(s, p));
    } else if (c === '[') {
      const s = p;
      let seen = false;
      while (p < name.length) {
        if (name[p++] === ']') {
          seen = true;
          break;
        }
      }
      if (!seen) throw valueErr("Missing ']' in format string");
      const key = name.slice(s, p - 1);
      if (key.length === 0) throw valueErr('Empty attribute in format string');
      const k = fieldInt(key);
      obj = getitem(obj, k === -1 ? key : k);
    } else throw valueErr("Only '.' or '[' may follow ']' in format field specifier");
  }
  return obj;
}
