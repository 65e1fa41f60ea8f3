# property: subclasses with their own __get__/__set__/__delete__, CPython 3.11's messages for missing
# getter/setter/deleter (named and unnamed), argument checking, getter()/setter() copies, and the
# descriptor __get__ checks shared with functions, staticmethod, classmethod.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class P(property):
    def __get__(self, obj, typ=None):
        print("P.__get__", obj is None, typ.__name__ if typ else typ)
        if obj is None:
            return self
        return super().__get__(obj, typ) * 10

    def __set__(self, obj, v):
        print("P.__set__", v)
        super().__set__(obj, v)

    def __delete__(self, obj):
        print("P.__delete__")
        super().__delete__(obj)


class C:
    @P
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v

    @x.deleter
    def x(self):
        del self._x


c = C()
c.x = 3
print(c.x, c.x, type(C.x).__name__)
del c.x
show('after del', lambda: c.x)
print(getattr(c, 'x', 'dflt'), hasattr(c, 'x'))
c.__dict__['x'] = 'shadow'  # a data descriptor wins over the instance dict
c.x = 4
print(c.x)


# a subclass overriding only __get__ keeps property's __set__
class OnlyGet(property):
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return ('wrapped', super().__get__(obj, typ))


class E:
    def _g(self):
        return self._v

    def _s(self, v):
        self._v = v

    v = OnlyGet(_g, _s)


e = E()
e.v = 3
print(e.v, [e.v for _ in range(3)], E.v.__class__.__name__)


class F(E):
    @property
    def v(self):
        return ('F', super().v)


f = F()
f._v = 9
print(f.v)
OnlyGet.__get__ = lambda self, obj, typ=None: 'patched' if obj is not None else self
print(e.v, f.v)


# a plain subclass behaves like property, including the messages
class Q(property):
    pass


class G:
    @Q
    def y(self):
        return 5


gg = G()
print(gg.y, gg.y, type(G.y).__name__)
show('Q set', lambda: setattr(gg, 'y', 1))
show('Q del', lambda: delattr(gg, 'y'))


# messages: the property's name (from __set_name__) and the owner's qualified name, as reprs
def make():
    class Local:
        z = property(lambda self: 1)
        w = property()
    return Local


L = make()
lo = L()
show('local set', lambda: setattr(lo, 'z', 1))
show('local del', lambda: delattr(lo, 'z'))
show('local get', lambda: lo.w)
p = property(lambda self: 1)


class Late:
    pass


Late.p = p  # no __set_name__: unnamed
show('unnamed set', lambda: setattr(Late(), 'p', 2))
show('unnamed __set__', lambda: p.__set__(Late(), 2))
show('unnamed __delete__', lambda: p.__delete__(Late()))
show('unnamed __get__', lambda: property().__get__(Late(), Late))
show('unnamed __get__ 1 arg', lambda: property().__get__(Late()))


class Named:
    def getter(self):
        return 1
    g = property(getter)


show('named set', lambda: setattr(Named(), 'g', 1))
show('named __set__', lambda: Named.__dict__['g'].__set__(Named(), 1))


class Copies:
    @property
    def h(self):
        return 1
    h2 = h.getter(lambda self: 2)


show('copy set', lambda: setattr(Copies(), 'h2', 1))
show('orig set', lambda: setattr(Copies(), 'h', 1))
print(Copies().h2)
d = Copies.h.setter(lambda s, v: None)  # a copy keeps the name
show('copy keeps name', lambda: d.__delete__(Copies()))
show('fresh copy unnamed', lambda: property(lambda s: 1).setter(lambda s, v: None).__delete__(Copies()))


class Weird:
    prop = property()


Weird.__dict__['prop'].__set_name__(Weird, 42)
show('non-str name', lambda: Weird().prop)
Weird.__qualname__ = "it's"
Weird.q = property()
show('quote in qualname', lambda: setattr(Weird(), 'q', 1))
pr = property(lambda s: 1)
pr.__set_name__(Late, 'nm')
show('set_name', lambda: pr.__set__(Late(), 1))
pr.__init__(lambda s: 1)  # __init__ forgets the name
show('re-init', lambda: pr.__set__(Late(), 1))


# metaclass properties
class Meta(type):
    @property
    def mp(cls):
        return 'mp'


class K(metaclass=Meta):
    pass


print(K.mp)
show('meta set', lambda: setattr(K, 'mp', 1))
show('meta del', lambda: delattr(K, 'mp'))


# argument checking
show('too many', lambda: property(1, 2, 3, 4, 5))
show('bad keyword', lambda: property(fget=1, bad=2))
show('twice', lambda: property(len, fget=len))
print(property(doc='d').__doc__, property().fget, property().__isabstractmethod__)


# docs: from the getter; a subclass keeps it in the instance dict; getter() copies follow the new getter
def g1(self):
    "g1 doc"


def g2(self):
    "g2 doc"


print(property(g1).__doc__, property(g1).getter(g2).__doc__, property(g1, doc='explicit').getter(g2).__doc__)


class Sub(property):
    "Sub doc"

    def __init__(self, *a, **k):
        print('Sub.__init__', len(a), sorted(k))
        super().__init__(*a, **k)


s = Sub(g1)
print(s.__doc__, vars(s), s.getter(g2).__doc__, type(s.getter(g2)).__name__)


# __get__(None, None) is refused by every descriptor's __get__
def fn():
    pass


for dsc in (fn, staticmethod(fn), classmethod(fn), property(fn), type.__dict__['__name__']):
    for args in ((None,), (None, None), (None, int)):
        show(type(dsc).__name__ + str(args), lambda: type(dsc.__get__(*args)).__name__)


# classmethod around another descriptor binds through it (3.9-3.12)
class CP:
    @classmethod
    @property
    def cp(cls):
        return 'cp of ' + cls.__name__


print(CP.cp, CP().cp)


# a property raising AttributeError falls back to __getattr__
class GA:
    @property
    def p(self):
        raise AttributeError('inner')

    def __getattr__(self, n):
        return 'getattr ' + n


print(GA().p)


# AttributeError raised by __getattribute__ keeps its message and gets name/obj
class GAT:
    def __getattribute__(self, name):
        if name == 'x':
            return 1
        raise AttributeError(f'custom {name}')


print(GAT().x)
show('custom', lambda: GAT().y)
print(getattr(GAT(), 'y', 'dflt'), hasattr(GAT(), 'y'))


class Bare:
    def __getattribute__(self, name):
        raise AttributeError()


try:
    Bare().y
except AttributeError as ex:
    print(repr(ex), ex.name, type(ex.obj).__name__)

print(type.__doc__, type.__module__)
show('type abstractmethods', lambda: type.__abstractmethods__)
show('type annotations', lambda: type.__annotations__)
