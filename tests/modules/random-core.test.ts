// Differential tests of the `random` core (vm/modules/random) against CPython 3.11: one python3 run computes every
// reference value (sequences per seed, error cases, hashes, libm references) and prints JSON; each test replays the
// same operations on RandomCore and compares. Without python3 the tests fail loudly.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  RandomArgError,
  RandomCore,
  crAcos,
  crCos,
  crExp,
  crLog,
  crSin,
  floatHash,
  pyPow,
  type Int,
} from '../../vm/modules/random/algorithms';
import { MersenneTwister } from '../../vm/modules/random/mersenne';
import { sha512, toHex } from '../../vm/modules/random/sha512';

// ---------------------------------------------------------------------------------------------------------------
// Wire format shared with the Python script: big ints {i: "..."}, floats {f: "<16 hex digits of the bits>"} on the
// way back, special floats {F: "inf"} on the way in, str as JSON strings, bytes {b: "<hex>"}.
// ---------------------------------------------------------------------------------------------------------------

type Wire = null | boolean | number | string | Wire[] | { i: string } | { f: string } | { F: string } | { b: string };

const big = (v: bigint): { i: string } => ({ i: v.toString() });
const F = (s: 'inf' | '-inf' | 'nan'): { F: string } => ({ F: s });

const dv = new DataView(new ArrayBuffer(8));
function bitsToFloat(hex: string): number {
  dv.setBigUint64(0, BigInt('0x' + hex));
  return dv.getFloat64(0);
}
function floatBits(x: number): bigint {
  dv.setFloat64(0, x);
  return dv.getBigInt64(0);
}
/** Distance in ulps between two finite doubles of the same sign. */
function ulps(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  if (Math.sign(a) !== Math.sign(b)) return Infinity;
  const d = floatBits(a) - floatBits(b);
  return Number(d < 0n ? -d : d);
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Decode a reference value: ints to VM ints, floats to numbers, bytes to hex strings. */
function decode(w: unknown): unknown {
  if (Array.isArray(w)) return w.map(decode);
  if (w !== null && typeof w === 'object') {
    const o = w as Record<string, string>;
    if ('i' in o) {
      const v = BigInt(o.i);
      return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
    }
    if ('f' in o) return bitsToFloat(o.f);
    if ('b' in o) return o.b;
  }
  return w;
}

/** Decode an argument (the same JSON goes to Python). */
function arg(w: Wire): unknown {
  if (Array.isArray(w)) return w.map(arg);
  if (w !== null && typeof w === 'object') {
    const o = w as Record<string, string>;
    if ('i' in o) return decode(w);
    if ('F' in o) return o.F === 'inf' ? Infinity : o.F === '-inf' ? -Infinity : NaN;
    if ('b' in o) return hexToBytes(o.b);
  }
  return w;
}

// ---------------------------------------------------------------------------------------------------------------
// The operations, replayed identically on both sides
// ---------------------------------------------------------------------------------------------------------------

type Op = [name: string, args: Wire[], times: number];

/** Operations whose results go through log/exp/sin/cos/acos/pow. */
const LIBM_OPS = new Set([
  'gauss', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'betavariate',
  'paretovariate', 'weibullvariate',
]);

const P = (e: bigint): { i: string } => big(2n ** e);

const SEQUENCE_OPS: Op[] = [
  ['state', [], 1],
  ['random', [], 50],
  ['randint', [1, 6], 20],
  ['randint', [0, 2 ** 31], 5],
  ['randint', [-1000, 1000], 10],
  ['randint', [0, 2 ** 32 - 1], 5],
  ['randint', [0, 2 ** 32], 5],
  ['randint', [0, P(53n)], 5],
  ['randint', [0, P(60n)], 5],
  ['randint', [big(-(2n ** 70n)), P(70n)], 5],
  ['randint', [0, P(100n)], 3],
  ['randint', [P(64n), big(2n ** 64n + 10n)], 5],
  ['randrange', [10], 5],
  ['randrange', [P(80n)], 3],
  ['randrange', [0, 100, 7], 5],
  ['randrange', [100, 0, -3], 5],
  ['randrange', [-50, 50, 5], 5],
  ['randrange', [10, 20, 1], 3],
  ['randrange', [0, P(64n), 3], 3],
  ['randrange', [P(65n), big(-(2n ** 65n)), big(-(2n ** 40n + 1n))], 3],
  ['randrange', [5, P(70n)], 3],
  ['randrange', [0, 2 ** 40, 2 ** 35 + 1], 3],
  ['randrange', [-(2 ** 52), 2 ** 52], 3],
  ['choice', [1], 3],
  ['choice', [2], 5],
  ['choice', [10], 5],
  ['choice', [1000], 5],
  ['choice', [2 ** 31 + 5], 3],
  ['choice', [2 ** 40], 3],
  ['shuffle', [50], 1],
  ['shuffle', [1], 1],
  ['sample', [1000, 10], 1],
  ['sample', [30, 20], 1],
  ['sample', [85, 10], 1],
  ['sample', [86, 10], 1],
  ['sample', [100, 100], 1],
  ['sample', [5, 0], 1],
  ['sample', [5, 5], 1],
  ['sample', [2 ** 40, 3], 1],
  ['sample', [P(62n), 5], 1],
  ['sample', [20000, 3000], 1],
  ['sampleCounts', [[3, 0, 5, 2], 6], 1],
  ['choices', [10, null, null, 10], 1],
  ['choices', [5, [1, 2, 3, 4, 5], null, 10], 1],
  ['choices', [4, null, [0.5, 1.5, 1.5, 4.0], 10], 1],
  ['choices', [3, [0.1, 0.2, 0.7], null, 10], 1],
  ['choices', [3, [P(60n), 1, P(61n)], null, 5], 1],
  ['choices', [3, [1, 2, 3], null, 0], 1],
  ['uniform', [-3, 7], 5],
  ['uniform', [2.5, 2.5], 1],
  ['uniform', [1e10, -1e-3], 2],
  ['triangular', [], 3],
  ['triangular', [0, 10, 3], 3],
  ['triangular', [5, 5, 5], 2],
  ['triangular', [0, 10, 12], 2],
  ['gauss', [], 7],
  ['gauss', [10, 2], 3],
  ['normalvariate', [], 5],
  ['normalvariate', [3, 0.5], 3],
  ['lognormvariate', [0, 0.5], 5],
  ['expovariate', [1.5], 5],
  ['expovariate', [-0.25], 2],
  ['vonmisesvariate', [1.0, 4.0], 5],
  ['vonmisesvariate', [0, 0], 2],
  ['vonmisesvariate', [2, 200], 3],
  ['vonmisesvariate', [-1, 0.5], 3],
  ['gammavariate', [0.5, 1], 5],
  ['gammavariate', [1.0, 2.0], 3],
  ['gammavariate', [3.0, 2.0], 5],
  ['gammavariate', [0.05, 1], 3],
  ['gammavariate', [150, 0.5], 3],
  ['betavariate', [2, 5], 5],
  ['betavariate', [0.3, 0.4], 3],
  ['paretovariate', [2.5], 5],
  ['weibullvariate', [1.5, 2.0], 5],
  ['weibullvariate', [2, 0.5], 3],
  ['getrandbits', [0], 1],
  ['getrandbits', [1], 5],
  ['getrandbits', [31], 3],
  ['getrandbits', [32], 3],
  ['getrandbits', [33], 3],
  ['getrandbits', [53], 2],
  ['getrandbits', [54], 2],
  ['getrandbits', [64], 2],
  ['getrandbits', [100], 2],
  ['getrandbits', [1000], 1],
  ['randbytes', [0], 1],
  ['randbytes', [1], 3],
  ['randbytes', [5], 1],
  ['randbytes', [16], 1],
  ['randbytes', [33], 1],
  ['random', [], 400],
  ['state', [], 1],
];

const ERROR_OPS: Op[] = [
  ['randrange', [0], 1],
  ['randrange', [-3], 1],
  ['randrange', [5, 5], 1],
  ['randrange', [5, 2], 1],
  ['randrange', [0, 10, 0], 1],
  ['randrange', [10, 0, 2], 1],
  ['randrange', [0, 10, -1], 1],
  ['randrange', [10, null, 2], 1],
  ['randrange', [1.5], 1],
  ['randrange', [1, 2.5], 1],
  ['randrange', [1, 5, 1.5], 1],
  ['randrange', [F('nan')], 1],
  ['randrange', [F('inf')], 1],
  ['randrange', [P(70n), P(70n)], 1],
  ['randint', [1, 2.5], 1],
  ['randint', [5, 4], 1],
  ['randint', [1.5, 3], 1],
  ['sample', [3, 4], 1],
  ['sample', [3, -1], 1],
  ['sample', [10, 2.5], 1],
  ['choice', [0], 1],
  ['choices', [0, [], null, 1], 1],
  ['choices', [2, [1], null, 1], 1],
  ['choices', [1, [0], null, 1], 1],
  ['choices', [1, [-1], null, 1], 1],
  ['choices', [1, [F('inf')], null, 1], 1],
  ['choices', [2, [1, F('nan')], null, 1], 1],
  ['choices', [2, [1, 2], [1, 2], 1], 1],
  ['choices', [0, null, null, 2], 1],
  ['choices', [2, [1, big(2n ** 1100n)], null, 1], 1],
  ['getrandbits', [-1], 1],
  ['getrandbits', [2 ** 31], 1],
  ['randbytes', [-1], 1],
  ['paretovariate', [0], 1],
  ['paretovariate', [1e-300], 1],
  ['expovariate', [0], 1],
  ['weibullvariate', [1, 0], 1],
  ['gammavariate', [0, 1], 1],
  ['gammavariate', [1, -1], 1],
  ['lognormvariate', [1000, 1], 1],
  ['seed', ['ab\udc80'], 1],
  ['setstate', [[4, [], null]], 1],
  ['setstate', [[3, Array(624).fill(1), null]], 1],
  ['setstate', [[3, [...Array(624).fill(1), 625], null]], 1],
  ['setstate', [[3, [...Array(624).fill(1), -1], null]], 1],
  ['setstate', [[3, [...Array(624).fill(1), P(70n)], null]], 1],
  ['setstate', [[3, Array(625).fill(-1), null]], 1],
  ['setstate', [[3, Array(625).fill(P(64n)), null]], 1],
  ['setstate', [[3, Array(625).fill(1.5), null]], 1],
  ['setstate', [[3, [...Array(624).fill(1), 1.5], null]], 1],
  ['choices', [2, null, null, 2.5], 1],
  ['choices', [2, [1, 1], null, 2.5], 1],
  ['sample', [10, 1e20], 1],
  ['randrange', [big(-(2n ** 70n))], 1],
  ['randrange', [P(70n), 0, 1], 1],
  ['getrandbits', [2.5], 1],
  ['randbytes', [1.5], 1],
  ['setstate', [[3, [], null, 4]], 1],
  ['setstate', [[3, []]], 1],
];

/** A deterministic mix of random operations with arguments of every magnitude (errors included). */
function makeFuzzOps(count: number): Op[] {
  const g = new RandomCore('fuzz arguments');
  const pick = <T>(xs: T[]): T => xs[g.choice(xs.length)];
  const anInt = (): Wire => {
    const bits = pick([0, 1, 3, 8, 16, 31, 32, 33, 52, 53, 54, 63, 64, 65, 100]);
    let v = BigInt(g.getrandbits(bits));
    if (g.random() < 0.3) v = -v;
    return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : big(v);
  };
  const smallInt = (lo: number, hi: number): number => g.randint(lo, hi) as number;
  const ops: Op[] = [];
  for (let i = 0; i < count; i++) {
    switch (g.randbelowNum(13)) {
      case 0: ops.push(['randint', [anInt(), anInt()], 1]); break;
      case 1: {
        const a = anInt();
        ops.push(['randint', [a, typeof a === 'number' && Math.abs(a) < 1e9 ? a + smallInt(0, 100) : a], 1]);
        break;
      }
      case 2: ops.push(['randrange', [anInt()], 1]); break;
      case 3: ops.push(['randrange', [anInt(), anInt(), pick([anInt(), smallInt(-9, 9), 1, -1])], 1]); break;
      case 4: ops.push(['choice', [pick([smallInt(0, 50), smallInt(1, 1e9), 2 ** 32, 2 ** 32 + 1, 2 ** 53 - 1])], 1]); break;
      case 5: {
        const n = pick([smallInt(0, 30), smallInt(0, 300), smallInt(0, 100000)]);
        ops.push(['sample', [n, smallInt(-1, Math.min(n + 1, 400))], 1]);
        break;
      }
      case 6: {
        const n = smallInt(0, 6);
        const w = Array.from({ length: n }, () => (g.random() < 0.5 ? smallInt(0, 5) : g.random() * 3));
        const mode = g.randbelowNum(3);
        const acc: number[] = [];
        w.forEach((x, k) => acc.push((k ? acc[k - 1] : 0) + x));
        ops.push(['choices', [n, mode === 1 ? w : null, mode === 2 ? acc : null, smallInt(-1, 8)], 1]);
        break;
      }
      case 7: ops.push(['shuffle', [smallInt(0, 40)], 1]); break;
      case 8: ops.push(['getrandbits', [smallInt(0, 300)], 1]); break;
      case 9: ops.push(['uniform', [g.random() * 200 - 100, anInt()], 1]); break;
      case 10: ops.push(['triangular', [g.random() * 10, g.random() * 10, pick([null, g.random() * 10])], 1]); break;
      case 11: ops.push(['randbytes', [smallInt(0, 40)], 1]); break;
      default:
        ops.push(pick<Op>([
          ['gauss', [g.random() * 10, g.random() * 3], 1],
          ['expovariate', [g.random() * 4 - 1], 1],
          ['gammavariate', [g.random() * 4, g.random() * 2], 1],
          ['vonmisesvariate', [g.random() * 6, g.random() * 20], 1],
          ['betavariate', [g.random() * 3, g.random() * 3], 1],
          ['weibullvariate', [g.random() * 3, g.random() * 3], 1],
          ['paretovariate', [g.random() * 3], 1],
          ['lognormvariate', [g.random(), g.random()], 1],
          ['normalvariate', [g.random(), g.random()], 1],
        ]));
    }
  }
  ops.push(['state', [], 1]); // still in step at the end
  return ops;
}

const FUZZ_OPS = makeFuzzOps(3000);

type SeedSpec =
  | { kind: 'int'; v: Wire }
  | { kind: 'float'; v: Wire }
  | { kind: 'str'; v: string; version?: number }
  | { kind: 'bytes'; v: string; version?: number }
  | { kind: 'bool'; v: boolean };

const SEEDS: SeedSpec[] = [
  { kind: 'int', v: 0 },
  { kind: 'int', v: 1 },
  { kind: 'int', v: 42 },
  { kind: 'int', v: -7 },
  { kind: 'int', v: 2 ** 32 - 1 },
  { kind: 'int', v: 2 ** 32 },
  { kind: 'int', v: P(53n) },
  { kind: 'int', v: big(2n ** 64n + 3n) },
  { kind: 'int', v: P(200n) },
  { kind: 'int', v: big(-(3n ** 90n)) },
  { kind: 'str', v: 'hello' },
  { kind: 'str', v: '' },
  { kind: 'bytes', v: toHex(new TextEncoder().encode('bytes')) },
  { kind: 'bytes', v: '' },
  { kind: 'str', v: 'ünïcode' },
  { kind: 'str', v: 'emoji 🎲 and 中文' },
  { kind: 'str', v: 'hello', version: 1 },
  { kind: 'bytes', v: toHex(new TextEncoder().encode('bytes')), version: 1 },
  { kind: 'float', v: 1.5 },
  { kind: 'float', v: -2.5 },
  { kind: 'float', v: -1.0 },
  { kind: 'float', v: 1e300 },
  { kind: 'float', v: 0.1 },
  { kind: 'bool', v: true },
];

const HASH_FLOATS: Wire[] = [
  0.0, 1.0, -1.0, 1.5, -2.5, 1e300, -1e-300, 5e-324, 2 ** 61, 2 ** 62, 0.1, 123456.789, F('inf'), F('-inf'),
  2 ** 53, 1 / 3, -(2 ** 61) + 1024, 2.5e-310,
];

const SHA_LENGTHS = [0, 1, 3, 55, 56, 63, 64, 111, 112, 113, 127, 128, 129, 200, 1000, 100000];
function shaInput(n: number): Uint8Array {
  const a = new Uint8Array(n);
  for (let i = 0; i < n; i++) a[i] = (i * 31 + 7) & 255;
  return a;
}

// ---------------------------------------------------------------------------------------------------------------
// The Python side
// ---------------------------------------------------------------------------------------------------------------

const PY = String.raw`
import sys, json, struct, random, hashlib, math
from decimal import Decimal, getcontext

spec = json.loads(sys.stdin.buffer.read().decode('utf-8'))

def enc(v):
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int):
        return v if -(2**53 - 1) <= v <= 2**53 - 1 else {'i': str(v)}
    if isinstance(v, float):
        return {'f': struct.pack('>d', v).hex()}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    if isinstance(v, (bytes, bytearray)):
        return {'b': v.hex()}
    raise TypeError(type(v))

def dec(w):
    if isinstance(w, list):
        return [dec(x) for x in w]
    if isinstance(w, dict):
        if 'i' in w: return int(w['i'])
        if 'F' in w: return float(w['F'])
        if 'b' in w: return bytes.fromhex(w['b'])
    return w

def do_seed(r, s):
    k = s['kind']
    if k == 'int': r.seed(dec(s['v']))
    elif k == 'float': r.seed(float(dec(s['v'])))
    elif k == 'str': r.seed(s['v'], version=s.get('version', 2))
    elif k == 'bytes': r.seed(bytes.fromhex(s['v']), version=s.get('version', 2))
    elif k == 'bool': r.seed(s['v'])

def op(r, name, args):
    if name == 'state':
        v, internal, g = r.getstate()
        return [v, list(internal), g]
    if name == 'choice': return r.choice(range(args[0]))
    if name == 'shuffle':
        x = list(range(args[0])); r.shuffle(x); return x
    if name == 'sample': return r.sample(range(args[0]), args[1])
    if name == 'sampleCounts': return r.sample(range(len(args[0])), args[1], counts=args[0])
    if name == 'choices':
        n, w, cw, k = args
        return r.choices(list(range(n)), w, cum_weights=cw, k=k)
    if name == 'setstate':
        st = args[0]
        return r.setstate((st[0], tuple(st[1])) + tuple(st[2:]))
    if name == 'seed': return r.seed(*args)
    return getattr(r, name)(*args)

out = {'seeds': [], 'errors': [], 'hash': [], 'sha': [], 'state': {}, 'math': {}}

for s in spec['seeds']:
    r = random.Random()
    do_seed(r, s)
    res = []
    for name, args, times in spec['ops']:
        args = dec(args)
        res.append([op(r, name, args) for _ in range(times)])
    out['seeds'].append(enc(res))

r = random.Random(123)
for name, args, times in spec['errors']:
    args = dec(args)
    try:
        op(r, name, args)
        err = None
    except Exception as e:
        err = [type(e).__name__, str(e)]
    out['errors'].append(enc([err, r.random()]))

r = random.Random(987654321)
out['fuzz'] = []
for name, args, times in spec['fuzz']:
    try:
        v = ['ok', op(r, name, dec(args))]
    except Exception as e:
        v = ['err', type(e).__name__, str(e)]
    out['fuzz'].append(enc(v))

out['hash'] = [enc(hash(float(dec(x)))) for x in spec['hash']]
for n in spec['sha']:
    data = bytes((i * 31 + 7) & 255 for i in range(n))
    out['sha'].append(hashlib.sha512(data).hexdigest())
out['abc'] = hashlib.sha512(b'abc').hexdigest()

# setstate round trips
r = random.Random(42)
r.gauss()
st = r.getstate()
after = [r.gauss(), [r.random() for _ in range(5)], [r.randint(1, 100) for _ in range(5)]]
out['state']['mid'] = enc([list(st[1]), st[2]])
out['state']['after'] = enc(after)
r.setstate(st)
out['state']['again'] = enc([r.gauss(), [r.random() for _ in range(5)], [r.randint(1, 100) for _ in range(5)]])
r = random.Random('state v2')
for _ in range(700): r.random()
words = list(r.getstate()[1])
signed = [w - 2**32 if w >= 2**31 else w for w in words[:624]] + [words[624]]
r2 = random.Random()
r2.setstate((2, tuple(signed), None))
out['state']['v2'] = enc([signed, [r2.random() for _ in range(5)]])

# libm references: glibc's results and correctly rounded ones (Decimal at 60 digits)
getcontext().prec = 60
def D(x): return Decimal(x)
def dsin(x):
    x = D(x); s = x; t = x; n = 1
    while True:
        n += 2; t = -t * x * x / (n * (n - 1))
        if abs(t) < Decimal(10) ** -80: return s
        s += t
def dcos(x):
    x = D(x); s = D(1); t = D(1); n = 0
    while True:
        n += 2; t = -t * x * x / (n * (n - 1))
        if abs(t) < Decimal(10) ** -80: return s
        s += t
rm = random.Random(2024)
xs = [rm.random() for _ in range(3000)]
m = out['math']
m['x'] = enc(xs)
m['log'] = enc([[math.log(1.0 - x), float(D(1.0 - x).ln())] for x in xs])
m['logw'] = enc([[math.log(x * 1e250 + 1e-300), float(D(x * 1e250 + 1e-300).ln())] for x in xs])
m['exp'] = enc([[math.exp(x * 1400 - 700), float(D(x * 1400 - 700).exp())] for x in xs])
m['sin'] = enc([[math.sin(x * 2 * math.pi), float(dsin(x * 2 * math.pi))] for x in xs[:600]])
m['cos'] = enc([[math.cos(x * 2 * math.pi), float(dcos(x * 2 * math.pi))] for x in xs[:600]])
m['acos'] = enc([math.acos(2 * x - 1) for x in xs])
m['pow'] = enc([[(3 * x) ** (7 * x - 3.5), float((D(3 * x).ln() * D(7 * x - 3.5)).exp())] for x in xs])
# arguments that are hard for range reduction and near-1 logs
hard = [math.pi / 2, math.pi, 3 * math.pi / 2, 2 * math.pi - 1e-12, 1e-300, 5e-324, 1 - 2**-53, 1 + 2**-52,
        0.7853981633974483, 2.356194490192345]
m['hard'] = enc(hard)
m['hardsin'] = enc([float(dsin(x)) for x in hard])
m['hardcos'] = enc([float(dcos(x)) for x in hard])
m['hardlog'] = enc([float(D(x).ln()) for x in hard])
sys.stdout.write(json.dumps(out))
`;

interface PyOut {
  seeds: unknown[];
  errors: unknown[];
  fuzz: unknown[];
  hash: unknown[];
  sha: string[];
  abc: string;
  state: Record<string, unknown>;
  math: Record<string, unknown>;
}

let py: PyOut;

beforeAll(() => {
  const input = JSON.stringify({
    seeds: SEEDS, ops: SEQUENCE_OPS, errors: ERROR_OPS, fuzz: FUZZ_OPS, hash: HASH_FLOATS, sha: SHA_LENGTHS,
  });
  const res = spawnSync('python3', ['-c', PY], { input, maxBuffer: 1 << 28, encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new Error(
      'random-core tests NEED python3 (CPython 3.11) as the reference implementation, and running it failed: ' +
        (res.error ? String(res.error) : `exit ${res.status}\n${res.stderr}`),
    );
  }
  const version = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2])'], { encoding: 'utf8' });
  if (!/\(3, 11\)/.test(version.stdout)) {
    throw new Error(`random-core tests need CPython 3.11 as python3, found ${version.stdout.trim()}`);
  }
  py = JSON.parse(res.stdout) as PyOut;
});

// ---------------------------------------------------------------------------------------------------------------
// The TS side
// ---------------------------------------------------------------------------------------------------------------

function applySeed(r: RandomCore, s: SeedSpec): void {
  switch (s.kind) {
    case 'int':
      r.seed(arg(s.v) as Int);
      break;
    case 'float':
      r.seedFloat(arg(s.v) as number);
      break;
    case 'str':
      r.seed(s.v, s.version ?? 2);
      break;
    case 'bytes':
      r.seed(hexToBytes(s.v), s.version ?? 2);
      break;
    case 'bool':
      r.seed(s.v);
      break;
  }
}

function runOp(r: RandomCore, name: string, rawArgs: Wire[]): unknown {
  const a = rawArgs.map(arg) as never[];
  switch (name) {
    case 'state': {
      const [v, internal, g] = r.getstate();
      return [v, internal, g];
    }
    case 'shuffle': {
      const x = Array.from({ length: a[0] as number }, (_, i) => i);
      r.shuffle(x);
      return x;
    }
    case 'randbytes':
      return toHex(r.randbytes(a[0]));
    case 'setstate': {
      const st = a[0] as unknown[];
      r.setstate(st);
      return null;
    }
    case 'seed':
      r.seed(a[0]);
      return null;
    case 'uniform':
      return r.uniform(Number(a[0]), Number(a[1]));
    default: {
      const fn = (r as unknown as Record<string, (...x: unknown[]) => unknown>)[name];
      const v = fn.apply(r, a);
      return v === undefined ? null : v;
    }
  }
}

describe('sha512', () => {
  it('matches hashlib on known and padding-edge inputs', () => {
    expect(toHex(sha512(new TextEncoder().encode('abc')))).toBe(py.abc);
    // FIPS 180-2 test vector, independently of python
    expect(toHex(sha512(new TextEncoder().encode('abc')))).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
        '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    );
    SHA_LENGTHS.forEach((n, i) => expect(toHex(sha512(shaInput(n))), `length ${n}`).toBe(py.sha[i]));
  });
});

describe('seeding', () => {
  it('float seeds hash like CPython', () => {
    HASH_FLOATS.forEach((x, i) => expect(floatHash(arg(x) as number), JSON.stringify(x)).toEqual(decode(py.hash[i])));
  });

  it('getstate right after seeding equals CPython for every seed kind', () => {
    SEEDS.forEach((s, i) => {
      const r = new RandomCore(0);
      applySeed(r, s);
      const ref = (decode(py.seeds[i]) as unknown[][])[0][0];
      expect(r.getstate(), JSON.stringify(s)).toEqual(ref);
    });
  });

  it('seed(None) draws fresh entropy', () => {
    const a = new RandomCore(null);
    const b = new RandomCore();
    expect(a.getstate()[1]).not.toEqual(b.getstate()[1]);
    expect(a.getstate()[1][624]).toBe(624);
  });

  it('a safe-integer number and the equal bigint seed identically; int -1 differs from float -1.0', () => {
    const a = new RandomCore(12345);
    const b = new RandomCore(12345n);
    expect(a.random()).toBe(b.random());
    const c = new RandomCore(-1);
    const d = new RandomCore(0);
    d.seedFloat(-1.0);
    expect(c.getstate()).not.toEqual(d.getstate());
    const e = new RandomCore(1);
    expect(c.getstate()).toEqual(e.getstate());
  });
});

describe('sequences match CPython 3.11', () => {
  SEEDS.forEach((s, si) => {
    it(`seed ${JSON.stringify(s)}`, () => {
      const r = new RandomCore(0);
      applySeed(r, s);
      const ref = decode(py.seeds[si]) as unknown[][];
      let inexact = 0;
      let libmValues = 0;
      SEQUENCE_OPS.forEach(([name, args, times], oi) => {
        const ours: unknown[] = [];
        for (let t = 0; t < times; t++) ours.push(runOp(r, name, args));
        const label = `${name}(${JSON.stringify(args)}) #${oi}`;
        if (LIBM_OPS.has(name)) {
          // glibc is not correctly rounded in ~0.1% of calls; ours is. Allow 1 ulp there, and count it.
          const theirs = ref[oi] as number[];
          expect(ours.length, label).toBe(theirs.length);
          ours.forEach((v, k) => {
            libmValues++;
            const d = ulps(v as number, theirs[k]);
            if (d !== 0) inexact++;
            expect(d, `${label}[${k}]: ours ${String(v)} CPython ${theirs[k]}`).toBeLessThanOrEqual(1);
          });
        } else {
          expect(ours, label).toEqual(ref[oi]);
        }
      });
      // The underlying stream stayed in step (the last ops are exact), and 1-ulp differences stay rare.
      expect(inexact, `${inexact} of ${libmValues} distribution values differ by 1 ulp`).toBeLessThanOrEqual(
        Math.max(2, libmValues * 0.02),
      );
    });
  });
});

describe('errors match CPython 3.11 (type, message, and the state afterwards)', () => {
  it('raises the same exceptions and consumes the same randomness', () => {
    const r = new RandomCore(123);
    ERROR_OPS.forEach(([name, args], i) => {
      let err: [string, string] | null = null;
      try {
        runOp(r, name, args);
      } catch (e) {
        if (!(e instanceof RandomArgError)) throw e;
        err = [e.pyType, e.message];
      }
      const [refErr, refNext] = decode(py.errors[i]) as [[string, string] | null, number];
      const label = `${name}(${JSON.stringify(args)})`;
      expect(err, label).toEqual(refErr);
      expect(r.random(), `${label}: next random()`).toBe(refNext);
    });
  });
});

describe('fuzz: random operations with arguments of every magnitude', () => {
  it('agree with CPython, errors included', () => {
    const r = new RandomCore(987654321);
    let libm = 0;
    FUZZ_OPS.forEach(([name, args], i) => {
      let ours: unknown[];
      try {
        ours = ['ok', runOp(r, name, args)];
      } catch (e) {
        if (!(e instanceof RandomArgError)) throw e;
        ours = ['err', e.pyType, e.message];
      }
      const ref = decode(py.fuzz[i]) as unknown[];
      const label = `#${i} ${name}(${JSON.stringify(args)})`;
      if (LIBM_OPS.has(name) && ours[0] === 'ok' && ref[0] === 'ok') {
        libm++;
        expect(ulps(ours[1] as number, ref[1] as number), `${label}: ours ${ours[1]} CPython ${ref[1]}`)
          .toBeLessThanOrEqual(1);
      } else {
        expect(ours, label).toEqual(ref);
      }
    });
    expect(libm).toBeGreaterThan(50);
  });
});

describe('getstate / setstate', () => {
  it('restores a CPython state (with gauss_next pending) and continues identically', () => {
    const [internal, gaussNext] = decode(py.state.mid) as [number[], number];
    const after = decode(py.state.after);
    const r = new RandomCore(0);
    r.setstate([3, internal, gaussNext]);
    const run = () => [
      r.gauss(),
      Array.from({ length: 5 }, () => r.random()),
      Array.from({ length: 5 }, () => r.randint(1, 100)),
    ];
    expect(run()).toEqual(after);
    r.setstate([3, internal, gaussNext]);
    expect(run()).toEqual(decode(py.state.again));
  });

  it('round-trips its own state', () => {
    const r = new RandomCore('round trip');
    r.gauss();
    for (let i = 0; i < 1000; i++) r.random();
    const st = r.getstate();
    const a = [r.gauss(), r.random(), r.getrandbits(100), r.randint(0, 10)];
    r.setstate(st);
    expect([r.gauss(), r.random(), r.getrandbits(100), r.randint(0, 10)]).toEqual(a);
  });

  it('accepts version 2 states (signed words)', () => {
    const [signed, next] = decode(py.state.v2) as [number[], number[]];
    const r = new RandomCore(0);
    r.setstate([2, signed, null]);
    expect(Array.from({ length: 5 }, () => r.random())).toEqual(next);
  });

  it('MersenneTwister state is the C-level 625 words', () => {
    const g = new MersenneTwister([0]);
    const st = g.getstate();
    expect(st.length).toBe(625);
    expect(st[0]).toBe(0x80000000);
    expect(st[624]).toBe(624);
  });
});

describe('correctly rounded libm', () => {
  function pairs(key: string): [number, number][] {
    return decode(py.math[key]) as [number, number][];
  }

  it('log, exp, sin, cos, pow are correctly rounded and agree with glibc almost always', () => {
    const xs = decode(py.math.x) as number[];
    const cases: [string, (x: number) => number][] = [
      ['log', (x) => crLog(1.0 - x)],
      ['logw', (x) => crLog(x * 1e250 + 1e-300)],
      ['exp', (x) => crExp(x * 1400 - 700)],
      ['sin', (x) => crSin(x * 2 * Math.PI)],
      ['cos', (x) => crCos(x * 2 * Math.PI)],
      ['pow', (x) => pyPow(3 * x, 7 * x - 3.5)],
    ];
    for (const [key, fn] of cases) {
      const ref = pairs(key);
      let glibcDiff = 0;
      ref.forEach(([glibc, exact], i) => {
        const v = fn(xs[i]);
        expect(v, `${key}(${xs[i]})`).toBe(exact);
        if (!Object.is(v, glibc)) {
          glibcDiff++;
          expect(ulps(v, glibc)).toBe(1);
        }
      });
      expect(glibcDiff, `${key}: ${glibcDiff} of ${ref.length} differ from glibc`).toBeLessThan(ref.length * 0.005);
    }
    const acos = decode(py.math.acos) as number[];
    let acosDiff = 0;
    acos.forEach((glibc, i) => {
      const d = ulps(crAcos(2 * xs[i] - 1), glibc);
      expect(d).toBeLessThanOrEqual(1);
      if (d) acosDiff++;
    });
    expect(acosDiff).toBeLessThan(acos.length * 0.005);
  });

  it('handles hard arguments (near multiples of pi/2, near 1, subnormals)', () => {
    const hard = decode(py.math.hard) as number[];
    const s = decode(py.math.hardsin) as number[];
    const c = decode(py.math.hardcos) as number[];
    const l = decode(py.math.hardlog) as number[];
    hard.forEach((x, i) => {
      expect(crSin(x), `sin(${x})`).toBe(s[i]);
      expect(crCos(x), `cos(${x})`).toBe(c[i]);
      expect(crLog(x), `log(${x})`).toBe(l[i]);
    });
  });

  it('special values behave like the math module', () => {
    expect(crLog(1)).toBe(0);
    expect(() => crLog(0)).toThrow(RandomArgError);
    expect(() => crLog(-1)).toThrow('math domain error');
    expect(crLog(Infinity)).toBe(Infinity);
    expect(crExp(0)).toBe(1);
    expect(crExp(-Infinity)).toBe(0);
    expect(() => crExp(710)).toThrow('math range error');
    expect(crCos(0)).toBe(1);
    expect(Object.is(crSin(-0), -0)).toBe(true);
    expect(() => crCos(Infinity)).toThrow('math domain error');
    expect(crAcos(1)).toBe(0);
    expect(crAcos(-1)).toBe(Math.PI);
    expect(crAcos(0)).toBe(Math.PI / 2);
    expect(pyPow(2, 0.5)).toBe(Math.SQRT2);
    expect(pyPow(0, 2)).toBe(0);
    expect(Object.is(pyPow(-0, 1), -0)).toBe(true);
    expect(() => pyPow(0, -1)).toThrow('0.0 cannot be raised to a negative power');
    expect(pyPow(1, NaN)).toBe(1);
    expect(pyPow(-8, 3)).toBe(-512);
  });
});

// Speed of random()/randint()/choice() is measured by `npm run bench`, not asserted here.
describe('hot paths at volume', () => {
  it('random(), randint() and choice() stay in range over a million calls each', () => {
    const r = new RandomCore(1);
    for (let i = 0; i < 1_000_000; i++) {
      const x = r.random();
      if (!(x >= 0 && x < 1)) throw new Error(`random() out of range: ${x}`);
    }
    for (let i = 0; i < 1_000_000; i++) {
      const x = r.randint(1, 6) as number;
      if (!(x >= 1 && x <= 6 && Number.isInteger(x))) throw new Error(`randint out of range: ${x}`);
    }
    for (let i = 0; i < 1_000_000; i++) {
      const x = r.choice(37);
      if (!(x >= 0 && x < 37)) throw new Error(`choice out of range: ${x}`);
    }
  });
});
