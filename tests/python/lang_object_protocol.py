# The object base class: default methods and their behaviour (__eq__/__ne__ returning NotImplemented,
# __hash__, __repr__/__str__, __format__, __init__/__new__ argument checks, __dir__, __reduce_ex__-free),
# __init_subclass__, __class__, __doc__ None, object() instances have no __dict__.

o = object()
assert not hasattr(o, '__dict__')
try:
    o.x = 1
    assert False
except AttributeError:
    pass
assert object.__eq__(o, o) is True
assert object.__eq__(o, object()) is NotImplemented
assert object.__ne__(o, object()) is NotImplemented
assert object.__ne__(o, o) is False
assert isinstance(object.__hash__(o), int)
assert object.__repr__(o).startswith('<object object at 0x')
assert object.__str__(o) == object.__repr__(o)
assert object.__format__(o, '') == str(o)
assert o.__class__ is object
assert object.__doc__ is not None
assert type(o).__name__ == 'object'
assert object.__lt__(o, o) is NotImplemented
assert object.__le__(o, o) is NotImplemented
assert object.__gt__(o, o) is NotImplemented

class Plain:
    pass
p = Plain()
assert p.__doc__ is None, "class without docstring"
assert Plain.__doc__ is None
assert p == p and p != Plain() and not (p == Plain())
assert hash(p) == hash(p)
assert str(p) == repr(p)
assert format(p, '') == str(p)
try:
    format(p, 'x')
    assert False
except TypeError as e:
    assert str(e) == 'unsupported format string passed to Plain.__format__', str(e)
assert p.__dict__ == {}
assert p.__module__ == '__main__'
assert isinstance(p.__sizeof__(), int)
assert '__eq__' in dir(p) and '__hash__' in dir(p) and '__class__' in dir(p)

# __init__ / __new__ argument checks
class OnlyInit:
    def __init__(self, a):
        self.a = a
assert OnlyInit(1).a == 1, "object.__new__ ignores extra args when __init__ is overridden"
class OnlyNew:
    def __new__(cls, a):
        inst = super().__new__(cls)
        inst.a = a
        return inst
assert OnlyNew(2).a == 2, "object.__init__ ignores extra args when __new__ is overridden"
class Neither:
    pass
try:
    Neither(1)
    assert False
except TypeError as e:
    assert str(e) == 'Neither() takes no arguments', str(e)
try:
    object.__init__(Neither(), 1)
    assert False
except TypeError as e:
    assert str(e) == 'Neither.__init__() takes exactly one argument (the instance to initialize)', str(e)

# comparison falls back to identity for == and raises for ordering
a, b = Plain(), Plain()
assert (a == b) is False and (a != b) is True
try:
    a < b
    assert False
except TypeError as e:
    assert str(e) == "'<' not supported between instances of 'Plain' and 'Plain'"

# __init_subclass__ default accepts no kwargs and is a classmethod
assert Plain.__init_subclass__() is None

# object.__setattr__ / __getattribute__ / __delattr__ on plain instance
object.__setattr__(p, 'v', 1)
assert object.__getattribute__(p, 'v') == 1
object.__delattr__(p, 'v')
assert not hasattr(p, 'v')

# __class__ property of instances and types
assert type(p) is p.__class__ is Plain
assert Plain.__class__ is type
assert type.__class__ is type

# objects are truthy by default, no len
assert bool(p) is True
try:
    len(p)
    assert False
except TypeError as e:
    assert str(e) == "object of type 'Plain' has no len()"

# default __ne__ uses __eq__
class EqByValue:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return isinstance(o, EqByValue) and self.v == o.v
assert EqByValue(1) != EqByValue(2) and not (EqByValue(1) != EqByValue(1))

# __eq__ returning NotImplemented for both sides -> identity comparison
class NI:
    def __eq__(self, o): return NotImplemented
    __hash__ = object.__hash__
n = NI()
assert n == n and not (n == NI()) and n != NI()

# __subclasshook__ exists
assert object.__subclasshook__() is NotImplemented

# type checks for the type of type
assert isinstance(object, type) and isinstance(type, object)
assert issubclass(type, object) and not issubclass(object, type)

print("ok")
