// Differential-test plumbing for str, bytes/bytearray and the formatting code: cases are plain data (a
// method call, a format() call, a % operation, a constructor call or a binary operator) that one python3
// process evaluates and that the tests replay on the runtime, comparing repr() of the results (or the
// exception type and message). Without python3 the tests fail loudly.
import { spawnSync } from 'node:child_process';
import { None, NotImplemented, mkFloat, PyFloat, PyType, normBig } from '../../vm/runtime/object.js';
import {
  PyList,
  PyTuple,
  PyDict,
  PyBytes,
  PyByteArray,
  PyBoxed,
  PySlice,
  strType,
  bytesType,
  bytearrayType,
  intType,
} from '../../vm/runtime/types.js';
import { DictStore } from '../../vm/runtime/hash-store.js';
import { PyBaseException } from '../../vm/runtime/exceptions.js';
import { PyStaticMethod, PyClassMethod, PyBuiltin } from '../../vm/runtime/function.js';
import { callWithKw, call } from '../../vm/runtime/call.js';
import { repr, str, isPrintable } from '../../vm/runtime/convert.js';
import { typeOf } from '../../vm/runtime/typeof.js';
import * as O from '../../vm/runtime/operators.js';
import { PyIterator } from '../../vm/runtime/iteration.js';

/** Encoded Python values: JSON scalars are str/int/bool/None; objects tag the other types. */
export type V =
  | null
  | boolean
  | number
  | string
  | V[]
  | { f: string }
  | { i: string }
  | { b: string }
  | { ba: string }
  | { t: V[] }
  | { d: [V, V][] }
  | { s: string }
  | { sl: [V, V, V] };

export type Case =
  | { k: 'm'; self: V; m: string; args?: V[]; kw?: Record<string, V>; post?: 'list' }
  | { k: 's'; t: 'str' | 'bytes' | 'bytearray'; m: string; args?: V[] }
  | { k: 'fmt'; v: V; spec: string }
  | { k: 'mod'; fmt: V; args: V }
  | { k: 'call'; t: 'str' | 'bytes' | 'bytearray'; args?: V[]; kw?: Record<string, V> }
  | { k: 'op'; op: string; a: V; b: V }
  | { k: 'seq'; init: V; ops: [string, V[]][] };

// ---- value helpers for writing cases ----
export const f = (x: number | string): V => ({ f: typeof x === 'number' ? (Object.is(x, -0) ? '-0.0' : String(x)) : x });
export const I = (x: bigint | string): V => ({ i: String(x) });
export const b = (s: string): V => ({ b: Buffer.from(s, 'latin1').toString('hex') });
export const bx = (hex: string): V => ({ b: hex });
export const ba = (s: string): V => ({ ba: Buffer.from(s, 'latin1').toString('hex') });
export const t = (...xs: V[]): V => ({ t: xs });
export const d = (...kv: [V, V][]): V => ({ d: kv });
export const sub = (s: string): V => ({ s });
export const sl = (a: V, c: V = null, e: V = null): V => ({ sl: [a, c, e] });

const PY = String.raw`
import json, sys
class MyStr(str): pass
def dec(v):
    if isinstance(v, list): return [dec(x) for x in v]
    if isinstance(v, dict):
        if 'f' in v: return float(v['f'])
        if 'i' in v: return int(v['i'])
        if 'b' in v: return bytes.fromhex(v['b'])
        if 'ba' in v: return bytearray.fromhex(v['ba'])
        if 't' in v: return tuple(dec(x) for x in v['t'])
        if 'd' in v: return {dec(k): dec(x) for k, x in v['d']}
        if 's' in v: return MyStr(v['s'])
        if 'sl' in v: return slice(*[dec(x) for x in v['sl']])
    return v
import operator
OPS = {'+': operator.add, '*': operator.mul, '%': operator.mod, '<': operator.lt, '<=': operator.le, '>': operator.gt,
       '>=': operator.ge, '==': operator.eq, '!=': operator.ne, 'in': lambda a, b: a in b, '+=': operator.iadd}
TYPES = {'str': str, 'bytes': bytes, 'bytearray': bytearray}
def run(c):
    k = c['k']
    if k == 'm':
        r = getattr(dec(c['self']), c['m'])(*dec(c.get('args', [])), **{n: dec(x) for n, x in c.get('kw', {}).items()})
        if c.get('post') == 'list': r = list(r)
        return r
    if k == 's': return getattr(TYPES[c['t']], c['m'])(*dec(c.get('args', [])))
    if k == 'fmt': return format(dec(c['v']), c['spec'])
    if k == 'mod': return dec(c['fmt']) % dec(c['args'])
    if k == 'call': return TYPES[c['t']](*dec(c.get('args', [])), **{n: dec(x) for n, x in c.get('kw', {}).items()})
    if k == 'op': return OPS[c['op']](dec(c['a']), dec(c['b']))
    if k == 'seq':
        o = dec(c['init'])
        res = [getattr(o, m)(*dec(a)) for m, a in c['ops']]
        return (res, o)
out = []
for c in json.load(sys.stdin):
    try:
        out.append(repr(run(c)))
    except Exception as e:
        out.append('!' + type(e).__name__ + ': ' + str(e))
print(json.dumps(out))
`;

/** Runs every case through python3; returns the expected strings. Throws (failing the tests) without python3. */
export function pythonExpect(cases: Case[]): string[] {
  const r = spawnSync('python3', ['-c', PY], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error || r.status !== 0)
    throw new Error(
      `python3 is required for the differential str/bytes tests and could not run: ${r.error?.message ?? r.stderr}`,
    );
  return JSON.parse(r.stdout);
}

// ---- decoding to runtime values ----

export function dec(v: V): any {
  if (v === null) return None;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return v;
  if (Array.isArray(v)) return new PyList(v.map(dec));
  if ('f' in v) return mkFloat(parseFloat(v.f === 'inf' ? 'Infinity' : v.f === '-inf' ? '-Infinity' : v.f));
  if ('i' in v) return normBig(BigInt(v.i));
  if ('b' in v) return new PyBytes(Uint8Array.from(Buffer.from(v.b, 'hex')));
  if ('ba' in v) {
    const x = Uint8Array.from(Buffer.from(v.ba, 'hex'));
    return new PyByteArray(x, x.length);
  }
  if ('t' in v) return new PyTuple(v.t.map(dec));
  if ('d' in v) {
    const s = new DictStore();
    for (const [k, x] of v.d) s.set(dec(k), dec(x));
    return new PyDict(s);
  }
  if ('s' in v) return new PyBoxed(myStr(), v.s);
  if ('sl' in v) return new PySlice(dec(v.sl[0]), dec(v.sl[1]), dec(v.sl[2]));
  throw new Error('bad value ' + JSON.stringify(v));
}

let myStrType: PyType | undefined;
function myStr(): PyType {
  if (myStrType === undefined) {
    myStrType = new PyType('MyStr', [strType], strType.$cls, 2 | 4);
    myStrType.mro = [myStrType, ...strType.mro];
  }
  return myStrType;
}

// ---- repr of results (own implementation for containers, so only the code under test matters) ----

/** repr of a str (local copy that treats an unpaired high surrogate as one code point). */
function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (isPrintable(c)) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out + quote;
}

export function pyRepr(v: any): string {
  if (typeof v === 'string') return strRepr(v);
  if (v instanceof PyList) return '[' + v.a.map(pyRepr).join(', ') + ']';
  if (v instanceof PyTuple) return '(' + v.a.map(pyRepr).join(', ') + (v.a.length === 1 ? ',' : '') + ')';
  if (v instanceof PyDict) {
    const parts: string[] = [];
    for (const [k, x] of v.s.entries()) parts.push(pyRepr(k) + ': ' + pyRepr(x));
    return '{' + parts.join(', ') + '}';
  }
  if (v instanceof PyBoxed) return pyRepr(v.v);
  if (v === NotImplemented) return 'NotImplemented';
  if (v === None) return 'None';
  if (v instanceof PyFloat) return repr(v);
  return repr(v);
}

function excText(e: PyBaseException): string {
  const a = e.args.a;
  const msg = a.length === 0 ? '' : a.length === 1 ? (e.$cls.name === 'KeyError' ? repr(a[0]) : str(a[0])) : pyRepr(e.args);
  return '!' + e.$cls.name + ': ' + msg;
}

const TYPES: Record<string, PyType> = { str: strType, bytes: bytesType, bytearray: bytearrayType };

function kwOf(kw: Record<string, V> | undefined): Record<string, any> | null {
  if (kw === undefined) return null;
  const r: Record<string, any> = Object.create(null);
  for (const k in kw) r[k] = dec(kw[k]);
  return r;
}

function method(self: any, m: string): any {
  const fn = typeOf(self).lookup(m);
  if (fn === undefined || typeof fn === 'symbol') throw new Error(`no method ${typeOf(self).name}.${m}`);
  return fn;
}

const BINOPS: Record<string, (a: any, b: any) => any> = {
  '+': O.add,
  '*': O.mul,
  '%': O.mod,
  '<': O.lt,
  '<=': O.le,
  '>': O.gt,
  '>=': O.ge,
  '==': O.eq,
  '!=': O.ne,
  in: (a, b) => O.contains(b, a),
  '+=': O.iadd,
};

function listOf(it: any): PyList {
  const out: any[] = [];
  if (it instanceof PyIterator) for (let x = it.$next(); x !== undefined; x = it.$next()) out.push(x);
  return new PyList(out);
}

/** Runs one case on the runtime; returns the repr (or "!Type: message"). */
export function runCase(c: Case, formatValue: (v: any, spec: string) => string): string {
  try {
    let r: any;
    switch (c.k) {
      case 'm': {
        const self = dec(c.self);
        r = callWithKw(method(self, c.m), [self, ...(c.args ?? []).map(dec)], kwOf(c.kw));
        if (c.post === 'list') r = listOf(r);
        break;
      }
      case 's': {
        const t = TYPES[c.t];
        const x = t.dict[c.m];
        const args = (c.args ?? []).map(dec);
        if (x instanceof PyStaticMethod) r = call(x.func, args);
        else if (x instanceof PyClassMethod) r = call(x.func, [t, ...args]);
        else throw new Error('not static');
        break;
      }
      case 'fmt':
        r = formatValue(dec(c.v), c.spec);
        break;
      case 'mod':
        r = O.mod(dec(c.fmt), dec(c.args));
        break;
      case 'call':
        r = callWithKw(TYPES[c.t], (c.args ?? []).map(dec), kwOf(c.kw));
        break;
      case 'op':
        r = BINOPS[c.op](dec(c.a), dec(c.b));
        break;
      case 'seq': {
        const o = dec(c.init);
        const res = c.ops.map(([m, a]) => callWithKw(method(o, m), [o, ...a.map(dec)], null));
        r = new PyTuple([new PyList(res), o]);
        break;
      }
    }
    return pyRepr(r);
  } catch (e) {
    if (e instanceof PyBaseException) return excText(e);
    return '!JS ' + String((e as any)?.stack ?? e);
  }
}

/** Short label for a case (for failure messages). */
export function label(c: Case): string {
  return JSON.stringify(c);
}

export { intType, PyBuiltin };
