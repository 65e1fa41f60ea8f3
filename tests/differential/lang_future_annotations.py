# `from __future__ import annotations` (PEP 563): the __future__ module, and annotations stored as the text
# CPython's unparser writes (never evaluated: the names below are mostly undefined).
from __future__ import annotations
from __future__ import division, generator_stop
import __future__

# ---- the __future__ module
print(__future__.all_feature_names)
print(__future__.__all__)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(), feature.compiler_flag)
print(annotations is __future__.annotations, type(annotations).__name__)
print(__future__.CO_FUTURE_ANNOTATIONS == annotations.compiler_flag, __future__.CO_GENERATOR_ALLOWED)
print(division.getMandatoryRelease() < (3,), generator_stop)

# ---- module and class annotations
print(__annotations__)
count: int = 0
names: list[str]
complex_target: Undefined[1, 2]
print(__annotations__)

class Point:
    x: float
    y: "quoted" = 2
    __private: Undefined.attr
    label: Optional[str] = None
    def method(self, other: Point, *, scale: float = 1.0) -> Point:
        return self
print(Point.__annotations__)
print(Point.method.__annotations__)

def trace(x):
    print("evaluated", x)
    return x

# complex targets: the target is evaluated, the annotation is not
ns = Point()
ns.attr: trace("annotation") = trace("value")
d = {}
d[trace("key")]: trace("annotation")
print(ns.attr, d)

def local_annotations():
    inner: NotEvaluated = 1
    other: AlsoNot
    return inner
print(local_annotations(), local_annotations.__annotations__)

# ---- the unparser: operators, precedence, parentheses
def ops(a: 1 + 2 * 3, b: (1 + 2) * 3, c: 2 ** 3 ** 4, d: (2 ** 3) ** 4, e: -x ** 2, f: (-x) ** 2,
        g: not a and b or c, h: (a or b) and c, i: a if b else c, j: (a if b else c) if d else e,
        k: x < y <= z, l: a is not b, m: a not in b, n: (a < b) < c, o: a | b & c ^ d, p: (a | b) & c,
        q: a << b >> c, r: a @ b // c % d / e, s: ~a, t: +a, u: not (not a), v: -(-a), w: (a + b) @ c): pass
print(ops.__annotations__)

def lambdas(a: lambda: 0, b: lambda x, y=1, *a, z, **k: x, c: lambda *a: 0, d: lambda *, k: 0,
            e: lambda a, /, b: 0, f: lambda **k: 1, g: lambda: (yield), h: lambda: (x := 1),
            i: lambda: await x, j: lambda: (await x).y, k: lambda: -(await x), l: lambda: (await x) ** 2): pass
print(lambdas.__annotations__)

def subscripts(a: x.y.z, b: x[1], c: x[1, 2], d: x[1:2], e: x[1:2:3], f: x[::], g: x[:, 1], h: x[(1, 2)],
               i: x[()], j: x[1,], k: x[*a], l: x[a, *b], m: (1).real, n: 1 .real, o: 1.5.real, p: 'a'.b,
               q: f(x)(y)[z].w, r: dict[str, list[int]], s: Callable[[int, str], None], t: Literal["a", 'b']): pass
print(subscripts.__annotations__)

def constants(a: 'str', b: "it's", c: 'say "hi"', d: b'by\x00tes', e: u'uni', f: 1e400, g: 2j, h: 1e400j,
              i: 0.1, j: ..., k: None, l: True, m: 10 ** 30, n: 0xff, o: 1_000, p: 'a' 'b',
              q: '\n\t\u00e9\U0001F600', r: 123456789012345678901234567890, s: 1.5e-10, t: -0.0): pass
print(constants.__annotations__)

def displays(a: [1, 2], b: (1, 2), c: (1,), d: (), e: {1, 2}, f: {1: 2, **d}, g: {}, h: [*a, *b], i: {**a},
             j: ((1, 2), 3), k: [(1, 2)], l: (a, *b)): pass
print(displays.__annotations__)

def comprehensions(a: [x for x in y], b: {x for x in y if x if z}, c: {k: v for k, v in d.items()},
                   d: (x for x in y), e: [x async for x in y], f: f(x for x in y), g: f((x for x in y), 1),
                   h: [(x, y) for x in a for y in b], i: [x for x in (lambda: y)()],
                   j: [x for x in a if (lambda: 1)], k: [(y := 1) for z in a]): pass
print(comprehensions.__annotations__)

def calls(a: f(), b: f(1, *a, k=2, **kw), c: f(a=1), d: lambda: f(x := 1), e: lambda: [x := 1, y]): pass
print(calls.__annotations__)

def fstrings(a: f'x{y}z', b: f'{x!r:>{w}}', c: f'{x=}', d: f'{{}}', e: f'{ {1: 2}[1] }', f: f"{'a'}",
             g: f'{x:{y}.{z}}', h: f'{(lambda: 1)}', i: f'{x,y}', j: f'{a if b else c}', k: F'{x!s}{y!a}'): pass
print(fstrings.__annotations__)

# ---- parameter kinds, order of __annotations__ (args before posonlyargs), private names, *args: *Ts
def order(a: A, /, b: B, *c: C, d: D, **e: E) -> R: pass
print(order.__annotations__)

def star(*args: *Ts, **kwargs: int) -> tuple[*Ts]: pass
print(star.__annotations__)

class Private:
    def m(self, __x: X, *, __y: Y) -> __Z: pass
print(Private.m.__annotations__)

# ---- nothing is evaluated: undefined names and side effects are fine
def no_side_effects(a: trace("never"), b: undefined_name.attribute[0]) -> 1 / 0: pass
print(sorted(no_side_effects.__annotations__))

# ---- code compiled at run time with its own future import
exec("from __future__ import annotations\ndef lazy(a: int, b: Undefined): pass\nprint(lazy.__annotations__)")
try:
    compile("from __future__ import annotations\ndef f(x: (yield)): pass", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("from __future__ import annotations\nx: (y := 1)", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
