# functools: reprs and errors compared with CPython
import functools
from functools import partial, reduce, lru_cache, cache, wraps, total_ordering, cmp_to_key, cached_property, singledispatch


def attempt(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)


p = partial(f, 1, c=5)
print(p(), p(9, 8, x=1), p.args, p.keywords, p.func.__name__)
print(repr(partial(f)).split(' at ')[0], repr(partial(len, 'abc')), repr(partial(max, key=len)))
pp = partial(partial(f, 1), 2, k=0)
print(pp.args, pp.keywords, pp())
attempt(partial, 1)
attempt(partial(f))
attempt(reduce, lambda a, b: a + b, [])
print(reduce(lambda a, b: a + b, ['x', 'y', 'z']), reduce(max, [3, 9, 2], 0))


@lru_cache(maxsize=3)
def sq(n):
    return n * n


for n in [1, 2, 1, 3, 4, 1, 2, 5]:
    sq(n)
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100), fib.cache_info())
attempt(lru_cache, 'bad')


def deco(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner


@deco
def target(x):
    """doc of target"""
    return x


print(target.__name__, target.__doc__, target.__qualname__, target.__wrapped__.__name__, target(3))


@total_ordering
class Num:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __gt__(self, o):
        return self.v > o.v

    def __repr__(self):
        return f'Num({self.v})'


print(sorted([Num(3), Num(1), Num(2)]), Num(1) < Num(2), Num(2) <= Num(2), Num(1) >= Num(2))
attempt(total_ordering, type('X', (), {}))
print(sorted(['apple', 'Fig', 'banana'], key=cmp_to_key(lambda a, b: len(a) - len(b))))


class Thing:
    @cached_property
    def val(self):
        print('computing')
        return [1]


t = Thing()
print(t.val, t.val, t.val is t.val)


@singledispatch
def fmt(x):
    return f'obj:{x!r}'


@fmt.register
def _(x: int):
    return f'int:{x}'


@fmt.register(float)
@fmt.register(complex)
def _(x):
    return f'num:{x}'


@fmt.register(list)
def _(x):
    return '[' + ', '.join(fmt(i) for i in x) + ']'


print(fmt(1), fmt(2.5), fmt(1j), fmt('s'), fmt([1, 'a', [2.0]]), fmt(True))
attempt(fmt)
