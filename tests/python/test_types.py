# types: the built-in type names, SimpleNamespace, MappingProxyType, new_class and friends
import types
import sys


def raises(exc, f, *args, **kw):
    try:
        f(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError(f'{exc.__name__} not raised')


def f():
    pass


def g():
    yield 1


class C:
    def m(self):
        pass


assert isinstance(f, types.FunctionType) and isinstance(lambda: 0, types.LambdaType) and types.FunctionType is types.LambdaType
assert isinstance(g(), types.GeneratorType) and isinstance(C().m, types.MethodType) and isinstance(len, types.BuiltinFunctionType)
assert isinstance(sys, types.ModuleType) and isinstance(f.__code__, types.CodeType) and isinstance([].append, types.BuiltinMethodType)
assert types.NoneType is type(None) and types.EllipsisType is type(...) and types.NotImplementedType is type(NotImplemented)
m = types.ModuleType('mymod', 'docstring')
m.x = 5
assert m.__name__ == 'mymod' and m.__doc__ == 'docstring' and m.x == 5
bm = types.MethodType(lambda self: self, 42)
assert bm() == 42

ns = types.SimpleNamespace(a=1, b='x')
assert ns.a == 1 and ns.b == 'x' and repr(ns) == "namespace(a=1, b='x')"
ns.c = [1]
del ns.a
assert repr(ns) == "namespace(b='x', c=[1])" and vars(ns) == {'b': 'x', 'c': [1]}
assert types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1) and types.SimpleNamespace(x=1) != types.SimpleNamespace(x=2)
assert repr(types.SimpleNamespace()) == 'namespace()' and types.SimpleNamespace(**{'k': 2}).k == 2
assert raises(TypeError, types.SimpleNamespace, {'k': 2}) == 'no positional arguments expected'
assert raises(TypeError, hash, types.SimpleNamespace())


class Sub(types.SimpleNamespace):
    pass


assert repr(Sub(z=0)) == 'Sub(z=0)'
rec = types.SimpleNamespace()
rec.self = rec
assert repr(rec) == 'namespace(self=namespace(...))'

d = {'a': 1}
mp = types.MappingProxyType(d)
assert mp['a'] == 1 and len(mp) == 1 and 'a' in mp and list(mp) == ['a'] and mp.get('z', 3) == 3


def setit():
    mp['b'] = 2


assert raises(TypeError, setit) == "'mappingproxy' object does not support item assignment"

d['b'] = 2
assert mp['b'] == 2 and dict(mp.items()) == {'a': 1, 'b': 2} and mp.copy() == d and mp == d
assert raises(TypeError, types.MappingProxyType, [1])

Dyn = types.new_class('Dyn', (C,), {}, lambda ns: ns.update({'val': 7, 'get': lambda self: self.val}))
assert Dyn.__name__ == 'Dyn' and Dyn().get() == 7 and issubclass(Dyn, C)


class Meta(type):
    pass


D2 = types.new_class('D2', (), {'metaclass': Meta})
assert type(D2) is Meta
meta, ns2, kw = types.prepare_class('X', (), {'metaclass': Meta, 'flag': 1})
assert meta is Meta and kw == {'flag': 1} and isinstance(ns2, dict)
assert types.resolve_bases((int, str)) == (int, str)


class Alias:
    def __mro_entries__(self, bases):
        return (dict,)


assert types.resolve_bases((Alias(),)) == (dict,)


class WithDCA:
    @types.DynamicClassAttribute
    def name(self):
        return 'instance'


assert WithDCA().name == 'instance'
assert raises(AttributeError, getattr, WithDCA, 'name') is not None
