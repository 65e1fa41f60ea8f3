# Attribute hooks: __getattr__ (only for missing), __getattribute__ (always), __setattr__, __delattr__,
# __dir__, interplay with getattr/hasattr and AttributeError.

class Lazy:
    def __init__(self):
        self.real = 'real'
    def __getattr__(self, name):
        if name.startswith('computed_'):
            return name[len('computed_'):]
        raise AttributeError(f'no {name}')

lz = Lazy()
assert lz.real == 'real', "__getattr__ not called for existing attributes"
assert lz.computed_x == 'x'
assert getattr(lz, 'computed_y') == 'y'
assert not hasattr(lz, 'other')
assert getattr(lz, 'other', 'dflt') == 'dflt'
try:
    lz.other
    assert False
except AttributeError as e:
    assert str(e) == 'no other'

# __getattr__ also called when a class attribute lookup raises AttributeError via property
class Prop:
    @property
    def p(self):
        raise AttributeError('from property')
    def __getattr__(self, name):
        return 'getattr:' + name
assert Prop().p == 'getattr:p'

# __getattribute__ intercepts everything
class Spy:
    def __init__(self):
        object.__setattr__(self, 'accessed', [])
        self.value = 1
    def __getattribute__(self, name):
        object.__getattribute__(self, 'accessed').append(name)
        return object.__getattribute__(self, name)
sp = Spy()
sp.value
sp.value
acc = object.__getattribute__(sp, 'accessed')
assert acc == ['value', 'value'], acc

class Both:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError(name)
        return 'ga:' + name
    def __getattr__(self, name):
        return 'fallback:' + name
b = Both()
assert b.anything == 'ga:anything'
assert b.boom == 'fallback:boom', "__getattr__ called when __getattribute__ raises AttributeError"

# __getattribute__ not used for implicit special method lookup
class Implicit:
    def __getattribute__(self, name):
        raise AssertionError('should not be called for ' + name)
    def __len__(self):
        return 3
assert len(Implicit()) == 3, "special methods are looked up on the type"

# special methods set on the instance are ignored by operators
class Inst:
    pass
i = Inst()
i.__len__ = lambda: 5
try:
    len(i)
    assert False
except TypeError:
    pass
assert i.__len__() == 5

# --- __setattr__ ---
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, name, value):
        raise AttributeError(f'frozen: cannot set {name}')
    def __delattr__(self, name):
        raise AttributeError(f'frozen: cannot delete {name}')
f = Frozen(1)
assert f.x == 1
try:
    f.x = 2
    assert False
except AttributeError as e:
    assert str(e) == 'frozen: cannot set x'
try:
    del f.x
    assert False
except AttributeError as e:
    assert str(e) == 'frozen: cannot delete x'
try:
    setattr(f, 'y', 1)
    assert False
except AttributeError:
    pass

class Logged:
    def __init__(self):
        self.log = []          # goes through __setattr__ too
    def __setattr__(self, name, value):
        if name != 'log':
            self.log.append((name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        super().__delattr__(name)
lg = Logged()
lg.a = 1
lg.a += 1
del lg.a
assert lg.log == [('a', 1), ('a', 2), ('del', 'a')], lg.log
assert not hasattr(lg, 'a')

# __setattr__ and class-level assignments do not interfere
Logged.cls_attr = 5
assert lg.log == [('a', 1), ('a', 2), ('del', 'a')]

# attribute proxies
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_t', target)
    def __getattr__(self, name):
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        setattr(self._t, name, value)
class Target:
    def hello(self): return 'hello from target'
t = Target()
px = Proxy(t)
assert px.hello() == 'hello from target'
px.z = 9
assert t.z == 9 and 'z' not in px.__dict__

# --- __dir__ ---
class WithDir:
    def __dir__(self):
        return ['b', 'a', 'c']
assert dir(WithDir()) == ['a', 'b', 'c'], "dir() sorts the result"
class Attrs:
    cls_level = 1
    def __init__(self):
        self.inst_level = 2
    def meth(self): pass
names = dir(Attrs())
assert 'cls_level' in names and 'inst_level' in names and 'meth' in names and '__init__' in names
assert names == sorted(names)

# --- getattr with non-string ---
try:
    getattr(t, 5)
    assert False
except TypeError as e:
    assert str(e) == 'attribute name must be string, not \'int\'', str(e)

# hasattr only swallows AttributeError
class Explodes:
    @property
    def bad(self):
        raise ValueError('kaboom')
try:
    hasattr(Explodes(), 'bad')
    assert False
except ValueError as e:
    assert str(e) == 'kaboom'

# __getattr__ on class (via metaclass) for class attribute access
class MetaGA(type):
    def __getattr__(cls, name):
        return 'meta:' + name
class UsesMeta(metaclass=MetaGA):
    present = 'yes'
assert UsesMeta.present == 'yes' and UsesMeta.absent == 'meta:absent'

# AttributeError attributes (3.10+)
try:
    t.nothing
except AttributeError as e:
    assert e.name == 'nothing' and e.obj is t

# object.__getattribute__ direct use honours descriptors
class WithProp:
    @property
    def p(self): return 'prop'
assert object.__getattribute__(WithProp(), 'p') == 'prop'

print("ok")
