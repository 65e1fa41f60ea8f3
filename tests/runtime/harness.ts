// Differential-test plumbing for the container types: runtime setup, the builtins and prelude classes
// the cases may use (defined identically in Python and natively), and the python3 reference runner.
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { None, PyType, MISSING, typeType, PyInstance } from '../../vm/runtime/object.js';
import {
  PyList,
  PyTuple,
  PyDict,
  listType,
  tupleType,
  dictType,
  setType,
  frozensetType,
  rangeType,
  sliceType,
} from '../../vm/runtime/types.js';
import { DictStore } from '../../vm/runtime/hash-store.js';
import { exc, ValueError, StopIteration, typeErr } from '../../vm/runtime/exceptions.js';
import { call1, callWithKw, call0 } from '../../vm/runtime/call.js';
import { repr, hash } from '../../vm/runtime/convert.js';
import { iter, next, toArray } from '../../vm/runtime/iteration.js';
import { truthy, lenResult, lt, eqB } from '../../vm/runtime/operators.js';
import { typeOf } from '../../vm/runtime/typeof.js';
import { native, nativeKw } from '../../vm/runtime/natives.js';
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

function meth(name: string, fn: (...a: any[]) => any): any {
  return native(name, fn, fn.length, fn.length, true);
}

function makeClass(name: string, base: PyType, methods: Record<string, any>, createClass: any): PyType {
  const ns = new PyDict(new DictStore());
  ns.s.set('__module__', '__main__');
  ns.s.set('__qualname__', name);
  for (const [k, v] of Object.entries(methods)) ns.s.set(k, v);
  return createClass(typeType, name, [base], ns);
}

async function preludeBuiltins(): Promise<Map<string, any>> {
  const { createClass } = await import('../../vm/runtime/classes.js');
  const { objectType } = await import('../../vm/runtime/object.js');
  const b = new Map<string, any>();
  for (const t of [listType, tupleType, dictType, setType, frozensetType, rangeType, sliceType]) b.set(t.name, t);
  b.set('len', native('len', (x: any) => {
    if (typeof x === 'string') return Array.from(x).length;
    const f = typeOf(x).lookup('__len__');
    if (f === MISSING) throw typeErr(`object of type '${typeOf(x).name}' has no len()`);
    return lenResult(call1(f, x));
  }));
  b.set('repr', native('repr', (x: any) => repr(x)));
  b.set('hash', native('hash', (x: any) => hash(x)));
  b.set('tname', native('tname', (x: any) => typeOf(x).name));
  b.set('truth', native('truth', (x: any) => truthy(x)));
  b.set('iter', native('iter', (x: any) => iter(x)));
  b.set('consume', native('consume', (x: any) => new PyList(toArray(x))));
  b.set('next', native('next', (it: any, d: any) => {
    const v = next(it);
    if (v !== undefined) return v;
    if (d !== undefined) return d;
    throw exc(StopIteration);
  }, 1, 2));
  b.set('reversed', native('reversed', (x: any) => {
    const f = typeOf(x).lookup('__reversed__');
    if (f === MISSING) throw typeErr(`'${typeOf(x).name}' object is not reversible`);
    return call1(f, x);
  }));
  b.set('sorted', nativeKw('sorted', (args: any[], kw: any) => {
    if (args.length !== 1) throw typeErr(`sorted expected 1 argument, got ${args.length}`);
    const l = new PyList(toArray(args[0]));
    callWithKw(listType.dict.sort, [l], kw);
    return l;
  }));
  b.set('isinstance', native('isinstance', (o: any, t: PyType) => typeOf(o).isSubtypeOf(t)));
  b.set('min', native('min', (it: any) => {
    const a = toArray(it);
    let m = a[0];
    for (const x of a) if (truthy(lt(x, m))) m = x;
    return m;
  }));

  const cls = (name: string, base: PyType, m: Record<string, any>) => {
    const t = makeClass(name, base, m, createClass);
    b.set(name, t);
    return t;
  };
  cls('L', listType, {});
  cls('T', tupleType, {});
  cls('LI', listType, { __iter__: meth('__iter__', (_s: any) => iter(new PyList([9]))) });
  cls('D', dictType, {});
  cls('DM', dictType, { __missing__: meth('__missing__', (_s: any, k: any) => new PyTuple(['missing', k])) });
  cls('S', setType, {});
  cls('F', frozensetType, {});
  cls('BadEq', objectType, {
    __eq__: meth('__eq__', (_s: any, _o: any) => {
      throw exc(ValueError, 'bad eq');
    }),
    __hash__: meth('__hash__', (_s: any) => 7),
    __repr__: meth('__repr__', (_s: any) => 'BadEq()'),
  });
  cls('K', objectType, {
    __init__: meth('__init__', (s: any, v: any) => {
      s.$d.v = v;
      return None;
    }),
    __lt__: meth('__lt__', (s: any, o: any) => lt(s.$d.v, o.$d.v)),
    __repr__: meth('__repr__', (s: any) => `K(${repr(s.$d.v)})`),
  });
  cls('NoLt', objectType, { __repr__: meth('__repr__', (_s: any) => 'NoLt()') });
  cls('Idx', objectType, {
    __init__: meth('__init__', (s: any, v: any) => {
      s.$d.v = v;
      return None;
    }),
    __index__: meth('__index__', (s: any) => s.$d.v),
  });
  cls('KeysOnly', objectType, {
    keys: meth('keys', (_s: any) => new PyList(['a', 'b'])),
    __getitem__: meth('__getitem__', (_s: any, k: any) => k + k),
  });
  let H: PyType;
  H = cls('H', objectType, {
    __init__: meth('__init__', (s: any, v: any) => {
      s.$d.v = v;
      return None;
    }),
    __hash__: meth('__hash__', (s: any) => hash(s.$d.v)),
    __eq__: meth('__eq__', (s: any, o: any) => o instanceof PyInstance && typeOf(o).isSubtypeOf(H) && eqB(s.$d.v, o.$d!.v)),
    __repr__: meth('__repr__', (s: any) => `H(${repr(s.$d.v)})`),
  });
  cls('RAdd', objectType, {
    __radd__: meth('__radd__', (_s: any, _o: any) => 'radd'),
    __rmul__: meth('__rmul__', (_s: any, _o: any) => 'rmul'),
  });
  cls('Mut', objectType, {
    __init__: meth('__init__', (s: any, l: any) => {
      s.$d.l = l;
      return None;
    }),
    __lt__: meth('__lt__', (s: any, _o: any) => {
      (s.$d.l as PyList).a.push(1);
      return false;
    }),
  });
  cls('Gen', objectType, {
    __init__: meth('__init__', (s: any, n: any) => {
      s.$d.n = n;
      return None;
    }),
    __iter__: meth('__iter__', (s: any) => iter(call0Range(s.$d.n))),
  });
  return b;
}

function call0Range(n: any): any {
  return callWithKw(rangeType, [n], null);
}
void call0;

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
  const ev = new Evaluator(await preludeBuiltins());
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
