# functools: reduce, partial, partialmethod, lru_cache/cache, wraps, total_ordering, cmp_to_key,
# cached_property, singledispatch
import functools
from functools import (reduce, partial, partialmethod, lru_cache, cache, wraps, update_wrapper, total_ordering,
                       cmp_to_key, cached_property, singledispatch, singledispatchmethod)
import operator


def raises(exc, f, *args, **kw):
    try:
        f(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError(f'{exc.__name__} not raised')


# reduce
assert reduce(operator.add, [1, 2, 3, 4]) == 10
assert reduce(operator.add, [], 5) == 5
assert reduce(lambda a, b: a * b, range(1, 6), 1) == 120
assert reduce(operator.add, ['a'], 'x') == 'xa'
assert raises(TypeError, reduce, operator.add, []) == 'reduce() of empty iterable with no initial value'

# partial
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)

p = partial(f, 1)
assert p(2) == (1, 2, 3, 4) and p(2, 5, d=6) == (1, 2, 5, 6)
assert p.func is f and p.args == (1,) and p.keywords == {}
p2 = partial(p, 2, d=9)
assert p2.func is f and p2.args == (1, 2) and p2.keywords == {'d': 9} and p2() == (1, 2, 3, 9)
assert p2(d=0) == (1, 2, 3, 0)
assert repr(partial(max, 1, key=abs)) == "functools.partial(<built-in function max>, 1, key=<built-in function abs>)"
assert raises(TypeError, partial, 5) == 'the first argument must be callable'
basetwo = partial(int, base=2)
assert basetwo('10010') == 18
assert callable(p)


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


cell = Cell()
cell.set_alive()
assert cell._alive
cell.set_dead()
assert not cell._alive

# lru_cache / cache
calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


assert sq(2) == 4 and sq(2) == 4 and sq(3) == 9
assert calls == [2, 3]
info = sq.cache_info()
assert info.hits == 1 and info.misses == 2 and info.maxsize == 2 and info.currsize == 2
assert repr(info) == 'CacheInfo(hits=1, misses=2, maxsize=2, currsize=2)'
assert info == (1, 2, 2, 2)
sq(4)           # evicts 2 (least recently used)
sq(3)           # hit
sq(2)           # miss again
assert calls == [2, 3, 4, 2]
sq.cache_clear()
assert sq.cache_info() == (0, 0, 2, 0)
assert sq.__wrapped__(5) == 25 and sq.__name__ == 'sq'
assert sq.cache_parameters() == {'maxsize': 2, 'typed': False}


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


assert fib(80) == 23416728348467685
assert fib.cache_info().currsize == 81 and fib.cache_info().maxsize == 128


@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


assert fact(20) == 2432902008176640000 and fact.cache_info().maxsize is None


@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__


assert typed(1) == 'int' and typed(1.0) == 'float' and typed.cache_info().currsize == 2


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
assert nocache.cache_info() == (0, 2, 0, 0)


@lru_cache()
def kw(a, b=1):
    return a + b


assert kw(1, b=2) == 3 and kw(1, b=2) == 3 and kw.cache_info().hits == 1
assert raises(TypeError, lru_cache, 'x') == 'Expected first argument to be an integer, a callable, or None'


# wraps / update_wrapper
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner


@deco
def documented(x: int) -> int:
    """The docs."""
    return x + 1


assert documented.__name__ == 'documented' and documented.__doc__ == 'The docs.'
assert documented.__wrapped__(1) == 2 and documented(1) == 2
assert documented.__qualname__ == 'documented' and documented.__module__ == __name__
assert documented.__annotations__ == {'x': int, 'return': int}


def src():
    pass


src.extra = 42


def dst():
    pass


update_wrapper(dst, src)
assert dst.extra == 42 and dst.__wrapped__ is src and dst.__name__ == 'src'
assert functools.WRAPPER_ASSIGNMENTS == ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
assert functools.WRAPPER_UPDATES == ('__dict__',)


# total_ordering
@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


assert V(1) < V(2) and V(2) > V(1) and V(1) <= V(1) and V(2) >= V(1) and not V(1) > V(2)
assert sorted([V(3), V(1), V(2)], key=lambda x: x.v)[0].v == 1


@total_ordering
class W:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


assert W(1) < W(2) and W(1) <= W(2) and W(3) > W(2)


class NoOrder:
    pass


assert raises(ValueError, total_ordering, NoOrder) == 'must define at least one ordering operation: < > <= >='

# cmp_to_key
assert sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)) == [3, 2, 1]
assert sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))) == ['a', 'bb', 'ccc']
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
assert K(1) < K(2) and K(2) == K(2) and K(3) >= K(2)


# cached_property
class Data:
    def __init__(self):
        self.n = 0

    @cached_property
    def value(self):
        self.n += 1
        return 42


dd = Data()
assert dd.value == 42 and dd.value == 42 and dd.n == 1
assert 'value' in dd.__dict__
del dd.value
assert dd.value == 42 and dd.n == 2
assert isinstance(Data.value, cached_property)


# singledispatch
@singledispatch
def describe(x):
    return 'object'


@describe.register
def _(x: int):
    return 'int'


@describe.register(list)
def _(x):
    return 'list'


def _str(x):
    return 'str'


describe.register(str, _str)
assert describe(1) == 'int' and describe(True) == 'int' and describe([]) == 'list' and describe('a') == 'str'
assert describe(1.5) == 'object' and describe(None) == 'object'
assert describe.dispatch(bool) is describe.dispatch(int)
assert describe.registry[list]([]) == 'list'
assert object in describe.registry
assert raises(TypeError, describe) == 'describe requires at least 1 positional argument'


class Base:
    pass


class Derived(Base):
    pass


describe.register(Base, lambda x: 'base')
assert describe(Derived()) == 'base'


class Neg:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError('cannot negate')

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register
    def _(self, arg: bool):
        return not arg


assert Neg().neg(5) == -5 and Neg().neg(True) is False
