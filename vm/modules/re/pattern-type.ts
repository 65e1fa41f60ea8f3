// `re.Pattern` (compiled patterns), `_sre.SRE_Scanner` (Pattern.scanner) and the iterator of finditer, over the
// engine's CompiledRegex. The operations are exported as plain functions so that the module-level functions
// (re.search...) call them directly.
import { None, NotImplemented, PyObject, TypeFlags, makeBuiltinType, objectType } from '../../runtime/object.js';
import { PyBytes, PyDict, PyList, PyTuple } from '../../runtime/types.js';
import { typeErr } from '../../runtime/exceptions.js';
import { defMethod, defMethodKw, defStatic } from '../../runtime/natives.js';
import type { Kw } from '../../runtime/function.js';
import { typeOf } from '../../runtime/typeof.js';
import { hash } from '../../runtime/convert.js';
import { call1 } from '../../runtime/call.js';
import { PyIterator, iteratorType } from '../../runtime/iteration.js';
import { readonlyMember, defClassGetItem } from '../../runtime/builtins/container-util.js';
import { callable } from '../builtins/functions.js';
import { unicodeNames } from '../../compiler/unicode-name-hook.js';
import { CompiledRegex, MatchResult, Scanner } from './engine';
import {
  PyMatch,
  Subject,
  bindArgs,
  guard,
  latin1Of,
  reprTrunc,
  ssizeArg,
  strOf,
  subject,
} from './match-type.js';

const lookupName = (name: string): number | undefined => {
  const cp = unicodeNames.lookup!(name);
  return cp < 0 ? undefined : cp;
};

export class PyPattern extends PyObject {
  constructor(
    readonly rx: CompiledRegex,
    /** the pattern as given (str or bytes object) */
    readonly orig: any,
    readonly isBytes: boolean,
  ) {
    super();
  }
}
export const patternType = makeBuiltinType('Pattern', objectType, PyPattern, TypeFlags.None);
patternType.module = 're';

/** Compiles a str or bytes pattern (no cache); TypeError for anything else. */
export function compilePattern(pattern: any, flags: number): PyPattern {
  const s = strOf(pattern);
  if (s !== undefined) return new PyPattern(guard(false, () => new CompiledRegex(s, flags, { lookupName: unicodeNames.lookup === null ? undefined : lookupName })), pattern, false);
  if (pattern instanceof PyBytes) {
    const b = latin1Of(pattern)!;
    return new PyPattern(guard(true, () => new CompiledRegex(b, flags, { bytes: true })), pattern, true);
  }
  throw typeErr('first argument must be string or compiled pattern');
}

function selfPat(x: any, name: string): PyPattern {
  if (x instanceof PyPattern) return x;
  throw typeErr(`descriptor '${name}' for 're.Pattern' objects doesn't apply to a '${typeOf(x).name}' object`);
}

// ---------------------------------------------------------------------------------------------------------------
// operations

export type Kind = 'search' | 'match' | 'fullmatch';

/** subject + JS pos/endpos (undefined = default) */
function prep(p: PyPattern, string: any, pos: any, endpos: any): [Subject, number | undefined, number | undefined] {
  const pi = pos === undefined ? undefined : ssizeArg(pos);
  const ei = endpos === undefined ? undefined : ssizeArg(endpos);
  const subj = subject(string, p.isBytes);
  return [subj, pi === undefined ? undefined : subj.toJs(pi), ei === undefined ? undefined : subj.toJs(ei)];
}

export function patMatch(p: PyPattern, kind: Kind, string: any, pos?: any, endpos?: any): any {
  const [subj, a, b] = prep(p, string, pos, endpos);
  const r = guard(p.isBytes, () =>
    kind === 'search' ? p.rx.search(subj.s, a, b) : kind === 'match' ? p.rx.match(subj.s, a, b) : p.rx.fullmatch(subj.s, a, b),
  );
  return r === null ? None : new PyMatch(p, subj, r);
}

export function patFindall(p: PyPattern, string: any, pos?: any, endpos?: any): PyList {
  const [subj, a, b] = prep(p, string, pos, endpos);
  const items = guard(p.isBytes, () => p.rx.findall(subj.s, a, b));
  const out = new Array<any>(items.length);
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    out[i] = typeof it === 'string' ? subj.wrap(it) : new PyTuple(it.map((x) => subj.wrap(x)));
  }
  return new PyList(out);
}

/** the iterator returned by finditer (CPython: callable_iterator over scanner.search) */
export class ReIter extends PyIterator {
  constructor(
    readonly p: PyPattern,
    readonly subj: Subject,
    readonly sc: Scanner,
  ) {
    super();
  }
  $next(): any {
    const r = guard(this.p.isBytes, () => this.sc.search());
    return r === null ? undefined : new PyMatch(this.p, this.subj, r);
  }
}
export const callableIterType = makeBuiltinType('callable_iterator', iteratorType, ReIter, TypeFlags.None);

export function patFinditer(p: PyPattern, string: any, pos?: any, endpos?: any): ReIter {
  const [subj, a, b] = prep(p, string, pos, endpos);
  return new ReIter(p, subj, p.rx.scanner(subj.s, a, b));
}

/** Pattern.scanner() objects */
export class PyScanner extends PyObject {
  constructor(
    readonly p: PyPattern,
    readonly subj: Subject,
    readonly sc: Scanner,
  ) {
    super();
  }
}
export const scannerType = makeBuiltinType('SRE_Scanner', objectType, PyScanner, TypeFlags.None);
scannerType.module = '_sre';

export function patScanner(p: PyPattern, string: any, pos?: any, endpos?: any): PyScanner {
  const [subj, a, b] = prep(p, string, pos, endpos);
  return new PyScanner(p, subj, p.rx.scanner(subj.s, a, b));
}

export function patSplit(p: PyPattern, string: any, maxsplit?: any): PyList {
  const n = maxsplit === undefined ? 0 : ssizeArg(maxsplit);
  const subj = subject(string, p.isBytes);
  const parts = guard(p.isBytes, () => p.rx.split(subj.s, n));
  return new PyList(parts.map((x) => subj.wrap(x)));
}

export function patSubn(p: PyPattern, repl: any, string: any, count?: any): [any, number] {
  const n = count === undefined ? 0 : ssizeArg(count);
  const subj = subject(string, p.isBytes);
  const isBytes = p.isBytes;
  const asPiece = (x: any): string | undefined => (isBytes ? latin1Of(x) : strOf(x));
  const fn = callable(repl);
  if (!fn) {
    const lit = asPiece(repl);
    if (lit !== undefined) {
      const [s, k] = guard(isBytes, () => p.rx.subn(lit, subj.s, n));
      return [subj.wrap(s), k];
    }
    // a string of the other kind is used as is, and fails when the pieces are joined (if anything matched)
    if ((isBytes ? strOf(repl) : latin1Of(repl)) === undefined)
      throw typeErr(`decoding to str: need a bytes-like object, ${typeOf(repl).name} found`);
  }
  // callable (or mistyped) replacement: CPython collects the pieces in a list and joins them at the end, so
  // a piece of the wrong type raises after all calls, naming its index in that list
  let pieces = 0;
  let last = 0;
  let bad: string | null = null;
  let badIdx = 0;
  const cb = (m: MatchResult): string => {
    if (m.start(0) > last) pieces++;
    last = m.end(0);
    const item = fn ? call1(repl, new PyMatch(p, subj, m)) : repl;
    if (item === None) return '';
    const v = asPiece(item);
    if (v === undefined && bad === null) {
      bad = typeOf(item).name;
      badIdx = pieces;
    }
    pieces++;
    return v ?? '';
  };
  const [s, k] = guard(isBytes, () => p.rx.subn(cb, subj.s, n));
  if (bad !== null)
    throw typeErr(
      isBytes
        ? `sequence item ${badIdx}: expected a bytes-like object, ${bad} found`
        : `sequence item ${badIdx}: expected str instance, ${bad} found`,
    );
  return [subj.wrap(s), k];
}

// ---------------------------------------------------------------------------------------------------------------
// repr

const FLAG_NAMES: [string, number][] = [
  ['re.TEMPLATE', 1],
  ['re.IGNORECASE', 2],
  ['re.LOCALE', 4],
  ['re.MULTILINE', 8],
  ['re.DOTALL', 16],
  ['re.UNICODE', 32],
  ['re.VERBOSE', 64],
  ['re.DEBUG', 128],
  ['re.ASCII', 256],
];

export function patternRepr(p: PyPattern): string {
  let flags = p.rx.flags;
  if (!p.isBytes && (flags & (4 | 32 | 256)) === 32) flags &= ~32;
  const items: string[] = [];
  for (const [name, v] of FLAG_NAMES) {
    if (flags & v) {
      items.push(name);
      flags &= ~v;
    }
  }
  if (flags) items.push('0x' + flags.toString(16));
  const pat = reprTrunc(p.orig, 200);
  return items.length ? `re.compile(${pat}, ${items.join('|')})` : `re.compile(${pat})`;
}

// ---------------------------------------------------------------------------------------------------------------
// installing the types

const RANGE_ARGS = ['string', 'pos', 'endpos'];

export function installPatternType(): void {
  const t = patternType;
  defStatic(t, '__new__', () => {
    throw typeErr("cannot create 're.Pattern' instances");
  }, 0, Infinity);
  defMethod(t, '__repr__', (x: any) => patternRepr(selfPat(x, '__repr__')));
  for (const kind of ['search', 'match', 'fullmatch'] as const) {
    defMethodKw(t, kind, (args: any[], kw: Kw) => {
      const p = selfPat(args[0], kind);
      const [s, pos, endpos] = bindArgs(kind, args.slice(1), kw, RANGE_ARGS, 1, 'c');
      return patMatch(p, kind, s, pos, endpos);
    });
  }
  defMethodKw(t, 'findall', (args: any[], kw: Kw) => {
    const p = selfPat(args[0], 'findall');
    const [s, pos, endpos] = bindArgs('findall', args.slice(1), kw, RANGE_ARGS, 1, 'c');
    return patFindall(p, s, pos, endpos);
  });
  defMethodKw(t, 'finditer', (args: any[], kw: Kw) => {
    const p = selfPat(args[0], 'finditer');
    const [s, pos, endpos] = bindArgs('finditer', args.slice(1), kw, RANGE_ARGS, 1, 'c');
    return patFinditer(p, s, pos, endpos);
  });
  defMethodKw(t, 'scanner', (args: any[], kw: Kw) => {
    const p = selfPat(args[0], 'scanner');
    const [s, pos, endpos] = bindArgs('scanner', args.slice(1), kw, RANGE_ARGS, 1, 'c');
    return patScanner(p, s, pos, endpos);
  });
  defMethodKw(t, 'split', (args: any[], kw: Kw) => {
    const p = selfPat(args[0], 'split');
    const [s, maxsplit] = bindArgs('split', args.slice(1), kw, ['string', 'maxsplit'], 1, 'c');
    return patSplit(p, s, maxsplit);
  });
  defMethodKw(t, 'sub', (args: any[], kw: Kw) => {
    const p = selfPat(args[0], 'sub');
    const [repl, s, count] = bindArgs('sub', args.slice(1), kw, ['repl', 'string', 'count'], 2, 'c');
    return patSubn(p, repl, s, count)[0];
  });
  defMethodKw(t, 'subn', (args: any[], kw: Kw) => {
    const p = selfPat(args[0], 'subn');
    const [repl, s, count] = bindArgs('subn', args.slice(1), kw, ['repl', 'string', 'count'], 2, 'c');
    return new PyTuple(patSubn(p, repl, s, count));
  });
  defMethod(t, '__eq__', (x: any, o: any) => {
    const p = selfPat(x, '__eq__');
    if (!(o instanceof PyPattern)) return NotImplemented;
    return p === o || (p.isBytes === o.isBytes && p.rx.flags === o.rx.flags && p.rx.pattern === o.rx.pattern);
  });
  defMethod(t, '__ne__', (x: any, o: any) => {
    const p = selfPat(x, '__ne__');
    if (!(o instanceof PyPattern)) return NotImplemented;
    return !(p === o || (p.isBytes === o.isBytes && p.rx.flags === o.rx.flags && p.rx.pattern === o.rx.pattern));
  });
  defMethod(t, '__hash__', (x: any) => {
    const p = selfPat(x, '__hash__');
    const h = Number(hash(p.orig)) ^ (p.rx.flags * 1000003);
    return h === -1 ? -2 : h;
  });
  defMethod(t, '__copy__', (x: any) => selfPat(x, '__copy__'));
  defMethod(t, '__deepcopy__', (x: any, _memo: any) => selfPat(x, '__deepcopy__'));
  readonlyMember(t, 'pattern', (p: PyPattern) => p.orig);
  readonlyMember(t, 'flags', (p: PyPattern) => p.rx.flags);
  readonlyMember(t, 'groups', (p: PyPattern) => p.rx.groups);
  readonlyMember(t, 'groupindex', (p: PyPattern) => {
    const d = new PyDict();
    for (const [name, g] of p.rx.groupindex) d.s.set(name, g);
    return d;
  });
  defClassGetItem(t);

  const s = scannerType;
  defMethod(s, 'match', (x: PyScanner) => {
    const r = guard(x.p.isBytes, () => x.sc.match());
    return r === null ? None : new PyMatch(x.p, x.subj, r);
  });
  defMethod(s, 'search', (x: PyScanner) => {
    const r = guard(x.p.isBytes, () => x.sc.search());
    return r === null ? None : new PyMatch(x.p, x.subj, r);
  });
  readonlyMember(s, 'pattern', (x: PyScanner) => x.p);
}
