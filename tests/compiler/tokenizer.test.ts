// Tokenizer and literal edge cases: token streams, literal values (checked against CPython's
// own evaluation of the same literals), Python-compatible repr(), and tokenizer speed.

import { describe, expect, it } from 'vitest';
import type * as A from '../../vm/compiler/ast';
import { reprConstant, reprFloat, reprStr } from '../../vm/compiler/ast-dump';
import { parse } from '../../vm/compiler/parser';
import { DEDENT, ENDMARKER, INDENT, NAME, NEWLINE, NUMBER, OP, STRING, tokenize, TOKEN_NAMES } from '../../vm/compiler/tokenizer';
import { corpusFiles, rng, runPython } from './python';

/** Compact "TYPE:value@line:col" rendering of a token stream. */
function toks(src: string): string[] {
  const r = tokenize(src, 'x.py');
  if (r.error) throw r.error;
  return r.tokens.map((t) => `${TOKEN_NAMES[t.type]}:${t.value}@${t.lineno}:${t.col}`);
}

describe('tokenizer', () => {
  it('produces INDENT/DEDENT/NEWLINE like CPython', () => {
    expect(toks('if x:\n    y\n\n  # c\nz\n')).toEqual([
      'NAME:if@1:0', 'NAME:x@1:3', 'OP::@1:4', 'NEWLINE:@1:5',
      'INDENT:@2:-1', 'NAME:y@2:4', 'NEWLINE:@2:5',
      'DEDENT:@5:-1', 'NAME:z@5:0', 'NEWLINE:@5:1', 'ENDMARKER:@5:-1',
    ]);
  });

  it('joins lines inside brackets and after backslashes', () => {
    expect(toks('x = (1,\n     2)\ny = 1 + \\\n    2\n').filter((t) => !t.startsWith('OP'))).toEqual([
      'NAME:x@1:0', 'NUMBER:1@1:5', 'NUMBER:2@2:5', 'NEWLINE:@2:7',
      'NAME:y@3:0', 'NUMBER:1@3:4', 'NUMBER:2@4:4', 'NEWLINE:@4:5', 'ENDMARKER:@4:-1',
    ]);
  });

  it('adds the final NEWLINE and closes all blocks at EOF', () => {
    const r = tokenize('def f():\n    if x:\n        return 1', 'x.py');
    const types = r.tokens.map((t) => t.type);
    expect(types.slice(-4)).toEqual([NEWLINE, DEDENT, DEDENT, ENDMARKER]);
    expect(types.filter((t) => t === INDENT)).toHaveLength(2);
  });

  it('starts the NEWLINE token at a trailing comment (CPython quirk)', () => {
    const nl = tokenize('x = 1  # note\n', 'x.py').tokens.find((t) => t.type === NEWLINE)!;
    expect([nl.lineno, nl.col]).toEqual([1, 7]);
  });

  it('handles tabs in indentation and rejects inconsistent ones', () => {
    expect(tokenize('if x:\n\ty\n\tz\n', 'x.py').error).toBeNull();
    expect(tokenize('if x:\n\t y\n\t z\n', 'x.py').error).toBeNull(); // identical mixes are fine
    for (const src of ['if x:\n\ty\n        z\n', 'if x:\n        y\n\tz\n']) {
      const bad = tokenize(src, 'x.py').error!;
      expect([bad.kind, bad.msg, bad.lineno]).toEqual(['TabError', 'inconsistent use of tabs and spaces in indentation', 3]);
    }
  });

  it('reads every string prefix combination as one STRING token', () => {
    const prefixes = ['', 'r', 'u', 'R', 'U', 'f', 'F', 'b', 'B', 'br', 'Br', 'bR', 'BR', 'rb', 'rB', 'Rb', 'RB',
      'fr', 'Fr', 'fR', 'FR', 'rf', 'rF', 'Rf', 'RF'];
    for (const p of prefixes) {
      for (const q of ["'", '"', "'''", '"""']) {
        const src = `${p}${q}a{{b}}\\${q[0]}c${q}\n`;
        const t = tokenize(src, 'x.py').tokens;
        expect(t[0]!.type, src).toBe(STRING);
        expect(t[0]!.value, src).toBe(src.slice(0, -1));
        expect(t[1]!.type, src).toBe(NEWLINE);
      }
    }
    // Not prefixes: these are a NAME followed by a STRING.
    for (const p of ['ub', 'ur', 'bu', 'fb', 'bf', 'rr', 'x']) {
      expect(tokenize(`${p}'a'\n`, 'x.py').tokens.map((t) => t.type).slice(0, 2)).toEqual([NAME, STRING]);
    }
  });

  it('reads numbers in all forms', () => {
    const nums = ['0', '00', '0_0', '123', '1_000_000', '0x1F', '0XdeadBEEF', '0x_1f', '0o17', '0O1_7', '0b1010',
      '0B_1', '1.5', '.5', '5.', '1e10', '1E-5', '1.5e+3', '1_0.0_1e1_0', '0.0', '00.5', '1j', '1.5J', '1e3j', '0j',
      '09.5', '00e1', '0_7j'];
    for (const n of nums) {
      const t = tokenize(`${n}\n`, 'x.py');
      expect(t.error, n).toBeNull();
      expect([t.tokens[0]!.type, t.tokens[0]!.value], n).toEqual([NUMBER, n]);
    }
    // A number directly followed by a keyword that may follow it is two tokens.
    expect(toks('1if x else 2\n').slice(0, 2)).toEqual(['NUMBER:1@1:0', 'NAME:if@1:1']);
    expect(toks('0x1for x in y\n').slice(0, 2)).toEqual(['NUMBER:0x1f@1:0', 'NAME:or@1:4']);
  });

  it('reads operators greedily', () => {
    expect(tokenize('a**=b//=c>>=d<<=e->f:=g!=h<>i...j.k@=l\n', 'x.py').tokens
      .filter((t) => t.type === OP).map((t) => t.value))
      .toEqual(['**=', '//=', '>>=', '<<=', '->', ':=', '!=', '<>', '...', '.', '@=']);
  });

  it('accepts Unicode identifiers and treats soft keywords as names', () => {
    expect(toks('π = café + 変数\n').filter((t) => t.startsWith('NAME'))).toEqual(
      ['NAME:π@1:0', 'NAME:café@1:4', 'NAME:変数@1:11']);
    const mod = parse('ﬁ = 1\nmatch = case = _ = 2\n', 'x.py') as A.Module;
    const a = mod.body[0] as A.Assign;
    expect((a.targets[0] as A.Name).id).toBe('fi'); // NFKC-normalised like CPython
    expect((mod.body[1] as A.Assign).targets.map((t) => (t as A.Name).id)).toEqual(['match', 'case', '_']);
  });

  it('defers errors until the parser reaches them', () => {
    const r = tokenize('x = 1\ny = "oops\n', 'x.py');
    expect(r.tokens.map((t) => t.value)).toEqual(['x', '=', '1', '', 'y', '=']);
    expect(r.error!.msg).toBe('unterminated string literal (detected at line 2)');
    expect(r.hard).toBe(true);
    const u = tokenize('f(a,\n  b\n', 'x.py');
    expect(u.error!.msg).toBe("'(' was never closed");
    expect(u.hard).toBe(false);
    expect(u.unclosedLine).toBe(1);
  });

  // (tokenizer speed is measured by `npm run bench`, not asserted here)
  it('tokenizes a 10,000-line file', () => {
    const files = [...corpusFiles().values()].filter((s) => !tokenize(s, 'x.py').error);
    let src = '';
    while (src.split('\n').length < 10_000) src += files.join('\n') + '\n';
    const r = tokenize(src, 'big.py');
    expect(r.error).toBeNull();
    // every one of the 10,000+ lines yields at least one token
    expect(r.tokens.length).toBeGreaterThan(10_000);
  });
});

describe('literal values match CPython', () => {
  const STRINGS = [
    "'plain'", '"dq"', "'''tri\nple'''", '"""tri\\\nple"""', "'a\\nb\\tc\\rd\\\\e\\'f\\\"g'", "'\\a\\b\\f\\v\\0'",
    "'\\x41\\x4a\\x7e\\xff'", "'\\u0041\\u00e9\\u20ac\\ud800'", "'\\U0001F600\\U00000041'", "'\\101\\7\\77\\777\\1234'",
    "'\\N{LATIN SMALL LETTER A}\\N{EURO SIGN}\\N{BULLET}\\N{GREEK SMALL LETTER ALPHA}\\N{SNOWMAN}'",
    "'\\N{latin capital letter e with acute}\\N{EM DASH}\\N{NO-BREAK SPACE}\\N{LF}\\N{NUL}'",
    "'\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{GRINNING FACE}\\N{THUMBS UP SIGN}\\N{BLACK HEART SUIT}'",
    "'\\q\\w \\d \\%\\8\\9'", "'trailing \\\\'", "'line\\\ncontinued'", "r'\\n\\x41\\N{BULLET}'", "R'\\''",
    "b'bytes'", "b'\\x00\\xff\\n\\t\\\\\\''", "b'\\101\\777\\q\\N{x}\\u1234'", "br'\\x00\\n'", "rb'\\d'",
    "'a' 'b' \"c\" '''d'''", "b'a' B'b' rb'\\c'", "u'uni' 'code'", "'é ü ñ 中文 😀'", "'\\t\\u2028\\x7f\\xad\\x85'",
    "''", '""', "''''''", "'\"'", '"\'"', "'\\'\"'", "b'\"'", 'b"\'"', "b'\\'\"'",
  ];
  const NUMBERS = [
    '0', '7', '00', '1_000', '0xFF', '0o777', '0b1011', '123456789012345678901234567890123456789', '0x' + 'f'.repeat(40),
    '1.5', '.25', '5.', '1e16', '1e15', '1.5e-5', '1e-7', '1e300', '1e400', '5e-324', '1.7976931348623157e308',
    '0.1', '0.30000000000000004', '123.0', '1_0.5e1_0', '2.5e-310', '1j', '2.5j', '1e400j', '0j', '1e16j', '1.5e-8j',
  ];

  it('string and bytes literals', () => {
    const expected = runPython<string[]>(
      'import ast, json, sys\nprint(json.dumps([repr(ast.literal_eval(s)) for s in json.load(sys.stdin)]))', STRINGS);
    STRINGS.forEach((src, i) => {
      const e = (parse(src, 'x.py', 'eval') as A.Expression).body as A.Constant;
      expect(reprConstant(e.value), src).toBe(expected[i]);
    });
  });

  it('number literals', () => {
    const expected = runPython<string[]>(
      'import ast, json, sys\nprint(json.dumps([repr(ast.literal_eval(s)) for s in json.load(sys.stdin)]))', NUMBERS);
    NUMBERS.forEach((src, i) => {
      const e = (parse(src, 'x.py', 'eval') as A.Expression).body as A.Constant;
      expect(reprConstant(e.value), src).toBe(expected[i]);
    });
  });

  it('repr of random floats matches Python', () => {
    const rand = rng(99);
    const bits: string[] = [];
    const values: number[] = [];
    const view = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < 3000; i++) {
      const hi = Math.floor(rand() * 2 ** 32);
      const lo = Math.floor(rand() * 2 ** 32);
      view.setUint32(0, hi);
      view.setUint32(4, lo);
      bits.push(hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0'));
      values.push(view.getFloat64(0));
    }
    for (const v of [0.5, 100.0, 1e16, 1e-4, 1e-5, 123456789.125, 2 ** 53, 2 ** 60]) {
      view.setFloat64(0, v);
      bits.push(view.getUint32(0).toString(16).padStart(8, '0') + view.getUint32(4).toString(16).padStart(8, '0'));
      values.push(v);
    }
    const expected = runPython<string[]>(
      'import json, struct, sys\nprint(json.dumps([repr(struct.unpack(">d", bytes.fromhex(h))[0]) for h in json.load(sys.stdin)]))',
      bits);
    values.forEach((v, i) => expect(reprFloat(v), bits[i]).toBe(expected[i]));
  });

  it('repr of strings with special characters matches Python', () => {
    const samples: string[] = [];
    const rand = rng(5);
    const pool = [0, 7, 9, 10, 13, 27, 31, 32, 34, 39, 65, 92, 126, 127, 128, 160, 173, 233, 255, 256, 0x2028, 0x200b,
      0x20ac, 0xd800, 0xfeff, 0xe000, 0x1f600, 0x10ffff, 0x0378];
    for (let i = 0; i < 300; i++) {
      let s = '';
      const n = Math.floor(rand() * 6);
      for (let k = 0; k < n; k++) s += String.fromCodePoint(pool[Math.floor(rand() * pool.length)]!);
      samples.push(s);
    }
    // Encode as code point arrays so lone surrogates survive JSON.
    const cps = samples.map((s) => [...s].map((c) => c.codePointAt(0)!));
    const expected = runPython<string[]>(
      'import json, sys\nprint(json.dumps([repr("".join(map(chr, cps))) for cps in json.load(sys.stdin)]))', cps);
    samples.forEach((s, i) => expect(reprStr(s), JSON.stringify(cps[i])).toBe(expected[i]));
  });
});
