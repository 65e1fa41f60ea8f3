// Shared machinery of the recursive-descent parser: token access, node construction and
// CPython-compatible error reporting.
//
// Like CPython's PEG parser we run up to two passes. Pass 1 parses the valid grammar only
// and fails softly (throwing FAIL). On failure pass 2 re-parses with `invalid` set, which
// enables the checks mirroring CPython's `invalid_*` grammar rules; they throw a specific
// CompileError. If none fires, the error is a generic "invalid syntax" located at the
// furthest token pass 1 looked at (CPython's `p->tokens[p->fill-1]`), which is why every
// token access goes through `tok()`, which tracks that furthest index.

import type * as A from './ast';
import { CompileError, type CompileErrorKind } from './errors';
import {
  DEDENT, ENDMARKER, INDENT, NAME, NEWLINE, OP, Token, type TokenizeResult,
} from './tokenizer';

/** Soft parse failure: the current alternative does not match. */
export class ParseFail {
  private readonly _brand = 'ParseFail';
}
export const FAIL = new ParseFail();

/** Thrown when the parser needs a token the tokenizer could not produce. */
export class TokenizerStop {
  constructor(readonly error: CompileError) {}
}

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** Anything with a start position: a token or an AST node. */
export interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** Settings of a sub-parser that parses the expression inside an f-string replacement field. */
export interface FStringSub {
  /** CPython's p->starting_col_offset: subtracted from error columns. */
  startCol: number;
}

const NON_ASCII = /[^\x00-\x7f]/;

export function tokLoc(t: Token): Loc {
  return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

export abstract class ParserBase {
  readonly toks: Token[];
  readonly ntok: number;
  readonly src: string;
  readonly filename: string;
  readonly tr: TokenizeResult;
  /** Index of the current token. */
  pos = 0;
  /** Index of the furthest token fetched so far (across both passes). */
  maxPos = -1;
  /** Pass 2: CPython's call_invalid_rules (temporarily off inside *_without_invalid rules). */
  invalid = false;
  /** True for the whole second pass; memoisation is active then. */
  pass2 = false;
  /** Non-null when parsing an f-string replacement field. */
  fsub: FStringSub | null = null;
  /** Pass-2 memo tables (rule -> token index -> [node, end index] or null for failure). */
  protected memo = new Map<string, Map<number, [unknown, number] | null>>();

  constructor(tr: TokenizeResult, filename: string) {
    this.tr = tr;
    this.toks = tr.tokens;
    this.ntok = tr.tokens.length;
    this.src = tr.source;
    this.filename = filename;
  }

  // ------------------------------------------------------------------ tokens

  /** Token at index i. Reaching the point where the tokenizer failed raises its error. */
  tok(i: number): Token {
    if (i > this.maxPos) {
      if (i >= this.ntok) {
        if (this.tr.error) throw new TokenizerStop(this.tr.error);
        return this.toks[this.ntok - 1]!;
      }
      this.maxPos = i;
    }
    return this.toks[i]!;
  }

  peek(): Token {
    return this.tok(this.pos);
  }

  /** True when the current token's text is `v` (an operator or keyword). */
  at(v: string): boolean {
    const t = this.tok(this.pos);
    return t.value === v && (t.type === OP || t.type === NAME);
  }

  atType(type: number): boolean {
    return this.tok(this.pos).type === type;
  }

  eat(v: string): Token | null {
    const t = this.tok(this.pos);
    if (t.value === v && (t.type === OP || t.type === NAME)) {
      this.pos++;
      return t;
    }
    return null;
  }

  expect(v: string): Token {
    const t = this.tok(this.pos);
    if (t.value === v && (t.type === OP || t.type === NAME)) {
      this.pos++;
      return t;
    }
    throw FAIL;
  }

  expectType(type: number): Token {
    const t = this.tok(this.pos);
    if (t.type !== type) throw FAIL;
    this.pos++;
    return t;
  }

  /** CPython's forced token (&&'x'): raises "expected 'x'" immediately, even in pass 1. */
  expectForced(v: string): Token {
    const t = this.tok(this.pos);
    if (t.value === v && (t.type === OP || t.type === NAME)) {
      this.pos++;
      return t;
    }
    throw this.errorAt(tokLoc(t), `expected '${v}'`);
  }

  isKeyword(t: Token): boolean {
    return t.type === NAME && KEYWORDS.has(t.value);
  }

  /** A NAME token that is not a keyword (soft keywords are names). */
  atName(): boolean {
    const t = this.tok(this.pos);
    return t.type === NAME && !KEYWORDS.has(t.value);
  }

  /** Consume a NAME token that is not a keyword. */
  name(): Token {
    const t = this.tok(this.pos);
    if (t.type !== NAME || KEYWORDS.has(t.value)) throw FAIL;
    this.pos++;
    return t;
  }

  /** Identifier text; non-ASCII identifiers are NFKC-normalised like CPython's. */
  ident(t: Token): string {
    return NON_ASCII.test(t.value) ? t.value.normalize('NFKC') : t.value;
  }

  /** The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER (end of a node). */
  lastReal(): Token {
    let m = this.pos - 1;
    let t = this.toks[m]!;
    while (m > 0 && (t.type === NEWLINE || t.type === INDENT || t.type === DEDENT || t.type === ENDMARKER)) {
      t = this.toks[--m]!;
    }
    return t;
  }

  // ------------------------------------------------------------------ nodes

  /**
   * Finish a node spanning from `start` to the end of the last consumed token. Node literals
   * carry placeholder position fields so every node of a type has one fixed shape.
   */
  mk<T extends A.Pos>(n: T, start: Token | Loc): T {
    if (start instanceof Token) {
      n.lineno = start.lineno;
      n.col_offset = start.col;
    } else {
      n.lineno = start.lineno;
      n.col_offset = start.col_offset;
    }
    const e = this.lastReal();
    n.end_lineno = e.endLineno;
    n.end_col_offset = e.endCol;
    return n;
  }

  /** A node with explicit start and end. */
  mkSpan<T extends A.Pos>(n: T, start: Loc, end: Loc): T {
    n.lineno = start.lineno;
    n.col_offset = start.col_offset;
    n.end_lineno = end.end_lineno;
    n.end_col_offset = end.end_col_offset;
    return n;
  }

  // ------------------------------------------------------------------ errors

  /** Source text of a line, for error messages. */
  lineText(lineno: number): string {
    let p = 0;
    for (let i = 1; i < lineno; i++) {
      const nl = this.src.indexOf('\n', p);
      if (nl < 0) return '';
      p = nl + 1;
    }
    let e = this.src.indexOf('\n', p);
    if (e < 0) e = this.src.length;
    return this.src.slice(p, e);
  }

  /** Build an error with CPython's 1-based offsets; applies the f-string prefix/shift. */
  makeError(kind: CompileErrorKind, msg: string, lineno: number, offset: number, endLineno: number,
    endOffset: number): CompileError {
    if (this.fsub) {
      msg = 'f-string: ' + msg;
      offset -= this.fsub.startCol;
      endOffset -= this.fsub.startCol;
    }
    return new CompileError(kind, msg, this.filename, lineno, offset, this.lineText(lineno), endLineno, endOffset);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg). */
  errorAt(a: Loc, msg: string, kind: CompileErrorKind = 'SyntaxError'): CompileError {
    return this.makeError(kind, msg, a.lineno, a.col_offset + 1, a.end_lineno, a.end_col_offset + 1);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg). */
  errorRange(a: Loc, b: Loc, msg: string): CompileError {
    return this.makeError('SyntaxError', msg, a.lineno, a.col_offset + 1, b.end_lineno, b.end_col_offset + 1);
  }

  /** RAISE_SYNTAX_ERROR(msg) / RAISE_INDENTATION_ERROR(msg): located at the furthest token fetched. */
  errorLast(msg: string, kind: CompileErrorKind = 'SyntaxError'): CompileError {
    const t = this.toks[Math.min(this.maxPos, this.ntok - 1)]!;
    if (t.col < 0) {
      // INDENT/DEDENT/ENDMARKER have no column: CPython uses its tokenizer cursor.
      return this.makeError(kind, msg, t.lineno, t.endCol, t.endLineno, -1);
    }
    return this.makeError(kind, msg, t.lineno, t.col + 1, t.endLineno, t.endCol + 1);
  }

  // ------------------------------------------------------------------ backtracking helpers

  /**
   * Run `f` speculatively: on soft failure restore the position and return null. Hard errors
   * (CompileError, tokenizer errors) propagate, as in CPython where they abort the parse.
   */
  attempt<T>(f: () => T): T | null {
    const save = this.pos;
    try {
      return f();
    } catch (e) {
      if (e !== FAIL) throw e;
      this.pos = save;
      return null;
    }
  }

  /**
   * Pass-2 memoisation of rule `key` at the current position. It keeps pass 2 linear and,
   * as in CPython, is shared between invalid-rules-on and -off parsing: a rule that failed
   * inside expression_without_invalid is not retried with the invalid checks.
   */
  memoized<T>(key: string, f: () => T): T {
    if (!this.pass2) return f();
    let table = this.memo.get(key);
    if (!table) {
      table = new Map();
      this.memo.set(key, table);
    }
    const start = this.pos;
    const hit = table.get(start);
    if (hit !== undefined) {
      if (hit === null) throw FAIL;
      this.pos = hit[1];
      return hit[0] as T;
    }
    try {
      const r = f();
      table.set(start, [r, this.pos]);
      return r;
    } catch (e) {
      if (e === FAIL) table.set(start, null);
      throw e;
    }
  }

  /** Run `f` with invalid-rule checks switched off (CPython's *_without_invalid rules). */
  withoutInvalid<T>(f: () => T): T {
    const old = this.invalid;
    this.invalid = false;
    try {
      return f();
    } finally {
      this.invalid = old;
    }
  }
}
