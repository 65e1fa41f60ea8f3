// Python 3.11 tokenizer, modelled on CPython's Parser/tokenizer.c so that token positions
// and error messages/locations match CPython exactly.
//
// The whole source is tokenized eagerly into an array (the parser backtracks freely over
// it). When the tokenizer meets an error it stops; the error is thrown by the parser only
// when it actually asks for the token at that index, exactly like CPython which tokenizes
// lazily. String literal bodies are not decoded here (see literals.ts / parser-strings.ts).

import { CompileError, type CompileErrorKind } from './errors';

export const ENDMARKER = 0;
export const NAME = 1;
export const NUMBER = 2;
export const STRING = 3;
export const OP = 4;
export const NEWLINE = 5;
export const INDENT = 6;
export const DEDENT = 7;

export const TOKEN_NAMES = ['ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'OP', 'NEWLINE', 'INDENT', 'DEDENT'];

export class Token {
  constructor(
    readonly type: number,
    /** Exact source text; '' for NEWLINE/INDENT/DEDENT/ENDMARKER. */
    readonly value: string,
    readonly lineno: number,
    /** 0-based column; -1 for INDENT/DEDENT/ENDMARKER, which CPython gives no column. */
    readonly col: number,
    readonly endLineno: number,
    /** For col === -1 tokens: CPython's tokenizer cursor column, used in error locations. */
    readonly endCol: number,
    /** Absolute offsets into the normalised source. */
    readonly start: number,
    readonly end: number,
    /** Bracket depth after this token (CPython's token->level). */
    readonly level: number,
  ) {}
}

export interface TokenizeResult {
  /** Newline-normalised source (\r\n and \r become \n, a final \n is added). */
  source: string;
  tokens: Token[];
  /** Error to raise when the parser needs token index `tokens.length`; null if tokenizing succeeded. */
  error: CompileError | null;
  /**
   * True when CPython raises `error` directly from the tokenizer (bad literal, bad character,
   * unmatched bracket...). Such an error also replaces a parser error found earlier in the file,
   * because CPython tokenizes the rest of the file after a parse failure.
   */
  hard: boolean;
  /** When the tokenizer stopped inside brackets: the "'(' was never closed" error and the bracket's line. */
  unclosed: CompileError | null;
  unclosedLine: number;
}

const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;

// ASCII character classes: 1 identifier start, 2 identifier char, 4 decimal digit, 8 hex digit.
const CC = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) CC[c]! |= 3;
  if (/[0-9]/.test(ch)) CC[c]! |= 2 | 4 | 8;
  if (/[a-fA-F]/.test(ch)) CC[c]! |= 8;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return c >= 0 && c < 128 && (CC[c]! & 8) !== 0;
}
/** CPython's is_potential_identifier_char: ASCII letters, digits, '_' and anything non-ASCII. */
function isIdentChar(c: number): boolean {
  return c >= 128 || (c >= 0 && (CC[c]! & 2) !== 0);
}

/** Canonical multi-character operator strings (literals, so comparisons are pointer checks). */
const MULTI_CHAR_OPS = new Map(['!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==',
  '>=', '>>', '@=', '^=', '|=', '**=', '//=', '<<=', '>>='].map((o) => [o, o]));

/** Interned one-character strings, so single-character operators allocate nothing. */
const ONE_CHAR: string[] = [];
for (let c = 0; c < 128; c++) ONE_CHAR.push(String.fromCharCode(c));

const ID_START = /^[\p{XID_Start}_]$/u;
const ID_CONTINUE = /^\p{XID_Continue}$/u;
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** Python's str.isprintable() for one code point. */
export function isPrintableCodePoint(cp: number): boolean {
  if (cp === 32) return true;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

function hex4(cp: number): string {
  const h = cp.toString(16).toUpperCase();
  return h.length < 4 ? '0'.repeat(4 - h.length) + h : h;
}

/** Normalise newlines like CPython's translate_newlines and make sure the text ends with \n. */
export function normalizeSource(source: string): string {
  let s = source;
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (s.length > 0 && s.charCodeAt(s.length - 1) !== 10) s += '\n';
  return s;
}

interface TokErr {
  kind: CompileErrorKind;
  msg: string;
  lineno: number;
  offset: number;
  lineStart: number;
  endLineno: number;
  endOffset: number;
  hard: boolean;
}

class Stop {
  constructor(readonly err: TokErr) {}
}

class Tokenizer {
  readonly src: string;
  readonly n: number;
  pos = 0;
  lineno = 1;
  lineStart = 0;
  /**
   * CPython's tok->buf: the start of the line where the current token began. It does not
   * move while a token (multi-line string, backslash continuation) spans lines; only the
   * "unexpected character after line continuation" error measures from it.
   */
  bufStart = 0;
  readonly tokens: Token[] = [];
  level = 0;
  readonly parenCh: number[] = [];
  readonly parenLine: number[] = [];
  readonly parenCol: number[] = [];
  readonly indstack: number[] = [0];
  readonly altstack: number[] = [0];

  constructor(src: string, readonly filename: string) {
    this.src = src;
    this.n = src.length;
  }

  /** CPython-style error at cursor `cur` (offset = characters from line start to cur). */
  private err(msg: string, cur: number, hard = true, kind: CompileErrorKind = 'SyntaxError'): Stop {
    const off = cur - this.lineStart;
    return new Stop({ kind, msg, lineno: this.lineno, offset: off, lineStart: this.lineStart,
      endLineno: this.lineno, endOffset: off, hard });
  }

  /** Line number and line start CPython reports at end of input (the last line, not a new one). */
  private eofLine(): [number, number] {
    if (this.n === 0) return [1, 0];
    return [this.lineno - 1, this.src.lastIndexOf('\n', this.n - 2) + 1];
  }

  private unclosedErr(): Stop {
    const i = this.level - 1;
    const line = this.parenLine[i]!;
    const col = this.parenCol[i]!;
    return new Stop({ kind: 'SyntaxError', msg: `'${String.fromCharCode(this.parenCh[i]!)}' was never closed`,
      lineno: line, offset: col + 1, lineStart: -line, endLineno: line, endOffset: 0, hard: false });
  }

  private push(type: number, start: number, end: number, value: string): void {
    this.tokens.push(new Token(type, value, this.lineno, start - this.lineStart, this.lineno,
      end - this.lineStart, start, end, this.level));
  }

  private newline(at: number): void {
    this.lineno++;
    this.lineStart = at + 1;
  }

  /** After a backslash at `this.pos`: join the next physical line (tok_continuation_line). */
  private continuation(): void {
    const p = this.pos;
    if (this.src.charCodeAt(p + 1) !== 10) {
      const e = this.err('unexpected character after line continuation character', p + 2, false);
      e.err.offset = p + 2 - this.bufStart;
      e.err.endOffset = 0;
      throw e;
    }
    this.pos = p + 2;
    if (this.pos >= this.n) {
      if (this.level > 0) throw this.unclosedErr();
      const e = this.err('unexpected EOF while parsing', this.n, false);
      e.err.endOffset = -1;
      throw e;
    }
    this.newline(p + 1);
  }

  run(): void {
    const src = this.src;
    const n = this.n;
    let atbol = true;
    for (;;) {
      let blank = false;
      let c: number;
      if (atbol) {
        atbol = false;
        let col = 0;
        let altcol = 0;
        let contCol = 0;
        for (;;) {
          c = this.pos < n ? src.charCodeAt(this.pos) : -1;
          if (c === 32) {
            col++;
            altcol++;
            this.pos++;
          } else if (c === 9) {
            col = ((col / TABSIZE) | 0) * TABSIZE + TABSIZE;
            altcol++;
            this.pos++;
          } else if (c === 12) {
            col = altcol = 0;
            this.pos++;
          } else if (c === 92) {
            // Indentation cannot be split by backslashes: the first one fixes the level.
            contCol = contCol || col;
            this.continuation();
          } else break;
        }
        blank = c === 35 || c === 10;
        if (!blank && this.level === 0) this.indentation(contCol || col, contCol || altcol);
      }

      c = this.pos < n ? src.charCodeAt(this.pos) : -1;
      while (c === 32 || c === 9 || c === 12) c = ++this.pos < n ? src.charCodeAt(this.pos) : -1;
      const start = this.pos;

      if (c === 35) {
        const nl = src.indexOf('\n', this.pos);
        this.pos = nl < 0 ? n : nl;
        c = this.pos < n ? 10 : -1;
      }

      if (c === -1) {
        if (this.level > 0) throw this.unclosedErr();
        const [line, ls] = this.eofLine();
        this.tokens.push(new Token(ENDMARKER, '', line, -1, line, n - ls, n, n, 0));
        return;
      }

      // Identifiers, keywords and prefixed strings.
      if (c >= 128 || (CC[c]! & 1) !== 0) {
        let p = this.pos;
        let sawB = false, sawR = false, sawU = false, sawF = false;
        for (;;) {
          const ch = src.charCodeAt(p) | 32;
          if (!(sawB || sawU || sawF) && ch === 98) sawB = true;
          else if (!(sawB || sawU || sawR || sawF) && ch === 117) sawU = true;
          else if (!(sawR || sawU) && ch === 114) sawR = true;
          else if (!(sawF || sawB || sawU) && ch === 102) sawF = true;
          else break;
          p++;
          const q = src.charCodeAt(p);
          if (q === 34 || q === 39) {
            this.string(start, p);
            break;
          }
        }
        if (this.pos !== start) continue; // a string was read
        p = this.pos;
        let nonascii = false;
        for (;;) {
          const ch = src.charCodeAt(p);
          if (ch < 128) {
            if ((CC[ch]! & 2) === 0) break;
          } else if (ch === ch) nonascii = true;
          else break; // NaN: end of input
          p++;
        }
        if (nonascii) this.verifyIdentifier(start, p);
        this.pos = p;
        this.push(NAME, start, p, src.slice(start, p));
        continue;
      }

      if (c === 10) {
        // The NEWLINE token starts where the comment (if any) started, like CPython's.
        const nl = this.pos;
        atbol = true;
        if (!blank && this.level === 0) {
          this.tokens.push(new Token(NEWLINE, '', this.lineno, start - this.lineStart, this.lineno,
            nl - this.lineStart, start, nl, 0));
        }
        this.pos++;
        this.newline(nl);
        this.bufStart = this.lineStart;
        continue;
      }

      if (c === 46) {
        const c2 = src.charCodeAt(start + 1);
        if (isDigit(c2)) {
          this.number(start);
          continue;
        }
        if (c2 === 46 && src.charCodeAt(start + 2) === 46) {
          this.pos = start + 3;
          this.push(OP, start, start + 3, '...');
        } else {
          this.pos = start + 1;
          this.push(OP, start, start + 1, '.');
        }
        continue;
      }

      if (isDigit(c)) {
        this.number(start);
        continue;
      }

      if (c === 34 || c === 39) {
        this.string(start, start);
        continue;
      }

      if (c === 92) {
        this.continuation();
        continue;
      }

      const len = opLength(c, src.charCodeAt(start + 1), src.charCodeAt(start + 2));
      if (len > 1) {
        this.pos = start + len;
        const text = src.slice(start, start + len);
        this.push(OP, start, start + len, MULTI_CHAR_OPS.get(text) ?? text);
        continue;
      }
      this.pos = start + 1;
      if (c === 40 || c === 91 || c === 123) {
        if (this.level >= MAXLEVEL) throw this.err('too many nested parentheses', this.pos);
        this.parenCh.push(c);
        this.parenLine.push(this.lineno);
        this.parenCol.push(start - this.lineStart);
        this.level++;
      } else if (c === 41 || c === 93 || c === 125) {
        const ch = String.fromCharCode(c);
        if (this.level === 0) throw this.err(`unmatched '${ch}'`, this.pos);
        this.level--;
        const open = this.parenCh.pop()!;
        const openLine = this.parenLine.pop()!;
        this.parenCol.pop();
        if (!((open === 40 && c === 41) || (open === 91 && c === 93) || (open === 123 && c === 125))) {
          const o = String.fromCharCode(open);
          throw this.err(openLine !== this.lineno
            ? `closing parenthesis '${ch}' does not match opening parenthesis '${o}' on line ${openLine}`
            : `closing parenthesis '${ch}' does not match opening parenthesis '${o}'`, this.pos);
        }
      } else if (c < 32 || c === 127) {
        if (c === 0) throw this.err('source code cannot contain null bytes', this.pos);
        throw this.err(`invalid non-printable character U+${hex4(c)}`, this.pos);
      }
      this.push(OP, start, start + 1, ONE_CHAR[c]!);
    }
  }

  /** Compare the new line's indentation with the stack (tokenizer.c, "Get indentation level"). */
  private indentation(col: number, altcol: number): void {
    const ind = this.indstack;
    const alt = this.altstack;
    let top = ind.length - 1;
    const atEof = this.pos >= this.n;
    if (col === ind[top]) {
      if (altcol !== alt[top]) throw this.tabError(atEof);
    } else if (col > ind[top]!) {
      if (ind.length >= MAXINDENT) {
        throw new Stop({ kind: 'IndentationError', msg: 'too many levels of indentation', lineno: this.lineno,
          offset: 1, lineStart: this.lineStart, endLineno: this.lineno, endOffset: 0, hard: false });
      }
      if (altcol <= alt[top]!) throw this.tabError(atEof);
      ind.push(col);
      alt.push(altcol);
      this.tokens.push(new Token(INDENT, '', this.lineno, -1, this.lineno, this.pos - this.lineStart,
        this.pos, this.pos, 0));
    } else {
      let dedents = 0;
      while (top > 0 && col < ind[top]!) {
        top--;
        dedents++;
      }
      if (col !== ind[top]) {
        // CPython reports the cursor at the end of the offending line.
        let end = this.src.indexOf('\n', this.pos);
        if (end < 0) end = this.n;
        throw new Stop({ kind: 'IndentationError', msg: 'unindent does not match any outer indentation level',
          lineno: this.lineno, offset: end + 1 - this.lineStart, lineStart: this.lineStart,
          endLineno: this.lineno, endOffset: -1, hard: false });
      }
      if (altcol !== alt[top]) throw this.tabError(atEof);
      ind.length = top + 1;
      alt.length = top + 1;
      let line = this.lineno;
      let cur = this.pos - this.lineStart;
      if (atEof) {
        const [l, ls] = this.eofLine();
        line = l;
        cur = this.n - ls;
      }
      for (let i = 0; i < dedents; i++) {
        this.tokens.push(new Token(DEDENT, '', line, -1, line, cur, this.pos, this.pos, 0));
      }
    }
  }

  private tabError(atEof: boolean): Stop {
    const line = atEof ? this.eofLine()[0] : this.lineno;
    return new Stop({ kind: 'TabError', msg: 'inconsistent use of tabs and spaces in indentation',
      lineno: line, offset: 1, lineStart: this.lineStart, endLineno: line, endOffset: 0, hard: false });
  }

  /** Non-ASCII identifiers must be XID_Start XID_Continue* (verify_identifier). */
  private verifyIdentifier(start: number, end: number): void {
    const s = this.src.slice(start, end);
    let i = 0;
    let first = true;
    while (i < s.length) {
      const cp = s.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      const ok = cp < 128 ? (CC[cp]! & (first ? 1 : 2)) !== 0 : (first ? ID_START : ID_CONTINUE).test(ch);
      if (!ok) {
        // CPython: offset = code points up to and including the bad character. Offsets are
        // UTF-16 columns + 1, so point at the character's first code unit + 1 (for a
        // surrogate pair that is between its halves, which counts as one code point).
        const cur = start + i + 1;
        if (isPrintableCodePoint(cp)) throw this.err(`invalid character '${ch}' (U+${hex4(cp)})`, cur);
        throw this.err(`invalid non-printable character U+${hex4(cp)}`, cur);
      }
      first = false;
      i += ch.length;
    }
  }

  private string(start: number, q: number): void {
    const src = this.src;
    const n = this.n;
    const quote = src.charCodeAt(q);
    const firstLine = this.lineno;
    const firstLineStart = this.lineStart;
    let p = q + 1;
    let triple = false;
    if (src.charCodeAt(p) === quote) {
      if (src.charCodeAt(p + 1) === quote) {
        triple = true;
        p += 2;
      } else {
        this.pos = p + 1;
        this.pushString(start, p + 1, firstLine, firstLineStart);
        return;
      }
    }
    for (;;) {
      if (p >= n) {
        this.unterminated(start, firstLine, firstLineStart, triple, this.lineno - 1);
      }
      const ch = src.charCodeAt(p);
      if (ch === quote) {
        if (!triple) {
          p++;
          break;
        }
        if (src.charCodeAt(p + 1) === quote && src.charCodeAt(p + 2) === quote) {
          p += 3;
          break;
        }
        p++;
      } else if (ch === 10) {
        if (!triple) this.unterminated(start, firstLine, firstLineStart, false, this.lineno);
        this.newline(p);
        p++;
      } else if (ch === 92) {
        if (src.charCodeAt(p + 1) === 10) this.newline(p + 1);
        p += 2;
      } else p++;
    }
    this.pos = p;
    this.pushString(start, p, firstLine, firstLineStart);
  }

  private pushString(start: number, end: number, line: number, lineStart: number): void {
    this.tokens.push(new Token(STRING, this.src.slice(start, end), line, start - lineStart, this.lineno,
      end - this.lineStart, start, end, this.level));
  }

  private unterminated(start: number, line: number, lineStart: number, triple: boolean, detected: number): never {
    const off = start + 1 - lineStart;
    throw new Stop({ kind: 'SyntaxError',
      msg: `unterminated ${triple ? 'triple-quoted ' : ''}string literal (detected at line ${detected})`,
      lineno: line, offset: off, lineStart, endLineno: line, endOffset: off, hard: true });
  }

  /** Numbers, following tokenizer.c's state machine so errors point where CPython's do. */
  private number(start: number): void {
    const src = this.src;
    let p = start;
    let c = src.charCodeAt(p);
    if (c === 46) {
      this.floatRest(start, p);
      return;
    }
    if (c !== 48) {
      this.floatRest(start, this.decimalTail(p));
      return;
    }
    const c2 = src.charCodeAt(p + 1) | 32;
    if (c2 === 120) return this.radixNumber(start, p + 2, 16, 'hexadecimal');
    if (c2 === 111) return this.radixNumber(start, p + 2, 8, 'octal');
    if (c2 === 98) return this.radixNumber(start, p + 2, 2, 'binary');
    // "0", "00", "0_0", or an old-style octal such as "0777" (an error unless it is a float).
    c = src.charCodeAt(++p);
    for (;;) {
      if (c === 95) {
        c = src.charCodeAt(++p);
        if (!isDigit(c)) throw this.err('invalid decimal literal', p);
      }
      if (c !== 48) break;
      c = src.charCodeAt(++p);
    }
    const zerosEnd = p;
    let nonzero = false;
    if (isDigit(c)) {
      nonzero = true;
      p = this.decimalTail(p);
      c = src.charCodeAt(p);
    }
    if (c === 46 || c === 101 || c === 69 || c === 106 || c === 74) {
      this.floatRest(start, p);
      return;
    }
    if (nonzero) {
      const e = this.err('leading zeros in decimal integer literals are not permitted; ' +
        'use an 0o prefix for octal integers', start + 1);
      e.err.endOffset = zerosEnd - this.lineStart;
      throw e;
    }
    this.finishNumber(start, p, 'decimal');
  }

  /** p is at a digit: skip digits and single underscores between digits. */
  private decimalTail(p: number): number {
    const src = this.src;
    for (;;) {
      let c: number;
      do c = src.charCodeAt(++p); while (isDigit(c));
      if (c !== 95) return p;
      if (!isDigit(src.charCodeAt(++p))) throw this.err('invalid decimal literal', p);
    }
  }

  /** p is just after the integer part (or at the '.' of ".5"): fraction, exponent, 'j'. */
  private floatRest(start: number, p: number): void {
    const src = this.src;
    let c = src.charCodeAt(p);
    if (c === 46) {
      c = src.charCodeAt(++p);
      if (isDigit(c)) {
        p = this.decimalTail(p);
        c = src.charCodeAt(p);
      }
    }
    if (c === 101 || c === 69) {
      const e = p;
      c = src.charCodeAt(++p);
      if (c === 43 || c === 45) {
        c = src.charCodeAt(++p);
        if (!isDigit(c)) throw this.err('invalid decimal literal', p);
      } else if (!isDigit(c)) {
        // "1e" not followed by digits: the number ends before the 'e' ("1else" is fine).
        this.finishNumber(start, e, 'decimal');
        return;
      }
      p = this.decimalTail(p);
      c = src.charCodeAt(p);
    }
    if (c === 106 || c === 74) {
      this.finishNumber(start, p + 1, 'imaginary');
      return;
    }
    this.finishNumber(start, p, 'decimal');
  }

  /** Digits after 0x / 0o / 0b (p is just after the radix letter). */
  private radixNumber(start: number, p: number, radix: number, kind: string): void {
    const src = this.src;
    const ok = (c: number) => (radix === 16 ? isHex(c) : c >= 48 && c < 48 + radix);
    let c = src.charCodeAt(p);
    do {
      if (c === 95) c = src.charCodeAt(++p);
      if (!ok(c)) {
        if (radix !== 16 && isDigit(c)) {
          throw this.err(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, p + 1);
        }
        throw this.err(`invalid ${kind} literal`, p);
      }
      do c = src.charCodeAt(++p); while (ok(c));
    } while (c === 95);
    if (radix !== 16 && isDigit(c)) {
      throw this.err(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, p + 1);
    }
    this.finishNumber(start, p, kind);
  }

  private finishNumber(start: number, p: number, kind: string): void {
    this.verifyEnd(p, kind);
    this.pos = p;
    this.push(NUMBER, start, p, this.src.slice(start, p));
  }

  /**
   * verify_end_of_number: a literal directly followed by an identifier character is an error,
   * except for the keywords that may legally follow a number ("1if x else y").
   */
  private verifyEnd(p: number, kind: string): void {
    const src = this.src;
    const c = src.charCodeAt(p);
    // tokenizer.c's lookahead(): the rest of the keyword, not followed by an identifier char.
    const rest = (s: string) => src.startsWith(s, p + 1) && !isIdentChar(src.charCodeAt(p + 1 + s.length));
    let r = false;
    if (c === 97) r = rest('nd');
    else if (c === 101) r = rest('lse');
    else if (c === 102) r = rest('or');
    else if (c === 105) {
      const c2 = src.charCodeAt(p + 1);
      r = c2 === 102 || c2 === 110 || c2 === 115;
    } else if (c === 111) r = rest('r');
    else if (c === 110) r = rest('ot');
    // Only ASCII identifier characters count here: CPython lets "1é" tokenize as NUMBER NAME.
    if (!r && c < 128 && isIdentChar(c)) throw this.err(`invalid ${kind} literal`, p);
  }
}

/** Length of the operator starting with c, c2, c3 (1 for anything that is not a 2/3-char operator). */
function opLength(c: number, c2: number, c3: number): number {
  switch (c) {
    case 33: // !
      return c2 === 61 ? 2 : 1;
    case 37: case 38: case 64: case 94: case 124: case 43: // % & @ ^ | +
      return c2 === 61 ? 2 : 1;
    case 42: // *
      if (c2 === 42) return c3 === 61 ? 3 : 2;
      return c2 === 61 ? 2 : 1;
    case 45: // -
      return c2 === 61 || c2 === 62 ? 2 : 1;
    case 47: // /
      if (c2 === 47) return c3 === 61 ? 3 : 2;
      return c2 === 61 ? 2 : 1;
    case 58: // :
      return c2 === 61 ? 2 : 1;
    case 60: // <
      if (c2 === 60) return c3 === 61 ? 3 : 2;
      return c2 === 61 || c2 === 62 ? 2 : 1;
    case 61: // =
      return c2 === 61 ? 2 : 1;
    case 62: // >
      if (c2 === 62) return c3 === 61 ? 3 : 2;
      return c2 === 61 ? 2 : 1;
    default:
      return 1;
  }
}

function lineTextAt(src: string, lineStart: number): string {
  let end = src.indexOf('\n', lineStart);
  if (end < 0) end = src.length;
  return src.slice(lineStart, end);
}

function lineStartOf(src: string, lineno: number): number {
  let p = 0;
  for (let i = 1; i < lineno; i++) {
    const nl = src.indexOf('\n', p);
    if (nl < 0) return src.length;
    p = nl + 1;
  }
  return p;
}

function toCompileError(src: string, filename: string, e: TokErr): CompileError {
  const ls = e.lineStart < 0 ? lineStartOf(src, -e.lineStart) : e.lineStart;
  return new CompileError(e.kind, e.msg, filename, e.lineno, e.offset, lineTextAt(src, ls), e.endLineno, e.endOffset);
}

/** Tokenize a whole module. Never throws: a tokenizer error is returned in `error`. */
export function tokenize(source: string, filename: string): TokenizeResult {
  const src = normalizeSource(source);
  const t = new Tokenizer(src, filename);
  try {
    t.run();
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const error = toCompileError(src, filename, e.err);
    let unclosed: CompileError | null = null;
    let unclosedLine = 0;
    if (t.level > 0) {
      const i = t.level - 1;
      unclosedLine = t.parenLine[i]!;
      unclosed = new CompileError('SyntaxError', `'${String.fromCharCode(t.parenCh[i]!)}' was never closed`, filename,
        unclosedLine, t.parenCol[i]! + 1, lineTextAt(src, lineStartOf(src, unclosedLine)), unclosedLine, 0);
    }
    return { source: src, tokens: t.tokens, error, hard: e.err.hard, unclosed, unclosedLine };
  }
  return { source: src, tokens: t.tokens, error: null, hard: false, unclosed: null, unclosedLine: 0 };
}
