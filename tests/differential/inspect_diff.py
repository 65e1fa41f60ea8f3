# inspect: signatures, parameters, predicates and docs compared with CPython
import inspect
import functools
from inspect import signature, Parameter, Signature


def f1(a, b=1, *args, c, d=2, **kw): pass
def f2(x: int, y: 'str' = 'a', *, z: list = None) -> bool: pass
def f3(p, /, q, *, r): pass
def f4(*, only=None): pass
def f5(a=[1], b={'k': (1, 2)}, c=None, d=1.5, e='s'): pass
def gen(): yield


class K:
    """Doc of K.

       indented line
    """

    def m(self, x, y=2): pass

    @classmethod
    def cm(cls, z, *zs): pass

    @staticmethod
    def sm(*, k): pass

    def __call__(self, v, /): pass


class Init:
    def __init__(self, a, *, b=0): pass


for obj in [f1, f2, f3, f4, f5, K.m, K().m, K.cm, K.sm, K(), Init, functools.partial(f1, 1, c=5), functools.partial(f3, 1),
            lambda: 0, lambda x, *y, **z: 0]:
    sig = signature(obj)
    print(str(sig), [(p.name, str(p.kind), p.default if p.default is not p.empty else '-') for p in sig.parameters.values()])
print(repr(signature(f2).parameters['y']), signature(f2).return_annotation, Parameter.empty is inspect.Parameter.empty)
print([str(k) for k in Parameter.POSITIONAL_ONLY.__class__], Parameter.KEYWORD_ONLY.description, int(Parameter.VAR_KEYWORD))
sig = signature(f1)
for args, kw in [((1,), {'c': 3}), ((1, 2, 3, 4), {'c': 0, 'zz': 9}), ((), {'a': 1, 'c': 2})]:
    ba = sig.bind(*args, **kw)
    print(ba, ba.args, ba.kwargs)
    ba.apply_defaults()
    print(ba.arguments)
for args, kw in [((), {}), ((1,), {}), ((1, 2), {'c': 3, 'b': 4})]:
    try:
        sig.bind(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    signature(f3).bind(p=1, q=2, r=3)
except TypeError as e:
    print('TypeError', e)
print(Signature([Parameter('a', Parameter.POSITIONAL_ONLY), Parameter('b', Parameter.POSITIONAL_OR_KEYWORD, default=3)]))
try:
    Signature([Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', Parameter.POSITIONAL_ONLY)])
except ValueError as e:
    print('ValueError', e)
try:
    Parameter('1x', Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print('ValueError', e)
try:
    signature(3)
except TypeError as e:
    print('TypeError', e)
print(inspect.isfunction(f1), inspect.isfunction(len), inspect.ismethod(K().m), inspect.isclass(K), inspect.isgeneratorfunction(gen),
      inspect.isgenerator(gen()), inspect.isbuiltin(len), inspect.isroutine(K.m), inspect.ismodule(inspect), inspect.isabstract(K))
print(repr(inspect.getdoc(K)), inspect.cleandoc('\n    a\n      b\n    c\n\n'), inspect.getdoc(f1))
print([n for n, v in inspect.getmembers(K, inspect.isfunction)], [n for n, v in inspect.getmembers(K()) if n in ('m', 'cm', 'sm')])
print(inspect.getfullargspec(f1), inspect.getcallargs(f1, 1, c=2), inspect.getcallargs(f5, 0, e=1))
for a, k in [((), {}), ((1, 2, 3, 4, 5, 6), {}), ((1,), {'a': 2}), ((), {'q': 1})]:
    try:
        inspect.getcallargs(f5, *a, **k) if a or 'q' in k or 'a' in k else inspect.getcallargs(f3)
    except TypeError as e:
        print('TypeError', e)
