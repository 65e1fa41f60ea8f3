# super(): zero-arg and two-arg forms, cooperative multiple inheritance, super in classmethods,
# properties through super, super in __init_subclass__/__new__, error cases.

class Base:
    def __init__(self):
        self.log = ['Base']
    def hello(self):
        return 'Base.hello'
    @classmethod
    def make(cls):
        return ('Base.make', cls.__name__)
    @staticmethod
    def st():
        return 'Base.st'
    @property
    def prop(self):
        return 'Base.prop'

class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Child')
    def hello(self):
        return 'Child+' + super().hello()
    @classmethod
    def make(cls):
        return ('Child', super().make())
    @staticmethod
    def st():
        return 'Child+' + super(Child, Child).st()
    @property
    def prop(self):
        return 'Child+' + super().prop

c = Child()
assert c.log == ['Base', 'Child']
assert c.hello() == 'Child+Base.hello'
assert Child.make() == ('Child', ('Base.make', 'Child')), "super in classmethod keeps cls"
assert Child.st() == 'Child+Base.st'
assert c.prop == 'Child+Base.prop', "property accessed via super"

# two-arg form
assert super(Child, c).hello() == 'Base.hello'
assert super(Child, Child).hello(c) == 'Base.hello', "super(cls, cls) gives unbound functions"

# --- cooperative multiple inheritance: diamond ---
trace = []
class Root:
    def __init__(self, **kw):
        trace.append('Root')
        super().__init__(**kw)
class Left(Root):
    def __init__(self, left=None, **kw):
        trace.append('Left')
        self.left = left
        super().__init__(**kw)
class Right(Root):
    def __init__(self, right=None, **kw):
        trace.append('Right')
        self.right = right
        super().__init__(**kw)
class Bottom(Left, Right):
    def __init__(self, **kw):
        trace.append('Bottom')
        super().__init__(**kw)

b = Bottom(left=1, right=2)
assert trace == ['Bottom', 'Left', 'Right', 'Root'], trace
assert b.left == 1 and b.right == 2

# super follows the MRO of the instance, not the static base
class M1:
    def name(self): return ['M1']
class M2(M1):
    def name(self): return ['M2'] + super().name()
class M3(M1):
    def name(self): return ['M3'] + super().name()
class M4(M2, M3):
    def name(self): return ['M4'] + super().name()
assert M4().name() == ['M4', 'M2', 'M3', 'M1']
assert M2().name() == ['M2', 'M1']

# skipping levels with two-arg super
assert super(M2, M4()).name() == ['M3', 'M1']

# super object attributes
s = super(Child, c)
assert s.__thisclass__ is Child
assert s.__self__ is c
assert s.__self_class__ is Child

# super() in __new__
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
assert Single() is Single()

# super() with builtin base
class LoudList(list):
    def append(self, v):
        super().append(v * 10)
ll = LoudList()
ll.append(1)
assert ll == [10]

class CountDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
cd = CountDict()
cd['a'] = 1
assert cd == {'a': 2}

# super().__setattr__ / __getattribute__
class Guard:
    def __setattr__(self, name, value):
        super().__setattr__(name, ('guarded', value))
    def __getattribute__(self, name):
        v = super().__getattribute__(name)
        return v
g = Guard()
g.x = 1
assert g.x == ('guarded', 1)

# super() errors
class Nope:
    pass
def free_func():
    return super().x
try:
    free_func()
    assert False
except RuntimeError as e:
    assert str(e) == 'super(): no arguments', str(e)

try:
    super(Child, 5)
    assert False
except TypeError as e:
    assert str(e) == 'super(type, obj): obj must be an instance or subtype of type', str(e)

try:
    super(Child, c).nonexistent
    assert False
except AttributeError as e:
    assert str(e) == "'super' object has no attribute 'nonexistent'", str(e)

# super in a method defined outside and attached later doesn't have __class__; use two-arg
def late_hello(self):
    return 'late+' + super(Child, self).hello()
Child.late = late_hello
assert c.late() == 'late+Base.hello'

# super() inside a nested function of a method uses the enclosing __class__ cell but needs args
class Outer(Base):
    def method(self):
        def helper():
            return super(Outer, self).hello()
        return helper()
assert Outer().method() == 'Base.hello'

# zero-arg super in a comprehension inside a method (works, uses the method's __class__ and self)
class Comp(Base):
    def many(self):
        return [super(Comp, self).hello() for _ in range(2)]
assert Comp().many() == ['Base.hello', 'Base.hello']

# __class__ cell refers to the class being defined even when name is rebound
class Orig(Base):
    def hello(self):
        return 'Orig+' + super().hello()
Alias = Orig
Orig = None
assert Alias().hello() == 'Orig+Base.hello'

print("ok")
