// Python `re` pattern syntax -> (a) a syntax tree with flags resolved per node, and (b) when the semantics can be
// expressed, an equivalent JavaScript RegExp source (always compiled with the `u` flag).
//
// The parser mirrors the structure of CPython 3.11's `re._parser`, so that the same patterns are accepted and the
// same error messages and positions are produced. Positions are counted in code points, like Python's.
//
// Translation notes (Python semantics -> JS):
//   .            -> [^\n]  (JS `.` also excludes \r, \u2028, \u2029)       DOTALL -> [^]
//   ^ (no M), \A -> ^      (no JS `m` flag is ever used)                    ^ with M -> (?<![^\n])
//   $ (no M)     -> (?=\n?$)  (end, or before a final newline)              $ with M -> (?![^\n])      \Z -> $
//   \d \w \s     -> explicit Unicode classes matching CPython's definitions (ASCII classes under re.ASCII)
//   \b \B        -> lookaround pairs over the Python word class
//   (?>X), X*+   -> (?=(X))\N   (lookahead + backreference emulates atomicity)
//   (?i:X)       -> JS has no scoped flags: letters and classes inside are expanded to their case variants
// Patterns whose semantics JS cannot reproduce exactly (conditional groups, backreferences to groups that may be
// unset, capture groups that may not participate in every iteration of a loop, loops over bodies that can match
// the empty string, case-insensitive backreferences inside scoped flags) are reported through
// `Translation.fallback`; the engine then runs them on its own backtracking matcher over the same tree.

import { leftOutMessage, UNICODE_NAMES_OPTION } from '../optional-catalog.js';

export const SRE_FLAG_TEMPLATE = 1;
export const SRE_FLAG_IGNORECASE = 2;
export const SRE_FLAG_LOCALE = 4;
export const SRE_FLAG_MULTILINE = 8;
export const SRE_FLAG_DOTALL = 16;
export const SRE_FLAG_UNICODE = 32;
export const SRE_FLAG_VERBOSE = 64;
export const SRE_FLAG_DEBUG = 128;
export const SRE_FLAG_ASCII = 256;

export const MAXREPEAT = 4294967295;
export const MAXGROUPS = 1073741823;

const TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE;
const GLOBAL_FLAGS = SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE;

export type ReErrorKind = 'error' | 'ValueError' | 'IndexError' | 'OverflowError' | 'NotImplementedError';

/** A pattern/template error. `kind` names the Python exception class the glue should raise ('error' = re.error). */
export class ReError extends Error {
  readonly kind: ReErrorKind;
  /** the message without position information (Python's `err.msg`) */
  readonly msg: string;
  readonly pattern: string | null;
  /** position in code points, or null */
  readonly pos: number | null;
  readonly lineno: number | null;
  readonly colno: number | null;

  constructor(msg: string, pattern: string | null = null, pos: number | null = null, kind: ReErrorKind = 'error') {
    let full = msg;
    let lineno: number | null = null;
    let colno: number | null = null;
    if (pattern !== null && pos !== null) {
      full = `${msg} at position ${pos}`;
      const cps = Array.from(pattern);
      let line = 1;
      let lastNl = -1;
      for (let i = 0; i < pos && i < cps.length; i++) {
        if (cps[i] === '\n') {
          line++;
          lastNl = i;
        }
      }
      lineno = line;
      colno = pos - lastNl;
      if (pattern.includes('\n')) full = `${full} (line ${lineno}, column ${colno})`;
    }
    super(full);
    this.name = 'ReError';
    this.kind = kind;
    this.msg = msg;
    this.pattern = pattern;
    this.pos = pos;
    this.lineno = lineno;
    this.colno = colno;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Python repr() of a str, used in error messages ("unknown group name 'x'")

const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x7f || ch === ' ') out += ch;
    else if (NON_PRINTABLE.test(ch)) {
      if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
      else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
      else out += '\\U' + cp.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

export function isIdentifier(s: string): boolean {
  return /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(s);
}

// ---------------------------------------------------------------------------------------------------------------
// Case folding, as CPython's sre does it: two characters are equal ignoring case when their simple lowercase
// forms are equal, extended by a fixed table of extra equivalences (re._casefix).

const EXTRA_CASES: [number, number[]][] = [
  [0x69, [0x131]], [0x73, [0x17f]], [0xb5, [0x3bc]], [0x131, [0x69]], [0x17f, [0x73]], [0x345, [0x3b9, 0x1fbe]],
  [0x390, [0x1fd3]], [0x3b0, [0x1fe3]], [0x3b2, [0x3d0]], [0x3b5, [0x3f5]], [0x3b8, [0x3d1]], [0x3b9, [0x345, 0x1fbe]],
  [0x3ba, [0x3f0]], [0x3bc, [0xb5]], [0x3c0, [0x3d6]], [0x3c1, [0x3f1]], [0x3c2, [0x3c3]], [0x3c3, [0x3c2]],
  [0x3c6, [0x3d5]], [0x3d0, [0x3b2]], [0x3d1, [0x3b8]], [0x3d5, [0x3c6]], [0x3d6, [0x3c0]], [0x3f0, [0x3ba]],
  [0x3f1, [0x3c1]], [0x3f5, [0x3b5]], [0x432, [0x1c80]], [0x434, [0x1c81]], [0x43e, [0x1c82]], [0x441, [0x1c83]],
  [0x442, [0x1c84, 0x1c85]], [0x44a, [0x1c86]], [0x463, [0x1c87]], [0x1c80, [0x432]], [0x1c81, [0x434]],
  [0x1c82, [0x43e]], [0x1c83, [0x441]], [0x1c84, [0x442, 0x1c85]], [0x1c85, [0x442, 0x1c84]], [0x1c86, [0x44a]],
  [0x1c87, [0x463]], [0x1c88, [0xa64b]], [0x1e61, [0x1e9b]], [0x1e9b, [0x1e61]], [0x1fbe, [0x345, 0x3b9]],
  [0x1fd3, [0x390]], [0x1fe3, [0x3b0]], [0xa64b, [0x1c88]], [0xfb05, [0xfb06]], [0xfb06, [0xfb05]],
];
const FIX_CANON = new Map<number, number>();
for (const [k, v] of EXTRA_CASES) FIX_CANON.set(k, Math.min(k, ...v));

const lowerCache = new Map<number, number>();

/** CPython's simple lowercase: the first code point of the full lowercase mapping. */
export function uniLower(cp: number): number {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
  let r = lowerCache.get(cp);
  if (r === undefined) {
    if (cp >= 0xd800 && cp <= 0xdfff) r = cp;
    else r = String.fromCodePoint(cp).toLowerCase().codePointAt(0)!;
    lowerCache.set(cp, r);
  }
  return r;
}

export function asciiLower(cp: number): number {
  return cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
}

/** Canonical representative of the case-insensitive equivalence class of `cp` (Unicode rules). */
export function uniCanon(cp: number): number {
  const l = uniLower(cp);
  const f = FIX_CANON.get(l);
  return f === undefined ? l : f;
}

let caseClasses: Map<number, number[]> | null = null;

function buildCaseClasses(): Map<number, number[]> {
  const m = new Map<number, number[]>();
  const add = (key: number, cp: number) => {
    let a = m.get(key);
    if (!a) m.set(key, (a = []));
    if (!a.includes(cp)) a.push(cp);
  };
  for (let cp = 0; cp < 0x20000; cp++) {
    if (cp === 0xd800) cp = 0xe000;
    const l = uniLower(cp);
    if (l !== cp || FIX_CANON.has(cp)) {
      const key = uniCanon(cp);
      add(key, cp);
      add(key, l);
    }
  }
  for (const [k, v] of EXTRA_CASES) for (const x of [k, ...v]) add(FIX_CANON.get(k)!, x);
  for (const a of m.values()) a.sort((x, y) => x - y);
  return m;
}

/** All code points equal to `cp` ignoring case (Unicode rules), sorted; includes cp. */
export function uniCaseClass(cp: number): number[] {
  if (!caseClasses) caseClasses = buildCaseClasses();
  const a = caseClasses.get(uniCanon(cp));
  return a && a.includes(cp) ? a : [cp];
}

export function asciiCaseClass(cp: number): number[] {
  if (cp >= 0x41 && cp <= 0x5a) return [cp, cp + 32];
  if (cp >= 0x61 && cp <= 0x7a) return [cp - 32, cp];
  return [cp];
}

/** Adds the case variants of every code point in the ranges (flat lo,hi pairs); returns merged ranges. */
function caseClosure(ranges: number[], ci: CI): number[] {
  const extra: number[] = [];
  if (ci === 1) {
    for (let k = 0; k < ranges.length; k += 2) {
      const lo = Math.max(ranges[k], 0x41);
      const hi = Math.min(ranges[k + 1], 0x7a);
      for (let c = lo; c <= hi; c++) for (const v of asciiCaseClass(c)) extra.push(v, v);
    }
  } else {
    if (!caseClasses) caseClasses = buildCaseClasses();
    for (const members of caseClasses.values()) {
      let hit = false;
      for (const c of members) {
        for (let k = 0; k < ranges.length; k += 2) {
          if (c >= ranges[k] && c <= ranges[k + 1]) {
            hit = true;
            break;
          }
        }
        if (hit) break;
      }
      if (hit) for (const v of members) extra.push(v, v);
    }
  }
  return mergeRanges(ranges.concat(extra));
}

export function mergeRanges(r: number[]): number[] {
  const pairs: [number, number][] = [];
  for (let k = 0; k < r.length; k += 2) pairs.push([r[k], r[k + 1]]);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: number[] = [];
  for (const [lo, hi] of pairs) {
    const n = out.length;
    if (n && lo <= out[n - 1] + 1) {
      if (hi > out[n - 1]) out[n - 1] = hi;
    } else out.push(lo, hi);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Syntax tree. Flags are resolved into the nodes they affect.

/** case-insensitivity: 0 = case-sensitive, 1 = ASCII rules, 2 = Unicode rules */
export type CI = 0 | 1 | 2;
export type CatName = 'd' | 'D' | 'w' | 'W' | 's' | 'S';
export interface SetCat {
  cat: CatName;
  ascii: boolean;
}
/** bos: \A or ^ · bol: ^ with MULTILINE · eos: \Z · eol: $ · eolm: $ with MULTILINE · b/B: \b \B */
export type AtKind = 'bos' | 'bol' | 'eos' | 'eol' | 'eolm' | 'b' | 'B';

export type Node =
  | { t: 'lit'; cp: number; ci: CI }
  | { t: 'set'; neg: boolean; ranges: number[]; cats: SetCat[]; ci: CI }
  | { t: 'any'; all: boolean }
  | { t: 'at'; at: AtKind; ascii: boolean }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'group'; g: number; body: Node }
  | { t: 'atomic'; body: Node }
  | { t: 'look'; behind: boolean; neg: boolean; body: Node; width: number }
  | { t: 'rep'; min: number; max: number; mode: 'greedy' | 'lazy' | 'possessive'; body: Node }
  | { t: 'bref'; g: number; ci: CI }
  | { t: 'cond'; g: number; yes: Node; no: Node | null };

/** internal, parse-time only: a non-capturing group (possibly with scoped flags), unpacked after parsing */
type PNode = Node | { t: 'nc'; body: Node };

export interface ParsedPattern {
  root: Node;
  /** number of capturing groups (not counting group 0) */
  groups: number;
  groupNames: Map<string, number>;
  /** pattern.flags as Python reports them (inline global flags included, UNICODE added for str patterns) */
  flags: number;
  /** closeOrder[g] = rank of group g's closing parenthesis in the pattern text (used for lastindex) */
  closeOrder: number[];
  /** body of each group, for widths */
  groupBodies: Node[];
  isBytes: boolean;
}

export interface ParseOptions {
  /** bytes pattern (the string holds one char per byte): ASCII semantics, no \u \U \N escapes */
  bytes?: boolean;
  /** resolves \N{NAME}; without it such escapes raise NotImplementedError */
  lookupName?: (name: string) => number | undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Tokenizer (same observable behaviour as re._parser.Tokenizer, counting code points)

const DIGITS = '0123456789';
const OCTDIGITS = '01234567';
const HEXDIGITS = '0123456789abcdefABCDEF';
const WHITESPACE = ' \t\n\r\v\f';
const SPECIAL_CHARS = '.\\[{()*+?^$|';
const REPEAT_CHARS = '*+?{';

function isAsciiLetter(c: string): boolean {
  return c.length === 1 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

const ESCAPES: Record<string, number> = {
  '\\a': 7, '\\b': 8, '\\f': 12, '\\n': 10, '\\r': 13, '\\t': 9, '\\v': 11, '\\\\': 92,
};

export class Tokenizer {
  readonly chars: string[];
  index = 0;
  next: string | null = null;
  private nextLen = 0;

  constructor(readonly pattern: string, readonly istext: boolean) {
    this.chars = Array.from(pattern);
    this.advance();
  }

  private advance(): void {
    let i = this.index;
    if (i >= this.chars.length) {
      this.next = null;
      this.nextLen = 0;
      return;
    }
    let ch = this.chars[i];
    let n = 1;
    if (ch === '\\') {
      i++;
      if (i >= this.chars.length) throw this.mkError('bad escape (end of pattern)', this.chars.length - 1);
      ch += this.chars[i];
      n = 2;
    }
    this.index = i + 1;
    this.next = ch;
    this.nextLen = n;
  }

  match(c: string): boolean {
    if (c === this.next) {
      this.advance();
      return true;
    }
    return false;
  }

  get(): string | null {
    const t = this.next;
    this.advance();
    return t;
  }

  getwhile(n: number, charset: string): string {
    let result = '';
    for (let k = 0; k < n; k++) {
      const c = this.next;
      if (c === null || c.length !== 1 || !charset.includes(c)) break;
      result += c;
      this.advance();
    }
    return result;
  }

  getuntil(terminator: string, name: string): string {
    let result = '';
    let len = 0;
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (!result) throw this.error('missing ' + name);
        throw this.error(`missing ${terminator}, unterminated name`, len);
      }
      if (c === terminator) {
        if (!result) throw this.error('missing ' + name, 1);
        break;
      }
      result += c;
      len += Array.from(c).length;
    }
    return result;
  }

  tell(): number {
    return this.index - this.nextLen;
  }

  seek(index: number): void {
    this.index = index;
    this.advance();
  }

  mkError(msg: string, pos: number, kind: ReErrorKind = 'error'): ReError {
    if (!this.istext) msg = asciiBackslashReplace(msg);
    return new ReError(msg, this.pattern, pos, kind);
  }

  error(msg: string, offset = 0): ReError {
    return this.mkError(msg, this.tell() - offset);
  }

  checkgroupname(name: string, offset: number): void {
    if (!isIdentifier(name)) throw this.error(`bad character in group name ${pyRepr(name)}`, cpLen(name) + offset);
  }
}

export function cpLen(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function asciiBackslashReplace(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

/** Python's int() on a group name in (?(...)...), approximately */
export function pyIntOrNull(s: string): number | null {
  const m = /^\s*\+?([0-9](?:_?[0-9])*)\s*$/.exec(s);
  if (!m) return null;
  return Number(m[1].replace(/_/g, ''));
}

// ---------------------------------------------------------------------------------------------------------------
// Parser

type ClassItem = { k: 'lit'; cp: number } | { k: 'range'; lo: number; hi: number } | { k: 'cat'; cat: CatName };

const CATEGORY_LETTERS = 'dDsSwW';

class Parser {
  flags: number;
  groupNames = new Map<string, number>();
  /** groupBodies[g] = null while the group is open */
  groupBodies: (Node | null)[] = [null];
  closeOrder: number[] = [0];
  private closeCounter = 1;
  lookbehindGroups: number | null = null;
  grouprefpos = new Map<number, number>();
  readonly src: Tokenizer;
  readonly istext: boolean;
  private widthCache = new WeakMap<Node, [number, number]>();

  constructor(readonly pattern: string, flags: number, readonly opts: ParseOptions) {
    this.flags = flags;
    this.istext = !opts.bytes;
    this.src = new Tokenizer(pattern, this.istext);
  }

  get groups(): number {
    return this.groupBodies.length;
  }

  /** effective flags inside the given scope of (add, del) pairs */
  eff(scope: number[]): number {
    let f = this.flags;
    if (this.istext && !(f & SRE_FLAG_ASCII)) f |= SRE_FLAG_UNICODE;
    for (let k = 0; k < scope.length; k += 2) {
      const add = scope[k];
      if (add & TYPE_FLAGS) f &= ~TYPE_FLAGS;
      f = (f | add) & ~scope[k + 1];
    }
    return f;
  }

  ciOf(f: number): CI {
    if (!(f & SRE_FLAG_IGNORECASE)) return 0;
    return f & SRE_FLAG_UNICODE && !(f & SRE_FLAG_LOCALE) ? 2 : 1;
  }

  asciiOf(f: number): boolean {
    return !(f & SRE_FLAG_UNICODE) || !!(f & SRE_FLAG_LOCALE);
  }

  opengroup(name: string | null): number {
    const gid = this.groups;
    this.groupBodies.push(null);
    this.closeOrder.push(0);
    if (this.groups > MAXGROUPS) throw new ReError('too many groups');
    if (name !== null) {
      const ogid = this.groupNames.get(name);
      if (ogid !== undefined)
        throw new ReError(`redefinition of group name ${pyRepr(name)} as group ${gid}; was group ${ogid}`);
      this.groupNames.set(name, gid);
    }
    return gid;
  }

  closegroup(gid: number, body: Node): void {
    this.groupBodies[gid] = body;
    this.closeOrder[gid] = this.closeCounter++;
  }

  checkgroup(gid: number): boolean {
    return gid < this.groups && this.groupBodies[gid] !== null;
  }

  checklookbehindgroup(gid: number): void {
    if (this.lookbehindGroups !== null) {
      if (!this.checkgroup(gid)) throw this.src.error('cannot refer to an open group');
      if (gid >= this.lookbehindGroups)
        throw this.src.error('cannot refer to group defined in the same lookbehind subpattern');
    }
  }

  // ---- escapes

  private hexEscape(escape: string, c: string): number | undefined {
    const src = this.src;
    if (c === 'x') {
      escape += src.getwhile(2, HEXDIGITS);
      if (escape.length !== 4) throw src.error(`incomplete escape ${escape}`, escape.length);
      return parseInt(escape.slice(2), 16);
    }
    if (c === 'u' && this.istext) {
      escape += src.getwhile(4, HEXDIGITS);
      if (escape.length !== 6) throw src.error(`incomplete escape ${escape}`, escape.length);
      return parseInt(escape.slice(2), 16);
    }
    if (c === 'U' && this.istext) {
      escape += src.getwhile(8, HEXDIGITS);
      if (escape.length !== 10) throw src.error(`incomplete escape ${escape}`, escape.length);
      const v = parseInt(escape.slice(2), 16);
      if (v > 0x10ffff) throw src.error(`bad escape ${escape}`, escape.length);
      return v;
    }
    if (c === 'N' && this.istext) {
      if (!src.match('{')) throw src.error('missing {');
      const charname = src.getuntil('}', 'character name');
      const lookup = this.opts.lookupName;
      if (!lookup)
        throw new ReError(
          `\\N{...} escapes need the Unicode name table${leftOutMessage(UNICODE_NAMES_OPTION)}`,
          null,
          null,
          'NotImplementedError',
        );
      const v = lookup(charname);
      if (v === undefined)
        throw src.error(`undefined character name ${pyRepr(charname)}`, cpLen(charname) + 4);
      return v;
    }
    return undefined;
  }

  classEscape(escape: string): ClassItem {
    const src = this.src;
    const e = ESCAPES[escape];
    if (e !== undefined) return { k: 'lit', cp: e };
    const c = escape.slice(1);
    if (c.length === 1 && CATEGORY_LETTERS.includes(c)) return { k: 'cat', cat: c as CatName };
    const h = this.hexEscape(escape, c);
    if (h !== undefined) return { k: 'lit', cp: h };
    if (c.length === 1 && OCTDIGITS.includes(c)) {
      escape += src.getwhile(2, OCTDIGITS);
      const v = parseInt(escape.slice(1), 8);
      if (v > 0o377) throw src.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
      return { k: 'lit', cp: v };
    }
    if (c.length === 1 && DIGITS.includes(c)) throw src.error(`bad escape ${escape}`, escape.length);
    if (isAsciiLetter(c)) throw src.error(`bad escape ${escape}`, escape.length);
    return { k: 'lit', cp: c.codePointAt(0)! };
  }

  escape(escape: string, scope: number[]): PNode {
    const src = this.src;
    const c = escape.slice(1);
    const f = this.eff(scope);
    switch (c) {
      case 'A':
        return { t: 'at', at: 'bos', ascii: false };
      case 'Z':
        return { t: 'at', at: 'eos', ascii: false };
      case 'b':
        return { t: 'at', at: 'b', ascii: this.asciiOf(f) };
      case 'B':
        return { t: 'at', at: 'B', ascii: this.asciiOf(f) };
      case 'd':
      case 'D':
      case 's':
      case 'S':
      case 'w':
      case 'W':
        return { t: 'set', neg: false, ranges: [], cats: [{ cat: c, ascii: this.asciiOf(f) }], ci: this.ciOf(f) };
    }
    const e = ESCAPES[escape];
    if (e !== undefined) return { t: 'lit', cp: e, ci: this.ciOf(f) };
    const h = this.hexEscape(escape, c);
    if (h !== undefined) return { t: 'lit', cp: h, ci: this.ciOf(f) };
    if (c === '0') {
      escape += src.getwhile(2, OCTDIGITS);
      return { t: 'lit', cp: parseInt(escape.slice(1), 8), ci: this.ciOf(f) };
    }
    if (c.length === 1 && DIGITS.includes(c)) {
      const nx = src.next;
      if (nx !== null && nx.length === 1 && DIGITS.includes(nx)) {
        escape += src.get()!;
        const nx2 = src.next;
        if (
          OCTDIGITS.includes(escape[1]) &&
          OCTDIGITS.includes(escape[2]) &&
          nx2 !== null &&
          nx2.length === 1 &&
          OCTDIGITS.includes(nx2)
        ) {
          escape += src.get()!;
          const v = parseInt(escape.slice(1), 8);
          if (v > 0o377) throw src.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
          return { t: 'lit', cp: v, ci: this.ciOf(f) };
        }
      }
      const group = parseInt(escape.slice(1), 10);
      if (group < this.groups) {
        if (!this.checkgroup(group)) throw src.error('cannot refer to an open group', escape.length);
        this.checklookbehindgroup(group);
        return { t: 'bref', g: group, ci: this.ciOf(f) };
      }
      throw src.error(`invalid group reference ${group}`, escape.length - 1);
    }
    if (isAsciiLetter(c)) throw src.error(`bad escape ${escape}`, escape.length);
    return { t: 'lit', cp: c.codePointAt(0)!, ci: this.ciOf(f) };
  }

  // ---- structure

  parseSub(verbose: boolean, nested: number, scope: number[]): Node {
    const src = this.src;
    const items: Node[] = [];
    for (;;) {
      items.push(this.parse(verbose, nested + 1, scope, !nested && !items.length));
      if (!src.match('|')) break;
      if (!nested) verbose = !!(this.flags & SRE_FLAG_VERBOSE);
    }
    if (items.length === 1) return items[0];
    // a branch of single characters / non-negated sets becomes a set
    let ci: CI | -1 = -1;
    let ok = true;
    const ranges: number[] = [];
    const cats: SetCat[] = [];
    for (const it of items) {
      let n: Node | null = it;
      if (n.t === 'seq') n = n.items.length === 1 ? n.items[0] : null;
      if (!n || (n.t !== 'lit' && (n.t !== 'set' || n.neg)) || (ci !== -1 && n.ci !== ci)) {
        ok = false;
        break;
      }
      ci = n.ci;
      if (n.t === 'lit') ranges.push(n.cp, n.cp);
      else {
        ranges.push(...n.ranges);
        cats.push(...n.cats);
      }
    }
    if (ok && ci !== -1) return { t: 'set', neg: false, ranges: mergeRanges(ranges), cats, ci };
    return { t: 'alt', alts: items };
  }

  parse(verbose: boolean, nested: number, scope: number[], first = false): Node {
    const src = this.src;
    const sub: PNode[] = [];

    for (;;) {
      const thisTok = src.next;
      if (thisTok === null) break;
      if (thisTok === '|' || thisTok === ')') break;
      src.get();

      if (verbose) {
        if (thisTok.length === 1 && WHITESPACE.includes(thisTok)) continue;
        if (thisTok === '#') {
          for (;;) {
            const t = src.get();
            if (t === null || t === '\n') break;
          }
          continue;
        }
      }

      if (thisTok[0] === '\\' && thisTok.length > 1) {
        sub.push(this.escape(thisTok, scope));
      } else if (!SPECIAL_CHARS.includes(thisTok)) {
        sub.push({ t: 'lit', cp: thisTok.codePointAt(0)!, ci: this.ciOf(this.eff(scope)) });
      } else if (thisTok === '[') {
        sub.push(this.parseClass(scope));
      } else if (REPEAT_CHARS.includes(thisTok)) {
        const here = src.tell();
        let min: number;
        let max: number;
        if (thisTok === '?') {
          min = 0;
          max = 1;
        } else if (thisTok === '*') {
          min = 0;
          max = MAXREPEAT;
        } else if (thisTok === '+') {
          min = 1;
          max = MAXREPEAT;
        } else {
          // '{'
          if (src.next === '}') {
            sub.push({ t: 'lit', cp: 0x7b, ci: this.ciOf(this.eff(scope)) });
            continue;
          }
          min = 0;
          max = MAXREPEAT;
          let lo = '';
          let hi = '';
          while (src.next !== null && src.next.length === 1 && DIGITS.includes(src.next)) lo += src.get();
          if (src.match(',')) {
            while (src.next !== null && src.next.length === 1 && DIGITS.includes(src.next)) hi += src.get();
          } else hi = lo;
          if (!src.match('}')) {
            sub.push({ t: 'lit', cp: 0x7b, ci: this.ciOf(this.eff(scope)) });
            src.seek(here);
            continue;
          }
          if (lo) {
            min = Number(lo);
            if (min >= MAXREPEAT)
              throw new ReError('the repetition number is too large', null, null, 'OverflowError');
          }
          if (hi) {
            max = Number(hi);
            if (max >= MAXREPEAT)
              throw new ReError('the repetition number is too large', null, null, 'OverflowError');
            if (max < min) throw src.error('min repeat greater than max repeat', src.tell() - here);
          }
        }
        const item = sub.length ? sub[sub.length - 1] : null;
        if (!item || item.t === 'at') throw src.error('nothing to repeat', src.tell() - here + 1);
        if (item.t === 'rep') throw src.error('multiple repeat', src.tell() - here + 1);
        const body: Node = item.t === 'nc' ? item.body : item;
        let mode: 'greedy' | 'lazy' | 'possessive' = 'greedy';
        if (src.match('?')) mode = 'lazy';
        else if (src.match('+')) mode = 'possessive';
        sub[sub.length - 1] = { t: 'rep', min, max, mode, body };
      } else if (thisTok === '.') {
        sub.push({ t: 'any', all: !!(this.eff(scope) & SRE_FLAG_DOTALL) });
      } else if (thisTok === '(') {
        const r = this.parseParen(verbose, nested, scope, first, sub.length === 0);
        if (r === 'global') {
          verbose = !!(this.flags & SRE_FLAG_VERBOSE);
          continue;
        }
        if (r !== null) sub.push(r);
      } else if (thisTok === '^') {
        const f = this.eff(scope);
        sub.push({ t: 'at', at: f & SRE_FLAG_MULTILINE ? 'bol' : 'bos', ascii: false });
      } else if (thisTok === '$') {
        const f = this.eff(scope);
        sub.push({ t: 'at', at: f & SRE_FLAG_MULTILINE ? 'eolm' : 'eol', ascii: false });
      } else {
        throw new Error('unreachable special character ' + thisTok);
      }
    }

    // unpack non-capturing groups
    const items: Node[] = [];
    for (const n of sub) {
      if (n.t === 'nc') {
        if (n.body.t === 'seq') items.push(...n.body.items);
        else items.push(n.body);
      } else items.push(n);
    }
    return items.length === 1 ? items[0] : { t: 'seq', items };
  }

  parseClass(scope: number[]): Node {
    const src = this.src;
    const here = src.tell() - 1;
    const set: ClassItem[] = [];
    const negate = src.match('^');
    for (;;) {
      const thisTok = src.get();
      if (thisTok === null) throw src.error('unterminated character set', src.tell() - here);
      if (thisTok === ']' && set.length) break;
      let code1: ClassItem;
      if (thisTok[0] === '\\' && thisTok.length > 1) code1 = this.classEscape(thisTok);
      else code1 = { k: 'lit', cp: thisTok.codePointAt(0)! };
      if (src.match('-')) {
        const that = src.get();
        if (that === null) throw src.error('unterminated character set', src.tell() - here);
        if (that === ']') {
          set.push(code1);
          set.push({ k: 'lit', cp: 0x2d });
          break;
        }
        let code2: ClassItem;
        if (that[0] === '\\' && that.length > 1) code2 = this.classEscape(that);
        else code2 = { k: 'lit', cp: that.codePointAt(0)! };
        const off = cpLen(thisTok) + 1 + cpLen(that);
        if (code1.k !== 'lit' || code2.k !== 'lit') throw src.error(`bad character range ${thisTok}-${that}`, off);
        if (code2.cp < code1.cp) throw src.error(`bad character range ${thisTok}-${that}`, off);
        set.push({ k: 'range', lo: code1.cp, hi: code2.cp });
      } else set.push(code1);
    }
    const f = this.eff(scope);
    const ci = this.ciOf(f);
    const ascii = this.asciiOf(f);
    const ranges: number[] = [];
    const cats: SetCat[] = [];
    for (const it of set) {
      if (it.k === 'lit') ranges.push(it.cp, it.cp);
      else if (it.k === 'range') ranges.push(it.lo, it.hi);
      else if (!cats.some((c) => c.cat === it.cat)) cats.push({ cat: it.cat, ascii });
    }
    if (set.length === 1 && set[0].k === 'lit' && !negate) return { t: 'lit', cp: set[0].cp, ci };
    return { t: 'set', neg: negate, ranges: mergeRanges(ranges), cats, ci };
  }

  /** returns a node, null (comment), or 'global' (global flags consumed) */
  parseParen(verbose: boolean, nested: number, scope: number[], first: boolean, subEmpty: boolean): PNode | null | 'global' {
    const src = this.src;
    const start = src.tell() - 1;
    let capture = true;
    let atomic = false;
    let name: string | null = null;
    let addFlags = 0;
    let delFlags = 0;
    if (src.match('?')) {
      let char = src.get();
      if (char === null) throw src.error('unexpected end of pattern');
      if (char === 'P') {
        if (src.match('<')) {
          name = src.getuntil('>', 'group name');
          src.checkgroupname(name, 1);
        } else if (src.match('=')) {
          const nm = src.getuntil(')', 'group name');
          src.checkgroupname(nm, 1);
          const gid = this.groupNames.get(nm);
          if (gid === undefined) throw src.error(`unknown group name ${pyRepr(nm)}`, cpLen(nm) + 1);
          if (!this.checkgroup(gid)) throw src.error('cannot refer to an open group', cpLen(nm) + 1);
          this.checklookbehindgroup(gid);
          return { t: 'bref', g: gid, ci: this.ciOf(this.eff(scope)) };
        } else {
          const c2 = src.get();
          if (c2 === null) throw src.error('unexpected end of pattern');
          throw src.error('unknown extension ?P' + c2, cpLen(c2) + 2);
        }
      } else if (char === ':') {
        capture = false;
      } else if (char === '#') {
        for (;;) {
          if (src.next === null) throw src.error('missing ), unterminated comment', src.tell() - start);
          if (src.get() === ')') break;
        }
        return null;
      } else if (char === '=' || char === '!' || char === '<') {
        let behind = false;
        let outerLookbehind: number | null = null;
        if (char === '<') {
          const c2 = src.get();
          if (c2 === null) throw src.error('unexpected end of pattern');
          if (c2 !== '=' && c2 !== '!') throw src.error('unknown extension ?<' + c2, cpLen(c2) + 2);
          char = c2;
          behind = true;
          outerLookbehind = this.lookbehindGroups;
          if (outerLookbehind === null) this.lookbehindGroups = this.groups;
        }
        const p = this.parseSub(verbose, nested + 1, scope);
        if (behind && outerLookbehind === null) this.lookbehindGroups = null;
        if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
        return { t: 'look', behind, neg: char === '!', body: p, width: 0 };
      } else if (char === '(') {
        const condname = src.getuntil(')', 'group name');
        let condgroup: number;
        if (isIdentifier(condname)) {
          const g = this.groupNames.get(condname);
          if (g === undefined) throw src.error(`unknown group name ${pyRepr(condname)}`, cpLen(condname) + 1);
          condgroup = g;
        } else {
          const v = pyIntOrNull(condname);
          if (v === null) throw src.error(`bad character in group name ${pyRepr(condname)}`, cpLen(condname) + 1);
          condgroup = v;
          if (!condgroup) throw src.error('bad group number', cpLen(condname) + 1);
          if (condgroup >= MAXGROUPS) throw src.error(`invalid group reference ${condgroup}`, cpLen(condname) + 1);
          if (!this.grouprefpos.has(condgroup)) this.grouprefpos.set(condgroup, src.tell() - cpLen(condname) - 1);
        }
        this.checklookbehindgroup(condgroup);
        const yes = this.parse(verbose, nested + 1, scope);
        let no: Node | null = null;
        if (src.match('|')) {
          no = this.parse(verbose, nested + 1, scope);
          if (src.next === '|') throw src.error('conditional backref with more than two branches');
        }
        if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
        return { t: 'cond', g: condgroup, yes, no };
      } else if (char === '>') {
        capture = false;
        atomic = true;
      } else if (FLAG_LETTERS.includes(char) || char === '-') {
        const fl = this.parseFlags(char);
        if (fl === null) {
          if (!first || !subEmpty)
            throw src.error('global flags not at the start of the expression', src.tell() - start);
          return 'global';
        }
        [addFlags, delFlags] = fl;
        capture = false;
      } else {
        throw src.error('unknown extension ?' + char, cpLen(char) + 1);
      }
    }

    let group = 0;
    if (capture) {
      try {
        group = this.opengroup(name);
      } catch (e) {
        if (e instanceof ReError && e.pos === null) throw src.error(e.msg, cpLen(name ?? '') + 1);
        throw e;
      }
    }
    const subVerbose = (verbose || !!(addFlags & SRE_FLAG_VERBOSE)) && !(delFlags & SRE_FLAG_VERBOSE);
    const innerScope = addFlags || delFlags ? scope.concat([addFlags, delFlags]) : scope;
    const p = this.parseSub(subVerbose, nested + 1, innerScope);
    if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
    if (group) {
      this.closegroup(group, p);
      return { t: 'group', g: group, body: p };
    }
    if (atomic) return { t: 'atomic', body: p };
    return { t: 'nc', body: p };
  }

  parseFlags(char: string): [number, number] | null {
    const src = this.src;
    let addFlags = 0;
    let delFlags = 0;
    let c: string | null = char;
    if (c !== '-') {
      for (;;) {
        const flag = FLAG_VALUES[c!];
        if (this.istext) {
          if (c === 'L') throw src.error("bad inline flags: cannot use 'L' flag with a str pattern");
        } else if (c === 'u') throw src.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
        addFlags |= flag;
        if (flag & TYPE_FLAGS && (addFlags & TYPE_FLAGS) !== flag)
          throw src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
        c = src.get();
        if (c === null) throw src.error('missing -, : or )');
        if (c === ')' || c === '-' || c === ':') break;
        if (!FLAG_LETTERS.includes(c)) {
          throw src.error(/^\p{Alphabetic}$/u.test(c) ? 'unknown flag' : 'missing -, : or )', cpLen(c));
        }
      }
    }
    if (c === ')') {
      this.flags |= addFlags;
      return null;
    }
    if (addFlags & GLOBAL_FLAGS) throw src.error('bad inline flags: cannot turn on global flag', 1);
    if (c === '-') {
      c = src.get();
      if (c === null) throw src.error('missing flag');
      if (!FLAG_LETTERS.includes(c)) throw src.error(/^\p{Alphabetic}$/u.test(c) ? 'unknown flag' : 'missing flag', cpLen(c));
      for (;;) {
        const flag = FLAG_VALUES[c!];
        if (flag & TYPE_FLAGS) throw src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        delFlags |= flag;
        c = src.get();
        if (c === null) throw src.error('missing :');
        if (c === ':') break;
        if (!FLAG_LETTERS.includes(c)) throw src.error(/^\p{Alphabetic}$/u.test(c) ? 'unknown flag' : 'missing :', cpLen(c));
      }
    }
    if (delFlags & GLOBAL_FLAGS) throw src.error('bad inline flags: cannot turn off global flag', 1);
    if (addFlags & delFlags) throw src.error('bad inline flags: flag turned on and off', 1);
    return [addFlags, delFlags];
  }

  // ---- widths (re._parser.SubPattern.getwidth)

  width(n: Node): [number, number] {
    const c = this.widthCache.get(n);
    if (c) return c;
    let lo = 0;
    let hi = 0;
    switch (n.t) {
      case 'lit':
      case 'set':
      case 'any':
        lo = hi = 1;
        break;
      case 'at':
      case 'look':
        break;
      case 'seq':
        for (const it of n.items) {
          const [a, b] = this.width(it);
          lo += a;
          hi += b;
        }
        break;
      case 'alt': {
        let i = MAXREPEAT - 1;
        let j = 0;
        for (const a of n.alts) {
          const [l, h] = this.width(a);
          i = Math.min(i, l);
          j = Math.max(j, h);
        }
        lo = i;
        hi = j;
        break;
      }
      case 'group':
      case 'atomic':
        [lo, hi] = this.width(n.body);
        break;
      case 'rep': {
        const [a, b] = this.width(n.body);
        lo = a * n.min;
        hi = b * n.max;
        break;
      }
      case 'bref':
        [lo, hi] = this.width(this.groupBodies[n.g]!);
        break;
      case 'cond': {
        let [i, j] = this.width(n.yes);
        if (n.no) {
          const [l, h] = this.width(n.no);
          i = Math.min(i, l);
          j = Math.max(j, h);
        } else i = 0;
        lo = i;
        hi = j;
        break;
      }
    }
    const r: [number, number] = [Math.min(lo, MAXREPEAT - 1), Math.min(hi, MAXREPEAT)];
    this.widthCache.set(n, r);
    return r;
  }

  /** compile-time checks, in pattern order: look-behinds must have a fixed width */
  check(n: Node): void {
    switch (n.t) {
      case 'seq':
        for (const it of n.items) this.check(it);
        break;
      case 'alt':
        for (const a of n.alts) this.check(a);
        break;
      case 'group':
      case 'atomic':
      case 'rep':
        this.check(n.body);
        break;
      case 'look':
        if (n.behind) {
          const [lo, hi] = this.width(n.body);
          if (lo !== hi) throw new ReError('look-behind requires fixed-width pattern');
          n.width = lo;
        }
        this.check(n.body);
        break;
      case 'cond':
        this.check(n.yes);
        if (n.no) this.check(n.no);
        break;
    }
  }
}

const FLAG_LETTERS = 'iLmsxatu';
const FLAG_VALUES: Record<string, number> = {
  i: SRE_FLAG_IGNORECASE,
  L: SRE_FLAG_LOCALE,
  m: SRE_FLAG_MULTILINE,
  s: SRE_FLAG_DOTALL,
  x: SRE_FLAG_VERBOSE,
  a: SRE_FLAG_ASCII,
  t: SRE_FLAG_TEMPLATE,
  u: SRE_FLAG_UNICODE,
};

/** Parses a Python pattern (re.compile semantics, CPython 3.11). Throws ReError. */
export function parsePattern(pattern: string, flags: number, opts: ParseOptions = {}): ParsedPattern {
  const istext = !opts.bytes;
  const p = new Parser(pattern, flags, opts);
  const root = p.parseSub(!!(flags & SRE_FLAG_VERBOSE), 0, []);
  // fix_flags
  let f = p.flags;
  if (istext) {
    if (f & SRE_FLAG_LOCALE) throw new ReError('cannot use LOCALE flag with a str pattern', null, null, 'ValueError');
    if (!(f & SRE_FLAG_ASCII)) f |= SRE_FLAG_UNICODE;
    else if (f & SRE_FLAG_UNICODE) throw new ReError('ASCII and UNICODE flags are incompatible', null, null, 'ValueError');
  } else {
    if (f & SRE_FLAG_UNICODE) throw new ReError('cannot use UNICODE flag with a bytes pattern', null, null, 'ValueError');
    if (f & SRE_FLAG_LOCALE && f & SRE_FLAG_ASCII)
      throw new ReError('ASCII and LOCALE flags are incompatible', null, null, 'ValueError');
  }
  if (p.src.next !== null) throw p.src.error('unbalanced parenthesis');
  for (const [g, pos] of p.grouprefpos) {
    if (g >= p.groups) throw new ReError(`invalid group reference ${g}`, pattern, pos);
  }
  p.check(root);
  return {
    root,
    groups: p.groups - 1,
    groupNames: p.groupNames,
    flags: f,
    closeOrder: p.closeOrder,
    groupBodies: p.groupBodies as Node[],
    isBytes: !istext,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Analysis: can JS reproduce the semantics?

/** minimum width is 0 */
function nullable(n: Node, bodies: Node[]): boolean {
  switch (n.t) {
    case 'lit':
    case 'set':
    case 'any':
      return false;
    case 'at':
    case 'look':
      return true;
    case 'seq':
      return n.items.every((x) => nullable(x, bodies));
    case 'alt':
      return n.alts.some((x) => nullable(x, bodies));
    case 'group':
    case 'atomic':
      return nullable(n.body, bodies);
    case 'rep':
      return n.min === 0 || nullable(n.body, bodies);
    case 'bref':
      return nullable(bodies[n.g], bodies);
    case 'cond':
      return nullable(n.yes, bodies) || !n.no || nullable(n.no, bodies);
  }
}

/** whenever `n` matches, group g is set */
function mandatory(n: Node, g: number): boolean {
  switch (n.t) {
    case 'group':
      return n.g === g || mandatory(n.body, g);
    case 'seq':
      return n.items.some((x) => mandatory(x, g));
    case 'alt':
      return n.alts.every((x) => mandatory(x, g));
    case 'rep':
      return n.min >= 1 && mandatory(n.body, g);
    case 'atomic':
      return mandatory(n.body, g);
    case 'look':
      return !n.neg && mandatory(n.body, g);
    case 'cond':
      return mandatory(n.yes, g) && !!n.no && mandatory(n.no, g);
    default:
      return false;
  }
}

/** groups that can be set by `n` (outside negative lookarounds) */
function groupsIn(n: Node, out: number[]): number[] {
  switch (n.t) {
    case 'group':
      out.push(n.g);
      groupsIn(n.body, out);
      break;
    case 'seq':
      for (const x of n.items) groupsIn(x, out);
      break;
    case 'alt':
      for (const x of n.alts) groupsIn(x, out);
      break;
    case 'rep':
    case 'atomic':
      groupsIn(n.body, out);
      break;
    case 'look':
      if (!n.neg) groupsIn(n.body, out);
      break;
    case 'cond':
      groupsIn(n.yes, out);
      if (n.no) groupsIn(n.no, out);
      break;
  }
  return out;
}

interface Analysis {
  fallback: string | null;
  jsIgnoreCase: boolean;
}

function analyse(pp: ParsedPattern): Analysis {
  let fallback: string | null = null;
  const why = (s: string) => {
    if (!fallback) fallback = s;
  };
  let caseNodes = 0;
  let allUnicodeCi = true;
  let asciiWord = false;
  let ciBref = false;

  // definite-assignment flow for backreferences; returns groups definitely set after n matches
  const flow = (n: Node, set: Set<number>): Set<number> => {
    switch (n.t) {
      case 'lit':
        if (n.ci !== 2 && isCasedChar(n.cp)) allUnicodeCi = false;
        if (isCasedChar(n.cp)) caseNodes++;
        return set;
      case 'set':
        caseNodes++;
        if (n.ci !== 2) allUnicodeCi = false;
        if (n.cats.some((c) => c.ascii && (c.cat === 'w' || c.cat === 'W'))) asciiWord = true;
        return set;
      case 'any':
        return set;
      case 'at':
        if ((n.at === 'b' || n.at === 'B') && n.ascii) asciiWord = true;
        return set;
      case 'seq': {
        let s = set;
        for (const it of n.items) s = flow(it, s);
        return s;
      }
      case 'alt': {
        let res: number[] | null = null;
        for (const a of n.alts) {
          const r = flow(a, set);
          res = res === null ? [...r] : res.filter((x) => r.has(x));
        }
        return res === null ? set : new Set(res);
      }
      case 'group': {
        const r = new Set(flow(n.body, set));
        r.add(n.g);
        return r;
      }
      case 'atomic':
        return flow(n.body, set);
      case 'look': {
        const r = flow(n.body, set);
        return n.neg ? set : r;
      }
      case 'rep': {
        if (n.max > 1 && n.min < n.max && nullable(n.body, pp.groupBodies))
          why('a repeated subpattern can match the empty string');
        if (n.max > 1) {
          for (const g of groupsIn(n.body, [])) {
            if (!mandatory(n.body, g)) why('a group inside a repeat may not take part in every iteration');
          }
        }
        const r = flow(n.body, set);
        return n.min >= 1 ? r : set;
      }
      case 'bref':
        caseNodes++;
        if (n.ci !== 0) ciBref = true;
        if (n.ci !== 2) allUnicodeCi = false;
        if (!set.has(n.g)) why('a backreference may refer to a group that did not participate');
        return set;
      case 'cond': {
        why('conditional groups');
        const a = flow(n.yes, set);
        const b = n.no ? flow(n.no, set) : set;
        return new Set([...a].filter((x) => b.has(x)));
      }
    }
  };
  flow(pp.root, new Set());
  const jsIgnoreCase = caseNodes > 0 && allUnicodeCi && !asciiWord;
  if (ciBref && !jsIgnoreCase) why('case-insensitive backreferences with mixed or ASCII-only case rules');
  return { fallback, jsIgnoreCase };
}

function isCasedChar(cp: number): boolean {
  return uniLower(cp) !== cp || String.fromCodePoint(cp).toUpperCase() !== String.fromCodePoint(cp) || FIX_CANON.has(cp);
}

// ---------------------------------------------------------------------------------------------------------------
// Emission

function hex(cp: number): string {
  return '\\u{' + cp.toString(16) + '}';
}

const SYNTAX_OUT = '^$\\.*+?()[]{}|/';
const SYNTAX_IN = '\\]^-[';

function escOut(cp: number): string {
  if (cp >= 0x20 && cp < 0x7f) {
    const ch = String.fromCharCode(cp);
    return SYNTAX_OUT.includes(ch) ? '\\' + ch : ch;
  }
  return hex(cp);
}

function escIn(cp: number): string {
  if (cp >= 0x20 && cp < 0x7f) {
    const ch = String.fromCharCode(cp);
    return SYNTAX_IN.includes(ch) ? '\\' + ch : ch;
  }
  return hex(cp);
}

function rangesToClassBody(r: number[]): string {
  let s = '';
  for (let k = 0; k < r.length; k += 2) {
    const lo = r[k];
    const hi = r[k + 1];
    if (lo === hi) s += escIn(lo);
    else if (hi === lo + 1) s += escIn(lo) + escIn(hi);
    else s += escIn(lo) + '-' + escIn(hi);
  }
  return s;
}

const UNI_WORD = '\\p{L}\\p{N}_';
const UNI_DIGIT = '\\p{Nd}';
const UNI_SPACE = '\\t-\\r\\u{1c}-\\u{1f} \\u{85}\\u{a0}\\u{1680}\\u{2000}-\\u{200a}\\u{2028}\\u{2029}\\u{202f}\\u{205f}\\u{3000}';
const ASCII_WORD = '0-9A-Z_a-z';
const ASCII_DIGIT = '0-9';
const ASCII_SPACE = '\\t-\\r ';

/** class body text for a positive category */
function catBody(cat: 'd' | 'w' | 's', ascii: boolean): string {
  if (cat === 'd') return ascii ? ASCII_DIGIT : UNI_DIGIT;
  if (cat === 'w') return ascii ? ASCII_WORD : UNI_WORD;
  return ascii ? ASCII_SPACE : UNI_SPACE;
}

/** Python's JS-vs-Python case-folding disagreements under the JS `i` flag: I, i, İ, ı all match each other */
const JSI_FIX_GROUPS = [[0x49, 0x69, 0x130, 0x131]];

export interface Translation {
  /** JS RegExp source (empty when `fallback` is set) */
  source: string;
  /** JS RegExp flags to use: 'u' or 'iu' (the engine adds g/y/d) */
  flags: string;
  /** number of Python capturing groups */
  groupCount: number;
  groupNames: Map<string, number>;
  /** Python group number -> JS group number (index 0 -> 0) */
  groupMap: number[];
  /** number of JS capturing groups (>= groupCount: atomic emulation adds some) */
  jsGroupCount: number;
  /** non-null when JS cannot reproduce the semantics: the reason; the engine then interprets `parsed` */
  fallback: string | null;
  parsed: ParsedPattern;
  /** pattern.flags as Python reports them */
  pyFlags: number;
}

class Emitter {
  jsGroups = 0;
  groupMap: number[];
  constructor(readonly pp: ParsedPattern, readonly jsi: boolean) {
    this.groupMap = new Array(pp.groups + 1).fill(0);
  }

  cls(neg: boolean, ranges: number[], cats: SetCat[], ci: CI): string {
    let r = ranges;
    if (ci && !this.jsi) r = caseClosure(r, ci);
    else if (this.jsi) {
      let extra: number[] = [];
      for (const grp of JSI_FIX_GROUPS) {
        if (grp.some((c) => inRanges(r, c))) for (const c of grp) extra.push(c, c);
      }
      if (extra.length) r = mergeRanges(r.concat(extra));
    }
    let pos = rangesToClassBody(r);
    const negParts: string[] = [];
    for (const c of cats) {
      const lc = c.cat.toLowerCase() as 'd' | 'w' | 's';
      if (c.cat === lc) pos += catBody(lc, c.ascii);
      else if (lc === 'd' && !c.ascii) pos += '\\P{Nd}';
      else negParts.push(catBody(lc, c.ascii));
    }
    if (!negParts.length) return '[' + (neg ? '^' : '') + pos + ']';
    if (!pos && negParts.length === 1) return neg ? '[' + negParts[0] + ']' : '[^' + negParts[0] + ']';
    const alts: string[] = [];
    if (pos) alts.push('[' + pos + ']');
    for (const p of negParts) alts.push('[^' + p + ']');
    const u = alts.join('|');
    return neg ? '(?:(?!' + u + ')[^])' : '(?:' + u + ')';
  }

  lit(cp: number, ci: CI): string {
    if (this.jsi) {
      for (const grp of JSI_FIX_GROUPS) if (grp.includes(cp)) return '[' + grp.map(escIn).join('') + ']';
      return escOut(cp);
    }
    if (ci) {
      const cls = ci === 1 ? asciiCaseClass(cp) : uniCaseClass(cp);
      if (cls.length > 1) return '[' + cls.map(escIn).join('') + ']';
    }
    return escOut(cp);
  }

  /** emits n; `atom` requests something a quantifier can follow */
  emit(n: Node, inBehind: boolean, atom = false): string {
    const wrap = (s: string) => (atom ? '(?:' + s + ')' : s);
    switch (n.t) {
      case 'lit':
        return this.lit(n.cp, n.ci);
      case 'set':
        return this.cls(n.neg, n.ranges, n.cats, n.ci);
      case 'any':
        return n.all ? '[^]' : '[^\\n]';
      case 'at':
        return wrap(this.at(n.at, n.ascii));
      case 'seq': {
        if (n.items.length === 1) return this.emit(n.items[0], inBehind, atom);
        let s = '';
        for (const it of n.items) s += this.emit(it, inBehind, it.t === 'alt');
        return wrap(s);
      }
      case 'alt':
        return '(?:' + n.alts.map((a) => this.emit(a, inBehind)).join('|') + ')';
      case 'group': {
        const js = ++this.jsGroups;
        this.groupMap[n.g] = js;
        return '(' + this.emit(n.body, inBehind) + ')';
      }
      case 'atomic':
        return this.atomic(() => this.emit(n.body, inBehind), inBehind);
      case 'look': {
        const op = (n.behind ? '(?<' : '(?') + (n.neg ? '!' : '=');
        const s = op + this.emit(n.body, inBehind || n.behind) + ')';
        return atom ? '(?:' + s + ')' : s;
      }
      case 'rep': {
        const nul = n.min === 0 && n.max === 1 && nullable(n.body, this.pp.groupBodies);
        const build = (lazy: boolean): string => {
          if (nul) {
            const b = this.emit(n.body, inBehind);
            return lazy ? '(?:|' + b + ')' : '(?:' + b + '|)';
          }
          return this.emit(n.body, inBehind, true) + quant(n.min, n.max) + (lazy ? '?' : '');
        };
        if (n.mode === 'possessive') return this.atomic(() => build(false), inBehind);
        const s = build(n.mode === 'lazy');
        return atom ? '(?:' + s + ')' : s;
      }
      case 'bref':
        return '(?:\\' + this.groupMap[n.g] + ')';
      case 'cond':
        throw new Error('conditional groups cannot be translated');
    }
  }

  atomic(body: () => string, inBehind: boolean): string {
    // inside a (fixed-width) look-behind atomicity cannot change the outcome
    if (inBehind) return '(?:' + body() + ')';
    const k = ++this.jsGroups;
    return '(?:(?=(' + body() + '))\\' + k + ')';
  }

  at(k: AtKind, ascii: boolean): string {
    switch (k) {
      case 'bos':
        return '^';
      case 'bol':
        return '(?<![^\\n])';
      case 'eos':
        return '$';
      case 'eol':
        return '(?=\\n?$)';
      case 'eolm':
        return '(?![^\\n])';
      case 'b': {
        const w = '[' + catBody('w', ascii) + ']';
        return `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
      }
      case 'B': {
        const w = '[' + catBody('w', ascii) + ']';
        return `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w})(?:(?<=[^])|(?=[^])))`;
      }
    }
  }
}

function inRanges(r: number[], c: number): boolean {
  for (let k = 0; k < r.length; k += 2) if (c >= r[k] && c <= r[k + 1]) return true;
  return false;
}

function quant(min: number, max: number): string {
  const inf = max >= MAXREPEAT;
  if (min === 0 && inf) return '*';
  if (min === 1 && inf) return '+';
  if (min === 0 && max === 1) return '?';
  if (inf) return `{${min},}`;
  if (min === max) return `{${min}}`;
  return `{${min},${max}}`;
}

/**
 * Parses and translates a Python pattern. Throws ReError for invalid patterns.
 * When `fallback` is non-null the JS source is empty and the pattern must be interpreted.
 */
export function translatePattern(pattern: string, flags: number, opts: ParseOptions = {}): Translation {
  const pp = parsePattern(pattern, flags, opts);
  const an = analyse(pp);
  let source = '';
  let groupMap: number[] = [];
  let jsGroupCount = 0;
  if (!an.fallback) {
    const em = new Emitter(pp, an.jsIgnoreCase);
    source = em.emit(pp.root, false);
    groupMap = em.groupMap;
    jsGroupCount = em.jsGroups;
  } else {
    groupMap = Array.from({ length: pp.groups + 1 }, (_, i) => i);
    jsGroupCount = pp.groups;
  }
  return {
    source,
    flags: an.jsIgnoreCase ? 'iu' : 'u',
    groupCount: pp.groups,
    groupNames: pp.groupNames,
    groupMap,
    jsGroupCount,
    fallback: an.fallback,
    parsed: pp,
    pyFlags: pp.flags,
  };
}

