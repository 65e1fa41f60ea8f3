// Runs the container-type differential cases on the real VM (compiler + runtime), mirroring the python3
// reference runner in harness.ts (PY_RUNNER) step by step:
//   - every case gets a fresh module namespace in which the shared prelude has been executed;
//   - the case is parsed as a module whose last statement must be an expression statement;
//   - the statements before it are executed, then the expression is evaluated;
//   - the result is repr() of the value (sets and frozensets at the top level are shown with their element
//     reprs sorted, since iteration order differs between implementations), or the exception's type name
//     and str().
import { VM, Code } from '../../vm/runtime/vm.js';
import { parse } from '../../vm/compiler/parser.js';
import { CompileError } from '../../vm/compiler/errors.js';
import { PyBaseException, SyntaxError as SyntaxErrorType, exc } from '../../vm/runtime/exceptions.js';
import { toPyExc } from '../../vm/runtime/raise.js';
import { repr, str } from '../../vm/runtime/convert.js';
import { typeOf } from '../../vm/runtime/typeof.js';
import { setType, frozensetType } from '../../vm/runtime/types.js';
import { toArray } from '../../vm/runtime/iteration.js';

export type Result = { ok: string } | { err: string; msg: string };

/** One VM shared by the cases of a test file; each case runs in its own globals with the prelude re-run. */
export class Evaluator {
  readonly vm: VM;
  /** Whatever the cases printed (kept so that output does not clutter the test log). */
  output = '';
  private readonly prelude: Code;

  constructor(prelude: string) {
    this.vm = new VM({
      stdout: (t) => {
        this.output += t;
      },
      stderr: (t) => {
        this.output += t;
      },
    });
    this.prelude = this.vm.guard(() => this.vm.compile(prelude, '<prelude>', 'exec'));
  }

  /** A fresh `__main__`-like namespace with the prelude's definitions. */
  freshGlobals() {
    const G = this.vm.newGlobals('__main__');
    this.vm.guard(() => this.prelude.run(G));
    return G;
  }
}

/** Start offset (UTF-16 units) of a (lineno, col_offset) position in `src`. */
function offsetOf(src: string, lineno: number, col: number): number {
  let off = 0;
  for (let l = 1; l < lineno; l++) {
    const nl = src.indexOf('\n', off);
    if (nl < 0) break;
    off = nl + 1;
  }
  return off + col;
}

/** Python's fmt() in harness.ts's PY_RUNNER. */
function fmt(v: any): string {
  const t = typeOf(v);
  if (t === setType || t === frozensetType) {
    const items = toArray(v).map((x: any) => repr(x));
    // sorted() on str compares code points
    items.sort((a: string, b: string) => {
      const A = Array.from(a, (c) => c.codePointAt(0)!);
      const B = Array.from(b, (c) => c.codePointAt(0)!);
      for (let i = 0; i < Math.min(A.length, B.length); i++) if (A[i] !== B[i]) return A[i] - B[i];
      return A.length - B.length;
    });
    return `${t.name}{${items.join(', ')}}`;
  }
  return repr(v);
}

function asResult(e: unknown): Result {
  const x = e instanceof PyBaseException ? e : toPyExc(e);
  let msg: string;
  try {
    msg = str(x);
  } catch (e2) {
    msg = `<str() of the exception failed: ${e2 instanceof PyBaseException ? e2.$cls.name : String(e2)}>`;
  }
  return { err: x.$cls.name, msg };
}

export function runCase(ev: Evaluator, src: string): Result {
  const vm = ev.vm;
  try {
    const G = ev.freshGlobals();
    let tree;
    try {
      tree = parse(src, '<unknown>', 'exec'); // ast.parse()'s default filename
    } catch (e) {
      if (e instanceof CompileError) throw toPyExc(e);
      throw e;
    }
    const last = tree.body[tree.body.length - 1];
    if (last === undefined || last._type !== 'Expr')
      throw exc(SyntaxErrorType, 'case must end with an expression');
    const start = offsetOf(src, last.lineno, last.col_offset);
    const end = offsetOf(src, last.end_lineno, last.end_col_offset);
    const stmts = src.slice(0, start);
    const expr = src.slice(start, end);
    if (stmts.trim() !== '') vm.exec(stmts, '<case>', G);
    const v = vm.eval(expr, '<case>', G);
    return { ok: vm.guard(() => fmt(v)) };
  } catch (e) {
    return asResult(e);
  }
}
