# enum: reprs, str/format, lookup, aliases, Flag arithmetic and errors compared with CPython
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    def describe(self): return self.name.lower()
class E(int, Enum):
    A = 1
class Perm(Flag):
    R = 4; W = 2; X = 1
class IP(IntFlag):
    R = 4; W = 2; X = 1
class S(StrEnum):
    A = auto(); B = 'bee'
class N(IntEnum):
    ONE = 1
print(repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED}", Color.CRIMSON is Color.RED, list(Color), len(Color))
print(repr(E.A), str(E.A), format(E.A), f"{E.A:>5}")
print(repr(N.ONE), str(N.ONE), format(N.ONE), f"{N.ONE:>5}", N.ONE == 1, N.ONE + 1, hash(N.ONE) == hash(1))
print(repr(S.A), str(S.A), format(S.A), S.A == 'a', S.B.upper())
for x in [Perm.R|Perm.W, Perm(0), ~Perm.R, Perm.R|Perm.W|Perm.X, IP.R|8, IP(0), ~IP.R, IP.R|IP.W]:
    print(repr(x), str(x), format(x), list(x), len(x), bool(x))
for f in [lambda: Perm(8), lambda: setattr(Color, 'RED', 3), lambda: delattr(Color, 'RED'), lambda: Color(5), lambda: Color['X'], lambda: Color.RED < Color.GREEN]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
try:
    class C2(Color): X = 3
except Exception as e: print(type(e).__name__, e)
try:
    @enum.unique
    class U(Enum):
        A = 1; B = 1; C = 2; D = 2
except Exception as e: print(type(e).__name__, e)
print(repr(Color), repr(Perm), Color.__members__)
print(Color.RED.__reduce_ex__(4), Color(1), Color['GREEN'], Color.RED.describe(), Color.RED.value, Color.RED.name)
print(repr(Perm.R & Perm.W), repr(Perm.R ^ Perm.R), list(Perm), Perm.R in (Perm.R|Perm.W))
A = Enum('Animal', 'ANT BEE CAT')
print(list(A), A.BEE.value, repr(A))
F = Flag('F', 'A B C')
print(list(F), F.C.value)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))
class Auto(Enum):
    A = auto(); B = auto(); C = 10; D = auto()
print(list(Auto), [m.value for m in Auto])
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(M(99))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.GREEN) is Color.GREEN)
print(hash(Color.RED) == hash('RED'), {Color.RED: 1}[Color.CRIMSON], sorted(Perm, key=lambda p: p.value))
print(isinstance(Color.RED, Color), type(Color.RED), Color.RED.__class__.__name__, IP.R + 1, IP.R | 1, 1 | IP.R)
class Big(IntFlag):
    A = 1; B = 2; AB = 3
print(list(Big), Big.AB, Big(3), Big.__members__.keys())
import warnings
warnings.simplefilter('ignore')
try:
    1 in Color
except TypeError as e:
    print('TypeError', e)


class Weekday(Flag):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()
    WEEKEND = 0


print(list(Weekday), Weekday.MONDAY | Weekday.WEDNESDAY, repr(Weekday.WEEKEND), repr(~Weekday.MONDAY), Weekday(0))
print(Weekday.MONDAY in (Weekday.MONDAY | Weekday.TUESDAY), bool(Weekday(0)), len(Weekday.MONDAY | Weekday.TUESDAY))


class Shade(StrEnum):
    LIGHT = auto()
    DARK = 'dark'


print(list(Shade), Shade('dark'), Shade.LIGHT + '!', '%s' % Shade.DARK, f'{Shade.LIGHT}', Shade.LIGHT.value)


class Num(IntEnum):
    A = 1
    B = 2


print(Num.A < Num.B, Num.B * 3, sorted([Num.B, Num.A]), Num(2), Num['A'], [int(n) for n in Num], max(Num), '%d' % Num.B)
print(Color.__members__.keys(), list(reversed(Color)), Color.RED in Color, Num.A in Num)
for bad in [lambda: Num(3), lambda: Shade('x'), lambda: Weekday(16), lambda: Flag('Bad', 'a b')('x'), lambda: Enum('X', 'a').a.nope]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
