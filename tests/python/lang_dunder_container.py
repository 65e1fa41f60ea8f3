# Container protocol: __len__, __contains__, __iter__/__next__, __getitem__ sequence fallback for
# iteration and `in`, __setitem__/__delitem__, slices passed to __getitem__, __reversed__, __missing__.

class Seq:
    """Old-style sequence: only __getitem__ raising IndexError."""
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10

s = Seq(4)
assert list(s) == [0, 10, 20, 30], "iteration falls back to __getitem__"
assert 20 in s and 25 not in s, "`in` falls back to iteration"
a, b, *rest = s
assert (a, b, rest) == (0, 10, [20, 30])
assert sorted(Seq(3), reverse=True) == [20, 10, 0]
it = iter(s)
assert next(it) == 0 and next(it) == 10
assert sum(Seq(3)) == 30
assert [x for x in Seq(2)] == [0, 10]

# __getitem__ raising StopIteration also ends iteration
class SeqStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
assert list(SeqStop()) == [0, 1]

# no __iter__ or __getitem__ -> not iterable
class NotIter: pass
try:
    iter(NotIter())
    assert False
except TypeError as e:
    assert str(e) == "'NotIter' object is not iterable", str(e)
try:
    for _ in 5:
        pass
    assert False
except TypeError as e:
    assert str(e) == "'int' object is not iterable", str(e)
try:
    1 in NotIter()
    assert False
except TypeError as e:
    assert str(e) == "argument of type 'NotIter' is not iterable", str(e)

# __iter__ = None blocks the fallback
class Blocked:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(Blocked())
    assert False
except TypeError as e:
    assert str(e) == "'Blocked' object is not iterable", str(e)

# --- iterator protocol ---
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
cd = Countdown(3)
assert list(cd) == [3, 2, 1]
assert list(cd) == [], "iterator exhausted"
assert iter(cd) is cd

class Bag:
    def __init__(self, *items): self.items = list(items)
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def __contains__(self, x):
        return x == 'magic' or x in self.items
bag = Bag(1, 2)
assert 'magic' in bag and 1 in bag and 3 not in bag
assert len(bag) == 2
assert (3 in bag) is False
class TruthyContains:
    def __contains__(self, x): return 'yes'
assert (1 in TruthyContains()) is True, "__contains__ result converted to bool"
assert (1 not in TruthyContains()) is False

# __iter__ must return an iterator
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
    assert False
except TypeError as e:
    assert str(e) == "iter() returned non-iterator of type 'int'", str(e)

# --- __len__ ---
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
assert len(L(5)) == 5
try:
    len(L(-1))
    assert False
except ValueError as e:
    assert str(e) == '__len__() should return >= 0', str(e)
class LenFloat:
    def __len__(self): return 1.5
try:
    len(LenFloat())
    assert False
except TypeError as e:
    assert str(e) == "'float' object cannot be interpreted as an integer", str(e)

# --- __getitem__/__setitem__/__delitem__ with slices ---
class Recorder:
    def __init__(self): self.log = []
    def __getitem__(self, k):
        self.log.append(('get', k))
        return k
    def __setitem__(self, k, v):
        self.log.append(('set', k, v))
    def __delitem__(self, k):
        self.log.append(('del', k))
r = Recorder()
assert r[1] == 1
assert r[1:2] == slice(1, 2, None)
assert r[::2] == slice(None, None, 2)
assert r[1, 2] == (1, 2), "tuple key"
assert r[1:2, 3] == (slice(1, 2, None), 3)
assert r[...] is Ellipsis
r['k'] = 'v'
r[0:3] = [1]
del r['k']
del r[::-1]
assert r.log[-4:] == [('set', 'k', 'v'), ('set', slice(0, 3, None), [1]), ('del', 'k'), ('del', slice(None, None, -1))]

# not subscriptable
try:
    five = 5
    five[0]
    assert False
except TypeError as e:
    assert str(e) == "'int' object is not subscriptable", str(e)
class NoItem: pass
try:
    NoItem()[0]
    assert False
except TypeError as e:
    assert str(e) == "'NoItem' object is not subscriptable", str(e)
try:
    NoItem()[0] = 1
    assert False
except TypeError as e:
    assert str(e) == "'NoItem' object does not support item assignment", str(e)
try:
    del NoItem()[0]
    assert False
except TypeError as e:
    assert str(e) == "'NoItem' object doesn't support item deletion", str(e)

# __class_getitem__
class Gen:
    def __class_getitem__(cls, item):
        return ('generic', cls.__name__, item)
assert Gen[int] == ('generic', 'Gen', int)
assert list[int] == list[int] and repr(list[int]) == 'list[int]'
assert repr(dict[str, int]) == 'dict[str, int]'

# --- __reversed__ and fallback to __len__/__getitem__ ---
class Rev:
    def __reversed__(self): return iter('cba')
assert list(reversed(Rev())) == ['c', 'b', 'a']
class SeqLen:
    def __len__(self): return 3
    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError
        return i
assert list(reversed(SeqLen())) == [2, 1, 0]
try:
    reversed(Countdown(1))
    assert False
except TypeError as e:
    assert str(e) == "'Countdown' object is not reversible", str(e)

# --- mapping protocol used by ** and dict() ---
class Mapping:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k.upper()
assert dict(Mapping()) == {'a': 'A', 'b': 'B'}
def kw(**k): return k
assert kw(**Mapping()) == {'a': 'A', 'b': 'B'}
assert {**Mapping()} == {'a': 'A', 'b': 'B'}
d = {}
d.update(Mapping())
assert d == {'a': 'A', 'b': 'B'}

# --- __missing__ ---
class Default(dict):
    def __missing__(self, k):
        self[k] = []
        return self[k]
dd = Default()
dd['x'].append(1)
assert dd == {'x': [1]}

# --- __length_hint__ is optional; list() works with plain iterators ---
def gen():
    yield from range(3)
assert list(gen()) == [0, 1, 2]

# --- iterating a sequence that mutates ---
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.clear()
assert list(it) == [], "list iterator checks length at each step"

print("ok")
