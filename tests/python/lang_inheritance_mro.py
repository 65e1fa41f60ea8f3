# Inheritance: overriding, multiple inheritance, C3 MRO, inconsistent MRO error, isinstance/issubclass.

class A:
    def who(self): return 'A'
    def only_a(self): return 'only A'
class B(A):
    def who(self): return 'B'
class C(A):
    def who(self): return 'C'
class D(B, C):
    pass

assert D().who() == 'B', "leftmost base first"
assert D().only_a() == 'only A'
assert D.__mro__ == (D, B, C, A, object)
assert D.mro() == [D, B, C, A, object]
assert D.__bases__ == (B, C)
assert D.__base__ is B
assert issubclass(D, A) and issubclass(D, (int, C))
assert isinstance(D(), (str, A))
assert not issubclass(A, D)
assert issubclass(A, A), "a class is a subclass of itself"
assert issubclass(bool, int) and issubclass(int, object)
assert A.__subclasses__() == [B, C]

# classic C3 example
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass
assert [k.__name__ for k in Aa.__mro__] == ['Aa', 'Bb', 'Cc', 'Dd', 'E', 'F', 'O', 'object'], \
    [k.__name__ for k in Aa.__mro__]

# another C3 sample
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Zz(K1, K2, K3): pass
assert [k.__name__ for k in Zz.__mro__] == ['Zz', 'K1', 'K2', 'K3', 'X', 'Y', 'Z', 'object']

# inconsistent MRO
try:
    class Bad(A, B):
        pass
    assert False, "must fail"
except TypeError as e:
    assert str(e) == ('Cannot create a consistent method resolution\n'
                      'order (MRO) for bases A, B'), repr(str(e))

class P1: pass
class P2: pass
class Q1(P1, P2): pass
class Q2(P2, P1): pass
try:
    class R(Q1, Q2): pass
    assert False
except TypeError as e:
    assert str(e).startswith('Cannot create a consistent method resolution'), str(e)

try:
    class Dup(A, A): pass
    assert False
except TypeError as e:
    assert str(e) == 'duplicate base class A', str(e)

try:
    class FromInstance(5): pass
    assert False
except TypeError:
    pass

# --- attribute lookup follows MRO for class attributes ---
class Base:
    x = 'base'
    def get(self):
        return self.x
class Child(Base):
    x = 'child'
assert Child().get() == 'child', "self.x resolved on the instance's class"
assert Base().get() == 'base'

# overriding __init__ and calling the parent explicitly
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} makes a sound'
class Dog(Animal):
    def __init__(self, name, breed):
        Animal.__init__(self, name)
        self.breed = breed
    def speak(self):
        return Animal.speak(self) + ' (woof)'
d = Dog('Rex', 'lab')
assert d.speak() == 'Rex makes a sound (woof)'
assert d.breed == 'lab' and d.name == 'Rex'

# inherited __init__ when subclass defines none
class Puppy(Dog):
    pass
assert Puppy('Bit', 'pug').breed == 'pug'

# --- subclassing builtins ---
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
assert ml.total() == 6 and len(ml) == 3 and ml[0] == 1
assert isinstance(ml, list) and type(ml) is MyList
ml.append(4)
assert ml == [1, 2, 3, 4]
assert type(ml + [5]) is list, "list + returns a plain list"
assert type(ml[:2]) is list

class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
assert md['a'] == 1 and md['zz'] == 'zzzz', "__missing__ hook of dict subclasses"
assert 'zz' not in md
assert md.get('q') is None, "get() does not call __missing__"

class MyInt(int):
    def __repr__(self):
        return f'MyInt({int(self)})'
mi = MyInt(5)
assert mi + 1 == 6 and type(mi + 1) is int
assert repr(mi) == 'MyInt(5)'
assert isinstance(mi, int)

class MyStr(str):
    def shout(self):
        return self.upper() + '!'
ms = MyStr('hi')
assert ms.shout() == 'HI!' and ms == 'hi' and type(ms.upper()) is str
assert hash(ms) == hash('hi')
assert {ms: 1}['hi'] == 1

class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
assert Upper('abc') == 'ABC'

class MyTuple(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
mt = MyTuple(1, 2)
assert mt == (1, 2) and type(mt) is MyTuple and len(mt) == 2

class MyException(ValueError):
    pass
try:
    raise MyException('bad')
except ValueError as e:
    assert type(e) is MyException and str(e) == 'bad'

# --- object is the root ---
assert object.__bases__ == ()
assert type.__mro__ == (type, object)
assert bool.__mro__ == (bool, int, object)
assert isinstance(type, object) and isinstance(object, type)

# --- method resolution with mixins ---
class LoudMixin:
    def speak(self):
        return super().speak().upper()
class LoudDog(LoudMixin, Dog):
    pass
assert LoudDog('Max', 'x').speak() == 'MAX MAKES A SOUND (WOOF)'

# --- cannot subclass final builtins ---
for final in (bool, type(None), range, slice):
    try:
        class Sub(final): pass
        assert False, final
    except TypeError as e:
        assert 'is not an acceptable base type' in str(e), str(e)

# --- base class order and __bases__ reassignment not required; __name__ reassignment ---
class Renamed: pass
Renamed.__name__ = 'NewName'
assert Renamed.__name__ == 'NewName'

print("ok")
