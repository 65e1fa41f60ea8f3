// Differential-test plumbing for the container types: runtime setup (for the native tests), the prelude
// classes the cases may use, and the python3 reference runner. Each case is run by python3 and by the real
// VM (compiler + runtime, see pyeval.ts) in the same way, and the results are compared.
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { PyTuple } from '../../vm/runtime/types.js';
import { Evaluator, Result, runCase } from './pyeval.js';

let setupDone = false;
export const setupNotes: string[] = [];

/** bootstrap() when the whole runtime is available, else just the pieces these tests need. */
export async function setupRuntime(): Promise<void> {
  if (setupDone) return;
  setupDone = true;
  try {
    const m = await import('../../vm/runtime/bootstrap.js');
    m.bootstrap();
    return;
  } catch (e) {
    setupNotes.push(`bootstrap() unavailable: ${String((e as any)?.message ?? e).split('\n')[0]}`);
  }
  const { wireHooks } = await import('../../vm/runtime/hooks.js');
  wireHooks();
  const parts: [string, () => Promise<any>, string][] = [
    ['object', () => import('../../vm/runtime/builtins/object.js'), 'installObject'],
    ['type', () => import('../../vm/runtime/builtins/type.js'), 'installType'],
    ['function', () => import('../../vm/runtime/builtins/function.js'), 'installFunction'],
    ['exception', () => import('../../vm/runtime/builtins/exception.js'), 'installException'],
    ['iterators', () => import('../../vm/runtime/builtins/iterators.js'), 'installIterators'],
    ['list', () => import('../../vm/runtime/builtins/list.js'), 'installList'],
    ['tuple', () => import('../../vm/runtime/builtins/tuple.js'), 'installTuple'],
    ['dict', () => import('../../vm/runtime/builtins/dict.js'), 'installDict'],
    ['set', () => import('../../vm/runtime/builtins/set.js'), 'installSet'],
    ['range', () => import('../../vm/runtime/builtins/range.js'), 'installRange'],
    ['slice', () => import('../../vm/runtime/builtins/slice.js'), 'installSlice'],
  ];
  for (const [file, load, fn] of parts) {
    try {
      const m: any = await load();
      m[fn]();
    } catch (e) {
      setupNotes.push(`${fn} failed: ${String((e as any)?.message ?? e).split('\n')[0]}`);
      if (['list', 'tuple', 'dict', 'set', 'range', 'slice'].includes(file)) throw e;
    }
  }
}

// ---------------- prelude ----------------

export const PY_PRELUDE = `
def tname(x): return type(x).__name__
def truth(x): return bool(x)
def consume(it): return [x for x in it]
class L(list): pass
class T(tuple): pass
class D(dict): pass
class DM(dict):
    def __missing__(self, k): return ('missing', k)
class S(set): pass
class F(frozenset): pass
class BadEq:
    def __eq__(self, o): raise ValueError('bad eq')
    def __hash__(self): return 7
    def __repr__(self): return 'BadEq()'
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'K(%r)' % (self.v,)
class NoLt:
    def __repr__(self): return 'NoLt()'
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class KeysOnly:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k + k
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, H) and self.v == o.v
    def __repr__(self): return 'H(%r)' % (self.v,)
class RAdd:
    def __radd__(self, o): return 'radd'
    def __rmul__(self, o): return 'rmul'
class Mut:
    def __init__(self, l): self.l = l
    def __lt__(self, o):
        self.l.append(1)
        return False
class LI(list):
    def __iter__(self): return iter([9])
class Gen:
    def __init__(self, n): self.n = n
    def __iter__(self): return iter(range(self.n))
`;

// ---------------- python reference ----------------

const PY_RUNNER = `
import sys, json, ast
PRELUDE = sys.argv[1]
def fmt(v):
    if type(v) in (set, frozenset):
        return type(v).__name__ + '{' + ', '.join(sorted(repr(x) for x in v)) + '}'
    return repr(v)
out = []
for src in json.load(sys.stdin):
    env = {}
    exec(PRELUDE, env)
    try:
        tree = ast.parse(src)
        last = tree.body[-1]
        if not isinstance(last, ast.Expr):
            raise SyntaxError('case must end with an expression')
        exec(compile(ast.Module(tree.body[:-1], type_ignores=[]), '<case>', 'exec'), env)
        v = eval(compile(ast.Expression(last.value), '<case>', 'eval'), env)
        out.append({'ok': fmt(v)})
    except Exception as e:
        out.append({'err': type(e).__name__, 'msg': str(e)})
print(json.dumps(out))
`;

/** Runs every case in one python3 process. Fails loudly when python3 is missing. */
export function pythonResults(cases: string[]): Result[] {
  const r = spawnSync('python3', ['-c', PY_RUNNER, PY_PRELUDE], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
    env: { ...process.env, PYTHONHASHSEED: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw new Error(`python3 is required for the differential tests: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as Result[];
  if (out.length !== cases.length) throw new Error('python3 returned the wrong number of results');
  return out;
}

export interface Diff {
  ev: Evaluator;
  expected: Result[];
}

export async function prepareDiff(cases: string[]): Promise<Diff> {
  await setupRuntime();
  const expected = pythonResults(cases);
  const ev = new Evaluator(PY_PRELUDE);
  return { ev, expected };
}

/** Registers one vitest test per case. Cases listed in `known` diverge because of code outside the container
 * types (the reason names the file); they are expected to fail until that code is fixed, so a fix shows up
 * as a failing "known divergence" test that should then be removed from the list. */
export function diffTests(
  test: any,
  getDiff: () => Diff,
  cases: string[],
  known: Record<string, string> = {},
): void {
  cases.forEach((c, i) => {
    const reason = known[c];
    if (reason !== undefined) test.fails(`#${i} ${c}  [known divergence: ${reason}]`, () => check(getDiff(), cases, i));
    else test(`#${i} ${c}`, () => check(getDiff(), cases, i));
  });
  for (const k of Object.keys(known)) if (!cases.includes(k)) throw new Error(`known-divergence entry is not a case: ${k}`);
}

/** Compares one case against python3's result. */
export function check(d: Diff, cases: string[], i: number): void {
  const got = runCase(d.ev, cases[i]);
  expect({ case: cases[i], ...got }).toEqual({ case: cases[i], ...d.expected[i] });
}

export { PyTuple };
