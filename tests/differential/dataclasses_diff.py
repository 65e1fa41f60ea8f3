# dataclasses: generated reprs, comparisons, errors and helper results compared with CPython
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING
from typing import List, Optional, ClassVar


def attempt(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str = field(compare=False)
    tags: tuple = ()


@dataclass
class Team:
    name: str
    members: List[Point] = field(default_factory=list)
    lead: Optional[Point] = None
    size: ClassVar[int] = 5
    secret: str = field(default='s', repr=False)


p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), Point(3), Point.__doc__, Point.__match_args__, Point.y)
print([(f.name, f.type, f.default if f.default is not MISSING else 'MISSING') for f in fields(Point)], is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print(asdict(p), astuple(p), replace(p, x=9), Point.__hash__)
attempt(Point)
attempt(Point, 1, 2, 3)
attempt(Point, 1, z=3)
attempt(hash, p)
cards = [Card(10, 'h'), Card(2, 's'), Card(10, 'c', ('x',))]
print(sorted(cards), Card(2, 'a') == Card(2, 'b'), Card(1, 'a') < Card(2, 'a'), hash(Card(1, 'a')) == hash(Card(1, 'z')))
attempt(setattr, cards[0], 'rank', 3)
attempt(delattr, cards[0], 'suit')
attempt(lambda: Card(1, 'a') < 5)
t = Team('core', [Point(1), Point(2, 3)], Point(0))
print(t, asdict(t), astuple(t), Team.size, [f.name for f in fields(Team)])
print(Team('x'), Team('x') == Team('x'), Team('x').members is not Team('x').members)


@dataclass
class Post:
    a: int
    b: int = field(init=False)
    mult: InitVar[int] = 3

    def __post_init__(self, mult):
        self.b = self.a * mult


print(Post(2), Post(2, 5), [f.name for f in fields(Post)])
attempt(replace, Post(1), b=2)


@dataclass(kw_only=True)
class KwOnly:
    a: int
    b: int = 2


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 1


print(KwOnly(a=1), Mixed(5, b=6), Mixed.__match_args__, KwOnly.__match_args__)
attempt(KwOnly, 1)


@dataclass
class Base:
    x: int = 1
    y: int = 2


@dataclass
class Child(Base):
    z: int = 3
    x: int = 10


print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)], Child.__doc__)


@dataclass(slots=True)
class Slot:
    a: int
    b: int = 2


print(Slot(1), Slot.__slots__, hasattr(Slot(1), '__dict__'))


def make_bad(kind):
    if kind == 'mutable':
        @dataclass
        class Bad:
            x: list = []
    elif kind == 'order':
        @dataclass
        class Bad:
            x: int = 0
            y: int
    elif kind == 'frozen':
        @dataclass
        class F:
            x: int = 0

        @dataclass(frozen=True)
        class G(F):
            y: int = 0
    elif kind == 'both':
        field(default=1, default_factory=list)
    elif kind == 'noann':
        @dataclass
        class N:
            x = field(default=1)
    elif kind == 'ordereq':
        @dataclass(order=True, eq=False)
        class O:
            x: int = 0
    elif kind == 'lt':
        @dataclass(order=True)
        class L:
            x: int = 0

            def __lt__(self, o):
                return True


for kind in ['mutable', 'order', 'frozen', 'both', 'noann', 'ordereq', 'lt']:
    attempt(make_bad, kind)
attempt(asdict, 5)
attempt(fields, int)
C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=7))], namespace={'total': lambda self: self.b + self.c})
print(C(0, 1), C(0, 1).total(), [f.name for f in fields(C)])
n = Team('n')
n.members.append(n)
print(repr(n))
