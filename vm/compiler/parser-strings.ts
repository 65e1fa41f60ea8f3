// String literals: implicit concatenation, bytes, and f-strings, following CPython 3.11's
// Parser/string_parser.c step by step (the 3.11 tokenizer returns an f-string as one
// STRING token; its replacement fields are found here and each expression is parsed by a
// sub-parser over the text "(" + expr + ")", exactly as CPython does, so node positions and
// error messages match).

import type * as A from './ast';
import * as N from './nodes';
import { decodeBytes, decodeStr, hasNonAscii, LiteralError, stringParts } from './literals';
import { type Loc, tokLoc } from './parser-base';
import { ArgsParser } from './parser-args';
import { STRING, type Token } from './tokenizer';

const MAXLEVEL = 200;

/** Accumulates literal text and values of a (possibly implicitly concatenated) f-string. */
class FState {
  last = '';
  values: A.Expr[] = [];
  fmode = false;
}

function isPySpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}

export abstract class StringsParser extends ArgsParser {
  /** Parse `text` (an f-string replacement field) as star_expressions; see Parser.subParse. */
  abstract subParse(text: string, line: number, col: number): A.Expr;

  strings(): A.Expr {
    const firstIdx = this.pos;
    while (this.peek().type === STRING) this.pos++;
    const first = this.toks[firstIdx]!;
    const last = this.toks[this.pos - 1]!;
    const firstLoc = tokLoc(first);
    const lastLoc = tokLoc(last);
    let bytesMode = false;
    let bytesParts: Uint8Array[] | null = null;
    const st = new FState();
    for (let i = firstIdx; i < this.pos; i++) {
      const t = this.toks[i]!;
      const parts = stringParts(t.value);
      const body = t.value.slice(parts.bodyStart, parts.bodyEnd);
      if (parts.bytes && hasNonAscii(t.value)) {
        throw this.errorAt(tokLoc(t), 'bytes can only contain ASCII literal characters');
      }
      if (i !== firstIdx && bytesMode !== parts.bytes) throw this.errorLast('cannot mix bytes and nonbytes literals');
      bytesMode = parts.bytes;
      if (parts.bytes) {
        try {
          (bytesParts ??= []).push(decodeBytes(body, parts.raw));
        } catch (e) {
          throw this.literalError(e);
        }
      } else if (parts.fstring) {
        st.fmode = true;
        this.fstringConcat(st, body, 0, parts.raw, 0, first, t, lastLoc, parts.bodyStart);
      } else {
        let s: string;
        try {
          s = parts.raw ? body : decodeStr(body);
        } catch (e) {
          throw this.literalError(e);
        }
        st.last += s;
      }
    }
    if (bytesMode) {
      const chunks = bytesParts!;
      let v: Uint8Array;
      if (chunks.length === 1) v = chunks[0]!;
      else {
        v = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
        let o = 0;
        for (const c of chunks) {
          v.set(c, o);
          o += c.length;
        }
      }
      return this.mkSpan(N.Constant({ t: 'bytes', v }, null), firstLoc, lastLoc);
    }
    return this.finish(st, first, firstLoc, lastLoc);
  }

  private literalError(e: unknown): unknown {
    return e instanceof LiteralError ? this.errorLast(e.message) : e;
  }

  /** make_str_node_and_del: kind 'u' only when the first token is spelled with a lowercase u. */
  private strNode(s: string, kindTok: Token, a: Loc, b: Loc): A.Constant {
    return this.mkSpan(N.Constant({ t: 'str', v: s }, kindTok.value.charCodeAt(0) === 117 ? 'u' : null), a, b);
  }

  /** _PyPegen_FstringParser_Finish. */
  private finish(st: FState, kindTok: Token, a: Loc, b: Loc): A.Expr {
    if (!st.fmode) return this.strNode(st.last, kindTok, a, b);
    if (st.last) {
      st.values.push(this.strNode(st.last, kindTok, a, b));
      st.last = '';
    }
    return this.mkSpan(N.JoinedStr(st.values), a, b);
  }

  /**
   * _PyPegen_FstringParser_ConcatFstring: parse body[i..] of the f-string token t (body starts
   * at `bodyOff` in t.value); returns the index where parsing stopped.
   */
  private fstringConcat(st: FState, body: string, i: number, raw: boolean, level: number, first: Token, t: Token,
    last: Loc, bodyOff: number): number {
    const end = body.length;
    for (;;) {
      // fstring_find_literal
      const litStart = i;
      let doubled = false;
      while (i < end) {
        let ch = body[i++]!;
        if (!raw && ch === '\\' && i < end) {
          ch = body[i++]!;
          if (ch === 'N') {
            // Skip "\N{NAME}" so its braces are not taken for a replacement field.
            if (i < end && body[i++] === '{') {
              while (i < end && body[i++] !== '}') { /* skip */ }
            }
            continue;
          }
        }
        if (ch === '{' || ch === '}') {
          if (level === 0) {
            if (i < end && body[i] === ch) {
              doubled = true;
              break;
            }
            if (ch === '}') throw this.errorLast("f-string: single '}' is not allowed");
          }
          i--;
          break;
        }
      }
      if (i > litStart) {
        const lit = body.slice(litStart, i);
        try {
          st.last += raw ? lit : decodeStr(lit);
        } catch (e) {
          throw this.literalError(e);
        }
      }
      if (doubled) {
        i++;
        continue;
      }
      if (i >= end || body[i] === '}') break;
      // fstring_find_expr
      const r = this.fstringExpr(body, i, raw, level, first, t, last, bodyOff);
      i = r.i;
      if (r.text !== null) st.last += r.text;
      if (st.last) {
        st.values.push(this.strNode(st.last, first, tokLoc(first), last));
        st.last = '';
      }
      st.values.push(r.expr);
    }
    if (level === 0 && i < end - 1) throw this.errorLast('f-string: unexpected end of string');
    if (level !== 0 && body[i] !== '}') throw this.errorLast("f-string: expecting '}'");
    return i;
  }

  /** fstring_find_expr: one replacement field starting at body[i] === '{'. */
  private fstringExpr(body: string, i: number, raw: boolean, level: number, first: Token, t: Token, last: Loc,
    bodyOff: number): { expr: A.FormattedValue; text: string | null; i: number } {
    if (level >= 2) throw this.errorLast('f-string: expressions nested too deeply');
    const end = body.length;
    const brace = i;
    i++;
    const exprStart = i;
    let quote = '';
    let triple = false;
    const parens: string[] = [];
    for (; i < end; i++) {
      const ch = body[i]!;
      if (ch === '\\') throw this.errorLast('f-string expression part cannot include a backslash');
      if (quote) {
        if (ch === quote) {
          if (triple) {
            if (i + 2 < end && body[i + 1] === ch && body[i + 2] === ch) {
              i += 2;
              quote = '';
              triple = false;
            }
          } else quote = '';
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        if (i + 2 < end && body[i + 1] === ch && body[i + 2] === ch) {
          triple = true;
          i += 2;
        } else triple = false;
        quote = ch;
      } else if (ch === '[' || ch === '{' || ch === '(') {
        if (parens.length >= MAXLEVEL) throw this.errorLast('f-string: too many nested parenthesis');
        parens.push(ch);
      } else if (ch === '#') {
        throw this.errorLast("f-string expression part cannot include '#'");
      } else if (parens.length === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '>' || ch === '<')) {
        if (i + 1 < end) {
          const next = body[i + 1];
          if (next === '=' && (ch === '!' || ch === '=' || ch === '<' || ch === '>')) {
            i++;
            continue;
          }
        }
        if (ch === '>' || ch === '<') continue;
        break;
      } else if (ch === ']' || ch === '}' || ch === ')') {
        if (parens.length === 0) throw this.errorLast(`f-string: unmatched '${ch}'`);
        const open = parens.pop()!;
        if (!((open === '(' && ch === ')') || (open === '[' && ch === ']') || (open === '{' && ch === '}'))) {
          throw this.errorLast(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
        }
      }
    }
    const exprEnd = i;
    if (quote) throw this.errorLast('f-string: unterminated string');
    if (parens.length) throw this.errorLast(`f-string: unmatched '${parens[parens.length - 1]}'`);
    if (i >= end) throw this.errorLast("f-string: expecting '}'");

    const value = this.compileFStringExpr(body, exprStart, exprEnd, t, bodyOff + brace);

    let text: string | null = null;
    if (body[i] === '=') {
      i++;
      while (isPySpace(body[i])) i++;
      if (i >= end) throw this.errorLast("f-string: expecting '}'");
      text = body.slice(exprStart, i);
    }
    let conversion = -1;
    if (body[i] === '!') {
      i++;
      if (i >= end) throw this.errorLast("f-string: expecting '}'");
      conversion = body.charCodeAt(i);
      i++;
      if (conversion !== 115 && conversion !== 114 && conversion !== 97) {
        throw this.errorLast("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    let formatSpec: A.JoinedStr | null = null;
    if (i < end && body[i] === ':') {
      i++;
      if (i >= end) throw this.errorLast("f-string: expecting '}'");
      const spec = new FState();
      spec.fmode = true;
      i = this.fstringConcat(spec, body, i, raw, level + 1, first, t, last, bodyOff);
      formatSpec = this.finish(spec, t, tokLoc(t), tokLoc(t)) as A.JoinedStr;
    }
    if (i >= end || body[i] !== '}') throw this.errorLast("f-string: expecting '}'");
    i++;
    if (text !== null && formatSpec === null && conversion === -1) conversion = 114;
    const expr = this.mkSpan(N.FormattedValue(value, conversion, formatSpec), tokLoc(first), last);
    return { expr, text, i };
  }

  /** fstring_compile_expr: validate and parse body[a..b), locating it like CPython. */
  private compileFStringExpr(body: string, a: number, b: number, t: Token, braceInTok: number): A.Expr {
    let s = a;
    while (s < b && (body[s] === ' ' || body[s] === '\t' || body[s] === '\n' || body[s] === '\f')) s++;
    if (s === b) {
      const c = body[b];
      if (c === '!' || c === ':' || c === '=') throw this.errorLast(`f-string: expression required before '${c}'`);
      throw this.errorLast('f-string: empty expression not allowed');
    }
    // fstring_find_expr_location: line/column of the field within the token.
    const parent = t.value;
    let lines = 0;
    let cols = 0;
    let newlineAfterBrace = true;
    for (let k = braceInTok + 1; k < parent.length && parent[k] !== '}' && parent[k] !== '\n'; k++) {
      const c = parent[k];
      if (c !== ' ' && c !== '\t' && c !== '\f') {
        newlineAfterBrace = false;
        break;
      }
    }
    if (!newlineAfterBrace) {
      let k = braceInTok;
      while (k > 0 && parent[k] !== '\n') k--;
      cols = braceInTok - k;
      if (parent[k] === '\n') cols--;
    }
    for (let k = 0; k < braceInTok; k++) if (parent.charCodeAt(k) === 10) lines++;
    const line = t.lineno + lines;
    const col = lines !== 0 ? cols : t.col + cols;
    return this.subParse(body.slice(a, b), line, col);
  }
}
