# dataclasses: generated methods, options, field(), helpers and errors
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING, InitVar, FrozenInstanceError, KW_ONLY
from typing import ClassVar, List


def raises(exc, f, *args, **kw):
    try:
        f(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError(f'{exc.__name__} not raised')


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
assert p.x == 1 and p.y == 2 and repr(p) == 'Point(x=1, y=2)' and str(p) == 'Point(x=1, y=2)'
assert Point(3) == Point(3, 0) and Point(1) != Point(2) and Point(1, 2) != (1, 2)
assert Point(x=5, y=6).y == 6
assert Point.__match_args__ == ('x', 'y')
assert raises(TypeError, Point) == "Point.__init__() missing 1 required positional argument: 'x'"
assert Point.__hash__ is None
assert raises(TypeError, hash, p) == "unhashable type: 'Point'"
assert [f.name for f in fields(Point)] == ['x', 'y'] and fields(p)[0].type is int
assert fields(Point)[1].default == 0 and fields(Point)[0].default is MISSING
assert is_dataclass(Point) and is_dataclass(p) and not is_dataclass(5)
assert asdict(p) == {'x': 1, 'y': 2} and astuple(p) == (1, 2)
assert replace(p, y=9) == Point(1, 9) and p.y == 2
assert Point.y == 0
assert Point.__doc__ == 'Point(x: int, y: int = 0)'


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()


v1 = Version(1, 2)
assert v1 < Version(1, 3) and Version(2) > v1 and v1 <= Version(1, 2) and v1 >= Version(0, 9)
assert sorted([Version(2), Version(1, 5), Version(1)]) == [Version(1), Version(1, 5), Version(2)]
assert hash(v1) == hash(Version(1, 2)) and {v1: 'a'}[Version(1, 2)] == 'a'
assert raises(FrozenInstanceError, setattr, v1, 'major', 5) == "cannot assign to field 'major'"
assert raises(FrozenInstanceError, delattr, v1, 'major') == "cannot delete field 'major'"
assert raises(FrozenInstanceError, setattr, v1, 'other', 5) == "cannot assign to field 'other'"
assert issubclass(FrozenInstanceError, AttributeError)
assert replace(v1, minor=7) == Version(1, 7)
assert raises(TypeError, lambda: v1 < (1, 2))


@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False, compare=False)
    meta: dict = field(default_factory=dict, metadata={'unit': 'kg'})
    total: ClassVar[int] = 100


a = Inventory()
b = Inventory()
a.items.append('x')
assert b.items == [] and a.items == ['x']
assert repr(a) == "Inventory(items=['x'], meta={})"
assert Inventory(['a'], 5) == Inventory(['a'], 7)
assert [f.name for f in fields(Inventory)] == ['items', 'count', 'meta']
assert fields(Inventory)[2].metadata['unit'] == 'kg'
assert Inventory.total == 100 and 'total' not in [f.name for f in fields(Inventory)]
assert raises(ValueError, field, default=1, default_factory=list) == 'cannot specify both default and default_factory'


def mutable_default():
    @dataclass
    class Bad:
        items: list = []


assert raises(ValueError, mutable_default) == "mutable default <class 'list'> for field items is not allowed: use default_factory"


def bad_order():
    @dataclass
    class Bad:
        x: int = 0
        y: int


assert raises(TypeError, bad_order) == "non-default argument 'y' follows default argument"


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.b = self.a * scale


wp = WithPost(3)
assert wp.b == 6 and WithPost(3, 10).b == 30 and repr(wp) == 'WithPost(a=3, b=6)'
assert [f.name for f in fields(WithPost)] == ['a', 'b']
assert raises(ValueError, replace, wp, b=1) == 'field b is declared with init=False, it cannot be specified with replace()'
assert replace(wp, a=1, scale=5).b == 5


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


d = Derived()
assert repr(d) == 'Derived(x=10, y=1, z=2)' and [f.name for f in fields(Derived)] == ['x', 'y', 'z']
assert Derived(1, 2, 3) == Derived(x=1, y=2, z=3) and Derived() != Base(10, 1)


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2


assert KW(a=1).b == 2 and raises(TypeError, KW, 1)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3


m = Mixed(1, b=2)
assert (m.a, m.b, m.c) == (1, 2, 3) and Mixed.__match_args__ == ('a',)
assert raises(TypeError, Mixed, 1, 2)


@dataclass(eq=False)
class Ident:
    v: int


i1 = Ident(1)
assert i1 != Ident(1) and i1 == i1 and hash(i1) == hash(i1)


@dataclass(unsafe_hash=True)
class Hashy:
    v: int
    w: list = field(default_factory=list, hash=False, compare=False)


assert hash(Hashy(1)) == hash(Hashy(1, [2]))


@dataclass(repr=False, init=False)
class Manual:
    v: int = 5

    def __repr__(self):
        return 'manual'


assert repr(Manual()) == 'manual' and Manual().v == 5


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'x'


s = Slotted(1)
assert s.a == 1 and s.b == 'x' and Slotted.__slots__ == ('a', 'b')
assert raises(AttributeError, setattr, s, 'zz', 1)


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)


tree = Node('root', [Node('a'), Node('b', [Node('c')])])
assert asdict(tree) == {'name': 'root', 'children': [{'name': 'a', 'children': []}, {'name': 'b', 'children': [{'name': 'c', 'children': []}]}]}
assert astuple(tree) == ('root', [('a', []), ('b', [('c', [])])])
dct = asdict(tree)
assert dct['children'] is not tree.children
assert raises(TypeError, asdict, 5) == 'asdict() should be called on dataclass instances'
assert raises(TypeError, fields, 5) == 'must be called with a dataclass type or instance'
cycle = Node('x')
cycle.children.append(cycle)
assert repr(cycle) == "Node(name='x', children=[...])"

C = dataclasses.make_dataclass('C', [('x', int), ('y', int, field(default=5))], namespace={'add': lambda self: self.x + self.y})
c = C(1)
assert repr(c) == 'C(x=1, y=5)' and c.add() == 6


@dataclass
class Defaults:
    a: int = 1
    b: str = 'b'


assert Defaults() == Defaults(1, 'b') and Defaults.a == 1


def two_bases():
    @dataclass(frozen=True)
    class F:
        x: int

    @dataclass
    class G(F):
        y: int


assert raises(TypeError, two_bases) == 'cannot inherit non-frozen dataclass from a frozen one'


def order_no_eq():
    @dataclass(order=True, eq=False)
    class X:
        a: int


assert raises(ValueError, order_no_eq) == 'eq must be true if order is true'


@dataclass
class Annot:
    x: 'int'
    y: 'ClassVar[int]' = 3


assert [f.name for f in fields(Annot)] == ['x']
