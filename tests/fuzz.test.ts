// Property tests: random and mutated source text only ever gives a Python exception or a result — never a
// raw JavaScript error, an internal SystemError, or a hang (a watchdog on loop back-edges stops runaway code).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VM } from '../vm/runtime/vm.js';
import { PyBaseException, exc, TimeoutError } from '../vm/runtime/exceptions.js';
import { state } from '../vm/runtime/state.js';

const corpus = readdirSync(join(__dirname, 'python'))
  .filter((f) => f.startsWith('lang_'))
  .map((f) => readFileSync(join(__dirname, 'python', f), 'utf8'));

/** Runs source; returns 'ok', the Python exception type name, or throws for a non-Python failure. */
function runGuarded(src: string): string {
  const vm = new VM({ stdout: () => {}, stderr: () => {}, readline: () => null });
  const deadline = Date.now() + 2000;
  state.onInterrupt = () => {
    if (Date.now() > deadline) throw exc(TimeoutError, 'watchdog');
  };
  state.budget = 1000;
  try {
    vm.runMain(src, 'fuzz.py');
    return 'ok';
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw new Error(`non-Python error escaped: ${String(e)}`);
    const name = e.$cls.name;
    if (name === 'SystemError') throw new Error(`internal error for source:\n${src}\n---\n${vm.formatException(e)}`);
    return name;
  } finally {
    state.onInterrupt = null;
  }
}

const TOKENS = ['def ', 'class ', 'if ', 'else:', 'for ', ' in ', 'while ', 'return ', 'yield ', 'lambda ', 'x', 'y', '(', ')', '[', ']', '{', '}', ':', ',', '.', '=', '==', '+', '-', '*', '**', '/', '//', '%', '@', '"s"', "'t'", 'f"{x}"', '1', '2.5', '0x1f', 'None', 'True', 'not ', 'and ', 'or ', 'is ', '\n', '\n    ', 'try:', 'except ', 'finally:', 'with ', 'as ', 'import ', 'from ', 'match ', 'case ', '_', '*', '**', 'global ', 'nonlocal ', 'del ', 'assert ', 'raise ', 'pass', 'break', 'continue', '#c', '\\', 'async ', 'await ', ';'];

describe('property: arbitrary source never crashes the VM', () => {
  it('random token soup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }), (toks) => {
        expect(typeof runGuarded(toks.join(''))).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  it('random unicode text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'binary' }), (s) => {
        expect(typeof runGuarded(s)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('mutated conformance programs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: corpus.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.constantFrom('', ' ', ':', '(', ')', 'x', '0', '\n', '"', '[', ']', '.', '*', '=')), {
          minLength: 1,
          maxLength: 4,
        }),
        (fileIdx, edits) => {
          let src = corpus[fileIdx];
          for (const [pos, del, ins] of edits) {
            const p = pos % (src.length + 1);
            src = src.slice(0, p) + ins + src.slice(p + del);
          }
          expect(typeof runGuarded(src)).toBe('string');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('runaway loops and recursion are stopped with Python exceptions', () => {
    expect(runGuarded('while True:\n    pass\n')).toBe('TimeoutError');
    expect(runGuarded('def f():\n    return f()\nf()\n')).toBe('RecursionError');
    expect(runGuarded("s = 'a' * (2 ** 40)\n")).toBe('MemoryError');
  });
});
