# Dynamic class creation: type(name, bases, ns), adding/removing methods at runtime, closures
# producing classes, classes as first-class values, monkeypatching, __qualname__/__module__.

# 3-arg type
def greet(self):
    return 'hi from ' + type(self).__name__
Greeter = type('Greeter', (), {'greet': greet, 'count': 0})
g = Greeter()
assert g.greet() == 'hi from Greeter'
assert Greeter.__name__ == 'Greeter' and Greeter.__qualname__ == 'Greeter'
assert Greeter.__module__ == __name__
assert Greeter.__bases__ == (object,)
assert isinstance(g, Greeter)

# with bases and __init__
class Base:
    def __init__(self, v):
        self.v = v
    def show(self):
        return f'<{self.v}>'
Derived = type('Derived', (Base,), {'extra': lambda self: self.v * 2})
d = Derived(4)
assert d.show() == '<4>' and d.extra() == 8 and Derived.__mro__ == (Derived, Base, object)

# classmethod / staticmethod / property in the namespace
Tools = type('Tools', (), {
    'make': classmethod(lambda cls: cls()),
    'const': staticmethod(lambda: 7),
    'prop': property(lambda self: 'p'),
    '__repr__': lambda self: 'Tools()',
    '__eq__': lambda self, o: isinstance(o, Tools),
    '__hash__': lambda self: 0,
})
t = Tools.make()
assert repr(t) == 'Tools()' and Tools.const() == 7 and t.prop == 'p'
assert t == Tools() and len({Tools(), Tools()}) == 1

# __slots__ and __doc__ via type()
Slotted = type('Slotted', (), {'__slots__': ('a',), '__doc__': 'doc!'})
s = Slotted()
s.a = 1
assert Slotted.__doc__ == 'doc!'
try:
    s.b = 2
    assert False
except AttributeError:
    pass

# bad calls to type()
try:
    type('X', (), [])
    assert False
except TypeError as e:
    assert str(e) == 'type.__new__() argument 3 must be dict, not list', str(e)
try:
    type('X', ())
    assert False
except TypeError as e:
    assert str(e) == 'type() takes 1 or 3 arguments', str(e)

# class factory with closures
def make_counter_class(start):
    class Counter:
        def __init__(self):
            self.n = start
        def inc(self):
            self.n += 1
            return self.n
    Counter.__name__ = f'CounterFrom{start}'
    return Counter
C5 = make_counter_class(5)
C10 = make_counter_class(10)
assert C5().inc() == 6 and C10().inc() == 11
assert C5.__name__ == 'CounterFrom5'
assert C5.__qualname__ == 'make_counter_class.<locals>.Counter'

# adding methods at runtime affects existing instances
class Animal:
    pass
a = Animal()
Animal.speak = lambda self: 'generic'
assert a.speak() == 'generic'
def speak_loud(self):
    return 'LOUD'
Animal.speak = speak_loud
assert a.speak() == 'LOUD'
del Animal.speak
assert not hasattr(a, 'speak')

# adding a dunder at runtime takes effect for operators
class Num:
    def __init__(self, v): self.v = v
n1, n2 = Num(1), Num(2)
try:
    n1 + n2
    assert False
except TypeError:
    pass
Num.__add__ = lambda self, o: Num(self.v + o.v)
assert (n1 + n2).v == 3, "dunder assigned after class creation is honored"
Num.__len__ = lambda self: 42
assert len(n1) == 42
Num.__eq__ = lambda self, o: self.v == o.v
assert Num(5) == Num(5)
Num.__iter__ = lambda self: iter(range(self.v))
assert list(Num(3)) == [0, 1, 2]
Num.__repr__ = lambda self: f'Num({self.v})'
assert repr(Num(9)) == 'Num(9)' and str([Num(1)]) == '[Num(1)]'
del Num.__len__
try:
    len(n1)
    assert False
except TypeError:
    pass

# adding dunders to a base class affects subclasses
class B0: pass
class B1(B0): pass
B0.__call__ = lambda self: 'called'
assert B1()() == 'called'

# bound method of one instance attached to another object
class Holder:
    def __init__(self, name): self.name = name
    def who(self): return self.name
h1 = Holder('one')
other = Holder('two')
other.who_else = h1.who
assert other.who_else() == 'one', "bound method keeps its original self"

# classes stored in containers and instantiated dynamically
registry = {'int': int, 'list': list, 'greeter': Greeter}
assert registry['int']('5') == 5 and registry['list']('ab') == ['a', 'b']
assert isinstance(registry['greeter'](), Greeter)

# getattr-based dispatch
class Dispatcher:
    def do_add(self, a, b): return a + b
    def do_mul(self, a, b): return a * b
    def run(self, op, *args):
        return getattr(self, 'do_' + op)(*args)
assert Dispatcher().run('add', 2, 3) == 5 and Dispatcher().run('mul', 2, 3) == 6

# type() of an instance of a dynamic class, and vars()
assert type(g) is Greeter and vars(Greeter)['count'] == 0

# subclassing a dynamically created class
class Sub(Greeter):
    def greet(self):
        return super().greet() + '!'
assert Sub().greet() == 'hi from Sub!'

# instances created with object.__new__ skip __init__
class Init:
    def __init__(self):
        self.initialized = True
raw = object.__new__(Init)
assert not hasattr(raw, 'initialized') and isinstance(raw, Init)
try:
    object.__new__(5)
    assert False
except TypeError as e:
    assert str(e) == 'object.__new__(X): X is not a type object (int)', str(e)

print("ok")
