// Runtime-independent engine for Python's `re` module (CPython 3.11 semantics).
//
// API for the glue layer (the Python-facing `re` module):
//
//   const rx = new CompiledRegex(pattern, flags, { bytes?, lookupName?, engine? })   // throws ReError
//       rx.pattern, rx.flags (Python's pattern.flags, inline flags and UNICODE included), rx.groups,
//       rx.groupindex (Map name -> number, in definition order), rx.groupNames[g] (name of group g or undefined)
//   rx.match(s, pos?, endpos?) / rx.fullmatch(...) / rx.search(...)  -> MatchResult | null
//   rx.finditer(s, pos?, endpos?)                                    -> Generator<MatchResult> (lazy)
//   rx.findall(s, pos?, endpos?)    -> (string | string[])[]   (string[] = tuple; unmatched groups give '')
//   rx.split(s, maxsplit?)          -> (string | undefined)[]  (undefined = None for unmatched groups)
//   rx.sub(repl, s, count?) / rx.subn(...) -> string / [string, number]
//         repl is a template string (\1, \g<name>, \n ...) or a callback (m: MatchResult) => string; the
//         callback may throw (the exception propagates); the glue checks/converts its return value
//   rx.scanner(s, pos?, endpos?)    -> Scanner with .match() / .search() (Pattern.scanner)
//   rx.template(repl)               -> parsed ReplTemplate (cached per pattern), see template.ts
//
//   MatchResult: .re, .string, .pos, .endpos, .regs (flat [start0, end0, start1, end1, ...], -1 = unmatched),
//       .start(g), .end(g), .group(g) -> string | undefined (undefined = None), .lastindex (-1 = None),
//       .lastgroup (undefined = None), .groupIndex(key: number | string) -> number (throws ReError kind
//       'IndexError' "no such group"), .expand(template)
//   Match.groups()/groupdict()/span() etc. are thin loops over these (groupdict: rx.groupindex).
//
// All indices (pos, endpos, spans, regs) are JS string (UTF-16) indices. Python indexes strings by code point:
// the glue converts at the boundary with IndexMap (free when the string has no surrogates, an O(n) table
// otherwise). pos/endpos are clamped like CPython does (negative -> 0, past the end -> len).
// Bytes patterns: pass { bytes: true } and latin-1 strings (one char per byte) for pattern, subject and
// templates; results come back as latin-1 strings.
// \N{NAME} escapes need { lookupName } (e.g. backed by unicodedata.lookup); without it they raise
// NotImplementedError.
//
// Errors are ReError (translate.ts); `kind` names the Python exception to raise: 'error' (re.error, with
// .msg/.pattern/.pos/.lineno/.colno and CPython's message), 'ValueError', 'IndexError', 'OverflowError',
// 'NotImplementedError'. escape(s) implements re.escape.
// Construction is cheap: parsing + translation only; JS RegExp objects and the backtracking matcher are built
// lazily. The glue should cache CompiledRegex objects by (type, pattern, flags) as re._compile does.
//
// How matching works: the pattern is translated to a JS RegExp (`u` flag, see translate.ts) when the semantics
// agree; otherwise (Translation.fallback says why: conditional groups, backreferences to possibly-unset groups,
// groups that may skip loop iterations, loops over possibly-empty bodies, case-insensitive backreferences under
// scoped/ASCII case rules) it runs on the backtracking matcher below, an explicit-stack VM (no JS recursion, so
// long subjects are fine) that follows sre's semantics directly. The matcher also serves the one step of the
// Python 3.7+ search loop JS cannot express: after an empty match, a match at the same position must be
// non-empty. { engine: 'backtrack' } forces the matcher for every pattern (the tests run both engines).

import {
  MAXREPEAT,
  Node,
  ParsedPattern,
  ParseOptions,
  ReError,
  Translation,
  asciiCaseClass,
  asciiLower,
  translatePattern,
  uniCanon,
  uniCaseClass,
  uniLower,
} from './translate';
import { ReplTemplate, expandTemplate, parseTemplate } from './template';

export { ReError } from './translate';
export type { ReplTemplate } from './template';

export interface CompileOptions extends ParseOptions {
  /** 'backtrack' forces the built-in backtracking matcher even when a JS RegExp could be used (for tests) */
  engine?: 'auto' | 'backtrack';
}
type Kind = 'search' | 'match' | 'full';

// ---------------------------------------------------------------------------------------------------------------
// character helpers

const RE_UNI_WORD = /^[\p{L}\p{N}_]$/u;
const RE_UNI_DIGIT = /^\p{Nd}$/u;

function isWord(c: number, ascii: boolean): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  if (ascii) return false;
  return RE_UNI_WORD.test(String.fromCodePoint(c));
}

function isDigit(c: number, ascii: boolean): boolean {
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  if (ascii) return false;
  return RE_UNI_DIGIT.test(String.fromCodePoint(c));
}

function isSpace(c: number, ascii: boolean): boolean {
  if (c < 0x80) return (c >= 9 && c <= 13) || c === 32 || (!ascii && c >= 0x1c && c <= 0x1f);
  if (ascii) return false;
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000
  );
}

function nextIdx(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
  }
  return i + 1;
}

function prevIdx(s: string, i: number): number {
  if (i >= 2) {
    const d = s.charCodeAt(i - 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const c = s.charCodeAt(i - 2);
      if (c >= 0xd800 && c <= 0xdbff) return i - 2;
    }
  }
  return i - 1;
}

function isMidPair(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const d = s.charCodeAt(i);
  if (d < 0xdc00 || d > 0xdfff) return false;
  const c = s.charCodeAt(i - 1);
  return c >= 0xd800 && c <= 0xdbff;
}

function cpBefore(s: string, i: number): number {
  return s.codePointAt(prevIdx(s, i))!;
}

function inRanges(r: number[], c: number): boolean {
  for (let k = 0; k < r.length; k += 2) {
    if (c < r[k]) return false;
    if (c <= r[k + 1]) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Backtracking matcher: the syntax tree is compiled to a small instruction list run by a loop with an explicit
// backtracking stack (so long subjects cannot overflow the JS call stack). It follows sre's semantics: captures
// keep their value from earlier loop iterations, a backreference to an unset group fails, a loop stops after an
// iteration that matched the empty string, possessive repeats and atomic groups commit to their first match.

// opcodes
const O_CHAR = 0; // pred                 consume one code point satisfying preds[pred]
const O_LIT = 1; // cp                    consume exactly cp
const O_AT = 2; // kind ascii
const O_SPLIT = 3; // alt                 try next instruction, on failure resume at alt
const O_JMP = 4; // target
const O_OPEN = 5; // g
const O_CLOSE = 6; // g
const O_REP_INIT = 7; // r
const O_REP_STEP = 8; // r body exit more
const O_REP_MORE = 9; // r body
const O_REPONE = 10; // pred min max mode(0 greedy, 1 lazy, 2 possessive)
const O_BREF = 11; // g ci
const O_COND = 12; // g noPc
const O_ATOMIC = 13; // id
const O_END_ATOMIC = 14; // id
const O_LOOK = 15; // id behind neg width after
const O_END_LOOK = 16; // id behind neg
const O_MATCH = 17;


// stack frames: 5 numbers each [type, a, b, c, d]
const F_CHOICE = 0; // pc pos
const F_UNDO_CAP = 1; // index old
const F_UNDO_LI = 2; // old
const F_UNDO_GSTART = 3; // g old
const F_UNDO_REP = 4; // r count last
const F_REPONE = 5; // instrPc curPos count
const F_MARK = 6; // neg(0/1/2 = atomic/positive look/negative look) savedPos afterPc id
const FS = 5;

const AT_CODES: Record<string, number> = { bos: 0, bol: 1, eos: 2, eol: 3, eolm: 4, b: 5, B: 6 };

class Matcher {
  private readonly code: number[] = [];
  /** per general repeat r: [3r] min, [3r+1] max, [3r+2] pc of its REP_MORE */
  private readonly repInfo: number[] = [];
  private readonly preds: ((c: number) => boolean)[] = [];
  private nreps = 0;
  private nmarks = 0;
  private readonly ngroups: number;

  private readonly caps: number[];
  private readonly gstart: number[];
  private readonly repCount: number[];
  private readonly repLast: number[];
  private readonly markPos: number[];
  private stack: number[] = [];

  constructor(pp: ParsedPattern) {
    this.ngroups = pp.groups;
    this.emit(pp.root);
    this.code.push(O_MATCH);
    this.caps = new Array<number>(2 * pp.groups + 2).fill(-1);
    this.gstart = new Array<number>(pp.groups + 1).fill(-1);
    this.repCount = new Array<number>(this.nreps).fill(0);
    this.repLast = new Array<number>(this.nreps).fill(-1);
    this.markPos = new Array<number>(this.nmarks).fill(-1);
  }

  // ---- compilation

  private unitPred(n: Node): ((c: number) => boolean) | null {
    if (n.t === 'lit') {
      const cp = n.cp;
      if (n.ci === 0) return (c) => c === cp;
      if (n.ci === 1) {
        const l = asciiLower(cp);
        return (c) => asciiLower(c) === l;
      }
      const k = uniCanon(cp);
      return (c) => c === cp || uniCanon(c) === k;
    }
    if (n.t === 'any') return n.all ? () => true : (c) => c !== 10;
    if (n.t === 'set') {
      const { ranges, cats, neg, ci } = n;
      const catTests = cats.map((ct) => {
        const a = ct.ascii;
        switch (ct.cat) {
          case 'd':
            return (c: number) => isDigit(c, a);
          case 'D':
            return (c: number) => !isDigit(c, a);
          case 'w':
            return (c: number) => isWord(c, a);
          case 'W':
            return (c: number) => !isWord(c, a);
          case 's':
            return (c: number) => isSpace(c, a);
          case 'S':
            return (c: number) => !isSpace(c, a);
        }
      });
      const inSet = (c: number): boolean => {
        if (inRanges(ranges, c)) return true;
        if (ci === 1) {
          for (const v of asciiCaseClass(c)) if (v !== c && inRanges(ranges, v)) return true;
        } else if (ci === 2) {
          for (const v of uniCaseClass(c)) if (v !== c && inRanges(ranges, v)) return true;
        }
        for (const t of catTests) if (t(c)) return true;
        return false;
      };
      return neg ? (c) => !inSet(c) : inSet;
    }
    return null;
  }

  private pred(p: (c: number) => boolean): number {
    this.preds.push(p);
    return this.preds.length - 1;
  }

  private emit(n: Node): void {
    const code = this.code;
    switch (n.t) {
      case 'lit':
        if (n.ci === 0) code.push(O_LIT, n.cp);
        else code.push(O_CHAR, this.pred(this.unitPred(n)!));
        return;
      case 'set':
      case 'any':
        code.push(O_CHAR, this.pred(this.unitPred(n)!));
        return;
      case 'at':
        code.push(O_AT, AT_CODES[n.at], n.ascii ? 1 : 0);
        return;
      case 'seq':
        for (const it of n.items) this.emit(it);
        return;
      case 'alt': {
        const jumps: number[] = [];
        for (let k = 0; k < n.alts.length; k++) {
          const last = k === n.alts.length - 1;
          let split = -1;
          if (!last) {
            split = code.length;
            code.push(O_SPLIT, 0);
          }
          this.emit(n.alts[k]);
          if (!last) {
            jumps.push(code.length);
            code.push(O_JMP, 0);
            code[split + 1] = code.length;
          }
        }
        for (const j of jumps) code[j + 1] = code.length;
        return;
      }
      case 'group':
        code.push(O_OPEN, n.g);
        this.emit(n.body);
        code.push(O_CLOSE, n.g);
        return;
      case 'atomic': {
        const id = this.nmarks++;
        code.push(O_ATOMIC, id);
        this.emit(n.body);
        code.push(O_END_ATOMIC, id);
        return;
      }
      case 'look': {
        const id = this.nmarks++;
        const at = code.length;
        code.push(O_LOOK, id, n.behind ? 1 : 0, n.neg ? 1 : 0, n.width, 0);
        this.emit(n.body);
        code.push(O_END_LOOK, id, n.behind ? 1 : 0, n.neg ? 1 : 0);
        code[at + 5] = code.length;
        return;
      }
      case 'rep': {
        const p = this.unitPred(n.body);
        const max = n.max >= MAXREPEAT ? Infinity : n.max;
        if (p) {
          code.push(O_REPONE, this.pred(p), n.min, max, n.mode === 'greedy' ? 0 : n.mode === 'lazy' ? 1 : 2);
          return;
        }
        if (n.mode === 'possessive') {
          this.emit({ t: 'atomic', body: { t: 'rep', min: n.min, max: n.max, mode: 'greedy', body: n.body } });
          return;
        }
        const r = this.nreps++;
        code.push(O_REP_INIT, r);
        const step = code.length;
        code.push(O_REP_STEP, r, 0, 0, n.mode === 'lazy' ? 1 : 0);
        const more = code.length;
        code.push(O_REP_MORE, r, 0);
        this.repInfo[3 * r] = n.min;
        this.repInfo[3 * r + 1] = max;
        this.repInfo[3 * r + 2] = more;
        const body = code.length;
        this.emit(n.body);
        code.push(O_JMP, step);
        const exit = code.length;
        code[step + 2] = body;
        code[step + 3] = exit;
        code[more + 2] = body;
        return;
      }
      case 'bref':
        code.push(O_BREF, n.g, n.ci);
        return;
      case 'cond': {
        const at = code.length;
        code.push(O_COND, n.g, 0);
        this.emit(n.yes);
        if (n.no) {
          const j = code.length;
          code.push(O_JMP, 0);
          code[at + 2] = code.length;
          this.emit(n.no);
          code[j + 1] = code.length;
        } else code[at + 2] = code.length;
        return;
      }
    }
  }

  // ---- execution

  /** Runs one match (kind match/full: anchored at pos; search: leftmost). */
  run(s: string, pos: number, end: number, kind: Kind, notEmpty: boolean): { regs: number[]; lastindex: number } | null {
    const matchAll = kind === 'full';
    let p = pos;
    for (;;) {
      const r = this.attempt(s, p, end, matchAll, notEmpty);
      if (r) return r;
      notEmpty = false;
      if (kind !== 'search' || p >= end) return null;
      p = nextIdx(s, p);
    }
  }

  private attempt(
    s: string,
    start: number,
    end: number,
    matchAll: boolean,
    notEmpty: boolean,
  ): { regs: number[]; lastindex: number } | null {
    const code = this.code;
    const preds = this.preds;
    const repInfo = this.repInfo;
    // buffers are reused between attempts (a run never re-enters the matcher); only captures need resetting,
    // the other registers are always written before they are read
    const caps = this.caps.fill(-1);
    const gstart = this.gstart;
    const repCount = this.repCount;
    const repLast = this.repLast;
    const markPos = this.markPos;
    const st = this.stack;
    let lastindex = -1;
    let sp = 0;
    let pc = 0;
    let i = start;

    const push = (t: number, a: number, b: number, c: number, d: number) => {
      st[sp] = t;
      st[sp + 1] = a;
      st[sp + 2] = b;
      st[sp + 3] = c;
      st[sp + 4] = d;
      sp += FS;
    };

    for (;;) {
      let fail = false;
      switch (code[pc]) {
        case O_LIT: {
          if (i >= end) {
            fail = true;
            break;
          }
          const c = s.codePointAt(i)!;
          if (c !== code[pc + 1]) {
            fail = true;
            break;
          }
          i += c > 0xffff ? 2 : 1;
          pc += 2;
          break;
        }
        case O_CHAR: {
          if (i >= end) {
            fail = true;
            break;
          }
          const c = s.codePointAt(i)!;
          if (!preds[code[pc + 1]](c)) {
            fail = true;
            break;
          }
          i += c > 0xffff ? 2 : 1;
          pc += 2;
          break;
        }
        case O_AT: {
          let ok: boolean;
          switch (code[pc + 1]) {
            case 0:
              ok = i === 0;
              break;
            case 1:
              ok = i === 0 || s.charCodeAt(i - 1) === 10;
              break;
            case 2:
              ok = i === end;
              break;
            case 3:
              ok = i === end || (i + 1 === end && s.charCodeAt(i) === 10);
              break;
            case 4:
              ok = i === end || s.charCodeAt(i) === 10;
              break;
            default: {
              if (end === 0) {
                ok = false;
                break;
              }
              const ascii = code[pc + 2] === 1;
              const before = i > 0 && isWord(cpBefore(s, i), ascii);
              const after = i < end && isWord(s.codePointAt(i)!, ascii);
              ok = (before !== after) === (code[pc + 1] === 5);
            }
          }
          if (!ok) fail = true;
          else pc += 3;
          break;
        }
        case O_SPLIT:
          push(F_CHOICE, code[pc + 1], i, 0, 0);
          pc += 2;
          break;
        case O_JMP:
          pc = code[pc + 1];
          break;
        case O_OPEN: {
          const g = code[pc + 1];
          push(F_UNDO_GSTART, g, gstart[g], 0, 0);
          gstart[g] = i;
          pc += 2;
          break;
        }
        case O_CLOSE: {
          const g = code[pc + 1];
          push(F_UNDO_CAP, 2 * g, caps[2 * g], 0, 0);
          push(F_UNDO_CAP, 2 * g + 1, caps[2 * g + 1], 0, 0);
          push(F_UNDO_LI, lastindex, 0, 0, 0);
          caps[2 * g] = gstart[g];
          caps[2 * g + 1] = i;
          lastindex = g;
          pc += 2;
          break;
        }
        case O_REP_INIT: {
          const r = code[pc + 1];
          push(F_UNDO_REP, r, repCount[r], repLast[r], 0);
          repCount[r] = 0;
          repLast[r] = -1;
          pc += 2;
          break;
        }
        case O_REP_STEP: {
          const r = code[pc + 1];
          const min = repInfo[3 * r];
          const max = repInfo[3 * r + 1];
          const cnt = repCount[r];
          if (cnt < min) {
            push(F_UNDO_REP, r, cnt, repLast[r], 0);
            repCount[r] = cnt + 1;
            pc = code[pc + 2];
          } else if (code[pc + 4] === 0) {
            // greedy: another iteration if allowed, else (or on failure) the tail
            if (cnt < max && i !== repLast[r]) {
              push(F_CHOICE, code[pc + 3], i, 0, 0);
              push(F_UNDO_REP, r, cnt, repLast[r], 0);
              repLast[r] = i;
              repCount[r] = cnt + 1;
              pc = code[pc + 2];
            } else pc = code[pc + 3];
          } else {
            // lazy: the tail first, another iteration on failure
            push(F_CHOICE, repInfo[3 * r + 2], i, 0, 0);
            pc = code[pc + 3];
          }
          break;
        }
        case O_REP_MORE: {
          const r = code[pc + 1];
          const cnt = repCount[r];
          if (cnt >= repInfo[3 * r + 1] || i === repLast[r]) {
            fail = true;
            break;
          }
          push(F_UNDO_REP, r, cnt, repLast[r], 0);
          repLast[r] = i;
          repCount[r] = cnt + 1;
          pc = code[pc + 2];
          break;
        }
        case O_REPONE: {
          // like sre's REPEAT_ONE family, fail outright when the position is past the end (match with pos > endpos)
          if (i > end) {
            fail = true;
            break;
          }
          const pred = preds[code[pc + 1]];
          const min = code[pc + 2];
          const max = code[pc + 3];
          const mode = code[pc + 4];
          let j = i;
          let cnt = 0;
          const limit = mode === 1 ? min : max;
          while (cnt < limit && j < end) {
            const c = s.codePointAt(j)!;
            if (!pred(c)) break;
            j += c > 0xffff ? 2 : 1;
            cnt++;
          }
          if (cnt < min) {
            fail = true;
            break;
          }
          if (mode === 0 ? cnt > min : mode === 1 && cnt < max) push(F_REPONE, pc, j, cnt, 0);
          i = j;
          pc += 5;
          break;
        }
        case O_BREF: {
          const g = code[pc + 1];
          const a = caps[2 * g];
          const b = caps[2 * g + 1];
          if (a < 0 || b < 0) {
            fail = true;
            break;
          }
          const ci = code[pc + 2];
          if (ci === 0) {
            const len = b - a;
            if (i + len > end) {
              fail = true;
              break;
            }
            for (let k = 0; k < len; k++) {
              if (s.charCodeAt(a + k) !== s.charCodeAt(i + k)) {
                fail = true;
                break;
              }
            }
            if (fail) break;
            i += len;
          } else {
            let x = a;
            let y = i;
            while (x < b) {
              if (y >= end) {
                fail = true;
                break;
              }
              const c1 = s.codePointAt(x)!;
              const c2 = s.codePointAt(y)!;
              if (c1 !== c2 && (ci === 1 ? asciiLower(c1) !== asciiLower(c2) : uniLower(c1) !== uniLower(c2))) {
                fail = true;
                break;
              }
              x += c1 > 0xffff ? 2 : 1;
              y += c2 > 0xffff ? 2 : 1;
            }
            if (fail) break;
            i = y;
          }
          pc += 3;
          break;
        }
        case O_COND: {
          const g = code[pc + 1];
          pc = caps[2 * g] >= 0 && caps[2 * g + 1] >= 0 ? pc + 3 : code[pc + 2];
          break;
        }
        case O_ATOMIC:
          markPos[code[pc + 1]] = sp;
          push(F_MARK, 0, i, 0, code[pc + 1]);
          pc += 2;
          break;
        case O_END_ATOMIC:
          sp = cut(st, sp, markPos[code[pc + 1]]);
          pc += 2;
          break;
        case O_LOOK: {
          const id = code[pc + 1];
          const behind = code[pc + 2] === 1;
          const neg = code[pc + 3] === 1;
          let from = i;
          if (behind) {
            const w = code[pc + 4];
            for (let k = 0; k < w; k++) {
              if (from <= 0) {
                from = -1;
                break;
              }
              from = prevIdx(s, from);
            }
            if (from < 0) {
              if (neg) pc = code[pc + 5];
              else fail = true;
              break;
            }
          }
          markPos[id] = sp;
          push(F_MARK, neg ? 2 : 1, i, code[pc + 5], id);
          i = from;
          pc += 6;
          break;
        }
        case O_END_LOOK: {
          const m = markPos[code[pc + 1]];
          const saved = st[m + 2];
          // a look-behind body must end where the look-behind started
          if (code[pc + 2] === 1 && i !== saved) {
            fail = true;
            break;
          }
          if (code[pc + 3] === 1) {
            // negative: the body matched, so the assertion fails; undo everything the body did
            while (sp > m) {
              sp -= FS;
              const t = st[sp];
              if (t === F_UNDO_CAP) caps[st[sp + 1]] = st[sp + 2];
              else if (t === F_UNDO_LI) lastindex = st[sp + 1];
              else if (t === F_UNDO_GSTART) gstart[st[sp + 1]] = st[sp + 2];
              else if (t === F_UNDO_REP) {
                repCount[st[sp + 1]] = st[sp + 2];
                repLast[st[sp + 1]] = st[sp + 3];
              }
            }
            fail = true;
            break;
          }
          sp = cut(st, sp, m);
          i = saved;
          pc += 4;
          break;
        }
        case O_MATCH:
          if ((matchAll && i !== end) || (notEmpty && i === start)) {
            fail = true;
            break;
          }
          caps[0] = start;
          caps[1] = i;
          if (st.length > 1 << 16) this.stack = [];
          return { regs: caps.slice(), lastindex };
      }
      if (!fail) continue;
      // backtrack
      for (;;) {
        if (sp === 0) {
          if (st.length > 1 << 16) this.stack = [];
          return null;
        }
        sp -= FS;
        const t = st[sp];
        if (t === F_CHOICE) {
          pc = st[sp + 1];
          i = st[sp + 2];
          break;
        }
        if (t === F_UNDO_CAP) caps[st[sp + 1]] = st[sp + 2];
        else if (t === F_UNDO_LI) lastindex = st[sp + 1];
        else if (t === F_UNDO_GSTART) gstart[st[sp + 1]] = st[sp + 2];
        else if (t === F_UNDO_REP) {
          repCount[st[sp + 1]] = st[sp + 2];
          repLast[st[sp + 1]] = st[sp + 3];
        } else if (t === F_REPONE) {
          const ipc = st[sp + 1];
          const mode = code[ipc + 4];
          let j = st[sp + 2];
          let cnt = st[sp + 3];
          if (mode === 0) {
            j = prevIdx(s, j);
            cnt--;
            if (cnt > code[ipc + 2]) {
              st[sp + 2] = j;
              st[sp + 3] = cnt;
              sp += FS;
            }
          } else {
            if (j >= end) continue;
            const c = s.codePointAt(j)!;
            if (!preds[code[ipc + 1]](c)) continue;
            j += c > 0xffff ? 2 : 1;
            cnt++;
            if (cnt < code[ipc + 3]) {
              st[sp + 2] = j;
              st[sp + 3] = cnt;
              sp += FS;
            }
          }
          i = j;
          pc = ipc + 5;
          break;
        } else if (t === F_MARK) {
          if (st[sp + 1] === 2) {
            // negative look-around whose body failed: the assertion holds
            i = st[sp + 2];
            pc = st[sp + 3];
            break;
          }
        }
      }
    }
  }
}

/** removes the choice points (and marks) above the mark at m, keeping the undo records; returns the new top */
function cut(st: number[], sp: number, m: number): number {
  let w = m;
  for (let r = m + FS; r < sp; r += FS) {
    const t = st[r];
    if (t === F_UNDO_CAP || t === F_UNDO_LI || t === F_UNDO_GSTART || t === F_UNDO_REP) {
      if (w !== r) for (let k = 0; k < FS; k++) st[w + k] = st[r + k];
      w += FS;
    }
  }
  return w;
}

// ---------------------------------------------------------------------------------------------------------------
// Match results

export class MatchResult {
  private li: number | undefined;

  constructor(
    readonly re: CompiledRegex,
    readonly string: string,
    readonly pos: number,
    readonly endpos: number,
    /** flat [start0, end0, start1, end1, ...]; -1 for groups that did not participate */
    readonly regs: number[],
    lastindex?: number,
  ) {
    this.li = lastindex;
  }

  /** number of the last matched group, -1 for None */
  get lastindex(): number {
    if (this.li === undefined) {
      // JS path: the group whose closing parenthesis comes last in the pattern closed last
      const order = this.re.closeOrder;
      let best = -1;
      let bestRank = -1;
      for (let g = 1; g <= this.re.groups; g++) {
        if (this.regs[2 * g] >= 0 && order[g] > bestRank) {
          bestRank = order[g];
          best = g;
        }
      }
      this.li = best;
    }
    return this.li;
  }

  /** name of the last matched group, undefined for None */
  get lastgroup(): string | undefined {
    const li = this.lastindex;
    return li < 0 ? undefined : this.re.groupNames[li];
  }

  start(g = 0): number {
    return this.regs[2 * g];
  }

  end(g = 0): number {
    return this.regs[2 * g + 1];
  }

  group(g = 0): string | undefined {
    const a = this.regs[2 * g];
    return a < 0 ? undefined : this.string.slice(a, this.regs[2 * g + 1]);
  }

  /** resolves a group number or name; throws ReError(kind 'IndexError', "no such group") */
  groupIndex(key: number | string): number {
    if (typeof key === 'number') {
      if (Number.isInteger(key) && key >= 0 && key <= this.re.groups) return key;
    } else {
      const g = this.re.groupindex.get(key);
      if (g !== undefined) return g;
    }
    throw new ReError('no such group', null, null, 'IndexError');
  }

  expand(template: string): string {
    const t = this.re.template(template);
    return expandTemplate(t, (g) => this.group(g));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Compiled pattern

interface Found {
  regs: number[];
  lastindex: number | undefined;
}

export class CompiledRegex {
  readonly pattern: string;
  /** pattern.flags as Python reports them */
  readonly flags: number;
  readonly groups: number;
  readonly groupindex: ReadonlyMap<string, number>;
  /** groupNames[g] = name of group g, or undefined */
  readonly groupNames: (string | undefined)[];
  readonly isBytes: boolean;
  /** rank of each group's closing parenthesis (for lastindex) */
  readonly closeOrder: number[];
  readonly translation: Translation;
  private jsOk: boolean;
  private readonly rx: (RegExp | undefined)[] = [];
  private sliceSrc: string | undefined;
  private sliceEnd = 0;
  private sliceStr = '';
  private matcher: Matcher | undefined;
  private templates: Map<string, ReplTemplate> | undefined;
  /** the pattern can only match the empty string (no need to retry for a non-empty match) */
  private readonly onlyEmpty: boolean;

  constructor(pattern: string, flags = 0, opts: CompileOptions = {}) {
    const tr = translatePattern(pattern, flags, opts);
    this.translation = tr;
    this.pattern = pattern;
    this.flags = tr.pyFlags;
    this.groups = tr.groupCount;
    this.groupindex = tr.groupNames;
    this.groupNames = new Array(tr.groupCount + 1).fill(undefined);
    for (const [name, g] of tr.groupNames) this.groupNames[g] = name;
    this.isBytes = !!opts.bytes;
    this.closeOrder = tr.parsed.closeOrder;
    this.jsOk = tr.fallback === null && opts.engine !== 'backtrack';
    this.onlyEmpty = maxWidthZero(tr.parsed.root);
  }

  /** the JS RegExp for an operation, or null if the JS engine rejects the translation (then the matcher is used) */
  private getRx(kind: Kind, indices: boolean): RegExp | null {
    const key = (kind === 'search' ? 0 : kind === 'match' ? 1 : 2) + (indices ? 3 : 0);
    let r = this.rx[key];
    if (!r) {
      const tr = this.translation;
      const src = kind === 'full' ? '(?:' + tr.source + ')$' : tr.source;
      try {
        r = new RegExp(src, tr.flags + (kind === 'search' ? 'g' : 'y') + (indices ? 'd' : ''));
      } catch {
        this.jsOk = false;
        return null;
      }
      this.rx[key] = r;
    }
    return r;
  }

  /** s truncated to end (cached: loops over one subject slice it once) */
  private truncated(s: string, end: number): string {
    if (end >= s.length) return s;
    if (this.sliceSrc !== s || this.sliceEnd !== end) {
      this.sliceSrc = s;
      this.sliceEnd = end;
      this.sliceStr = s.slice(0, end);
    }
    return this.sliceStr;
  }

  /** true when matching runs on JS RegExp; false when the pattern needs the backtracking matcher */
  get usesJsRegExp(): boolean {
    return this.jsOk;
  }

  private getMatcher(): Matcher {
    if (!this.matcher) this.matcher = new Matcher(this.translation.parsed);
    return this.matcher;
  }

  /**
   * One match attempt on `s` limited to `end`. kind 'search' finds the leftmost match at or after pos.
   * notEmpty: sre's must_advance (a match starting at pos must not be empty).
   */
  private find(s: string, pos: number, end: number, kind: Kind, notEmpty: boolean, wantGroups: boolean): Found | null {
    if (!this.jsOk || pos > end) return this.getMatcher().run(s, pos, end, kind, notEmpty);
    if (notEmpty) {
      if (!this.onlyEmpty) {
        const r = this.getMatcher().run(s, pos, end, kind === 'search' ? 'match' : kind, true);
        if (r || kind !== 'search') return r;
      } else if (kind !== 'search') return null;
      if (pos >= end) return null;
      pos = nextIdx(s, pos);
    }
    const str = this.truncated(s, end);
    const indices = wantGroups && this.groups > 0;
    const re = this.getRx(kind, indices);
    if (!re) return this.getMatcher().run(s, pos, end, kind, false);
    re.lastIndex = pos;
    let m = re.exec(str);
    // V8 (unicode mode) also tries to match between the two halves of a surrogate pair, which Python never does:
    // such a match is spurious, and no real position before it matched, so continue after it.
    while (m && isMidPair(str, m.index)) {
      re.lastIndex = m.index + 1;
      m = re.exec(str);
    }
    if (!m) return null;
    const n = this.groups;
    const regs = new Array<number>(2 * n + 2).fill(-1);
    regs[0] = m.index;
    regs[1] = m.index + m[0].length;
    if (indices) {
      const ind = m.indices!;
      const map = this.translation.groupMap;
      for (let g = 1; g <= n; g++) {
        const sp = ind[map[g]];
        if (sp) {
          regs[2 * g] = sp[0];
          regs[2 * g + 1] = sp[1];
        }
      }
    }
    return { regs, lastindex: undefined };
  }

  private result(s: string, pos: number, endpos: number, f: Found): MatchResult {
    return new MatchResult(this, s, pos, endpos, f.regs, f.lastindex);
  }

  private one(kind: Kind, s: string, pos?: number, endpos?: number): MatchResult | null {
    const [p, e] = clampRange(s, pos, endpos);
    if (p > e && kind !== 'match') return null;
    const f = this.find(s, p, e, kind, false, true);
    return f ? this.result(s, p, e, f) : null;
  }

  match(s: string, pos?: number, endpos?: number): MatchResult | null {
    return this.one('match', s, pos, endpos);
  }

  fullmatch(s: string, pos?: number, endpos?: number): MatchResult | null {
    return this.one('full', s, pos, endpos);
  }

  search(s: string, pos?: number, endpos?: number): MatchResult | null {
    return this.one('search', s, pos, endpos);
  }

  scanner(s: string, pos?: number, endpos?: number): Scanner {
    const [p, e] = clampRange(s, pos, endpos);
    return new Scanner(this, s, p, e);
  }

  /** @internal used by Scanner */
  step(s: string, pos: number, end: number, kind: Kind, mustAdvance: boolean, wantGroups: boolean): Found | null {
    return this.find(s, pos, end, kind, mustAdvance, wantGroups);
  }

  *finditer(s: string, pos?: number, endpos?: number): Generator<MatchResult, void, undefined> {
    const sc = this.scanner(s, pos, endpos);
    for (;;) {
      const m = sc.search();
      if (!m) return;
      yield m;
    }
  }

  findall(s: string, pos?: number, endpos?: number): (string | string[])[] {
    const [p, e] = clampRange(s, pos, endpos);
    const out: (string | string[])[] = [];
    if (p > e) return out;
    const n = this.groups;
    let at = p;
    let mustAdvance = false;
    for (;;) {
      const f = this.find(s, at, e, 'search', mustAdvance, n > 0);
      if (!f) break;
      const r = f.regs;
      if (n === 0) out.push(s.slice(r[0], r[1]));
      else if (n === 1) out.push(r[2] < 0 ? '' : s.slice(r[2], r[3]));
      else {
        const t: string[] = [];
        for (let g = 1; g <= n; g++) t.push(r[2 * g] < 0 ? '' : s.slice(r[2 * g], r[2 * g + 1]));
        out.push(t);
      }
      mustAdvance = r[1] === r[0];
      at = r[1];
    }
    return out;
  }

  split(s: string, maxsplit = 0): (string | undefined)[] {
    const out: (string | undefined)[] = [];
    const n = this.groups;
    const end = s.length;
    let last = 0;
    let at = 0;
    let count = 0;
    let mustAdvance = false;
    while (maxsplit === 0 || count < maxsplit) {
      const f = this.find(s, at, end, 'search', mustAdvance, n > 0);
      if (!f) break;
      const r = f.regs;
      out.push(s.slice(last, r[0]));
      for (let g = 1; g <= n; g++) out.push(r[2 * g] < 0 ? undefined : s.slice(r[2 * g], r[2 * g + 1]));
      count++;
      mustAdvance = r[1] === r[0];
      last = at = r[1];
    }
    out.push(s.slice(last));
    return out;
  }

  /** parsed replacement template (cached per pattern) */
  template(repl: string): ReplTemplate {
    if (!this.templates) this.templates = new Map();
    let t = this.templates.get(repl);
    if (!t) {
      t = parseTemplate(repl, this.groups, this.translation.groupNames, this.isBytes);
      if (this.templates.size >= 64) this.templates.clear();
      this.templates.set(repl, t);
    }
    return t;
  }

  subn(repl: string | ((m: MatchResult) => string), s: string, count = 0): [string, number] {
    const tmpl = typeof repl === 'string' ? this.template(repl) : null;
    const wantGroups = tmpl === null || tmpl.literal === null;
    const end = s.length;
    let out = '';
    let last = 0;
    let at = 0;
    let n = 0;
    let mustAdvance = false;
    while (count === 0 || n < count) {
      const f = this.find(s, at, end, 'search', mustAdvance, wantGroups);
      if (!f) break;
      const r = f.regs;
      out += s.slice(last, r[0]);
      if (tmpl) {
        if (tmpl.literal !== null) out += tmpl.literal;
        else out += expandTemplate(tmpl, (g) => (r[2 * g] < 0 ? undefined : s.slice(r[2 * g], r[2 * g + 1])));
      } else out += (repl as (m: MatchResult) => string)(this.result(s, 0, end, f));
      n++;
      mustAdvance = r[1] === r[0];
      last = at = r[1];
    }
    out += s.slice(last);
    return [out, n];
  }

  sub(repl: string | ((m: MatchResult) => string), s: string, count = 0): string {
    return this.subn(repl, s, count)[0];
  }
}

/** Pattern.scanner(): successive matches sharing sre's search state */
export class Scanner {
  private at: number;
  private mustAdvance = false;
  private done = false;

  constructor(
    readonly re: CompiledRegex,
    readonly string: string,
    readonly pos: number,
    readonly endpos: number,
  ) {
    this.at = pos;
  }

  private next(kind: Kind): MatchResult | null {
    if (this.done) return null;
    if (this.at > this.endpos) {
      this.done = true;
      return null;
    }
    const f = this.re.step(this.string, this.at, this.endpos, kind, this.mustAdvance, true);
    if (!f) {
      this.done = true;
      return null;
    }
    this.mustAdvance = f.regs[1] === f.regs[0];
    this.at = f.regs[1];
    return new MatchResult(this.re, this.string, this.pos, this.endpos, f.regs, f.lastindex);
  }

  match(): MatchResult | null {
    return this.next('match');
  }

  search(): MatchResult | null {
    return this.next('search');
  }
}

function clampRange(s: string, pos?: number, endpos?: number): [number, number] {
  const len = s.length;
  let p = pos ?? 0;
  let e = endpos ?? len;
  if (p < 0) p = 0;
  else if (p > len) p = len;
  if (e < 0) e = 0;
  else if (e > len) e = len;
  return [p, e];
}

function maxWidthZero(n: Node): boolean {
  switch (n.t) {
    case 'lit':
    case 'set':
    case 'any':
    case 'bref':
      return false;
    case 'at':
    case 'look':
      return true;
    case 'seq':
      return n.items.every(maxWidthZero);
    case 'alt':
      return n.alts.every(maxWidthZero);
    case 'group':
    case 'atomic':
      return maxWidthZero(n.body);
    case 'rep':
      return n.max === 0 || maxWidthZero(n.body);
    case 'cond':
      return maxWidthZero(n.yes) && (!n.no || maxWidthZero(n.no));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// helpers for the glue

const ESCAPE_SPECIAL = new Set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f');

/** re.escape for str (and latin-1 bytes) */
export function escape(s: string): string {
  let out = '';
  for (const ch of s) out += ESCAPE_SPECIAL.has(ch) ? '\\' + ch : ch;
  return out;
}

/** Converts between JS (UTF-16) indices and Python (code point) indices of one string. */
export class IndexMap {
  /** null when the string has no surrogates (indices coincide) */
  private readonly cpOfJs: Int32Array | null;
  private readonly jsOfCp: Int32Array | null;

  constructor(readonly s: string) {
    if (!/[\ud800-\udfff]/.test(s)) {
      this.cpOfJs = this.jsOfCp = null;
      return;
    }
    const cpOfJs = new Int32Array(s.length + 1);
    const js: number[] = [];
    let cp = 0;
    for (let i = 0; i < s.length; ) {
      const j = nextIdx(s, i);
      js.push(i);
      for (let k = i; k < j; k++) cpOfJs[k] = cp;
      cp++;
      i = j;
    }
    cpOfJs[s.length] = cp;
    js.push(s.length);
    this.cpOfJs = cpOfJs;
    this.jsOfCp = Int32Array.from(js);
  }

  /** code point index -> JS index (clamped to the string) */
  toJs(cp: number): number {
    if (!this.jsOfCp) return Math.max(0, Math.min(cp, this.s.length));
    return this.jsOfCp[Math.max(0, Math.min(cp, this.jsOfCp.length - 1))];
  }

  /** JS index -> code point index (-1 stays -1) */
  toCp(js: number): number {
    if (js < 0 || !this.cpOfJs) return js;
    return this.cpOfJs[js];
  }
}
