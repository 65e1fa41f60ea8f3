# match/case: mapping patterns (with **rest, extra keys ignored), class patterns (keyword,
# positional via __match_args__, builtin self-matching types), errors for bad patterns.

def mp(x):
    match x:
        case {'type': 'point', 'x': px, 'y': py}:
            return ('point', px, py)
        case {'type': 'circle', **rest}:
            return ('circle', rest)
        case {'k': [1, *others]}:
            return ('k-list', others)
        case {}:
            return 'any mapping'
    return 'not a mapping'

assert mp({'type': 'point', 'x': 1, 'y': 2}) == ('point', 1, 2)
assert mp({'type': 'point', 'x': 1, 'y': 2, 'z': 3}) == ('point', 1, 2), "extra keys are ignored"
assert mp({'type': 'circle', 'r': 5, 'c': 0}) == ('circle', {'r': 5, 'c': 0})
assert mp({'k': [1, 2, 3]}) == ('k-list', [2, 3])
assert mp({'other': 1}) == 'any mapping', "{} matches any mapping"
assert mp({}) == 'any mapping'
assert mp([('type', 'point')]) == 'not a mapping'
assert mp('str') == 'not a mapping'

# mapping pattern with dict subclass / custom mapping-like types
class MyDict(dict): pass
assert mp(MyDict(type='point', x=0, y=0)) == ('point', 0, 0)

# mapping pattern uses .get-like lookup: defaultdict-like __missing__ is NOT triggered
class Missing(dict):
    def __missing__(self, key):
        return 'generated'
match Missing(a=1):
    case {'b': v}:
        got = 'matched b'
    case _:
        got = 'no b'
assert got == 'no b'

# value keys from dotted names and literal keys of different types
class K:
    KEY = 'dyn'
match {'dyn': 1, 2: 'two', None: 'n'}:
    case {K.KEY: a, 2: b, None: c}:
        assert (a, b, c) == (1, 'two', 'n')

# ---------------- class patterns ----------------
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point3(x, y, z=0):
            return ('flat3', x, y)
        case Point(x=0, y=yy):
            return ('on y axis', yy)
        case Point(xx, 0):
            return ('on x axis', xx)
        case Point(x, y) if x == y:
            return ('diagonal', x)
        case Point():
            return 'somewhere'
        case _:
            return 'not a point'

assert where(Point(0, 0)) == 'origin'
assert where(Point(0, 5)) == ('on y axis', 5)
assert where(Point(4, 0)) == ('on x axis', 4)
assert where(Point(3, 3)) == ('diagonal', 3)
assert where(Point(1, 2)) == 'somewhere'
assert where(Point3(1, 2, 0)) == ('flat3', 1, 2)
assert where(Point3(0, 0, 9)) == 'origin', "subclass instance matches Point pattern"
assert where('p') == 'not a point'

# keyword patterns need only the attribute
class Anything:
    def __init__(self, **kw):
        self.__dict__.update(kw)
match Anything(kind='dog', legs=4):
    case Anything(kind='cat'):
        res = 'cat'
    case Anything(kind='dog', legs=n):
        res = f'dog with {n} legs'
assert res == 'dog with 4 legs'
match Anything(a=1):
    case Anything(b=_):
        res = 'has b'
    case _:
        res = 'missing attribute means no match'
assert res == 'missing attribute means no match'

# too many positional sub-patterns
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
    assert False
except TypeError as e:
    assert str(e) == 'NoArgs() accepts 0 positional sub-patterns (1 given)', str(e)

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
    assert False
except TypeError as e:
    assert str(e) == 'Point() accepts 2 positional sub-patterns (3 given)', str(e)

# class pattern with non-class
not_a_class = 5
try:
    match 1:
        case not_a_class():
            pass
    assert False
except TypeError as e:
    assert str(e) == 'called match pattern must be a type', str(e)
except SyntaxError:
    assert False

# builtins that match themselves with one positional sub-pattern
def kind(v):
    match v:
        case bool(b):
            return ('bool', b)
        case int(i):
            return ('int', i)
        case float(f):
            return ('float', f)
        case str(s):
            return ('str', s)
        case bytes(bs):
            return ('bytes', bs)
        case list([first, *_]):
            return ('list starting', first)
        case tuple(t):
            return ('tuple', t)
        case dict(d):
            return ('dict', d)
        case set() | frozenset():
            return 'set-like'
    return 'unknown'
assert kind(True) == ('bool', True)
assert kind(3) == ('int', 3)
assert kind(2.5) == ('float', 2.5)
assert kind('hi') == ('str', 'hi')
assert kind(b'x') == ('bytes', b'x')
assert kind([9, 8]) == ('list starting', 9)
assert kind((1,)) == ('tuple', (1,))
assert kind({'a': 1}) == ('dict', {'a': 1})
assert kind({1}) == 'set-like' and kind(frozenset()) == 'set-like'
assert kind([]) == 'unknown'
assert kind(None) == 'unknown'

# combining class, sequence and mapping patterns
def command(c):
    match c:
        case {'action': 'move', 'to': Point(x, y)}:
            return f'move to {x},{y}'
        case {'action': 'group', 'items': [Point() as p1, *_]}:
            return f'group starting at {p1.x}'
        case ['go', ('north' | 'south') as direction]:
            return 'go ' + direction
        case ['say', *words] if words:
            return ' '.join(words)
    return '?'
assert command({'action': 'move', 'to': Point(1, 2)}) == 'move to 1,2'
assert command({'action': 'group', 'items': [Point(7, 0), 1]}) == 'group starting at 7'
assert command(['go', 'north']) == 'go north'
assert command(['go', 'west']) == '?'
assert command(['say', 'hi', 'there']) == 'hi there'
assert command(['say']) == '?'

# __match_args__ can be any tuple of attribute names, including properties
class Temp:
    __match_args__ = ('celsius',)
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
match Temp(30):
    case Temp(c) if c > 25:
        r = 'hot'
    case Temp(_):
        r = 'fine'
assert r == 'hot'

# match over a dataclass-like class with __eq__ shouldn't call __eq__ for class patterns
class EqLoud:
    __match_args__ = ('v',)
    def __init__(self, v): self.v = v
    def __eq__(self, o): raise AssertionError('__eq__ must not be used')
    __hash__ = object.__hash__
match EqLoud(1):
    case EqLoud(1):
        r = 'matched'
assert r == 'matched'

print("ok")
