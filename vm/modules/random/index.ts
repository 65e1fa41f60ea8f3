// The Python-facing `random` module: `random.Random` (subclassable) over RandomCore, which reproduces
// CPython's Mersenne Twister and algorithms exactly, and the module-level functions bound to one instance.
import { None, PyFloat, PyType, makeBuiltinType, objectType, TypeFlags, newAttrBag, mkFloat, PyObject } from '../../runtime/object.js';
import { PyList, PyTuple, PyBytes, PyBoxed, PySet, PyFrozenSet, PyDict } from '../../runtime/types.js';
import { defMethod, defMethodKw, arg, checkKw } from '../../runtime/natives.js';
import { PyBuiltin } from '../../runtime/function.js';
import { exc, exceptionTypes, typeErr } from '../../runtime/exceptions.js';
import { typeOf } from '../../runtime/typeof.js';
import { hash, index } from '../../runtime/convert.js';
import { asArray, toArray } from '../../runtime/iteration.js';
import { getitem, setitem } from '../../runtime/items.js';
import { lenResult } from '../../runtime/operators.js';
import { call1 } from '../../runtime/call.js';
import { MISSING } from '../../runtime/object.js';
import { RandomCore, RandomArgError } from './algorithms';
import type { ModuleDef, PyModule } from '../../runtime/module.js';

export class PyRandom extends PyObject {
  core = new RandomCore(null);
}
export const randomType = makeBuiltinType('Random', objectType, PyRandom, TypeFlags.BaseType | TypeFlags.HasDict);
randomType.module = 'random';
randomType.alloc = (cls: PyType) => {
  const r = new PyRandom();
  r.$cls = cls;
  r.$d = newAttrBag();
  return r;
};

/** Runs a RandomCore call, mapping its errors to Python exceptions. */
function guard<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RandomArgError) throw exc(exceptionTypes[e.pyType] ?? exceptionTypes.ValueError, e.message);
    throw e;
  }
}

function num(x: any): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return Number(x);
  if (x instanceof PyFloat) return x.v;
  if (x instanceof PyBoxed) return num(x.v);
  throw typeErr(`must be real number, not ${typeOf(x).name}`);
}
function intArg(x: any): number | bigint {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  // CPython accepts floats with integral values in randrange only via index(); others raise TypeError
  return guard(() => index(x));
}
const F = (v: number) => mkFloat(v);

function seqLen(x: any): number {
  if (x instanceof PyList || x instanceof PyTuple) return x.a.length;
  if (typeof x === 'string') return [...x].length;
  const f = typeOf(x).lookup('__len__');
  if (f === MISSING) throw typeErr(`object of type '${typeOf(x).name}' has no len()`);
  return lenResult(call1(f, x));
}
function seqItem(x: any, i: number): any {
  if (x instanceof PyList || x instanceof PyTuple) return x.a[i];
  return getitem(x, i);
}

function seed(self: PyRandom, a: any = None, version: any = 2): any {
  const v = Number(version);
  guard(() => {
    if (a === None) self.core.seed(null, v);
    else if (typeof a === 'number' && !Number.isInteger(a)) self.core.seedFloat(a);
    else if (a instanceof PyFloat) self.core.seedFloat(a.v);
    else if (typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean' || typeof a === 'string') self.core.seed(a, v);
    else if (a instanceof PyBytes) self.core.seed(a.b, v);
    else if (a.b instanceof Uint8Array) self.core.seed(a.b.subarray(0, a.n), v);
    else if (a instanceof PyBoxed) self.core.seed(a.v, v);
    else if (v === 2 && !(a instanceof PyTuple) && typeOf(a).name !== 'NoneType')
      throw typeErr('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
    else self.core.seedHash(hash(a));
  });
  return None;
}

function choices(args: any[], kw: Record<string, any> | null): PyList {
  checkKw('choices', kw, ['population', 'weights', 'cum_weights', 'k']);
  const self = args[0] as PyRandom;
  const pop = arg(args, kw, 1, 'population');
  const weights = arg(args, kw, 2, 'weights') ?? None;
  const cum = kw?.cum_weights ?? None;
  const k = kw?.k ?? (args.length > 3 ? args[3] : 1);
  const n = seqLen(pop);
  const w = weights === None ? null : asArray(weights).map((x) => (typeof x === 'number' || typeof x === 'bigint' ? x : num(x)));
  const c = cum === None ? null : asArray(cum).map((x) => (typeof x === 'number' || typeof x === 'bigint' ? x : num(x)));
  if (w !== null && c !== null) throw typeErr('Cannot specify both weights and cumulative weights');
  const idx = guard(() => self.core.choices(n, w, c, Number(index(k))));
  return new PyList(idx.map((i) => seqItem(pop, i)));
}

function sample(args: any[], kw: Record<string, any> | null): PyList {
  checkKw('sample', kw, ['population', 'k', 'counts']);
  const self = args[0] as PyRandom;
  const pop = arg(args, kw, 1, 'population');
  const k = arg(args, kw, 2, 'k');
  const counts = kw?.counts ?? None;
  if (pop instanceof PySet || pop instanceof PyFrozenSet || pop instanceof PyDict)
    throw typeErr('Population must be a sequence.  For dicts or sets, use sorted(d).');
  if (counts !== None) {
    const cs = asArray(counts).map((x) => intArg(x));
    const n = seqLen(pop);
    const idx = guard(() => self.core.sampleCounts(cs, intArg(k), n));
    return new PyList(idx.map((i) => seqItem(pop, i)));
  }
  const n = seqLen(pop);
  const idx = guard(() => self.core.sample(n, intArg(k)));
  return new PyList(idx.map((i) => seqItem(pop, Number(i))));
}

function shuffle(self: PyRandom, x: any): any {
  if (x instanceof PyList) {
    guard(() => self.core.shuffle(x.a));
    return None;
  }
  const items = toArray(x);
  guard(() => self.core.shuffle(items));
  items.forEach((v, i) => setitem(x, i, v));
  return None;
}

export function installRandomType(): void {
  const t = randomType;
  defMethod(t, '__init__', (self: PyRandom, a: any = None) => seed(self, a), 1, 2);
  defMethod(t, 'seed', seed, 1, 3);
  defMethod(t, 'random', (self: PyRandom) => F(self.core.random()));
  defMethod(t, 'getrandbits', (self: PyRandom, k: any) => guard(() => self.core.getrandbits(intArg(k))));
  defMethod(t, 'randbytes', (self: PyRandom, n: any) => new PyBytes(guard(() => self.core.randbytes(intArg(n)))));
  defMethod(t, 'randrange', (self: PyRandom, start: any, stop: any = None, step: any = 1) =>
    guard(() => self.core.randrange(intArg(start), stop === None ? null : intArg(stop), intArg(step))), 2, 4);
  defMethod(t, 'randint', (self: PyRandom, a: any, b: any) => guard(() => self.core.randint(intArg(a), intArg(b))));
  defMethod(t, 'choice', (self: PyRandom, seq: any) => {
    const n = seqLen(seq);
    if (n === 0) throw exc(exceptionTypes.IndexError, 'Cannot choose from an empty sequence');
    return seqItem(seq, guard(() => self.core.choice(n)));
  });
  defMethodKw(t, 'choices', choices);
  defMethodKw(t, 'sample', sample);
  defMethod(t, 'shuffle', shuffle);
  defMethod(t, 'uniform', (self: PyRandom, a: any, b: any) => F(self.core.uniform(num(a), num(b))));
  defMethod(t, 'triangular', (self: PyRandom, low: any = 0, high: any = 1, mode: any = None) =>
    F(guard(() => self.core.triangular(num(low), num(high), mode === None ? null : num(mode)))), 1, 4);
  const dist = (name: string, defaults: number[], f: (c: RandomCore, ...a: number[]) => number) =>
    defMethod(t, name, (self: PyRandom, ...a: any[]) => {
      const vals = defaults.map((d, i) => (i < a.length ? num(a[i]) : d));
      return F(guard(() => f(self.core, ...vals)));
    }, 1 + defaults.filter((d) => Number.isNaN(d)).length, 1 + defaults.length);
  dist('gauss', [0, 1], (c, m, s) => c.gauss(m, s));
  dist('normalvariate', [0, 1], (c, m, s) => c.normalvariate(m, s));
  dist('lognormvariate', [NaN, NaN], (c, m, s) => c.lognormvariate(m, s));
  dist('expovariate', [1], (c, l) => c.expovariate(l));
  dist('vonmisesvariate', [NaN, NaN], (c, m, k) => c.vonmisesvariate(m, k));
  dist('gammavariate', [NaN, NaN], (c, a, b) => c.gammavariate(a, b));
  dist('betavariate', [NaN, NaN], (c, a, b) => c.betavariate(a, b));
  dist('paretovariate', [NaN], (c, a) => c.paretovariate(a));
  dist('weibullvariate', [NaN, NaN], (c, a, b) => c.weibullvariate(a, b));
  defMethod(t, 'getstate', (self: PyRandom) => {
    const [v, internal, g] = self.core.getstate();
    return new PyTuple([v, new PyTuple(internal.slice()), g === null ? None : F(g)]);
  });
  defMethod(t, 'setstate', (self: PyRandom, st: any) => {
    const a = asArray(st);
    guard(() => self.core.setstate([a[0], asArray(a[1]), a[2] === None ? null : num(a[2])]));
    return None;
  });
  defMethod(t, '__reduce__', (self: PyRandom) => new PyTuple([typeOf(self), new PyTuple([]), (t.dict.getstate as any).$fn(self)]));
}

let installed = false;
export const randomModule: ModuleDef = {
  name: 'random',
  init(mod: PyModule) {
    if (!installed) {
      installRandomType();
      installed = true;
    }
    const d = mod.$d!;
    d.Random = randomType;
    const inst = new PyRandom();
    inst.$d = newAttrBag();
    d._inst = inst;
    for (const name of Object.keys(randomType.dict)) {
      if (name.startsWith('_')) continue;
      // module-level functions: natives bound to the shared instance (no bound-method hop per call)
      const m = randomType.dict[name];
      if (!(m instanceof PyBuiltin)) continue;
      const f = new PyBuiltin(name, (...a: any[]) => m.$fn(inst, ...a), m.$ok >> 1, (args, kw) => m.gen([inst, ...args], kw), false);
      f.qualname = `Random.${name}`;
      d[name] = f;
    }
    d.SystemRandom = randomType;
  },
};
