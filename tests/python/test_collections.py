# collections: namedtuple, deque, defaultdict, Counter, OrderedDict, ChainMap, User* and collections.abc
import collections
from collections import namedtuple, deque, defaultdict, Counter, OrderedDict, ChainMap, UserDict, UserList, UserString
import collections.abc as cabc


def raises(exc, f, *args, **kw):
    try:
        f(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError(f'{exc.__name__} not raised')


# ---- namedtuple ----
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
assert p == (1, 2) and p.x == 1 and p.y == 2 and p[0] == 1 and p[-1] == 2
assert repr(p) == 'Point(x=1, y=2)' and str(p) == 'Point(x=1, y=2)'
x, y = p
assert (x, y) == (1, 2)
assert isinstance(p, tuple) and isinstance(p, Point)
assert Point._fields == ('x', 'y')
assert Point(x=3, y=4) == (3, 4) and Point(5, y=6).y == 6
assert p._asdict() == {'x': 1, 'y': 2} and type(p._asdict()) is dict
assert p._replace(x=10) == Point(10, 2)
assert Point._make([7, 8]) == Point(7, 8) and type(Point._make([7, 8])) is Point
assert p.__getnewargs__() == (1, 2)
assert len(p) == 2 and list(p) == [1, 2] and p + (3,) == (1, 2, 3)
assert hash(p) == hash((1, 2))
assert raises(AttributeError, setattr, p, 'x', 5) == "can't set attribute"
assert raises(AttributeError, setattr, p, 'z', 5)
assert raises(TypeError, Point, 1) == "Point.__new__() missing 1 required positional argument: 'y'"
assert raises(TypeError, Point._make, [1]) == 'Expected 2 arguments, got 1'
assert raises(ValueError, p._replace, z=1) == "Got unexpected field names: ['z']"
assert Point.__doc__ == 'Point(x, y)'
assert Point.x.__doc__ == 'Alias for field number 0'
assert Point.__match_args__ == ('x', 'y')
P3 = namedtuple('P3', 'a, b c', defaults=[2, 3])
assert P3(1) == (1, 2, 3) and P3._field_defaults == {'b': 2, 'c': 3}
assert repr(P3(1, c=9)) == 'P3(a=1, b=2, c=9)'
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x'], rename=True)
assert R._fields == ('abc', '_1', 'ghi', '_3', '_4')
assert raises(ValueError, namedtuple, 'Bad', ['a', 'a']) == "Encountered duplicate field name: 'a'"
assert raises(ValueError, namedtuple, 'Bad', ['_a']) == "Field names cannot start with an underscore: '_a'"
assert raises(ValueError, namedtuple, 'Bad', ['def']) == "Type names and field names cannot be a keyword: 'def'"
assert raises(ValueError, namedtuple, 'Bad', ['1a']) == "Type names and field names must be valid identifiers: '1a'"
assert raises(TypeError, namedtuple, 'Bad', ['a'], defaults=[1, 2]) == 'Got more default values than field names'
One = namedtuple('One', 'a')
assert One(1) == (1,) and repr(One(1)) == 'One(a=1)'
Empty = namedtuple('Empty', [])
assert Empty() == () and repr(Empty()) == 'Empty()'
M = namedtuple('M', 'a b', module='mymod')
assert M.__module__ == 'mymod'


class Sub(Point):
    __slots__ = ()

    @property
    def hyp(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


assert Sub(3, 4).hyp == 5.0 and repr(Sub(3, 4)) == 'Sub(x=3, y=4)'
assert sorted([Point(2, 1), Point(1, 5)]) == [Point(1, 5), Point(2, 1)]

# ---- deque ----
d = deque()
assert len(d) == 0 and not d and repr(d) == 'deque([])'
for i in range(20):
    d.append(i)
    d.appendleft(-i)
assert len(d) == 40 and d[0] == -19 and d[-1] == 19 and d[20] == 0
assert d.pop() == 19 and d.popleft() == -19
assert list(d)[:3] == [-18, -17, -16]
d = deque([1, 2, 3], maxlen=3)
d.append(4)
assert list(d) == [2, 3, 4] and d.maxlen == 3
d.appendleft(1)
assert list(d) == [1, 2, 3]
assert repr(d) == 'deque([1, 2, 3], maxlen=3)'
d.extend([7, 8])
assert list(d) == [3, 7, 8]
d.extendleft([0, -1])
assert list(d) == [-1, 0, 3]
d = deque(range(10))
d.rotate(3)
assert list(d) == [7, 8, 9, 0, 1, 2, 3, 4, 5, 6]
d.rotate(-4)
assert list(d) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 0]
d.rotate(13)
assert list(d) == [8, 9, 0, 1, 2, 3, 4, 5, 6, 7]
d = deque('abcde')
d.insert(2, 'X')
assert ''.join(d) == 'abXcde'
d.insert(-1, 'Y')
assert ''.join(d) == 'abXcdYe'
d.insert(100, 'Z')
d.insert(-100, 'W')
assert ''.join(d) == 'WabXcdYeZ'
d.remove('X')
assert ''.join(d) == 'WabcdYeZ'
del d[0]
del d[-1]
assert ''.join(d) == 'abcdYe'
d[4] = 'e'
assert ''.join(d) == 'abcdee' and d.count('e') == 2 and d.index('e') == 4 and d.index('e', 5) == 5
d.reverse()
assert ''.join(d) == 'eedcba'
assert 'c' in d and 'z' not in d
assert list(reversed(d)) == list('abcdee')
d.clear()
assert len(d) == 0
assert raises(IndexError, d.pop) == 'pop from an empty deque'
assert raises(IndexError, d.popleft) == 'pop from an empty deque'
d = deque([1, 2])
assert raises(IndexError, d.__getitem__, 5) == 'deque index out of range'
assert raises(TypeError, lambda: d[0:1]) == "sequence index must be integer, not 'slice'"
assert raises(ValueError, d.remove, 9) == '9 is not in deque'
assert raises(ValueError, d.index, 9) == '9 is not in deque'
assert raises(ValueError, deque, [], -1) == 'maxlen must be non-negative'
assert raises(IndexError, deque([1, 2], 2).insert, 0, 5) == 'deque already at its maximum size'
assert raises(TypeError, lambda: d + [1]) == 'can only concatenate deque (not "list") to deque'
assert d + deque([3]) == deque([1, 2, 3])
assert d * 2 == deque([1, 2, 1, 2]) and 2 * d == deque([1, 2, 1, 2])
assert deque([1, 2], maxlen=3) * 2 == deque([2, 1, 2])
assert deque([1, 2]) == deque([1, 2]) and deque([1, 2]) != deque([2, 1]) and deque([1]) != [1]
assert deque([1, 2]) < deque([1, 3]) and deque([2]) > deque([1, 9])
e = d.copy()
e.append(3)
assert list(d) == [1, 2] and list(e) == [1, 2, 3]
z = deque([1, 2], maxlen=0)
assert len(z) == 0
z.append(1)
assert len(z) == 0
d = deque([1, 2, 3])
try:
    for v in d:
        d.append(v)
    assert False
except RuntimeError as ex:
    assert str(ex) == 'deque mutated during iteration'
d = deque()
for i in range(1000):
    d.append(i)
for i in range(990):
    assert d.popleft() == i
assert list(d) == list(range(990, 1000))
d += [1, 2]
assert d[-1] == 2 and len(d) == 12
dr = deque([1])
dr.append(dr)
assert repr(dr) == 'deque([1, [...]])'
assert raises(TypeError, hash, deque())

# ---- defaultdict ----
dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b']
assert dd == {'a': [1, 2], 'b': []} and isinstance(dd, dict)
assert repr(dd) == "defaultdict(<class 'list'>, {'a': [1, 2], 'b': []})"
assert dd.default_factory is list
dn = defaultdict()
assert dn.default_factory is None and repr(dn) == 'defaultdict(None, {})'
try:
    dn['x']
    assert False
except KeyError as ex:
    assert ex.args == ('x',)
assert raises(TypeError, defaultdict, 5) == 'first argument must be callable or None'
di = defaultdict(int, {'x': 1}, y=2)
di['z'] += 5
assert di == {'x': 1, 'y': 2, 'z': 5}
assert 'q' not in di and di.get('q') is None and 'q' not in di
c2 = di.copy()
assert type(c2) is defaultdict and c2.default_factory is int and c2 == di
m = di | {'w': 0}
assert type(m) is defaultdict and m['w'] == 0
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
assert nested['a']['b'] == 1

# ---- Counter ----
c = Counter('abracadabra')
assert c['a'] == 5 and c['b'] == 2 and c['z'] == 0
assert c.most_common(3) == [('a', 5), ('b', 2), ('r', 2)]
assert c.most_common()[-1] == ('d', 1)
assert repr(c) == "Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})"
assert repr(Counter()) == 'Counter()'
assert c.total() == 11
assert sorted(c.elements()) == sorted('abracadabra')
assert ''.join(Counter('aabbbc').elements()) == 'aabbbc'
c.update('aaz')
assert c['a'] == 7 and c['z'] == 1
c.update({'a': -7})
assert c['a'] == 0 and 'a' in c
c.subtract(b=2)
assert c['b'] == 0
c2 = Counter(a=3, b=1)
c3 = Counter(a=1, b=2)
assert c2 + c3 == Counter(a=4, b=3)
assert c2 - c3 == Counter(a=2)
assert c2 | c3 == Counter(a=3, b=2)
assert c2 & c3 == Counter(a=1, b=1)
assert +Counter(a=1, b=-2, c=0) == Counter(a=1)
assert -Counter(a=1, b=-2) == Counter(b=2)
assert Counter(a=1) == Counter(a=1, b=0)
assert Counter(a=1) <= Counter(a=2) and Counter(a=1) < Counter(a=2) and not Counter(a=3) <= Counter(a=2)
c4 = Counter(a=2)
c4 += Counter(a=-3, b=1)
assert c4 == Counter(b=1) and 'a' not in c4
del c4['nothere']
assert raises(NotImplementedError, Counter.fromkeys, 'abc')
assert Counter(['x', 'y', 'x']) == {'x': 2, 'y': 1}
assert Counter({'x': 2}) == Counter(x=2)
assert isinstance(c, dict)
assert c2.copy() == c2 and type(c2.copy()) is Counter

# ---- OrderedDict ----
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
assert list(od) == ['b', 'a', 'c']
od.move_to_end('b')
assert list(od) == ['a', 'c', 'b']
od.move_to_end('b', last=False)
assert list(od) == ['b', 'a', 'c']
assert od.popitem() == ('c', 3) and od.popitem(last=False) == ('b', 1)
assert list(od.items()) == [('a', 2)]
assert repr(OrderedDict([('a', 1), ('b', 2)])) == "OrderedDict([('a', 1), ('b', 2)])"
assert repr(OrderedDict()) == 'OrderedDict()'
assert OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1)
assert OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}
assert OrderedDict(a=1, b=2) == OrderedDict(a=1, b=2)
assert raises(KeyError, OrderedDict().popitem) == "'dictionary is empty'"
assert raises(KeyError, OrderedDict().move_to_end, 'x') == "'x'"
assert list(reversed(OrderedDict(a=1, b=2))) == ['b', 'a']
assert list(OrderedDict.fromkeys('abc')) == ['a', 'b', 'c']
o2 = OrderedDict(a=1)
assert o2.setdefault('b', 5) == 5 and o2.pop('a') == 1 and o2.pop('zz', 0) == 0
assert type(o2.copy()) is OrderedDict

# ---- ChainMap ----
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
assert cm['a'] == 1 and cm['b'] == 20 and cm['c'] == 30
assert len(cm) == 3 and sorted(cm) == ['a', 'b', 'c']
assert list(cm) == ['a', 'b', 'c']
cm['a'] = 100
assert over['a'] == 100 and base['a'] == 1
del cm['a']
assert cm['a'] == 1
assert raises(KeyError, cm.__delitem__, 'a') == '"Key not found in the first mapping: \'a\'"'
child = cm.new_child()
child['x'] = 1
assert 'x' not in cm and child.parents.maps == cm.maps
assert cm.get('zz', 5) == 5 and 'c' in cm
assert repr(ChainMap({'a': 1}, {})) == "ChainMap({'a': 1}, {})"
assert dict(cm) == {'a': 1, 'b': 20, 'c': 30}
assert isinstance(cm, cabc.MutableMapping)

# ---- UserDict / UserList / UserString ----
ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
assert ud.data == {'a': 1, 'b': 2, 'c': 3} and len(ud) == 3 and 'a' in ud
assert repr(ud) == "{'a': 1, 'b': 2, 'c': 3}"
assert ud == {'a': 1, 'b': 2, 'c': 3}


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


lo = Lower(A=1)
lo['B'] = 2
assert lo.data == {'a': 1, 'b': 2}
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
assert ul.data == [0, 1, 2, 3] and ul[1] == 1 and isinstance(ul[1:], UserList)
assert ul == [0, 1, 2, 3] and len(ul) == 4 and repr(ul) == '[0, 1, 2, 3]'
assert (ul + [4]).data == [0, 1, 2, 3, 4]
us = UserString('hello')
assert us.upper() == 'HELLO' and isinstance(us.upper(), UserString)
assert str(us) == 'hello' and len(us) == 5 and us[1] == 'e' and 'ell' in us
assert us + '!' == 'hello!'

# ---- collections.abc ----
assert isinstance([], cabc.MutableSequence) and isinstance((), cabc.Sequence) and not isinstance((), cabc.MutableSequence)
assert isinstance('x', cabc.Sequence) and isinstance(range(3), cabc.Sequence)
assert isinstance({}, cabc.MutableMapping) and isinstance({}, cabc.Mapping)
assert isinstance(set(), cabc.MutableSet) and isinstance(frozenset(), cabc.Set) and not isinstance(frozenset(), cabc.MutableSet)
assert isinstance([], cabc.Iterable) and isinstance(iter([]), cabc.Iterator) and not isinstance([], cabc.Iterator)
assert isinstance(5, cabc.Hashable) and not isinstance([], cabc.Hashable)
assert isinstance(len, cabc.Callable) and isinstance(lambda: 0, cabc.Callable) and not isinstance(5, cabc.Callable)
assert isinstance([], cabc.Sized) and isinstance('', cabc.Container) and isinstance({}, cabc.Collection)


def gen():
    yield 1


assert isinstance(gen(), cabc.Generator) and isinstance(gen(), cabc.Iterator)
assert isinstance({}.keys(), cabc.KeysView) and isinstance({}.items(), cabc.ItemsView) and isinstance({}.values(), cabc.ValuesView)
assert issubclass(list, cabc.Sequence) and issubclass(dict, cabc.Mapping) and not issubclass(int, cabc.Iterable)
assert isinstance(deque(), cabc.Iterable) and isinstance(deque(), cabc.Sized)
assert isinstance(OrderedDict(), cabc.MutableMapping)


class MyMap(cabc.Mapping):
    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


mm = MyMap({'a': 1, 'b': 2})
assert mm.get('a') == 1 and mm.get('z') is None and 'a' in mm and 'z' not in mm
assert list(mm.keys()) == ['a', 'b'] and list(mm.values()) == [1, 2] and list(mm.items()) == [('a', 1), ('b', 2)]
assert mm == {'a': 1, 'b': 2} and mm.keys() == {'a', 'b'}
assert ('a', 1) in mm.items() and 2 in mm.values()
assert isinstance(mm, cabc.Mapping) and not isinstance(mm, cabc.MutableMapping)
assert raises(TypeError, cabc.Mapping).startswith("Can't instantiate abstract class Mapping")


class MyMutMap(cabc.MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


mu = MyMutMap()
mu.update({'a': 1}, b=2)
assert mu.setdefault('c', 3) == 3 and mu.pop('a') == 1 and mu.pop('a', 9) == 9
assert dict(mu) == {'b': 2, 'c': 3}
assert mu.popitem() == ('b', 2)
mu.clear()
assert len(mu) == 0


class MySeq(cabc.Sequence):
    def __init__(self, *items):
        self._items = items

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


s = MySeq(1, 2, 3, 2)
assert list(s) == [1, 2, 3, 2] and 3 in s and s.index(2) == 1 and s.count(2) == 2
assert list(reversed(s)) == [2, 3, 2, 1]
assert raises(ValueError, s.index, 9) == ''


class MySet(cabc.Set):
    def __init__(self, it=()):
        self._s = list(dict.fromkeys(it))

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)


a = MySet([1, 2, 3])
b = MySet([2, 3, 4])
assert list(a & b) == [2, 3] and list(a | b) == [1, 2, 3, 4] and list(a - b) == [1] and sorted(a ^ b) == [1, 4]
assert MySet([1]) <= a and a == MySet([3, 2, 1]) and a.isdisjoint(MySet([9]))


class Duck:
    def __iter__(self):
        return iter([])

    def __len__(self):
        return 0


assert isinstance(Duck(), cabc.Iterable) and isinstance(Duck(), cabc.Sized) and not isinstance(Duck(), cabc.Container)
cabc.Sequence.register(Duck)
assert isinstance(Duck(), cabc.Sequence) and issubclass(Duck, cabc.Sequence)
