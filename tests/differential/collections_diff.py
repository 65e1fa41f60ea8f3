# collections: reprs, orders and error messages compared with CPython
from collections import namedtuple, deque, defaultdict, Counter, OrderedDict, ChainMap, UserDict, UserList, UserString
import collections.abc as cabc


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)


Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, repr(p), p._asdict(), p._replace(y=5), Point._fields, Point._field_defaults)
print(Point._make(range(2)), p.__getnewargs__(), p[1], p[:1], p * 2, p == (1, 2), hash(p) == hash((1, 2)))
print(Point.__doc__, Point.x.__doc__, Point.__name__, Point.__qualname__, Point.__match_args__)
attempt(setattr, p, 'x', 3)
attempt(delattr, p, 'x')
attempt(Point, 1)
attempt(Point, 1, 2, 3)
attempt(Point, 1, x=1)
attempt(Point._make, [1, 2, 3])
attempt(p._replace, q=1)
attempt(namedtuple, 'A', 'x x')
attempt(namedtuple, 'A', 'class')
attempt(namedtuple, 'A', '_x')
attempt(namedtuple, '1A', 'x')
attempt(namedtuple, 'A', ['x', 3])
print(namedtuple('R', 'a def a _b', rename=True)._fields)
D = namedtuple('D', ['a', 'b', 'c'], defaults=(0, [1]))
print(D(9), D._field_defaults, D(1, 2, 3)._asdict())
print(sorted([Point(2, 0), Point(1, 9), Point(1, 3)]))
print(isinstance(p, tuple), type(p).__mro__[1], len(p), list(p), tuple(p))
x, y = p
print(x, y, max(p), {p: 1}[Point(1, 2)])
T = namedtuple('T', ())
print(T(), repr(T()), len(T()))

d = deque(range(6), maxlen=4)
print(d, d.maxlen, len(d))
d.rotate(1); print(d)
d.rotate(-2); print(d)
d.appendleft('a'); print(d)
d.extend('bc'); print(d)
d.extendleft('yz'); print(d)
print(d.pop(), d.popleft(), d)
print(deque(), deque([1, [2]]), deque('ab', 5), deque([], 0))
d = deque([1, 2, 3, 2, 1])
print(d.count(2), d.index(2), d.index(2, 2), d.index(1, -2), 3 in d, d[0], d[-1])
d.remove(2); print(d)
d.reverse(); print(d)
d.insert(1, 'i'); print(d)
d[0] = 'zero'; print(d)
del d[1]; print(d)
print(d == deque(['zero', 3, 1]), d != deque(), deque([1, 2]) < deque([1, 2, 3]), deque([1]) == [1])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 3, deque([1, 2, 3], 2) * 2)
for f in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[3], lambda: deque([1])['a'],
          lambda: deque([1]).remove(2), lambda: deque([1]).index(2), lambda: deque([1]) + [2],
          lambda: deque([], -1), lambda: deque([], 'x'), lambda: deque([1], 1).insert(0, 0)):
    attempt(f)
big = deque()
for i in range(100):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big), list(big)[10:15], list(reversed(big))[:3])
print(deque(range(5)).copy(), list(reversed(deque('abc'))))

dd = defaultdict(list)
for k, v in [('b', 1), ('a', 2), ('b', 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd.default_factory, sorted(dd.items()))
print(defaultdict(None, a=1), defaultdict(int), defaultdict(lambda: 0).default_factory is not None)
attempt(defaultdict, 1)
attempt(lambda: defaultdict()['k'])
di = defaultdict(int)
for ch in 'mississippi':
    di[ch] += 1
print(di, di.copy(), di | {'z': 1}, {'z': 1} | di)
print(type(di.copy()).__name__, isinstance(di, dict))

c = Counter('mississippi')
print(c, c.most_common(), c.most_common(2), c.most_common(0), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=-1, c=1).elements()))
c.update('spam'); print(c)
c.subtract({'s': 10}); print(c)
print(+c, -c)
a, b = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(a == Counter(a=3, b=1), a <= b, Counter(a=1) < Counter(a=2), Counter() == Counter(x=0))
a += b; print(a)
a -= Counter(a=10); print(a)
print(Counter(), Counter({'x': 1, 'y': 3}), Counter(x=1, y=3)['z'])
attempt(Counter.fromkeys, 'abc')
print(Counter([1, 1, 2]) + Counter([2]), repr(Counter({'a': 1}) - Counter({'a': 1})))

od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); print(od)
od.move_to_end('e', last=False); print(od)
print(od.popitem(), od.popitem(last=False), list(od), od)
print(OrderedDict(), OrderedDict(x=1) == OrderedDict(x=1), OrderedDict(x=1, y=2) == OrderedDict(y=2, x=1))
print(OrderedDict(x=1, y=2) == dict(y=2, x=1), OrderedDict(x=1, y=2) != OrderedDict(y=2, x=1))
attempt(OrderedDict().popitem)
attempt(OrderedDict(a=1).move_to_end, 'zz')
print(list(reversed(OrderedDict(a=1, b=2, c=3))), OrderedDict(a=1) | {'b': 2})

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), list(cm), dict(cm), cm.maps)
cm['c'] = 4; print(cm)
print(cm.new_child({'z': 0}), cm.parents, cm.get('q', 'dflt'))
attempt(cm.__delitem__, 'b')
attempt(cm.__getitem__, 'nope')
attempt(ChainMap({}).popitem)

print(UserDict(a=1), UserList([1, 2]) + [3], UserString('abc').upper(), UserString('x') * 3)
print(isinstance([], cabc.Sequence), isinstance('', cabc.MutableSequence), issubclass(dict, cabc.MutableMapping),
      isinstance(iter(()), cabc.Iterator), isinstance(1, cabc.Iterable), isinstance({}, cabc.Hashable),
      isinstance(print, cabc.Callable), isinstance(frozenset(), cabc.Set), isinstance(deque(), cabc.MutableSequence))
