# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, functional API, errors
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType
import copy


def raises(exc, f, *args, **kw):
    try:
        f(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError(f'{exc.__name__} not raised')


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name}={self.value}'

    @property
    def lower(self):
        return self.name.lower()


assert repr(Color.RED) == '<Color.RED: 1>' and str(Color.RED) == 'Color.RED' and format(Color.RED) == 'Color.RED'
assert f'{Color.GREEN}' == 'Color.GREEN' and f'{Color.GREEN:>12}' == ' Color.GREEN'
assert Color(1) is Color.RED and Color['BLUE'] is Color.BLUE and Color.CRIMSON is Color.RED
assert list(Color) == [Color.RED, Color.GREEN, Color.BLUE] and len(Color) == 3
assert list(Color.__members__) == ['RED', 'GREEN', 'BLUE', 'CRIMSON']
assert Color.RED.name == 'RED' and Color.RED.value == 1 and Color.CRIMSON.name == 'RED'
assert Color.RED.describe() == 'RED=1' and Color.BLUE.lower == 'blue'
assert Color.RED in Color and isinstance(Color.RED, Color) and type(Color.RED) is Color
assert Color.RED == Color.RED and Color.RED != Color.GREEN and Color.RED != 1
assert hash(Color.RED) == hash('RED') and {Color.RED: 'r'}[Color.CRIMSON] == 'r'
assert repr(Color) == "<enum 'Color'>" and isinstance(Color, EnumMeta) and EnumMeta is EnumType
assert raises(ValueError, Color, 7) == '7 is not a valid Color'
assert raises(KeyError, lambda: Color['PURPLE']) == "'PURPLE'"
assert raises(AttributeError, setattr, Color, 'RED', 5) == "cannot reassign member 'RED'"
assert raises(AttributeError, delattr, Color, 'RED') == "'Color' cannot delete member 'RED'."
assert raises(TypeError, lambda: Color.RED < Color.GREEN) == "'<' not supported between instances of 'Color' and 'Color'"
assert Color.RED.__reduce_ex__(4) == (Color, (1,))
assert copy.copy(Color.RED) is Color.RED and copy.deepcopy(Color.BLUE) is Color.BLUE
assert list(reversed(Color)) == [Color.BLUE, Color.GREEN, Color.RED]


def extend():
    class More(Color):
        PINK = 4


assert raises(TypeError, extend) == "<enum 'More'> cannot extend <enum 'Color'>"


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name


class Derived(Base):
    X = 1


assert Derived.X.hello() == 'hello X'


def dup():
    @unique
    class U(Enum):
        A = 1
        B = 1


assert raises(ValueError, dup) == "duplicate values found in <enum 'U'>: B -> A"


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


assert [m.value for m in Auto] == [1, 2, 10, 11] and repr(auto(5)) == 'auto(5)'


class Custom(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    X = auto()
    Y = auto()


assert Custom.X.value == 'XX' and Custom('YY') is Custom.Y


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


assert Planet.EARTH.mass == 5.976e+24 and Planet.EARTH.value == (5.976e+24, 6.37814e6)


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')


assert Coord.PY.label == 'P.Y' and Coord(1) is Coord.PY and Coord.PX.value == 0


class Missing(Enum):
    A = 'a'
    B = 'b'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


assert Missing('A') is Missing.A and raises(ValueError, Missing, 'z') == "'z' is not a valid Missing"


class Num(IntEnum):
    ONE = 1
    TWO = 2


assert Num.ONE == 1 and Num.TWO > Num.ONE and Num.TWO + 1 == 3 and isinstance(Num.ONE, int)
assert repr(Num.ONE) == '<Num.ONE: 1>' and str(Num.ONE) == '1' and format(Num.TWO, '03d') == '002' and f'{Num.ONE}' == '1'
assert Num(2) is Num.TWO and sorted([Num.TWO, Num.ONE]) == [1, 2] and hash(Num.ONE) == hash(1)
assert [1, 2, 3][Num.ONE] == 2


class Mixed(int, Enum):
    A = 1


assert str(Mixed.A) == 'Mixed.A' and format(Mixed.A) == 'Mixed.A' and Mixed.A == 1


class Shade(StrEnum):
    LIGHT = auto()
    DARK = 'dark'


assert Shade.LIGHT == 'light' and str(Shade.DARK) == 'dark' and repr(Shade.DARK) == "<Shade.DARK: 'dark'>"
assert Shade('dark') is Shade.DARK and Shade.LIGHT.upper() == 'LIGHT' and isinstance(Shade.LIGHT, str)
assert raises(TypeError, lambda: StrEnum('S', [('A', 1)])) == '1 is not a string'


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
assert repr(rw) == '<Perm.R|W: 6>' and str(rw) == 'Perm.R|W' and rw.value == 6 and rw.name == 'R|W'
assert list(rw) == [Perm.R, Perm.W] and len(rw) == 2 and Perm.R in rw and Perm.X not in rw
assert rw & Perm.R is Perm.R and (rw ^ Perm.R) is Perm.W
assert repr(~Perm.R) == '<Perm.W|X: 3>' and repr(Perm(0)) == '<Perm: 0>' and str(Perm(0)) == 'Perm(0)'
assert not Perm(0) and bool(Perm.R) and Perm(7) == Perm.R | Perm.W | Perm.X
assert repr(Perm) == "<flag 'Perm'>" and list(Perm) == [Perm.R, Perm.W, Perm.X]
assert raises(ValueError, Perm, 8) == "<flag 'Perm'> invalid value 8\n    given 0b0 1000\n  allowed 0b0 0111"
assert raises(TypeError, lambda: Perm.R | 1) == "unsupported operand type(s) for |: 'Perm' and 'int'"


class Weekday(Flag):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()
    WEEKDAYS = MONDAY | TUESDAY | WEDNESDAY


assert [d.value for d in Weekday] == [1, 2, 4] and Weekday.WEEKDAYS.value == 7
assert list(Weekday.WEEKDAYS) == [Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY]
assert 'WEEKDAYS' in Weekday.__members__ and len(Weekday) == 3


class IP(IntFlag):
    R = 4
    W = 2
    X = 1


assert IP.R | IP.W == 6 and repr(IP.R | IP.W) == '<IP.R|W: 6>' and str(IP.R | IP.W) == '6'
assert repr(IP.R | 8) == '<IP.R|8: 12>' and isinstance(IP.R | 8, IP) and repr(IP(0)) == '<IP: 0>'
assert repr(~IP.R) == '<IP.W|X: 3>' and IP.R + 1 == 5 and isinstance(1 | IP.R, IP)

Animal = Enum('Animal', 'ANT BEE CAT')
assert [a.value for a in Animal] == [1, 2, 3] and Animal.BEE.name == 'BEE' and repr(Animal.CAT) == '<Animal.CAT: 3>'
Dir = Enum('Dir', [('N', 'n'), ('S', 's')])
assert Dir('s') is Dir.S
Fl = Flag('Fl', ['A', 'B', 'C'])
assert [f.value for f in Fl] == [1, 2, 4]
Nums = IntEnum('Nums', {'X': 10, 'Y': 20})
assert Nums.Y == 20
Start = Enum('Start', 'a b', start=0)
assert Start.a.value == 0


class Ignored(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    A = 1


assert list(Ignored.__members__) == ['A']
