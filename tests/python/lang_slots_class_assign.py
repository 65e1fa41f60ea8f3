# __slots__ (restricted attributes, no __dict__, inheritance, slot descriptors, __weakref__-free)
# and __class__ assignment.

class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
assert p.x == 1 and p.y == 2
p.x = 10
assert p.x == 10
try:
    p.z = 3
    assert False
except AttributeError as e:
    assert str(e) == "'P' object has no attribute 'z'", str(e)
assert not hasattr(p, '__dict__'), "slotted instances have no __dict__"
assert P.__slots__ == ('x', 'y')
assert type(P.__dict__['x']).__name__ == 'member_descriptor'

# unset slot
class Lazy:
    __slots__ = ['a']
l = Lazy()
try:
    l.a
    assert False
except AttributeError as e:
    assert str(e) == "'Lazy' object has no attribute 'a'", str(e)
l.a = 1
del l.a
assert not hasattr(l, 'a')
try:
    del l.a
    assert False
except AttributeError:
    pass

# slots as a single string
class One:
    __slots__ = 'only'
o = One()
o.only = 5
assert o.only == 5

# subclass without __slots__ gets a __dict__
class Sub(P):
    pass
s = Sub(1, 2)
s.extra = 'ok'
assert s.extra == 'ok' and s.__dict__ == {'extra': 'ok'}

# subclass with its own slots extends the parent's
class Sub2(P):
    __slots__ = ('z',)
s2 = Sub2(1, 2)
s2.z = 3
assert (s2.x, s2.y, s2.z) == (1, 2, 3)
try:
    s2.w = 1
    assert False
except AttributeError:
    pass

# slots with __dict__ entry allow dynamic attributes
class Hybrid:
    __slots__ = ('a', '__dict__')
h = Hybrid()
h.a = 1
h.b = 2
assert h.__dict__ == {'b': 2}

# class attribute conflicting with slot is an error
try:
    class Conflict:
        __slots__ = ('v',)
        v = 5
    assert False
except ValueError as e:
    assert str(e) == "'v' in __slots__ conflicts with class variable", str(e)

# slots and class-level defaults via properties / methods still work
class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    @property
    def length2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
v = Vec(3, 4)
assert v.length2 == 25 and repr(v) == 'Vec(3, 4)'

# getattr/setattr work with slots
setattr(v, 'x', 6)
assert getattr(v, 'x') == 6

# ---------------- __class__ assignment ----------------
class Cat:
    def speak(self): return 'meow'
class Dog:
    def speak(self): return 'woof'
pet = Cat()
assert pet.speak() == 'meow'
pet.__class__ = Dog
assert pet.speak() == 'woof' and type(pet) is Dog and isinstance(pet, Dog)
pet.name = 'kept'
pet.__class__ = Cat
assert pet.name == 'kept', "instance dict survives class change"

# assigning a non-class
try:
    pet.__class__ = 5
    assert False
except TypeError as e:
    assert str(e) == '__class__ must be set to a class, not \'int\' object', str(e)

# assigning __class__ of builtin instances is not allowed
try:
    x = 5
    x.__class__ = bool
    assert False
except TypeError as e:
    assert "__class__ assignment only supported for mutable types or ModuleType subclasses" in str(e), str(e)

# incompatible layouts
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('b',)
i1 = S1()
try:
    i1.__class__ = S2
    assert False
except TypeError as e:
    assert str(e) == "__class__ assignment: 'S2' object layout differs from 'S1'", str(e)

# same layout OK
class S3:
    __slots__ = ('a',)
i1.__class__ = S3
assert type(i1) is S3

# __class__ assignment to subclass (state machine pattern)
class State:
    def handle(self):
        self.__class__ = Next
        return 'first'
class Next(State):
    def handle(self):
        return 'second'
st = State()
assert st.handle() == 'first' and st.handle() == 'second'

print("ok")
