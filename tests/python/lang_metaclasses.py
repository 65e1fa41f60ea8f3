# Metaclasses: __new__, __init__, __call__, __prepare__, class keywords, inheritance of metaclass,
# metaclass conflicts, type() with 3 arguments.

log = []

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(('prepare', name, kw))
        return {'injected': 'from prepare'}

    def __new__(mcls, name, bases, ns, **kw):
        log.append(('new', name, sorted(k for k in ns if not k.startswith('__'))))
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get('tag', 'none')
        return cls

    def __init__(cls, name, bases, ns, **kw):
        log.append(('init', name))
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        log.append(('call', cls.__name__, args))
        inst = super().__call__(*args, **kw)
        inst.created_by_meta = True
        return inst

class Thing(metaclass=Meta, tag='T'):
    def __init__(self, v):
        self.v = v
    def method(self):
        pass

assert log == [('prepare', 'Thing', {'tag': 'T'}), ('new', 'Thing', ['injected', 'method']), ('init', 'Thing')], log
assert Thing.tag == 'T'
assert Thing.injected == 'from prepare', "namespace from __prepare__ is used"
assert type(Thing) is Meta
log.clear()
t = Thing(5)
assert log == [('call', 'Thing', (5,))]
assert t.v == 5 and t.created_by_meta

# metaclass is inherited
log.clear()
class SubThing(Thing):
    pass
assert type(SubThing) is Meta
assert log[0] == ('prepare', 'SubThing', {})
assert SubThing.tag == 'none'

# --- __prepare__ returning a custom mapping that records order ---
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            self.order.append(k)
        super().__setitem__(k, v)

class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls

class Ordered(metaclass=OrderMeta):
    z = 1
    a = 2
    def m(self): pass
    z = 3
assert Ordered.order == ['z', 'a', 'm', 'z'], Ordered.order

# --- metaclass methods are available on the class, not on instances ---
class WithClassMethodMeta(type):
    def describe(cls):
        return 'class ' + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Described(metaclass=WithClassMethodMeta):
    pass
assert Described.describe() == 'class Described'
assert Described.upper_name == 'DESCRIBED'
assert not hasattr(Described(), 'describe')

# --- singleton via __call__ ---
class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Config(metaclass=SingletonMeta):
    def __init__(self):
        self.loaded = True
assert Config() is Config()

# --- registry via __init__ ---
registry = {}
class RegMeta(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            registry[name] = cls
class Plugin(metaclass=RegMeta): pass
class PA(Plugin): pass
class PB(Plugin): pass
assert registry == {'PA': PA, 'PB': PB}

# --- metaclass __new__ can alter namespace ---
class UpperAttrs(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {(k.upper() if not k.startswith('__') else k): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, new_ns)
class Shouty(metaclass=UpperAttrs):
    value = 1
assert Shouty.VALUE == 1 and not hasattr(Shouty, 'value')

# --- metaclass conflict ---
class MetaA(type): pass
class MetaB(type): pass
class CA(metaclass=MetaA): pass
class CB(metaclass=MetaB): pass
try:
    class CC(CA, CB): pass
    assert False
except TypeError as e:
    assert str(e) == ('metaclass conflict: the metaclass of a derived class must be a (non-strict) '
                      'subclass of the metaclasses of all its bases'), str(e)

# most derived metaclass wins
class MetaSub(MetaA): pass
class CS(metaclass=MetaSub): pass
class Mixed(CA, CS): pass
assert type(Mixed) is MetaSub

# --- type() with 3 arguments ---
def init(self, x):
    self.x = x
Dyn = type('Dyn', (object,), {'init_called': False, '__init__': init, 'double': lambda self: self.x * 2})
d = Dyn(4)
assert d.double() == 8 and type(d).__name__ == 'Dyn'
assert Dyn.__bases__ == (object,)
Sub = type('Sub', (Dyn,), {})
assert Sub(1).double() == 2 and issubclass(Sub, Dyn)
Empty = type('Empty', (), {})
assert Empty.__bases__ == (object,) and Empty.__mro__ == (Empty, object)
assert type(5) is int, "one-arg type returns the type"
try:
    type('X', 5, {})
    assert False
except TypeError:
    pass
M = Meta('ViaCall', (), {})
assert type(M) is Meta and M.tag == 'none'

# --- isinstance/issubclass hooks on metaclasses ---
class AnyMeta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        return sub is bool
class IntLike(metaclass=AnyMeta): pass
assert isinstance(3, IntLike) and not isinstance('3', IntLike)
assert issubclass(bool, IntLike) and not issubclass(int, IntLike)

# --- metaclass with __repr__ ---
class ReprMeta(type):
    def __repr__(cls):
        return f'<cls {cls.__name__}>'
class Pretty(metaclass=ReprMeta): pass
assert repr(Pretty) == '<cls Pretty>'

# --- class keyword arguments without metaclass go to __init_subclass__ ---
class Kw:
    def __init_subclass__(cls, flavor='plain', **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor
class KwSub(Kw, flavor='spicy'): pass
assert KwSub.flavor == 'spicy'
try:
    class Bad(object, unknown=1): pass
    assert False
except TypeError as e:
    assert str(e) == 'Bad.__init_subclass__() takes no keyword arguments', str(e)

# --- callable metaclass (a function) ---
def func_meta(name, bases, ns):
    ns['made_by'] = 'function'
    return type(name, bases, ns)
class ByFunc(metaclass=func_meta):
    pass
assert ByFunc.made_by == 'function' and type(ByFunc) is type

print("ok")
