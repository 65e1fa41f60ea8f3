# __init_subclass__ (with kwargs, implicit classmethod, chaining) and __set_name__.

subclasses = []
class PluginBase:
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        subclasses.append(cls)

class Alpha(PluginBase): pass
class Beta(PluginBase, name='the-beta'): pass
class Gamma(Beta): pass

assert subclasses == [Alpha, Beta, Gamma]
assert Alpha.plugin_name == 'alpha'
assert Beta.plugin_name == 'the-beta'
assert Gamma.plugin_name == 'gamma', "kwargs are not inherited"
assert not hasattr(PluginBase, 'plugin_name'), "__init_subclass__ is not called for the defining class"

# __init_subclass__ is implicitly a classmethod
assert isinstance(PluginBase.__dict__['__init_subclass__'], classmethod)

# chaining through multiple bases
order = []
class A:
    def __init_subclass__(cls, **kw):
        order.append(('A', cls.__name__, kw))
        super().__init_subclass__()
class B(A):
    def __init_subclass__(cls, extra=0, **kw):
        order.append(('B', cls.__name__, extra))
        super().__init_subclass__(**kw)
class Cls(B, extra=5, other=6): pass
assert order == [('A', 'B', {}), ('B', 'Cls', 5), ('A', 'Cls', {'other': 6})], order

# object.__init_subclass__ rejects kwargs
try:
    class NoKw(A, foo=1): pass
    order.clear()
    class NoKw2(PluginBase, unexpected=1): pass
    assert False
except TypeError as e:
    assert str(e) == 'NoKw2.__init_subclass__() takes no keyword arguments', str(e)

# --- __set_name__ ---
calls = []
class Field:
    def __set_name__(self, owner, name):
        calls.append((owner.__name__, name))
        self.name = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, 'unset')
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    first = Field()
    second = Field()
    not_a_field = 3

assert calls == [('Model', 'first'), ('Model', 'second')], calls
m = Model()
assert m.first == 'unset'
m.first = 'x'
assert m.first == 'x' and m._first == 'x'
assert Model.first.name == 'first'

# __set_name__ is called for the same object under two names
calls.clear()
shared = Field()
class Two:
    a = shared
    b = shared
assert calls == [('Two', 'a'), ('Two', 'b')]
assert shared.name == 'b'

# __set_name__ not called when attribute added after class creation
calls.clear()
Model.late = Field()
assert calls == []

# __set_name__ runs before __init_subclass__
events = []
class Tracker:
    def __set_name__(self, owner, name):
        events.append('set_name ' + name)
class Parent:
    def __init_subclass__(cls):
        events.append('init_subclass ' + cls.__name__)
class Kid(Parent):
    t = Tracker()
assert events == ['set_name t', 'init_subclass Kid'], events

# __set_name__ with type() dynamic creation
calls.clear()
Dyn = type('Dyn', (), {'f': Field()})
assert calls == [('Dyn', 'f')]

# errors in __set_name__ are wrapped in RuntimeError in 3.11, chained with __cause__
class BadName:
    def __set_name__(self, owner, name):
        raise ValueError('nope ' + name)
try:
    class Fails:
        attr = BadName()
    assert False
except RuntimeError as e:
    assert str(e) == "Error calling __set_name__ on 'BadName' instance 'attr' in 'Fails'", str(e)
    assert type(e.__cause__) is ValueError and str(e.__cause__) == 'nope attr'

print("ok")
