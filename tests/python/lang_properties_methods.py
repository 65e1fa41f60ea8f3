# classmethod, staticmethod, property (getter/setter/deleter, decorator chains, docs), read-only errors.

class Temp:
    scale = 'C'
    instances = 0

    def __init__(self, c):
        self._c = c
        Temp.instances += 1

    @property
    def celsius(self):
        """Temperature in C."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v

    @celsius.deleter
    def celsius(self):
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def count(cls):
        return cls.instances

    @staticmethod
    def valid(v):
        return v >= -273.15

t = Temp(100)
assert t.celsius == 100
assert t.fahrenheit == 212.0
t.celsius = 0
assert t.celsius == 0 and t._c == 0
try:
    t.celsius = -300
    assert False
except ValueError as e:
    assert str(e) == 'too cold'
del t.celsius
assert t.celsius is None

try:
    t.fahrenheit = 5
    assert False
except AttributeError as e:
    assert str(e) == "property 'fahrenheit' of 'Temp' object has no setter", str(e)
try:
    del t.fahrenheit
    assert False
except AttributeError as e:
    assert str(e) == "property 'fahrenheit' of 'Temp' object has no deleter", str(e)

assert isinstance(Temp.__dict__['celsius'], property)
assert Temp.celsius.__doc__ == 'Temperature in C.'
assert Temp.celsius.fget.__name__ == 'celsius'
assert Temp.fahrenheit.fset is None
assert type(Temp.celsius) is property, "property accessed on the class returns itself"

# classmethod binds the class, also when called on an instance and on subclasses
t2 = Temp.from_f(212)
assert isinstance(t2, Temp) and t2.celsius == 100.0
class SubTemp(Temp):
    pass
s = SubTemp.from_f(32)
assert type(s) is SubTemp, "classmethod receives the subclass"
assert t.from_f(32).__class__ is Temp
assert Temp.count() == Temp.instances
assert Temp.from_f.__self__ is Temp
assert SubTemp.from_f.__self__ is SubTemp

# staticmethod: no binding at all
assert Temp.valid(0) and t.valid(0) and not Temp.valid(-300)
assert Temp.__dict__['valid'].__func__(5) is True
assert isinstance(Temp.__dict__['valid'], staticmethod)
assert isinstance(Temp.__dict__['from_f'], classmethod)
assert callable(Temp.__dict__['valid']), "staticmethod objects are callable (3.10+)"

# property built with the function form
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def _area(self):
        return self.w * self.h
    def _set_area(self, a):
        self.w = a / self.h
    area = property(_area, _set_area, None, 'the area')
r = Rect(2, 3)
assert r.area == 6
r.area = 12
assert r.w == 4.0
assert Rect.area.__doc__ == 'the area'

# property getter with no setter set via decorator chain on a subclass
class Base:
    @property
    def v(self):
        return 'base'
class Derived(Base):
    @Base.v.getter
    def v(self):
        return 'derived'
assert Derived().v == 'derived' and Base().v == 'base', "getter() returns a new property"

# property overrides instance __dict__ (data descriptor)
class P:
    @property
    def a(self):
        return 'property'
obj = P()
obj.__dict__['a'] = 'dict value'
assert obj.a == 'property'

# property raising AttributeError triggers __getattr__
class Fallback:
    @property
    def broken(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'fallback:' + name
assert Fallback().broken == 'fallback:broken'

# classmethod and property on the same class; classmethod calling staticmethod
class Util:
    factor = 3
    @staticmethod
    def triple(x):
        return x * 3
    @classmethod
    def run(cls, x):
        return cls.triple(x) + cls.factor
assert Util.run(2) == 9

# staticmethod/classmethod wrapping arbitrary callables
class W:
    s = staticmethod(len)
    c = classmethod(lambda cls, x: (cls.__name__, x))
assert W.s('abc') == 3 and W().s([1]) == 1
assert W.c(1) == ('W', 1) and W().c(2) == ('W', 2)

# __wrapped__ / __func__
assert W.__dict__['c'].__func__(W, 0) == ('W', 0)

# property with only setter via property(fset=...)
class OnlySet:
    def _set(self, v):
        self.stored = v
    x = property(fset=_set)
o = OnlySet()
o.x = 5
assert o.stored == 5
try:
    o.x
    assert False
except AttributeError as e:
    assert str(e) == "property 'x' of 'OnlySet' object has no getter", str(e)

# a property can be overridden by a plain attribute in a subclass
class Over(P):
    a = 'plain'
assert Over().a == 'plain'

# class-level attribute access via type(self)
class Counter:
    n = 0
    def inc(self):
        type(self).n += 1
c1 = Counter(); c1.inc(); c1.inc()
assert Counter.n == 2 and 'n' not in c1.__dict__

print("ok")
