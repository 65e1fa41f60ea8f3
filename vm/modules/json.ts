// The `json` module: dumps/loads byte-identical to CPython's (separators, indent, ensure_ascii, sort_keys,
// default, allow_nan; JSONDecodeError with CPython's messages and positions).
import { None, PyFloat, makeBuiltinType, TypeFlags } from '../runtime/object.js';
import { PyList, PyTuple, PyDict, PyBoxed, intType, floatType, strType } from '../runtime/types.js';
import { nativeKw, arg, checkKw } from '../runtime/natives.js';
import { PyBaseException, ValueError, typeErr, valueErr } from '../runtime/exceptions.js';
import { typeOf } from '../runtime/typeof.js';
import { call1 } from '../runtime/call.js';
import { floatRepr } from '../runtime/convert.js';
import { truthy, ltB } from '../runtime/operators.js';
import { DictStore } from '../runtime/hash-store.js';
import { cm0, cm1 } from '../runtime/attributes.js';
import { mkFloat, normBig } from '../runtime/object.js';
import type { ModuleDef, PyModule } from '../runtime/module.js';

export const JSONDecodeError = makeBuiltinType('JSONDecodeError', ValueError, PyBaseException, TypeFlags.BaseType | TypeFlags.HasDict);
JSONDecodeError.module = 'json.decoder';

function decodeError(msg: string, doc: string, pos: number): PyBaseException {
  const lineno = doc.slice(0, pos).split('\n').length;
  const colno = pos - (doc.lastIndexOf('\n', pos - 1) + 1) + 1;
  const e = new PyBaseException(JSONDecodeError, [`${msg}: line ${lineno} column ${colno} (char ${pos})`]);
  Object.assign(e.$d!, { msg, doc, pos, lineno, colno });
  return e;
}

// ---- encoding ----

const ESC: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

export function encodeStr(s: string, ensureAscii: boolean): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c && (c < 0x7f || !ensureAscii)) continue;
    out += s.slice(start, i);
    const ch = s[i];
    out += ESC[ch] ?? '\\u' + c.toString(16).padStart(4, '0');
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

interface EncodeOpts {
  ensureAscii: boolean;
  allowNan: boolean;
  sortKeys: boolean;
  skipKeys: boolean;
  indent: string | null;
  itemSep: string;
  keySep: string;
  dflt: any;
  checkCircular: boolean;
}

function floatStr(v: number, o: EncodeOpts): string {
  if (Number.isFinite(v)) return floatRepr(v);
  if (!o.allowNan) throw valueErr('Out of range float values are not JSON compliant');
  return v !== v ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
}

function keyStr(k: any, o: EncodeOpts): string | undefined {
  if (typeof k === 'string') return k;
  if (typeof k === 'boolean') return k ? 'true' : 'false';
  if (typeof k === 'number') return Number.isInteger(k) ? String(k) : floatStr(k, o);
  if (typeof k === 'bigint') return k.toString();
  if (k === None) return 'null';
  if (k instanceof PyFloat) return floatStr(k.v, o);
  if (k instanceof PyBoxed) {
    if (typeof k.v === 'string') return k.v;
    if (typeOf(k).isSubtypeOf(floatType)) return floatStr(Number(k.v), o);
    return String(k.v);
  }
  if (o.skipKeys) return undefined;
  throw typeErr(`keys must be str, int, float, bool or None, not ${typeOf(k).name}`);
}

function encode(v: any, o: EncodeOpts, level: number, seen: Set<any>): string {
  switch (typeof v) {
    case 'string':
      return encodeStr(v, o.ensureAscii);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      return Number.isInteger(v) ? String(v) : floatStr(v, o);
    case 'bigint':
      return v.toString();
  }
  if (v === None) return 'null';
  if (v instanceof PyFloat) return floatStr(v.v, o);
  const t = typeOf(v);
  if (v instanceof PyBoxed) {
    if (t.isSubtypeOf(strType)) return encodeStr(v.v, o.ensureAscii);
    if (t.isSubtypeOf(intType)) return String(v.v);
    if (t.isSubtypeOf(floatType)) return floatStr(Number(v.v), o);
  }
  const isList = v instanceof PyList || v instanceof PyTuple;
  const isDict = v instanceof PyDict;
  if (!isList && !isDict) {
    if (o.dflt === None) throw typeErr(`Object of type ${t.name} is not JSON serializable`);
    if (o.checkCircular) {
      if (seen.has(v)) throw valueErr('Circular reference detected');
      seen.add(v);
    }
    const r = encode(call1(o.dflt, v), o, level, seen);
    seen.delete(v);
    return r;
  }
  if (o.checkCircular) {
    if (seen.has(v)) throw valueErr('Circular reference detected');
    seen.add(v);
  }
  const nl = o.indent === null ? '' : '\n' + o.indent.repeat(level + 1);
  const close = o.indent === null ? '' : '\n' + o.indent.repeat(level);
  let out: string;
  if (isList) {
    const a = (v as PyList).a;
    if (a.length === 0) out = '[]';
    else {
      const parts = a.map((x) => encode(x, o, level + 1, seen));
      out = '[' + nl + parts.join(o.itemSep + nl) + close + ']';
    }
  } else {
    let entries = [...(v as PyDict).s.entries()];
    if (entries.length === 0) out = '{}';
    else {
      if (o.sortKeys) entries = sortEntries(entries);
      const parts: string[] = [];
      for (const [k, x] of entries) {
        const ks = keyStr(k, o);
        if (ks === undefined) continue;
        parts.push(encodeStr(ks, o.ensureAscii) + o.keySep + encode(x, o, level + 1, seen));
      }
      out = parts.length === 0 ? '{}' : '{' + nl + parts.join(o.itemSep + nl) + close + '}';
    }
  }
  seen.delete(v);
  return out;
}

function sortEntries(entries: [any, any][]): [any, any][] {
  const copy = entries.slice();
  copy.sort((a, b) => {
    if (typeof a[0] === 'string' && typeof b[0] === 'string') return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
    return ltB(a[0], b[0]) ? -1 : ltB(b[0], a[0]) ? 1 : 0;
  });
  return copy;
}

function dumpsImpl(args: any[], kw: Record<string, any> | null): string {
  checkKw('dumps', kw, ['skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'cls', 'indent', 'separators', 'default', 'sort_keys']);
  const obj = arg(args, kw, 0, 'obj');
  const indentArg = kw?.indent ?? None;
  let indent: string | null = null;
  if (indentArg !== None) indent = typeof indentArg === 'string' ? indentArg : ' '.repeat(Math.max(0, Number(indentArg)));
  let itemSep = indent === null ? ', ' : ',';
  let keySep = ': ';
  const sep = kw?.separators ?? None;
  if (sep !== None) {
    const a = (sep as PyTuple).a ?? [];
    itemSep = a[0];
    keySep = a[1];
  }
  const o: EncodeOpts = {
    ensureAscii: kw?.ensure_ascii === undefined ? true : truthy(kw.ensure_ascii),
    allowNan: kw?.allow_nan === undefined ? true : truthy(kw.allow_nan),
    sortKeys: kw?.sort_keys === undefined ? false : truthy(kw.sort_keys),
    skipKeys: kw?.skipkeys === undefined ? false : truthy(kw.skipkeys),
    checkCircular: kw?.check_circular === undefined ? true : truthy(kw.check_circular),
    indent,
    itemSep,
    keySep,
    dflt: kw?.default ?? None,
  };
  return encode(obj, o, 0, new Set());
}

// ---- decoding ----

interface DecodeOpts {
  objectHook: any;
  pairsHook: any;
  parseFloat: any;
  parseInt: any;
  parseConstant: any;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

class Decoder {
  pos = 0;
  constructor(readonly s: string, readonly o: DecodeOpts) {}

  ws(): void {
    const s = this.s;
    let p = this.pos;
    for (;;) {
      const c = s.charCodeAt(p);
      if (c === 32 || c === 10 || c === 13 || c === 9) p++;
      else break;
    }
    this.pos = p;
  }

  value(): any {
    const s = this.s;
    const c = s[this.pos];
    switch (c) {
      case '"':
        return this.string();
      case '{':
        return this.object();
      case '[':
        return this.array();
      case 'n':
        if (s.startsWith('null', this.pos)) return (this.pos += 4), None;
        break;
      case 't':
        if (s.startsWith('true', this.pos)) return (this.pos += 4), true;
        break;
      case 'f':
        if (s.startsWith('false', this.pos)) return (this.pos += 5), false;
        break;
      case 'N':
        if (s.startsWith('NaN', this.pos)) return (this.pos += 3), this.constant('NaN', NaN);
        break;
      case 'I':
        if (s.startsWith('Infinity', this.pos)) return (this.pos += 8), this.constant('Infinity', Infinity);
        break;
      case '-':
        if (s.startsWith('-Infinity', this.pos)) return (this.pos += 9), this.constant('-Infinity', -Infinity);
        break;
    }
    return this.number();
  }

  constant(name: string, v: number): any {
    return this.o.parseConstant === None ? mkFloat(v) : call1(this.o.parseConstant, name);
  }

  /** JSON number: -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)? scanned by hand (a regex per number is slow). */
  number(): any {
    const s = this.s;
    const start = this.pos;
    let p = start;
    if (s.charCodeAt(p) === 45) p++;
    const c0 = s.charCodeAt(p);
    if (c0 === 48) p++;
    else if (c0 >= 49 && c0 <= 57) {
      p++;
      while (isDigit(s.charCodeAt(p))) p++;
    } else throw decodeError('Expecting value', s, start);
    let isFloat = false;
    if (s.charCodeAt(p) === 46 && isDigit(s.charCodeAt(p + 1))) {
      isFloat = true;
      p += 2;
      while (isDigit(s.charCodeAt(p))) p++;
    }
    const e = s.charCodeAt(p);
    if (e === 101 || e === 69) {
      let q = p + 1;
      const sign = s.charCodeAt(q);
      if (sign === 43 || sign === 45) q++;
      if (isDigit(s.charCodeAt(q))) {
        q++;
        while (isDigit(s.charCodeAt(q))) q++;
        isFloat = true;
        p = q;
      }
    }
    this.pos = p;
    const text = s.slice(start, p);
    if (!isFloat) {
      if (this.o.parseInt !== None) return call1(this.o.parseInt, text);
      const n = Number(text);
      return Number.isSafeInteger(n) ? n : normBig(BigInt(text));
    }
    if (this.o.parseFloat !== None) return call1(this.o.parseFloat, text);
    return mkFloat(Number(text));
  }

  string(): string {
    const s = this.s;
    const start = this.pos;
    let i = this.pos + 1;
    let out = '';
    let chunk = i;
    for (;;) {
      if (i >= s.length) throw decodeError('Unterminated string starting at', s, start);
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        out += s.slice(chunk, i);
        this.pos = i + 1;
        return out;
      }
      if (c < 0x20) throw decodeError('Invalid control character at', s, i);
      if (c === 0x5c) {
        out += s.slice(chunk, i);
        const e = s[i + 1];
        if (e === undefined) throw decodeError('Unterminated string starting at', s, start);
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u') {
          const hex = s.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw decodeError('Invalid \\uXXXX escape', s, i + 1);
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else throw decodeError('Invalid \\escape', s, i);
        chunk = i;
        continue;
      }
      i++;
    }
  }

  array(): PyList {
    const s = this.s;
    this.pos++;
    const out: any[] = [];
    this.ws();
    if (s[this.pos] === ']') {
      this.pos++;
      return new PyList(out);
    }
    for (;;) {
      this.ws();
      out.push(this.value());
      this.ws();
      const c = s[this.pos];
      if (c === ']') {
        this.pos++;
        return new PyList(out);
      }
      if (c !== ',') throw decodeError("Expecting ',' delimiter", s, this.pos);
      this.pos++;
    }
  }

  object(): any {
    const s = this.s;
    this.pos++;
    const pairs: [string, any][] = [];
    this.ws();
    if (s[this.pos] === '}') {
      this.pos++;
      return this.finishObject(pairs);
    }
    for (;;) {
      this.ws();
      if (s[this.pos] !== '"') throw decodeError('Expecting property name enclosed in double quotes', s, this.pos);
      const k = this.string();
      this.ws();
      if (s[this.pos] !== ':') throw decodeError("Expecting ':' delimiter", s, this.pos);
      this.pos++;
      this.ws();
      pairs.push([k, this.value()]);
      this.ws();
      const c = s[this.pos];
      if (c === '}') {
        this.pos++;
        return this.finishObject(pairs);
      }
      if (c !== ',') throw decodeError("Expecting ',' delimiter", s, this.pos);
      this.pos++;
    }
  }

  finishObject(pairs: [string, any][]): any {
    if (this.o.pairsHook !== None) return call1(this.o.pairsHook, new PyList(pairs.map((p) => new PyTuple(p))));
    const d = new PyDict(new DictStore());
    for (const [k, v] of pairs) d.s.set(k, v);
    return this.o.objectHook !== None ? call1(this.o.objectHook, d) : d;
  }
}

export function jsonLoads(s: string, o: Partial<DecodeOpts> = {}): any {
  const opts: DecodeOpts = { objectHook: None, pairsHook: None, parseFloat: None, parseInt: None, parseConstant: None, ...o };
  const d = new Decoder(s, opts);
  d.ws();
  const v = d.value();
  d.ws();
  if (d.pos !== s.length) throw decodeError('Extra data', s, d.pos);
  return v;
}

function loadsImpl(args: any[], kw: Record<string, any> | null): any {
  checkKw('loads', kw, ['s', 'cls', 'object_hook', 'parse_float', 'parse_int', 'parse_constant', 'object_pairs_hook', 'encoding']);
  let s = arg(args, kw, 0, 's');
  if (typeof s === 'object' && s.b instanceof Uint8Array) s = new TextDecoder().decode(s.b.subarray(0, s.n ?? s.b.length));
  if (typeof s !== 'string') throw typeErr(`the JSON object must be str, bytes or bytearray, not ${typeOf(s).name}`);
  return jsonLoads(s, {
    objectHook: kw?.object_hook ?? None,
    pairsHook: kw?.object_pairs_hook ?? None,
    parseFloat: kw?.parse_float ?? None,
    parseInt: kw?.parse_int ?? None,
    parseConstant: kw?.parse_constant ?? None,
  });
}

export const jsonModule: ModuleDef = {
  name: 'json',
  init(mod: PyModule) {
    const d = mod.$d!;
    d.dumps = nativeKw('dumps', dumpsImpl);
    d.loads = nativeKw('loads', loadsImpl);
    d.dump = nativeKw('dump', (args, kw) => {
      const [obj, fp] = args;
      const rest = kw ? { ...kw } : null;
      cm1(fp, 'write', dumpsImpl([obj], rest));
      return None;
    });
    d.load = nativeKw('load', (args, kw) => loadsImpl([cm0(args[0], 'read')], kw));
    d.JSONDecodeError = JSONDecodeError;
    d.__all__ = new PyList(['dump', 'dumps', 'load', 'loads', 'JSONDecodeError']);
  },
};
