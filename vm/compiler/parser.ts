// Entry point of the parser: `parse(source, filename, mode)`.
//
// The grammar lives in a chain of classes, one file per area:
//   parser-base.ts     token access, node construction, error locations
//   parser-expr.ts     expressions, atoms, displays, comprehensions
//   parser-args.ts     call arguments, def/lambda parameters
//   parser-strings.ts  string concatenation, bytes, f-strings
//   parser-pattern.ts  match-statement patterns
//   parser-stmt.ts     statements
// This file adds the two-pass driver and the f-string sub-parser.

import type * as A from './ast';
import { CompileError } from './errors';
import { FAIL, type FStringSub, TokenizerStop, tokLoc } from './parser-base';
import { StmtParser } from './parser-stmt';
import { DEDENT, ENDMARKER, INDENT, NEWLINE, Token, tokenize, type TokenizeResult } from './tokenizer';

export type Mode = 'exec' | 'eval' | 'single';

export class Parser extends StmtParser {
  /** Added to line numbers when looking up source text (f-string sub-parsers). */
  lineBase = 0;

  constructor(tr: TokenizeResult, filename: string, fsub: FStringSub | null = null) {
    super(tr, filename);
    this.fsub = fsub;
  }

  override lineText(lineno: number): string {
    return super.lineText(lineno - this.lineBase);
  }

  parseModule(): A.Module {
    return this.run(() => {
      const body = this.statements();
      this.expectType(ENDMARKER);
      return { _type: 'Module', body, type_ignores: [] } as A.Module;
    });
  }

  parseEval(): A.Expression {
    return this.run(() => {
      const body = this.expressions();
      while (this.atType(NEWLINE)) this.pos++;
      this.expectType(ENDMARKER);
      return { _type: 'Expression', body } as A.Expression;
    });
  }

  parseInteractive(): A.Interactive {
    const mod = this.run(() => {
      const body: A.Stmt[] = [];
      if (this.atType(ENDMARKER)) throw FAIL;
      this.statement(body);
      return { _type: 'Interactive', body } as A.Interactive;
    });
    // CPython's bad_single_statement: anything but blank lines/comments after the statement.
    let i = this.pos;
    while (i < this.ntok && this.toks[i]!.type === NEWLINE) i++;
    if (i < this.ntok && this.toks[i]!.type !== ENDMARKER) {
      throw this.errorLast('multiple statements found while compiling a single statement');
    }
    return mod;
  }

  /**
   * The two-pass driver (CPython's _PyPegen_run_parser + _PyPegen_set_syntax_error):
   * pass 1 with the plain grammar; on failure pass 2 with invalid_* rules; otherwise a
   * generic error at the furthest token of pass 1. Tokenizer errors found later in the file
   * may replace parser errors (see `override`).
   */
  run<T>(rule: () => T): T {
    try {
      return rule();
    } catch (e) {
      this.rethrowHard(e);
    }
    const last = this.toks[Math.min(this.maxPos, this.ntok - 1)]!;
    this.pos = 0;
    this.invalid = true;
    this.pass2 = true;
    this.memo.clear();
    try {
      rule();
    } catch (e) {
      this.rethrowHard(e);
    }
    // CPython reports unexpected (un)indents without looking at the rest of the file.
    if (last.type === INDENT) throw this.errorLast('unexpected indent', 'IndentationError');
    if (last.type === DEDENT) throw this.errorLast('unexpected unindent', 'IndentationError');
    let err: CompileError;
    if (last.col < 0) err = this.makeError('SyntaxError', 'invalid syntax', last.lineno, 0, last.lineno, 0);
    else err = this.errorAt(tokLoc(last), 'invalid syntax');
    throw this.override(err);
  }

  private rethrowHard(e: unknown): void {
    if (e instanceof TokenizerStop) throw e.error;
    if (e instanceof CompileError) throw this.override(e);
    if (e !== FAIL) throw e;
  }

  /**
   * CPython tokenizes the rest of the file after a parse error: a tokenizer error there wins,
   * and so does an unclosed bracket opened on an earlier line than the furthest token read.
   */
  private override(err: CompileError): CompileError {
    const tr = this.tr;
    if (tr.error && tr.hard) return tr.error;
    if (tr.unclosed && this.toks[Math.min(this.maxPos, this.ntok - 1)]!.lineno > tr.unclosedLine) return tr.unclosed;
    return err;
  }

  /**
   * Parse an f-string replacement field like CPython's fstring_compile_expr: the text is
   * wrapped in parentheses and tokenized on its own; tokens on its first line are shifted to
   * start at `col`, lines are shifted to start at `line`.
   */
  subParse(text: string, line: number, col: number): A.Expr {
    const tr = tokenize('(' + text + ')', this.filename);
    const dl = line - 1;
    const tokens = tr.tokens.map((t) => {
      const first = t.endLineno === 1 && t.col >= 0;
      const dc = first ? col : 0;
      return new Token(t.type, t.value, t.lineno + dl, t.col < 0 ? t.col : t.col + dc, t.endLineno + dl,
        t.endCol + dc, t.start, t.end, t.level);
    });
    const shift = (e: CompileError | null) => e && new CompileError(e.kind, e.msg, e.filename, e.lineno + dl,
      e.offset, e.text, e.end_lineno + dl, e.end_offset);
    const sub = new Parser({
      source: tr.source, tokens, error: shift(tr.error), hard: tr.hard, unclosed: shift(tr.unclosed),
      unclosedLine: tr.unclosedLine + dl,
    }, this.filename, { startCol: col });
    sub.lineBase = dl;
    return sub.run(() => sub.starExpressions());
  }
}

/**
 * Parse Python source into a CPython-shaped AST. Throws CompileError (SyntaxError,
 * IndentationError or TabError) with CPython's message and location.
 */
export function parse(source: string, filename: string, mode: 'exec'): A.Module;
export function parse(source: string, filename: string, mode: 'eval'): A.Expression;
export function parse(source: string, filename: string, mode: 'single'): A.Interactive;
export function parse(source: string, filename: string, mode?: Mode): A.Module | A.Expression | A.Interactive;
export function parse(source: string, filename: string, mode: Mode = 'exec'): A.Module | A.Expression | A.Interactive {
  const p = new Parser(tokenize(source, filename), filename);
  if (mode === 'eval') return p.parseEval();
  if (mode === 'single') return p.parseInteractive();
  return p.parseModule();
}
