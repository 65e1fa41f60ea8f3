// The Python-facing `re` module (CPython 3.11): compile/search/match/fullmatch/split/findall/finditer/sub/subn/
// escape/purge/template, the flags (re.RegexFlag, an int subclass whose members print as `re.IGNORECASE`),
// re.error, re.Pattern, re.Match and re.Scanner, over the regex engine in engine.ts. Compiled patterns are
// cached per VM by (kind of pattern, pattern, flags) like re._compile (at most 512, oldest dropped first).
// Not implemented: the output of re.DEBUG (such patterns compile normally and are not cached) and the
// DeprecationWarning of re.template / re.TEMPLATE.
import { None, NotImplemented, PyObject, PyType, TypeFlags, makeBuiltinType, objectType, newAttrBag } from '../../runtime/object.js';
import { PyBoxed, PyBytes, PyList, PyTuple, intType, bytesType } from '../../runtime/types.js';
import { typeErr, valueErr } from '../../runtime/exceptions.js';
import { defMethod, defMethodKw, defStatic, nativeKw } from '../../runtime/natives.js';
import { PyGetSet } from '../../runtime/function.js';
import type { Kw } from '../../runtime/function.js';
import { typeOf } from '../../runtime/typeof.js';
import { hash, repr } from '../../runtime/convert.js';
import { call1, call2 } from '../../runtime/call.js';
import { getitem } from '../../runtime/items.js';
import { toArray } from '../../runtime/iteration.js';
import { callable } from '../builtins/functions.js';
import type { ModuleDef, PyModule } from '../../runtime/module.js';
import { escape as escapeStr } from './engine';
import {
  PyMatch,
  bindArgs,
  guard,
  installMatchType,
  latin1Of,
  matchType,
  reErrorType,
  strOf,
  subject,
  toBytes,
} from './match-type.js';
import {
  PyPattern,
  compilePattern,
  installPatternType,
  patFindall,
  patFinditer,
  patMatch,
  patSplit,
  patSubn,
  patternType,
} from './pattern-type.js';

// ---------------------------------------------------------------------------------------------------------------
// flags: re.RegexFlag

export const regexFlagType = makeBuiltinType('RegexFlag', intType, undefined, TypeFlags.None);
regexFlagType.module = 're';

/** members in definition order (the order CPython's repr lists them in) */
const FLAG_MEMBERS: [string, string | null, number][] = [
  ['ASCII', 'A', 256],
  ['IGNORECASE', 'I', 2],
  ['LOCALE', 'L', 4],
  ['UNICODE', 'U', 32],
  ['MULTILINE', 'M', 8],
  ['DOTALL', 'S', 16],
  ['VERBOSE', 'X', 64],
  ['TEMPLATE', 'T', 1],
  ['DEBUG', null, 128],
];
const ALL_FLAGS = 511;
const SRE_FLAG_TEMPLATE = 1;
const SRE_FLAG_DEBUG = 128;

const members = new Map<number, PyBoxed>();

function flag(v: number): PyBoxed {
  return members.get(v) ?? new PyBoxed(regexFlagType, v);
}

/** the int inside an int-like value (int, bool, int subclass instance), else undefined */
function intOf(x: any): number | bigint | undefined {
  if (typeof x === 'number') return Number.isInteger(x) ? x : undefined;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return x;
  if (x instanceof PyBoxed && (typeof x.v === 'number' || typeof x.v === 'bigint') && typeOf(x).isSubtypeOf(intType)) return x.v;
  return undefined;
}

function flagNames(v: number): string[] {
  const out: string[] = [];
  for (const [name, , bit] of FLAG_MEMBERS) if (v & bit) out.push(name);
  return out;
}

function flagRepr(v: number): string {
  if (v === 0) return 're.NOFLAG';
  const names = flagNames(v).map((n) => 're.' + n);
  const rest = v & ~ALL_FLAGS;
  if (names.length === 0) return `re.RegexFlag(${v})`;
  if (rest) names.push('0x' + rest.toString(16));
  return names.join('|');
}

function flagSelf(x: any): number {
  const v = intOf(x);
  if (v === undefined || typeof v === 'bigint') throw typeErr(`descriptor requires a 're.RegexFlag' object but received a '${typeOf(x).name}'`);
  return v;
}

/** a small non-negative int operand of a flag operation, else undefined */
function flagOperand(x: any): number | undefined {
  const v = intOf(x);
  return typeof v === 'number' && v >= 0 && v <= 0x7fffffff ? v : undefined;
}

function installRegexFlag(): void {
  const t = regexFlagType;
  for (const [name, short, v] of FLAG_MEMBERS) {
    const m = new PyBoxed(t, v);
    members.set(v, m);
    t.dict[name] = m;
    if (short) t.dict[short] = m;
  }
  const none = new PyBoxed(t, 0);
  members.set(0, none);
  t.dict.NOFLAG = none;
  defStatic(t, '__new__', (cls: PyType, value: any) => {
    const v = flagOperand(value);
    if (v === undefined) throw valueErr(`${repr(value)} is not a valid ${cls.name}`);
    return flag(v);
  });
  defMethod(t, '__repr__', (x: any) => flagRepr(flagSelf(x)));
  defMethod(t, '__str__', (x: any) => flagRepr(flagSelf(x)));
  defMethod(t, '__format__', (x: any, spec: any) => {
    const v = flagSelf(x);
    if (strOf(spec) === '') return flagRepr(v);
    return call2(intType.dict.__format__, v, spec);
  });
  const bin = (name: string, f: (a: number, b: number) => number) =>
    defMethod(t, name, (x: any, o: any) => {
      const b = flagOperand(o);
      return b === undefined ? NotImplemented : flag(f(flagSelf(x), b));
    });
  bin('__or__', (a, b) => a | b);
  bin('__ror__', (a, b) => a | b);
  bin('__and__', (a, b) => a & b);
  bin('__rand__', (a, b) => a & b);
  bin('__xor__', (a, b) => a ^ b);
  bin('__rxor__', (a, b) => a ^ b);
  defMethod(t, '__invert__', (x: any) => flag(~flagSelf(x) & ALL_FLAGS));
  t.dict.name = new PyGetSet('name', (x: any) => {
    const v = flagSelf(x);
    if (v === 0) return 'NOFLAG';
    if (v & ~ALL_FLAGS) return None;
    return flagNames(v).join('|');
  });
  t.dict.value = new PyGetSet('value', (x: any) => flagSelf(x));
  defMethod(t, '__reduce__', (x: any) => new PyTuple([t, new PyTuple([flagSelf(x)])]));
}

/** the flags argument as an int (CPython evaluates `flags & re.T`, hence the message) */
function flagsValue(x: any): number {
  if (x === undefined) return 0;
  const v = intOf(x);
  if (v === undefined) throw typeErr(`unsupported operand type(s) for &: '${typeOf(x).name}' and 'RegexFlag'`);
  return Number(v);
}

// ---------------------------------------------------------------------------------------------------------------
// re.Scanner (the experimental lexical scanner of re/__init__.py)

class PyLexScanner extends PyObject {
  /** group number -> index in the lexicon */
  groupToLex: number[] = [];
  pattern: PyPattern | undefined;
}
const lexScannerType = makeBuiltinType('Scanner', objectType, PyLexScanner, TypeFlags.BaseType | TypeFlags.HasDict);
lexScannerType.module = 're';
lexScannerType.alloc = (cls: PyType) => {
  const o = new PyLexScanner();
  o.$cls = cls;
  o.$d = newAttrBag();
  return o;
};

function installLexScanner(): void {
  const t = lexScannerType;
  defMethodKw(t, '__init__', (args: any[], kw: Kw) => {
    const self = args[0] as PyLexScanner;
    const [lexicon, flagsArg] = bindArgs('__init__', args.slice(1), kw, ['lexicon', 'flags'], 1, 'py');
    const flags = flagsValue(flagsArg);
    self.$d!.lexicon = lexicon;
    const sep = flags & 64 ? '\n)' : ')';
    let src = '';
    let isBytes = false;
    let g = 1;
    const map: number[] = [];
    toArray(lexicon).forEach((entry, k) => {
      const phrase = getitem(entry, 0);
      const p = compilePattern(phrase, flags);
      isBytes = p.isBytes;
      map[g] = k;
      g += 1 + p.rx.groups;
      src += (k ? '|(' : '(') + (isBytes ? latin1Of(phrase)! : strOf(phrase)!) + sep;
    });
    self.groupToLex = map;
    self.pattern = compilePattern(isBytes ? toBytes(src) : src, flags);
    self.$d!.scanner = self.pattern;
    return None;
  });
  defMethod(t, 'scan', (self: PyLexScanner, string: any) => {
    const p = self.pattern;
    if (p === undefined) throw typeErr('Scanner object is not initialised');
    const subj = subject(string, p.isBytes);
    const sc = p.rx.scanner(subj.s);
    const out: any[] = [];
    let i = 0;
    for (;;) {
      const r = guard(p.isBytes, () => sc.match());
      if (r === null) break;
      const j = r.end(0);
      if (i === j) break;
      let action = getitem(getitem(self.$d!.lexicon, self.groupToLex[r.lastindex] ?? r.lastindex - 1), 1);
      if (callable(action)) {
        const m = new PyMatch(p, subj, r);
        self.$d!.match = m;
        action = call2(action, self, subj.wrap(r.group(0)));
      }
      if (action !== None) out.push(action);
      i = j;
    }
    return new PyTuple([new PyList(out), subj.wrap(subj.s.slice(i))]);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// the module

let installed = false;

function installTypes(): void {
  if (installed) return;
  installed = true;
  installMatchType();
  installPatternType();
  installRegexFlag();
  installLexScanner();
}

const MAXCACHE = 512;

export const reModule: ModuleDef = {
  name: 're',
  init(mod: PyModule) {
    installTypes();
    const d = mod.$d!;
    const cache = new Map<string, PyPattern>();

    /** re._compile */
    const compile = (pattern: any, flagsArg: any): PyPattern => {
      if (pattern instanceof PyPattern) {
        if (flagsValue(flagsArg)) throw valueErr('cannot process flags argument with a compiled pattern');
        return pattern;
      }
      const flags = flagsValue(flagsArg);
      let key: string | undefined;
      if (typeof pattern === 'string') key = 's' + flags + ':' + pattern;
      else if (pattern instanceof PyBytes && pattern.$cls === bytesType) key = 'b' + flags + ':' + latin1Of(pattern)!;
      else hash(pattern); // unhashable patterns fail the cache lookup first, as in CPython
      if (key !== undefined) {
        const hit = cache.get(key);
        if (hit !== undefined) return hit;
      }
      const p = compilePattern(pattern, flags);
      if (key !== undefined && !(flags & SRE_FLAG_DEBUG)) {
        if (cache.size >= MAXCACHE) cache.delete(cache.keys().next().value!);
        cache.set(key, p);
      }
      return p;
    };

    const def = (name: string, params: string[], required: number, f: (a: any[]) => any) => {
      const b = nativeKw(name, (args: any[], kw: Kw) => f(bindArgs(name, args, kw, params, required, 'py')));
      b.qualname = name;
      d[name] = b;
    };
    for (const kind of ['match', 'fullmatch', 'search'] as const)
      def(kind, ['pattern', 'string', 'flags'], 2, ([p, s, f]) => patMatch(compile(p, f), kind, s));
    def('sub', ['pattern', 'repl', 'string', 'count', 'flags'], 3, ([p, r, s, c, f]) => patSubn(compile(p, f), r, s, c)[0]);
    def('subn', ['pattern', 'repl', 'string', 'count', 'flags'], 3, ([p, r, s, c, f]) => new PyTuple(patSubn(compile(p, f), r, s, c)));
    def('split', ['pattern', 'string', 'maxsplit', 'flags'], 2, ([p, s, n, f]) => patSplit(compile(p, f), s, n));
    def('findall', ['pattern', 'string', 'flags'], 2, ([p, s, f]) => patFindall(compile(p, f), s));
    def('finditer', ['pattern', 'string', 'flags'], 2, ([p, s, f]) => patFinditer(compile(p, f), s));
    def('compile', ['pattern', 'flags'], 1, ([p, f]) => compile(p, f));
    def('_compile', ['pattern', 'flags'], 2, ([p, f]) => compile(p, f));
    def('template', ['pattern', 'flags'], 1, ([p, f]) => compile(p, flagsValue(f) | SRE_FLAG_TEMPLATE));
    def('purge', [], 0, () => {
      cache.clear();
      return None;
    });
    def('escape', ['pattern'], 1, ([p]) => {
      const s = strOf(p);
      if (s !== undefined) return escapeStr(s);
      const b = latin1Of(p);
      if (b === undefined) throw typeErr(`decoding to str: need a bytes-like object, ${typeOf(p).name} found`);
      return toBytes(escapeStr(b));
    });

    for (const [name, short, v] of FLAG_MEMBERS) {
      d[name] = members.get(v);
      if (short) d[short] = members.get(v);
    }
    d.NOFLAG = members.get(0);
    d.RegexFlag = regexFlagType;
    d.error = reErrorType;
    d.Pattern = patternType;
    d.Match = matchType;
    d.Scanner = lexScannerType;
    d.__version__ = '2.2.1';
    d.__all__ = new PyList(
      ('match fullmatch search sub subn split findall finditer compile purge template escape error Pattern Match ' +
        'A I L M S X U ASCII IGNORECASE LOCALE MULTILINE DOTALL VERBOSE UNICODE NOFLAG RegexFlag').split(' '),
    );
    void call1;
  },
};
