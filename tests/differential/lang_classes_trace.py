# Class machinery traced through prints: MRO, super chains, metaclass hooks, descriptors,
# __init_subclass__, __set_name__, properties, class/static methods, __slots__.

def names(cls):
    return [k.__name__ for k in cls.__mro__]

class A:
    def who(self): return ['A']
class B(A):
    def who(self): return ['B'] + super().who()
class C(A):
    def who(self): return ['C'] + super().who()
class D(B, C):
    def who(self): return ['D'] + super().who()
class E(C, B):
    pass
print(names(D), D().who())
print(names(E), E().who())
try:
    class F(D, E): pass
except TypeError as e:
    print('TypeError:', e)

class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print(names(M))

log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(('prepare', name, tuple(b.__name__ for b in bases), sorted(kw.items())))
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(('new', name, sorted(k for k in ns if not k.startswith('__'))))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(('init', name))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append(('call', cls.__name__, a, sorted(k.items())))
        return super().__call__(*a, **k)

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(('init_subclass', cls.__name__, sorted(kw.items())))
    def __init__(self, *a, **k):
        log.append(('instance init', type(self).__name__, a))

class Field:
    def __set_name__(self, owner, name):
        log.append(('set_name', owner.__name__, name))
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'default-' + self.name)
    def __set__(self, obj, value):
        log.append(('set', self.name, value))
        obj.__dict__[self.name] = value

class Child(Base, flavor='x', size=3):
    f1 = Field()
    f2 = Field()
    def method(self): pass

c = Child(1, 2, key='v')
c.f1 = 'v1'
print(c.f1, c.f2)
for entry in log:
    print(entry)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        print('get c')
        return self._c
    @c.setter
    def c(self, v):
        print('set c', v)
        self._c = v
    @c.deleter
    def c(self):
        print('del c')
        self._c = None
    @classmethod
    def make(cls, *a):
        print('make', cls.__name__, a)
        return cls()
    @staticmethod
    def util(x):
        return x * 2
t = Temp.make(1, 2)
t.c = 5
print(t.c)
del t.c
print(t._c, Temp.util(21), t.util(1))
class SubTemp(Temp):
    pass
print(type(SubTemp.make()).__name__)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
try:
    s = Slotted()
    s.c = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    print(s.b)
except AttributeError as e:
    print('AttributeError:', e)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
    def __repr__(self):
        return f'Counter#{self.id}'
    def __eq__(self, other):
        return isinstance(other, Counter) and self.id == other.id
    def __hash__(self):
        return self.id
cs = [Counter() for _ in range(3)]
print(cs, Counter.count, cs[0] == cs[0], cs[0] == cs[1], len(set(cs + cs)))

class Private:
    def __init__(self):
        self.__secret = 's'
        self._protected = 'p'
p = Private()
print(sorted(vars(p)))

class Dyn:
    pass
Dyn2 = type('Dyn2', (Dyn,), {'x': 1, 'get': lambda self: self.x * 10})
print(Dyn2.__name__, names(Dyn2), Dyn2().get(), isinstance(Dyn2(), Dyn))
print(Dyn2.__qualname__, Child.__qualname__, Temp.c.__class__.__name__)
print(type(Child).__name__, type(Dyn2).__name__, type(type).__name__)
print(issubclass(Child, Base), issubclass(Base, Child), isinstance(c, Base))
print([cls.__name__ for cls in A.__subclasses__()])
print(B.who.__qualname__, B().who.__func__.__name__)
