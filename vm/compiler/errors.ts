// Compile-time errors, mirroring CPython's SyntaxError attributes so the VM can turn them
// into a Python SyntaxError / IndentationError / TabError with the same fields.

import type { Pos } from './ast';

export type CompileErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class CompileError extends Error {
  readonly kind: CompileErrorKind;
  readonly msg: string;
  readonly filename: string;
  /** 1-based line number. */
  readonly lineno: number;
  /** 1-based column (CPython's SyntaxError.offset); 0 when unknown. */
  readonly offset: number;
  /** The offending source line, without its trailing newline. */
  readonly text: string;
  readonly end_lineno: number;
  /** 1-based end column; -1 or 0 when CPython leaves it unset. */
  readonly end_offset: number;

  constructor(
    kind: CompileErrorKind,
    msg: string,
    filename: string,
    lineno: number,
    offset: number,
    text: string,
    end_lineno = lineno,
    end_offset = offset,
  ) {
    super(`${msg} (${filename}, line ${lineno})`);
    this.name = kind;
    this.kind = kind;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.text = text;
    this.end_lineno = end_lineno;
    this.end_offset = end_offset;
  }
}

/** The text of 1-based line `lineno` of `source` (no newline); '' when out of range. */
export function sourceLine(source: string, lineno: number): string {
  if (lineno < 1) return '';
  let start = 0;
  for (let i = 1; i < lineno; i++) {
    const nl = source.indexOf('\n', start);
    if (nl < 0) return '';
    start = nl + 1;
  }
  let end = source.indexOf('\n', start);
  if (end < 0) end = source.length;
  if (end > start && source.charCodeAt(end - 1) === 13) end--;
  return source.slice(start, end);
}

/** A SyntaxError spanning node position `at` (the symbol table's and compiler checks' errors). */
export function syntaxErrorAt(msg: string, filename: string, source: string, at: Pos): CompileError {
  return new CompileError('SyntaxError', msg, filename, at.lineno, at.col_offset + 1, sourceLine(source, at.lineno),
    at.end_lineno, at.end_col_offset + 1);
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\f' || ch === '\v' || ch === '\r' || ch === '\n';
}

/**
 * CPython's display of a SyntaxError (traceback.TracebackException._format_syntax_error):
 *
 *     File "x.py", line 1
 *       if x
 *           ^
 *     SyntaxError: expected ':'
 */
export function formatCompileError(e: CompileError): string {
  let out = `  File "${e.filename || '<string>'}", line ${e.lineno}\n`;
  const text = e.text;
  if (text) {
    const rtext = text.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = rtext.length - ltext.length;
    out += `    ${ltext}\n`;
    if (e.offset > 0) {
      let offset = e.offset;
      let endOffset = e.end_offset !== 0 && e.end_lineno === e.lineno ? e.end_offset : offset;
      if (offset > rtext.length + 1) offset = rtext.length + 1;
      if (endOffset > rtext.length + 1) endOffset = rtext.length + 1;
      if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = endOffset - 1 - spaces;
      if (colno >= 0) {
        let caretSpace = '';
        for (let i = 0; i < colno; i++) {
          const ch = i < ltext.length ? ltext[i]! : ' ';
          caretSpace += isSpace(ch) ? ch : ' ';
        }
        out += `    ${caretSpace}${'^'.repeat(Math.max(1, endColno - colno))}\n`;
      }
    }
  }
  out += `${e.kind}: ${e.msg}\n`;
  return out;
}
