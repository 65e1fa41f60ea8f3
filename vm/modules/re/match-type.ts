// The `re` module's shared glue: subjects (str / bytes-like values seen as JS strings, with code-point <-> UTF-16
// index conversion), argument parsing with CPython's messages, `re.error` and the mapping of engine errors, and
// the `re.Match` type. The Pattern type is in pattern-type.ts, the module itself in index.ts.
import { None, PyObject, PyType, TypeFlags, makeBuiltinType, objectType, newAttrBag } from '../../runtime/object.js';
import { PyBoxed, PyBytes, PyByteArray, PyTuple, PyDict } from '../../runtime/types.js';
import { PyBaseException, Exception, exc, exceptionTypes, typeErr, indexErr, overflowErr } from '../../runtime/exceptions.js';
import { defMethod, defMethodKw, defStatic } from '../../runtime/natives.js';
import type { Kw } from '../../runtime/function.js';
import { typeOf } from '../../runtime/typeof.js';
import { repr, str, index } from '../../runtime/convert.js';
import { isIndexable, bytesLiteral } from '../../runtime/builtins/bytes-core.js';
import { readonlyMember, defClassGetItem } from '../../runtime/builtins/container-util.js';
import { IndexMap, MatchResult, ReError } from './engine';
import type { PyPattern } from './pattern-type.js';

// ---------------------------------------------------------------------------------------------------------------
// str / bytes values

/** The JS string of a str value (exact or subclass instance), else undefined. */
export function strOf(x: any): string | undefined {
  if (typeof x === 'string') return x;
  if (x instanceof PyBoxed && typeof x.v === 'string') return x.v;
  return undefined;
}

/** The bytes of a bytes-like value (bytes, bytearray, subclasses), else undefined. */
export function bytesOf(x: any): Uint8Array | undefined {
  if (x instanceof PyBytes) return x.b;
  if (x instanceof PyByteArray) return x.b.subarray(0, x.n);
  if (x instanceof PyBoxed) {
    const v = x.v;
    if (v instanceof PyBytes) return v.b;
    if (v instanceof Uint8Array) return v;
  }
  return undefined;
}

const latinCache = new WeakMap<PyBytes, string>();

/** bytes as a latin-1 string (one char per byte) */
export function latin1(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 8192) out += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

/** latin-1 string of a bytes-like value (cached for immutable bytes objects) */
export function latin1Of(x: any): string | undefined {
  if (x instanceof PyBytes) {
    let s = latinCache.get(x);
    if (s === undefined) {
      s = latin1(x.b);
      latinCache.set(x, s);
    }
    return s;
  }
  const b = bytesOf(x);
  return b === undefined ? undefined : latin1(b);
}

/** latin-1 string -> bytes object */
export function toBytes(s: string): PyBytes {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return new PyBytes(b);
}

let lastMap: IndexMap | undefined;

/** IndexMap of a string (the last one is reused: loops over one subject build it once) */
function indexMap(s: string): IndexMap {
  if (lastMap === undefined || lastMap.s !== s) lastMap = new IndexMap(s);
  return lastMap;
}

/** A subject string: the Python object, its JS string (latin-1 for bytes) and index conversion. */
export class Subject {
  private m: IndexMap | undefined;
  constructor(
    readonly orig: any,
    readonly s: string,
    readonly isBytes: boolean,
  ) {}

  private get map(): IndexMap {
    return (this.m ??= indexMap(this.s));
  }
  /** JS index -> Python index (-1 stays -1) */
  toCp(js: number): number {
    if (this.isBytes || js < 0) return js;
    return this.map.toCp(js);
  }
  /** Python index -> JS index, clamped to [0, len] */
  toJs(cp: number): number {
    if (cp <= 0) return 0;
    if (this.isBytes) return Math.min(cp, this.s.length);
    return this.map.toJs(cp);
  }
  /** a JS substring (or undefined = None) as a Python value of the subject's kind */
  wrap(t: string | undefined): any {
    if (t === undefined) return None;
    return this.isBytes ? toBytes(t) : t;
  }
}

/** Converts a subject argument, checking it against the pattern's kind. */
export function subject(x: any, patBytes: boolean): Subject {
  const s = strOf(x);
  if (s !== undefined) {
    if (patBytes) throw typeErr('cannot use a bytes pattern on a string-like object');
    return new Subject(x, s, false);
  }
  const b = latin1Of(x);
  if (b !== undefined) {
    if (!patBytes) throw typeErr('cannot use a string pattern on a bytes-like object');
    return new Subject(x, b, true);
  }
  throw typeErr(`expected string or bytes-like object, got '${typeOf(x).name}'`);
}

/** repr() truncated to n code points (CPython's %.<n>R) */
export function reprTrunc(x: any, n: number): string {
  const r = typeof x === 'string' ? repr(x) : x instanceof PyBytes ? bytesLiteral(x.b) : repr(x);
  if (r.length <= n) return r;
  return Array.from(r).slice(0, n).join('');
}

// ---------------------------------------------------------------------------------------------------------------
// integer arguments

const SSIZE_MAX = 9223372036854775807n;

/** A Py_ssize_t argument (pos, endpos, count, maxsplit), clamped to the safe JS range. */
export function ssizeArg(x: any): number {
  const v = index(x);
  if (typeof v === 'number') return v;
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) throw overflowErr('Python int too large to convert to C ssize_t');
  return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

// ---------------------------------------------------------------------------------------------------------------
// argument parsing with CPython's messages

/**
 * Binds positional and keyword arguments to `names` (the first `required` are mandatory); missing optional
 * ones are undefined. style 'c': messages of Argument-Clinic methods (Pattern.search...); 'py': of Python
 * functions (re.search...).
 */
export function bindArgs(fname: string, args: any[], kw: Kw, names: string[], required: number, style: 'c' | 'py'): any[] {
  const n = args.length;
  let nkw = 0;
  if (kw !== null) for (const _ in kw) nkw++;
  if (style === 'c') {
    if (n + nkw > names.length)
      throw typeErr(`${fname}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${n + nkw} given)`);
  } else if (n > names.length) {
    const takes =
      required === names.length
        ? `${required} positional argument${required === 1 ? '' : 's'}`
        : `from ${required} to ${names.length} positional arguments`;
    throw typeErr(`${fname}() takes ${takes} but ${n} ${n === 1 ? 'was' : 'were'} given`);
  }
  const out = args.slice(0, names.length);
  while (out.length < names.length) out.push(undefined);
  if (kw !== null) {
    for (const k in kw) {
      const i = names.indexOf(k);
      if (i < 0) {
        if (style === 'c') throw typeErr(`'${k}' is an invalid keyword argument for ${fname}()`);
        throw typeErr(`${fname}() got an unexpected keyword argument '${k}'`);
      }
      if (i < n) {
        if (style === 'c') throw typeErr(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
        throw typeErr(`${fname}() got multiple values for argument '${k}'`);
      }
      out[i] = kw[k];
    }
  }
  const missing: string[] = [];
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      if (style === 'c') throw typeErr(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      missing.push(`'${names[i]}'`);
    }
  }
  if (missing.length) {
    const list = missing.length === 1 ? missing[0] : missing.slice(0, -1).join(', ') + ' and ' + missing[missing.length - 1];
    throw typeErr(`${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// re.error

export const reErrorType = makeBuiltinType('error', Exception, PyBaseException, TypeFlags.BaseType | TypeFlags.HasDict);
reErrorType.module = 're';

/** re.error.__init__(msg, pattern=None, pos=None), as CPython's re._constants.error */
function initError(self: PyBaseException, msg: any, pattern: any, pos: any): void {
  const d = self.$d!;
  d.msg = msg;
  d.pattern = pattern;
  d.pos = pos;
  let full = msg;
  if (pattern !== None && pos !== None) {
    const p = Number(index(pos));
    full = `${str(msg)} at position ${p}`;
    let text = strOf(pattern);
    if (text === undefined) text = latin1Of(pattern);
    if (text === undefined) throw typeErr(`expected string or bytes-like object, got '${typeOf(pattern).name}'`);
    const cps = Array.from(text);
    let n = 0;
    let last = -1;
    for (let i = 0; i < p && i < cps.length; i++) {
      if (cps[i] === '\n') {
        n++;
        last = i;
      }
    }
    d.lineno = n + 1;
    d.colno = p - last;
    if (text.includes('\n')) full = `${full} (line ${d.lineno}, column ${d.colno})`;
  } else {
    d.lineno = None;
    d.colno = None;
  }
  self.args = new PyTuple([full]);
}

/** Converts an engine ReError to the Python exception it names. */
export function pyError(e: ReError, isBytes: boolean): PyBaseException {
  if (e.kind !== 'error') return exc(exceptionTypes[e.kind] ?? exceptionTypes.ValueError, e.message);
  const x = new PyBaseException(reErrorType, [e.message]);
  const d = x.$d!;
  d.msg = e.msg;
  d.pattern = e.pattern === null ? None : isBytes ? toBytes(e.pattern) : e.pattern;
  d.pos = e.pos ?? None;
  d.lineno = e.lineno ?? None;
  d.colno = e.colno ?? None;
  return x;
}

/** Runs f, turning engine errors into Python exceptions. */
export function guard<T>(isBytes: boolean, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ReError) throw pyError(e, isBytes);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// re.Match

export class PyMatch extends PyObject {
  constructor(
    readonly pat: PyPattern,
    readonly subj: Subject,
    readonly r: MatchResult,
  ) {
    super();
  }
}
export const matchType = makeBuiltinType('Match', objectType, PyMatch, TypeFlags.None);
matchType.module = 're';

function self(x: any, name: string): PyMatch {
  if (x instanceof PyMatch) return x;
  throw typeErr(`descriptor '${name}' for 're.Match' objects doesn't apply to a '${typeOf(x).name}' object`);
}

/** match_getindex: a group number or name -> number; IndexError "no such group" */
function groupIndex(m: PyMatch, g: any): number {
  let i = -1;
  if (typeof g === 'number') i = Number.isInteger(g) ? g : -1;
  else if (typeof g === 'boolean') i = g ? 1 : 0;
  else if (typeof g !== 'bigint') {
    const name = strOf(g);
    if (name !== undefined) i = m.pat.rx.groupindex.get(name) ?? -1;
    else if (isIndexable(g)) {
      const v = index(g);
      i = typeof v === 'number' ? v : -1;
    }
  }
  if (i < 0 || i > m.pat.rx.groups) throw indexErr('no such group');
  return i;
}

function groupValue(m: PyMatch, g: number, dflt: any = None): any {
  const t = m.r.group(g);
  return t === undefined ? dflt : m.subj.wrap(t);
}

function span(m: PyMatch, g: number): PyTuple {
  return new PyTuple([m.subj.toCp(m.r.start(g)), m.subj.toCp(m.r.end(g))]);
}

/** Match.expand / template checks: the template as a JS string of the pattern's kind */
export function templateOf(t: any, isBytes: boolean): string {
  const s = strOf(t);
  if (s !== undefined) {
    if (isBytes) throw typeErr('sequence item 0: expected a bytes-like object, str found');
    return s;
  }
  const b = latin1Of(t);
  if (b !== undefined) {
    if (!isBytes) throw typeErr(`sequence item 0: expected str instance, ${typeOf(t).name} found`);
    return b;
  }
  throw typeErr(`decoding to str: need a bytes-like object, ${typeOf(t).name} found`);
}

export function installMatchType(): void {
  const t = matchType;
  defStatic(t, '__new__', () => {
    throw typeErr("cannot create 're.Match' instances");
  }, 0, Infinity);
  defMethod(t, '__repr__', (x: any) => {
    const m = self(x, '__repr__');
    return `<re.Match object; span=(${m.subj.toCp(m.r.start(0))}, ${m.subj.toCp(m.r.end(0))}), match=${reprTrunc(groupValue(m, 0), 50)}>`;
  });
  defMethod(t, 'group', (x: any, ...gs: any[]) => {
    const m = self(x, 'group');
    if (gs.length === 0) return groupValue(m, 0);
    if (gs.length === 1) return groupValue(m, groupIndex(m, gs[0]));
    return new PyTuple(gs.map((g) => groupValue(m, groupIndex(m, g))));
  }, 1, Infinity);
  t.dict.group.gen = (args: any[], kw: Kw) => {
    if (kw !== null) for (const _ in kw) throw typeErr('Match.group() takes no keyword arguments');
    return t.dict.group.$fn(...args);
  };
  defMethod(t, '__getitem__', (x: any, g: any) => {
    const m = self(x, '__getitem__');
    return groupValue(m, groupIndex(m, g));
  });
  defMethodKw(t, 'groups', (args, kw) => {
    const m = self(args[0], 'groups');
    const [dflt] = bindArgs('groups', args.slice(1), kw, ['default'], 0, 'c');
    const out: any[] = [];
    for (let g = 1; g <= m.pat.rx.groups; g++) out.push(groupValue(m, g, dflt ?? None));
    return new PyTuple(out);
  });
  defMethodKw(t, 'groupdict', (args, kw) => {
    const m = self(args[0], 'groupdict');
    const [dflt] = bindArgs('groupdict', args.slice(1), kw, ['default'], 0, 'c');
    const d = new PyDict();
    for (const [name, g] of m.pat.rx.groupindex) d.s.set(name, groupValue(m, g, dflt ?? None));
    return d;
  });
  for (const name of ['start', 'end', 'span'] as const) {
    defMethod(t, name, (x: any, g: any = 0) => {
      const m = self(x, name);
      const i = groupIndex(m, g);
      if (name === 'span') return span(m, i);
      return m.subj.toCp(name === 'start' ? m.r.start(i) : m.r.end(i));
    }, 1, 2);
    t.dict[name].gen = (args: any[], kw: Kw) => {
      if (kw !== null) for (const _ in kw) throw typeErr(`Match.${name}() takes no keyword arguments`);
      if (args.length > 2) throw typeErr(`${name} expected at most 1 argument, got ${args.length - 1}`);
      return t.dict[name].$fn(...args);
    };
  }
  defMethodKw(t, 'expand', (args, kw) => {
    const m = self(args[0], 'expand');
    const [tmpl] = bindArgs('expand', args.slice(1), kw, ['template'], 1, 'c');
    const isBytes = m.pat.isBytes;
    return m.subj.wrap(guard(isBytes, () => m.r.expand(templateOf(tmpl, isBytes))));
  });
  defMethod(t, '__copy__', (x: any) => self(x, '__copy__'));
  defMethod(t, '__deepcopy__', (x: any, _memo: any) => self(x, '__deepcopy__'));
  readonlyMember(t, 'string', (x: PyMatch) => x.subj.orig);
  readonlyMember(t, 're', (x: PyMatch) => x.pat);
  readonlyMember(t, 'pos', (x: PyMatch) => x.subj.toCp(x.r.pos));
  readonlyMember(t, 'endpos', (x: PyMatch) => x.subj.toCp(x.r.endpos));
  readonlyMember(t, 'lastindex', (x: PyMatch) => (x.r.lastindex < 0 ? None : x.r.lastindex));
  readonlyMember(t, 'lastgroup', (x: PyMatch) => x.r.lastgroup ?? None);
  readonlyMember(t, 'regs', (x: PyMatch) => {
    const out: PyTuple[] = [];
    for (let g = 0; g <= x.pat.rx.groups; g++) out.push(span(x, g));
    return new PyTuple(out);
  });
  defClassGetItem(t);

  // re.error
  const e = reErrorType;
  defMethodKw(e, '__init__', (args, kw) => {
    const [msg, pattern, pos] = bindArgs('error', args.slice(1), kw, ['msg', 'pattern', 'pos'], 1, 'py');
    initError(args[0] as PyBaseException, msg, pattern ?? None, pos ?? None);
    return None;
  });
  void newAttrBag;
  void PyType;
}
