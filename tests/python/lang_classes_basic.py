# Classes: class/instance attributes, methods, bound methods, __dict__, __doc__, __name__/__qualname__/__module__.

class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

p = Point(3, 4)
assert p.x == 3 and p.norm2() == 25
assert p.moved(1).x == 4
assert Point.dims == 2 and p.dims == 2, "class attribute via instance"
assert Point.__doc__ == 'A point.'
assert Point.__name__ == 'Point' and Point.__qualname__ == 'Point'
assert Point.__module__ == __name__
assert type(p) is Point and p.__class__ is Point
assert isinstance(p, Point) and isinstance(p, object)
assert p.__dict__ == {'x': 3, 'y': 4}
assert 'norm2' in Point.__dict__ and 'x' not in Point.__dict__
assert Point.__bases__ == (object,)

# instance attribute shadows class attribute; deleting reveals class attribute again
p.dims = 3
assert p.dims == 3 and Point.dims == 2
del p.dims
assert p.dims == 2
# mutating class attribute is visible through instances
Point.dims = 5
assert p.dims == 5
Point.dims = 2

# mutable class attribute shared
class Shared:
    items = []
    def add(self, v):
        self.items.append(v)
a, b = Shared(), Shared()
a.add(1); b.add(2)
assert Shared.items == [1, 2]

# --- bound methods ---
m = p.norm2
assert m() == 25
assert m.__self__ is p and m.__func__ is Point.norm2
assert Point.norm2(p) == 25, "calling through the class"
assert p.norm2 == p.norm2, "bound methods compare equal"
assert p.norm2 is not p.norm2, "a new bound method each access"
q = Point(0, 0)
assert p.norm2 != q.norm2
assert repr(m).startswith('<bound method Point.norm2 of ')

# methods added after class creation
def describe(self):
    return f'({self.x}, {self.y})'
Point.describe = describe
assert p.describe() == '(3, 4)'
# function stored on instance is not bound
p.f = lambda: 'plain'
assert p.f() == 'plain'

# --- attribute errors ---
try:
    p.missing
    assert False
except AttributeError as e:
    assert str(e) == "'Point' object has no attribute 'missing'", str(e)
try:
    Point.missing
    assert False
except AttributeError as e:
    assert str(e) == "type object 'Point' has no attribute 'missing'", str(e)
try:
    del p.nothing_here
    assert False
except AttributeError as e:
    assert str(e) == "'Point' object has no attribute 'nothing_here'", str(e)
try:
    (1).foo = 2
    assert False
except AttributeError as e:
    assert str(e) == "'int' object has no attribute 'foo'", str(e)
try:
    object().x = 1
    assert False
except AttributeError as e:
    assert str(e) == "'object' object has no attribute 'x'", str(e)
try:
    [].append.x = 1
    assert False
except AttributeError as e:
    assert "'builtin_function_or_method' object has no attribute 'x'" == str(e), str(e)
try:
    str.upper = None
    assert False
except TypeError as e:
    assert str(e) == "cannot set 'upper' attribute of immutable type 'str'", str(e)

# --- default repr ---
r = repr(Point(0, 0))
assert r.startswith('<__main__.Point object at 0x') and r.endswith('>'), r
assert repr(Point) == "<class '__main__.Point'>"
assert repr(int) == "<class 'int'>"

# --- class body executes like code ---
class Computed:
    values = [i * i for i in range(4)]
    total = sum(values)
    if total > 10:
        big = True
    else:
        big = False
assert Computed.total == 14 and Computed.big is True

# --- nested classes ---
class Outer:
    class Inner:
        def who(self):
            return 'inner'
assert Outer.Inner().who() == 'inner'
assert Outer.Inner.__qualname__ == 'Outer.Inner'
assert Outer.Inner.__name__ == 'Inner'

# --- getattr with dynamic names, setattr ---
setattr(p, 'z', 9)
assert p.z == 9 and getattr(p, 'z') == 9
assert getattr(p, 'nope', 'dflt') == 'dflt'
assert hasattr(p, 'x') and not hasattr(p, 'nope')
delattr(p, 'z')
assert not hasattr(p, 'z')
p.__dict__['direct'] = 1
assert p.direct == 1, "writing to __dict__ creates attributes"

# --- classes are objects ---
def factory(base_val):
    class Made:
        val = base_val
    return Made
M1, M2 = factory(1), factory(2)
assert M1 is not M2 and M1.val == 1 and M2.val == 2
assert type(Point) is type
assert isinstance(Point, type)
cls = Point
assert cls(1, 1).norm2() == 2

# --- __class__ inside method ---
class Self:
    def kind(self):
        return __class__
assert Self().kind() is Self

# --- equality/hash default to identity ---
o1, o2 = Point(1, 1), Point(1, 1)
assert o1 != o2 and o1 == o1
assert hash(o1) == hash(o1)
assert len({o1, o2}) == 2

# --- __new__ and __init__ ---
class Tracked:
    log = []
    def __new__(cls, *args):
        Tracked.log.append(('new', args))
        return super().__new__(cls)
    def __init__(self, v):
        Tracked.log.append(('init', v))
        self.v = v
t = Tracked(7)
assert Tracked.log == [('new', (7,)), ('init', 7)] and t.v == 7

class NotMe:
    def __init__(self):
        raise AssertionError('must not run')
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        raise AssertionError('__init__ not called when __new__ returns non-instance')
assert ReturnsOther() == 42

print("ok")
