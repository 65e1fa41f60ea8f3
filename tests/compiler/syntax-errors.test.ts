// Differential test of compile errors: for each invalid program, the error class, message,
// line and column must equal what CPython 3.11's compile() reports. Covers tokenizer,
// parser (both passes), symtable and compiler-level errors. A seeded fuzzer adds thousands of
// mutated corpus programs.

import { describe, expect, it } from 'vitest';
import { CompileError, formatCompileError } from '../../vm/compiler/errors';
import { parse } from '../../vm/compiler/parser';
import { buildSymtable } from '../../vm/compiler/symtable';
import { corpusFiles, rng, runPython, toCodePointOffset } from './python';
import { SYNTAX_ERROR_CASES } from './syntax-error-cases';

/** Python: compile each source ('full' = bytecode compile, 'parse' = ast.parse only). */
const COMPILE_SCRIPT = String.raw`
import ast, json, sys, warnings
warnings.simplefilter('ignore')
req = json.load(sys.stdin)
out = []
for src in req['sources']:
    try:
        if req['full']:
            compile(src, 'x.py', 'exec')
        else:
            ast.parse(src)
        out.append(None)
    except SyntaxError as e:
        out.append([type(e).__name__, e.msg, e.lineno, e.offset])
print(json.dumps(out))
`;

type Outcome = [string, string, number, number] | null;

function ourOutcome(src: string, full: boolean): Outcome {
  try {
    const mod = parse(src, 'x.py', 'exec');
    if (full) buildSymtable(mod, 'x.py', src);
    return null;
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    return [e.kind, e.msg, e.lineno, toCodePointOffset(src, e.lineno, e.offset)];
  }
}

function compare(sources: string[], full: boolean): void {
  const expected = runPython<Outcome[]>(COMPILE_SCRIPT, { sources, full });
  const mismatches: string[] = [];
  sources.forEach((src, i) => {
    const got = ourOutcome(src, full);
    if (JSON.stringify(got) !== JSON.stringify(expected[i])) {
      mismatches.push(`${JSON.stringify(src)}\n  python: ${JSON.stringify(expected[i])}\n  ours:   ${JSON.stringify(got)}`);
    }
  });
  expect(mismatches.slice(0, 20).join('\n')).toBe('');
}

/** Random edits of corpus windows: deletions, insertions of tokens, indentation changes. */
function mutations(seed: number, count: number): string[] {
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const files = [...corpusFiles().values()];
  const inserts = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '==', '.', '*', '**', 'if', 'else', 'for', 'in',
    'lambda', 'def', 'class', 'return', 'yield', '"', "'", 'f"{', '}', '\n', '  ', '\t', 'x', '1', ' ', ';', '@',
    '->', ':=', 'not', 'and', '\\', '#', 'async', 'await', 'match', 'case', '_', '|', 'as', 'import', 'from',
    'del', 'pass', 'global', 'nonlocal', 'try:', 'except', 'finally:', 'with', 'while', 'elif', '0x', '1_', '1e',
    'é', '€', '$', '?', '!'];
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    const lines = pick(files).split('\n');
    const a = Math.floor(rand() * lines.length);
    let s = lines.slice(a, a + 1 + Math.floor(rand() * 20)).join('\n') + '\n';
    const edits = 1 + Math.floor(rand() * 2);
    for (let k = 0; k < edits; k++) {
      const p = Math.floor(rand() * (s.length + 1));
      const r = rand();
      if (r < 0.35) s = s.slice(0, p) + s.slice(p + 1);
      else if (r < 0.75) s = s.slice(0, p) + pick(inserts) + s.slice(p);
      else if (r < 0.85) s = s.slice(0, p) + s.slice(p + 1 + Math.floor(rand() * 6));
      else {
        const ls = s.split('\n');
        const i = Math.floor(rand() * ls.length);
        ls[i] = rand() < 0.5 ? ' '.repeat(1 + Math.floor(rand() * 8)) + ls[i] : ls[i]!.trimStart();
        s = ls.join('\n');
      }
    }
    out.push(s);
  }
  return out;
}

/** Random def/lambda parameter lists: defaults, '/', '*', '**', parenthesised names... */
function parameterLists(seed: number, count: number): string[] {
  const rand = rng(seed);
  const parts = ['a', 'b', 'c=1', 'd=2', '/', '*', '*e', '**f', '(g)', '(h, i)', 'j: int', 'k: int = 3', '*l: m', '=',
    'n=', ','];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const items: string[] = [];
    const n = Math.floor(rand() * 7);
    for (let k = 0; k < n; k++) items.push(parts[Math.floor(rand() * parts.length)]!);
    const inner = items.join([', ', ',', ' '][Math.floor(rand() * 3)]);
    out.push(rand() < 0.5 ? `def f(${inner}): pass\n` : `x = lambda ${inner.replace(/: (int|m)/g, '')}: 0\n`);
  }
  return out;
}

describe('syntax errors identical to CPython compile()', () => {
  it('curated invalid programs (tokenizer, parser, symtable, compiler errors)', () => {
    expect(SYNTAX_ERROR_CASES.length).toBeGreaterThan(600);
    compare(SYNTAX_ERROR_CASES, true);
  });

  it('mutated corpus programs (parser)', () => {
    compare(mutations(20240601, 2500), false);
  });

  it('random parameter lists', () => {
    compare(parameterLists(31337, 2000), true);
  });

  it('mutated corpus programs (full compile)', () => {
    compare(mutations(777, 1500), true);
  });

  it('formats errors like the traceback module', () => {
    const errorOf = (src: string, file: string): CompileError => {
      try {
        parse(src, file);
      } catch (e) {
        if (e instanceof CompileError) return e;
        throw e;
      }
      throw new Error(`no error for ${JSON.stringify(src)}`);
    };
    expect(formatCompileError(errorOf('if x\n  pass\n', 'x.py'))).toBe(
      '  File "x.py", line 1\n    if x\n        ^\nSyntaxError: expected \':\'\n');
    expect(formatCompileError(errorOf('def f():\n\tx = (1,\n\t     2 3)\n', 'game.py'))).toBe(
      '  File "game.py", line 3\n    \t     2 3)\n    \t     ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n');
    expect(formatCompileError(errorOf('x = (1 +\n', 'z.py'))).toBe(
      '  File "z.py", line 1\n    x = (1 +\n        ^\nSyntaxError: \'(\' was never closed\n');
    const ind = errorOf('if x:\npass\n', 'y.py');
    expect(ind.kind).toBe('IndentationError');
    expect(formatCompileError(ind)).toBe(
      '  File "y.py", line 2\n    pass\n    ^^^^\nIndentationError: expected an indented block after \'if\' statement on line 1\n');
  });
});
