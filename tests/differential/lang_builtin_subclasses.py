# Subclasses of builtin types: overridden methods, which operations return the base type, repr,
# __missing__, __init__/__new__ interplay, super() calls into builtins.

class MyList(list):
    def __repr__(self):
        return 'MyList(' + super().__repr__() + ')'
    def append(self, v):
        super().append(v * 2)
ml = MyList([1, 2])
ml.append(5)
ml.extend([7])
print(ml, len(ml), type(ml + [1]).__name__, type(ml[:1]).__name__, type(ml * 2).__name__, ml == [1, 2, 10, 7])
ml += [8]
print(ml, type(ml).__name__, sorted(ml), type(sorted(ml)).__name__, list(reversed(ml)))

class DefaultDict(dict):
    def __init__(self, factory, *a, **k):
        super().__init__(*a, **k)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
dd['a'].append(1)
dd['b'].append(2)
dd['a'].append(3)
print(dd, dd.get('zz'), 'zz' in dd, len(dd), type(dd.copy()).__name__, type(dd | {}).__name__)

class CaseInsensitive(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
ci = CaseInsensitive()
ci['Hello'] = 1
ci['WORLD'] = 2
print(ci, ci['hello'], ci['HELLO'], dict(ci))
ci2 = CaseInsensitive(Mixed=3)
print(ci2, 'Mixed' in ci2)

class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 1))
    def __repr__(self):
        return f'{float(self)}°C'
    def fahrenheit(self):
        return self * 9 / 5 + 32
c = Celsius(21.456)
print(c, repr(c), c + 1, type(c + 1).__name__, c.fahrenheit(), c > 20, int(c), round(c), float(c))

class Money(int):
    def __str__(self):
        return f'${int(self):,}'
    def __add__(self, other):
        return Money(int(self) + int(other))
    __radd__ = __add__
m = Money(1500)
print(m, m + 250, 250 + m, sum([Money(1), Money(2)], Money(0)), type(m * 2).__name__, m * 2, -m, abs(Money(-3)))

class Tag(str):
    def __new__(cls, value, level=0):
        obj = super().__new__(cls, value.upper())
        obj.level = level
        return obj
t = Tag('warning', 2)
print(t, repr(t), t.level, t.lower(), type(t.lower()).__name__, t + '!', type(t + '!').__name__, t == 'WARNING', len(t))
print({t: 1}['WARNING'], t.startswith('WA'), t[1:3], type(t[1:3]).__name__, f'{t:>10}', '%s' % t)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self):
        return f'Point(x={self.x}, y={self.y})'
p = Point(1, 2)
print(p, p.x, p.y, p + (3,), len(p), p == (1, 2), hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 5)]))
x, y = p
print(x, y, list(p), max(p), type(p[:1]).__name__)

class OrderedSet(set):
    def __repr__(self):
        return 'OrderedSet(' + repr(sorted(self)) + ')'
os_ = OrderedSet([3, 1, 2])
print(os_, type(os_ | {4}).__name__, type(os_.union({4})).__name__, os_ & {1, 9}, 2 in os_)

class Err(KeyError):
    def __str__(self):
        return 'custom: ' + super().__str__()
try:
    raise Err('k')
except LookupError as e:
    print(type(e).__name__, e, repr(e), e.args, isinstance(e, KeyError))

class Bits(int):
    @property
    def bits(self):
        return bin(self)[2:]
print(Bits(10).bits, Bits(10) + Bits(5), type(Bits(10) + Bits(5)).__name__, Bits(10).bit_length())

class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), s.pop(), s, isinstance(s, list), issubclass(Stack, list), Stack.__mro__[1].__name__)
