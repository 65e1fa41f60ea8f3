# Edge cases of the fast paths for class-heavy code: calling classes (runtime/fast-new.ts: a shared entry,
# then a per-class compiled one after a few hundred instantiations), operators and comparisons that dispatch
# to Python-defined dunders (runtime/operators.ts, the per-class `dc` cache), and attribute loads that miss the
# instance dict (runtime/load-cache.ts). Each case runs once the fast path is warm, then the class changes
# under it. Output is compared with CPython.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def warm(f, n=300):
    for _ in range(n):
        r = f()
    return r


# ---- construction ----

class Vec:
    __slots__ = ('x', 'y')

    def __init__(self, x, y=0.0):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __repr__(self):
        return f'Vec({self.x!r}, {self.y!r})'


warm(lambda: Vec(1, 2))
show('vec', lambda: Vec(1.5, 2))
show('vec default', lambda: Vec(3))
show('vec no args', lambda: Vec())
show('vec too many', lambda: Vec(1, 2, 3))
show('vec kw', lambda: Vec(y=1, x=2))
show('vec bad slot', lambda: setattr(Vec(1), 'z', 3))
show('vec unset slot', lambda: Vec.__new__(Vec).x)

# __init__.__defaults__ changes after the fast path ran
Vec.__init__.__defaults__ = None
show('vec no default', lambda: Vec(3))
Vec.__init__.__defaults__ = (7,)
show('vec new default', lambda: Vec(3))


# the class's __init__ replaced, then deleted (object.__init__ takes over)
class P:
    def __init__(self, a):
        self.a = a


warm(lambda: P(1))
show('p', lambda: vars(P(1)))


def init2(self, a, b=5):
    self.a = a
    self.b = b


P.__init__ = init2
show('p replaced', lambda: vars(P(1)))
del P.__init__
show('p deleted init, no args', lambda: vars(P()))
show('p deleted init, args', lambda: P(1))


# a base class's __init__ changes: subclasses see it
class Base:
    def __init__(self):
        self.tag = 'base'


class Derived(Base):
    pass


warm(lambda: Derived())
show('derived', lambda: Derived().tag)


def init_b(self):
    self.tag = 'patched'


Base.__init__ = init_b
show('derived after base patch', lambda: Derived().tag)


# subclass overriding __init__ / __new__
class Sub(Vec):
    __slots__ = ('z',)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f'Sub({self.x}, {self.y}, {self.z})'


warm(lambda: Sub(1, 2, 3))
show('sub', lambda: Sub(1, 2, 3))
show('sub arity', lambda: Sub(1, 2))


class WithNew:
    def __new__(cls, *args):
        print('  __new__', cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, v):
        print('  __init__', v)


warm(lambda: WithNew(1), 1)
show('with new', lambda: type(WithNew(2)).__name__)


class Other:
    pass


class NewReturnsOther:
    def __new__(cls, v):
        return Other()

    def __init__(self, v):
        print('  never called')


show('new returns other', lambda: type(NewReturnsOther(1)).__name__)


# __new__ added to the class after the fast path ran
class Late:
    def __init__(self, v):
        self.v = v


warm(lambda: Late(1))


def late_new(cls, v):
    print('  late __new__', v)
    return object.__new__(cls)


Late.__new__ = staticmethod(late_new)
show('late new', lambda: Late(4).v)


# __init__ returning a value
class BadInit:
    def __init__(self, r):
        self.r = r
        return r if r else None


warm(lambda: BadInit(None))
show('bad init', lambda: BadInit(5))


# no __init__ at all
class Empty:
    pass


warm(lambda: Empty())
show('empty', lambda: type(Empty()).__name__)
show('empty args', lambda: Empty(1))


# many arguments (beyond the direct entry's arity) and *args
class Many:
    def __init__(self, a, b, c, d, e, f, g, h=8):
        self.s = a + b + c + d + e + f + g + h


show('many', lambda: Many(1, 2, 3, 4, 5, 6, 7).s)
show('many 8', lambda: Many(1, 2, 3, 4, 5, 6, 7, 9).s)
show('many few', lambda: Many(1, 2, 3, 4, 5, 6))


class Star:
    def __init__(self, *args, **kw):
        self.n = len(args) + len(kw)


show('star', lambda: Star(1, 2, k=3).n)


# __init__ that is not a plain function (a builtin bound at lookup)
class BuiltinInit(dict):
    pass


show('builtin init', lambda: BuiltinInit(a=1))


# metaclasses: __call__ defined, added later, and a class moved to another metaclass
class Meta(type):
    def __call__(cls, *args):
        print('  Meta.__call__', cls.__name__, args)
        return super().__call__(*args)


class M1(metaclass=Meta):
    def __init__(self, v):
        self.v = v


show('meta call', lambda: M1(1).v)


class Meta2(type):
    pass


class M2(metaclass=Meta2):
    def __init__(self, v):
        self.v = v


warm(lambda: M2(1))
show('meta2', lambda: M2(2).v)


def meta2_call(cls, *args):
    print('  Meta2.__call__ (added later)', args)
    return type.__call__(cls, *args)


Meta2.__call__ = meta2_call
show('meta2 patched', lambda: M2(3).v)


class Meta3(type):
    pass


class Meta4(type):
    def __call__(cls, *args):
        print('  Meta4.__call__', args)
        return 'from meta4'


class M3(metaclass=Meta3):
    def __init__(self, v):
        self.v = v


warm(lambda: M3(1))
M3.__class__ = Meta4
show('class moved to meta4', lambda: M3(5))


# abstract classes
import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


show('abstract', lambda: Shape())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


warm(lambda: Square(2))
show('square', lambda: Square(3).area())
Square.__abstractmethods__ = frozenset({'area'})
show('square made abstract', lambda: Square(3))
Square.__abstractmethods__ = frozenset()
show('square concrete again', lambda: Square(4).area())


# a class with __getattribute__ and one with __setattr__
class Traced:
    def __init__(self, v):
        self.v = v

    def __getattribute__(self, name):
        return ('traced', object.__getattribute__(self, name))


warm(lambda: Traced(1))
show('traced', lambda: Traced(2).v)


class Guarded:
    def __init__(self, v):
        self.v = v

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)


warm(lambda: Guarded(1))
show('guarded', lambda: Guarded(2).v)


# built-in bases are not object layout
class MyList(list):
    def __init__(self, n):
        super().__init__(range(n))


class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code


show('mylist', lambda: MyList(3))
show('myerr', lambda: (MyErr(4).code, str(MyErr(4))))


# instances made while the class is still being created (__set_name__ / __init_subclass__)
class Maker:
    def __set_name__(self, owner, name):
        print('  set_name makes', type(owner()).__name__)


class Host:
    m = Maker()


class Registry:
    made = []

    def __init_subclass__(cls):
        Registry.made.append(type(cls()).__name__)


class Reg1(Registry):
    pass


show('init_subclass', lambda: Registry.made)


# ---- operators with Python dunders ----

warm(lambda: Vec(1, 2) + Vec(3, 4))
show('add', lambda: Vec(1, 2) + Vec(3, 4))
show('add float box', lambda: Vec(0.0, 1.0) + Vec(0.0, -0.0))
show('add other type', lambda: Vec(1, 2) + 3)


def vec_add(self, o):
    if not isinstance(o, Vec):
        return NotImplemented
    return ('patched add', self.x + o.x)


Vec.__add__ = vec_add
show('add patched', lambda: Vec(1, 2) + Vec(3, 4))
show('add patched, other type', lambda: Vec(1, 2) + 3)
del Vec.__add__
show('add deleted', lambda: Vec(1, 2) + Vec(3, 4))


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, (int, float)):
            return Num(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        return ('radd', o)

    def __mul__(self, o):
        return NotImplemented

    def __rmul__(self, o):
        return ('rmul', o)

    def __sub__(self, o):
        return NotImplemented

    def __repr__(self):
        return f'Num({self.v!r})'


for _ in range(300):
    Num(1) + Num(2)
    2 + Num(1)
    2.5 * Num(1)

show('num + num', lambda: Num(1) + Num(2))
show('num + int', lambda: Num(1) + 2)
show('num + float', lambda: Num(1) + 0.5)
show('int + num', lambda: 2 + Num(1))
show('float + num', lambda: 2.5 + Num(1))
show('bool + num', lambda: True + Num(1))
show('num + str', lambda: Num(1) + 'a')
show('str + num', lambda: 'a' + Num(1))
show('num * num', lambda: Num(1) * Num(2))
show('int * num', lambda: 3 * Num(2))
show('num - num', lambda: Num(1) - Num(2))
show('int - num', lambda: 3 - Num(2))
show('num - int', lambda: Num(1) - 3)
show('list * num', lambda: [1] * Num(2))


class NumSub(Num):
    def __radd__(self, o):
        return ('NumSub radd wins', o)


class NumSubNoR(Num):
    pass


show('num + numsub', lambda: Num(1) + NumSub(2))
show('num + numsub (no override)', lambda: Num(1) + NumSubNoR(2))
show('numsub + num', lambda: NumSub(1) + Num(2))

# a dunder stored on the instance is not used by operators
n = Num(1)
n.__add__ = lambda o: 'instance attr'
show('instance dunder ignored', lambda: n + Num(1))

# a dunder added to a class after operators failed on it
class Grows:
    pass


show('grows before', lambda: Grows() + Grows())
Grows.__add__ = lambda self, o: 'grown'
show('grows after', lambda: Grows() + Grows())
Grows.__radd__ = lambda self, o: ('grown radd', o)
show('grows radd', lambda: 1 + Grows())


# a base class's dunder patched: a subclass sees it
class OpBase:
    def __add__(self, o):
        return 'base add'


class OpDerived(OpBase):
    pass


warm(lambda: OpDerived() + OpDerived())
OpBase.__add__ = lambda self, o: 'patched base add'
show('derived sees patched base', lambda: OpDerived() + OpDerived())


# metaclass operators: `cls + x`
class AddMeta(type):
    def __add__(cls, o):
        return (cls.__name__, o)


class WithAddMeta(metaclass=AddMeta):
    def __add__(self, o):
        return 'instance add'


warm(lambda: WithAddMeta + 1)
show('meta add', lambda: WithAddMeta + 1)
show('instance add', lambda: WithAddMeta() + 1)
show('type union', lambda: (isinstance(1, int | None), isinstance('a', int | None)))

# in-place operators fall back to the binary dunder
v = Num(1)
v += 2
show('iadd fallback', lambda: v)

# float results that are integral stay floats
show('float boxes', lambda: (0.0 * 2.5, 1.0 + 0.5, 0.5 + 0.5, -0.0 * 1.5, 2 * 1.0, 3 - 1.0, 1.0 + True, 4 / 2))
show('float box compare', lambda: (0.0 < 0.5, 1.0 == 1, -0.0 == 0.0, 1.0 < True))


# ---- comparisons with Python dunders ----

class Money:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.v < o.v

    def __eq__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.v == o.v

    def __gt__(self, o):
        if isinstance(o, (int, float)):
            return ('Money.__gt__', o)
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        return f'Money({self.v})'


for _ in range(300):
    Money(1) < Money(2)
    Money(1) == Money(1)

show('lt', lambda: (Money(1) < Money(2), Money(2) < Money(1)))
show('eq ne', lambda: (Money(1) == Money(1), Money(1) != Money(1), Money(1) != Money(2)))
show('sorted', lambda: sorted([Money(3), Money(1), Money(2)]))
show('eq other type', lambda: (Money(1) == 1, Money(1) != 'a'))
show('int < money (reflected gt)', lambda: 5 < Money(1))
show('money < int', lambda: Money(1) < 5)
show('money <= money', lambda: Money(1) <= Money(2))
show('in list', lambda: Money(2) in [Money(1), Money(2)])


class Cents(Money):
    def __gt__(self, o):
        return ('Cents.__gt__ first', o)


show('money < cents (subclass reflected first)', lambda: Money(1) < Cents(2))
show('cents < money', lambda: Cents(1) < Money(2))


def money_lt(self, o):
    return 'patched lt'


Money.__lt__ = money_lt
show('lt patched', lambda: Money(1) < Money(2))
del Money.__lt__
show('lt deleted (reflected gt declines)', lambda: Money(1) < Money(2))


class Weird:
    def __eq__(self, o):
        return 'not a bool'


w1 = Weird()
for _ in range(300):
    w1 == w1
show('eq non-bool', lambda: (w1 == Weird(), w1 in [w1], Weird() in [1, 2]))


# ---- unary and in-place operators ----

class U:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return U(-self.v)

    def __invert__(self):
        return 'inverted'

    def __repr__(self):
        return f'U({self.v})'


for _ in range(300):
    -U(1)
show('neg', lambda: -U(2))
show('invert', lambda: ~U(2))
show('pos missing', lambda: +U(2))
U.__neg__ = lambda self: 'patched neg'
show('neg patched', lambda: -U(2))
del U.__neg__
show('neg deleted', lambda: -U(2))


class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        if o == 'decline':
            return NotImplemented
        self.v += o
        return self

    def __add__(self, o):
        return Acc(('add', self.v, o))

    def __repr__(self):
        return f'Acc({self.v!r})'


a = Acc(1)
for _ in range(300):
    a += 1
show('iadd', lambda: a)
b = a
b += 'decline'
show('iadd declined -> add', lambda: (b, b is a))
del Acc.__iadd__
c = Acc(1)
c += 2
show('iadd deleted -> add', lambda: c)
Acc.__iadd__ = lambda self, o: 'iadd added'
c = Acc(1)
c += 2
show('iadd added later', lambda: c)
d = 1.0
d -= 1
show('float isub', lambda: d)


# ---- attribute loads that miss the instance dict (class constants, properties, methods) ----

class Consts:
    G = 9.81
    NAME = 'c'
    ITEMS = (1, 2)

    def __init__(self):
        self._r = 2.5

    @property
    def r(self):
        return self._r

    @property
    def fails(self):
        raise AttributeError('from property')

    def m(self):
        return 'm'


class ConstsSub(Consts):
    pass


k = Consts()
ks = ConstsSub()
for _ in range(300):
    k.G, k.NAME, k.r, k.m, ks.G, ks.r
show('consts', lambda: (k.G, k.NAME, k.ITEMS, k.r, k.m(), ks.G, ks.r))
k.G = 'instance G'
show('instance shadows class attr', lambda: (k.G, Consts.G, Consts().G))
del k.G
show('instance attr deleted', lambda: k.G)
Consts.G = 1.5
show('class attr changed', lambda: (k.G, ks.G))
del Consts.G
show('class attr deleted', lambda: k.G)
show('class attr deleted (sub)', lambda: ks.G)
Consts.G = 2.5
ConstsSub.G = 'sub G'
show('sub overrides', lambda: (k.G, ks.G))
show('property raising AttributeError', lambda: k.fails)
Consts.r = 'not a property any more'
show('property replaced', lambda: (k.r, ks.r))
Consts.r = property(lambda self: ('new property', self._r))
show('property replaced again', lambda: k.r)
show('property cannot be shadowed', lambda: setattr(k, 'fails', 1))
show('bound method', lambda: (k.m(), k.m == k.m, k.m is k.m, k.m.__self__ is k))
k.m = lambda: 'instance m'
show('instance attr shadows method', lambda: k.m())
del k.m
Consts.m = staticmethod(lambda: 'static m')
show('method became staticmethod', lambda: k.m())
Consts.m = classmethod(lambda cls: ('class m', cls.__name__))
show('method became classmethod', lambda: (k.m(), ks.m()))

Consts.__doc__ = 'new doc'
Consts.__module__ = 'elsewhere'
show('doc and module through an instance', lambda: (k.__doc__, k.__module__))


class Desc:
    pass


class HoldsDesc:
    d = Desc()


hd = HoldsDesc()
for _ in range(300):
    hd.d
show('plain object class attr', lambda: type(hd.d).__name__)
Desc.__get__ = lambda self, obj, typ: ('Desc.__get__', type(obj).__name__)
show('it became a descriptor', lambda: hd.d)
Desc.__set__ = lambda self, obj, v: print('  Desc.__set__', v)
hd.d = 5
show('data descriptor', lambda: hd.d)


# hooks added to a class after its loads were cached
class Hooked:
    X = 1


hk = Hooked()
for _ in range(300):
    hk.X
Hooked.__getattribute__ = lambda self, name: ('getattribute', name)
show('__getattribute__ added', lambda: hk.X)
del Hooked.__getattribute__
show('__getattribute__ removed', lambda: hk.X)
Hooked.__getattr__ = lambda self, name: ('getattr', name)
show('__getattr__ added', lambda: (hk.X, hk.missing))


class WithGetattr:
    Y = 2

    @property
    def p(self):
        raise AttributeError('p')

    def __getattr__(self, name):
        return ('fallback', name)


wg = WithGetattr()
for _ in range(300):
    wg.Y, wg.p
show('getattr class', lambda: (wg.Y, wg.p, wg.zz))


# an instance moved to another class
class A1:
    V = 'A1'


class A2:
    V = 'A2'


x = A1()
for _ in range(300):
    x.V
x.__class__ = A2
show('__class__ assigned', lambda: x.V)


# ---- class attribute loads on the class itself (Cls.CONST, Cls.static(), Cls.classmethod()) ----

class Cfg:
    SPEED = 2.5
    TAGS = ('a',)

    @staticmethod
    def zero():
        return 'zero'

    @classmethod
    def make(cls, v=0):
        return (cls.__name__, v)

    def plain(self=None):
        return 'plain'

    @property
    def prop(self):
        return 1


class CfgSub(Cfg):
    pass


for _ in range(300):
    Cfg.SPEED, Cfg.zero(), Cfg.make(), Cfg.make(1), CfgSub.make(2), Cfg.plain, CfgSub.SPEED
show('class loads', lambda: (Cfg.SPEED, Cfg.TAGS, Cfg.zero(), Cfg.make(), Cfg.make(1), CfgSub.make(2), Cfg.plain(), type(Cfg.prop).__name__))
show('class method objects', lambda: (Cfg.make.__self__ is Cfg, CfgSub.make.__self__ is CfgSub, Cfg.zero.__name__))
Cfg.SPEED = 4.0
show('class const changed', lambda: (Cfg.SPEED, CfgSub.SPEED, Cfg().SPEED))
CfgSub.SPEED = 'sub'
show('sub const', lambda: (Cfg.SPEED, CfgSub.SPEED))
Cfg.zero = lambda: 'plain function now'
show('static replaced', lambda: (Cfg.zero(), CfgSub.zero()))
Cfg.make = staticmethod(lambda *a: ('static make', a))
show('classmethod replaced', lambda: (Cfg.make(), CfgSub.make(3)))
del Cfg.make
show('classmethod deleted', lambda: Cfg.make())
Cfg.__name__ = 'Renamed'
show('type data descriptors', lambda: (Cfg.__name__, CfgSub.__mro__[1].__name__, len(Cfg.mro())))
show('missing class attr', lambda: Cfg.nothing)


class MetaAttr(type):
    FROM_META = 'meta'

    def meta_method(cls):
        return ('meta_method', cls.__name__)


class UsesMeta(metaclass=MetaAttr):
    @classmethod
    def cm(cls):
        return 'cm'


for _ in range(300):
    UsesMeta.FROM_META, UsesMeta.meta_method(), UsesMeta.cm()
show('metaclass attrs', lambda: (UsesMeta.FROM_META, UsesMeta.meta_method(), UsesMeta.cm()))
MetaAttr.FROM_META = 'meta changed'
show('metaclass attr changed', lambda: UsesMeta.FROM_META)


class PlainMeta:
    K = 1

    @classmethod
    def cm(cls):
        return 'plain cm'


for _ in range(300):
    PlainMeta.K, PlainMeta.cm()


class LoudMeta(type):
    def __getattribute__(cls, name):
        return ('LoudMeta', name)


show('type is not mutable', lambda: setattr(PlainMeta, '__class__', LoudMeta))


class QuietMeta(type):
    pass


class Moves(metaclass=QuietMeta):
    K = 1


for _ in range(300):
    Moves.K
Moves.__class__ = LoudMeta
show('class moved to a metaclass with __getattribute__', lambda: Moves.K)


# ---- super() method calls ----

class Root:
    def __init__(self, x):
        self.trail = ['Root']
        self.x = x

    def who(self, *extra):
        return ('Root.who', type(self).__name__) + extra

    def kw(self, a, b=2, *, c=3):
        return ('Root.kw', a, b, c)

    LABEL = 'root label'


class Left(Root):
    def __init__(self, x):
        super().__init__(x)
        self.trail.append('Left')

    def who(self, *extra):
        return ('Left',) + super().who(*extra)


class Right(Root):
    def __init__(self, x):
        super().__init__(x)
        self.trail.append('Right')

    def who(self, *extra):
        return ('Right',) + super().who(*extra)


class Diamond(Left, Right):
    def __init__(self, x):
        super().__init__(x)
        self.trail.append('Diamond')

    def who(self, *extra):
        return ('Diamond',) + super().who(*extra)

    def others(self):
        return (super().LABEL, super().__class__.__name__, super().kw(1), super().kw(1, c=9), super().kw(1, 2, c=3))

    def direct(self):
        return (super().who(), super().who(1), super().who(1, 2), super().who(1, 2, 3), super().who(1, 2, 3, 4))

    @classmethod
    def make(cls):
        return ('classmethod super', super().__init__.__qualname__)


for _ in range(300):
    Diamond(1).who()
show('diamond init', lambda: Diamond(1).trail)
show('diamond who', lambda: (Diamond(1).who(), Diamond(1).who('a'), Diamond(1).who('a', 'b'), Diamond(1).who('a', 'b', 'c')))
show('super others', lambda: Diamond(2).others())
show('super direct calls', lambda: Diamond(2).direct())
show('super in classmethod', lambda: Diamond.make())
show('explicit super', lambda: super(Left, Diamond(3)).who())
Root.who = lambda self, *extra: ('patched Root.who',) + extra
show('super after patch', lambda: Diamond(1).who('z'))
del Right.who
show('super after delete', lambda: (Diamond(1).who(), Diamond(1).direct()))
show('super missing', lambda: super(Diamond, Diamond(1)).nothing())


# ---- __slots__ next to class attributes ----

show('slot conflicts with class attribute', lambda: type('Bad', (), {'__slots__': ('x',), 'x': 1}))


class SlotBase:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x


class ShadowsSlot(SlotBase):
    x = 'class x'  # hides SlotBase's member descriptor for instances of this class


class KeepsSlot(SlotBase):
    __slots__ = ()
    LIMIT = 10


for _ in range(300):
    ShadowsSlot(1).x, KeepsSlot(2).x, KeepsSlot(2).LIMIT
s1 = ShadowsSlot(1)
show('class attr shadows inherited slot', lambda: (s1.x, ShadowsSlot.x))
s1.x = 'instance x'
show('then set on the instance', lambda: (s1.x, ShadowsSlot(5).x, ShadowsSlot.x))
k2 = KeepsSlot(2)
show('slots only', lambda: (k2.x, k2.LIMIT, hasattr(k2, '__dict__')))
show('unset slot', lambda: k2.y)
show('no new attributes', lambda: setattr(k2, 'z', 1))
k2.y = 3.5
show('slot set later', lambda: (k2.x, k2.y))
del k2.x
show('slot deleted', lambda: k2.x)
KeepsSlot.LIMIT = 20
show('class attr beside slots changed', lambda: k2.LIMIT)
