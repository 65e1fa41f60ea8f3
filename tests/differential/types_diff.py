# types: names, SimpleNamespace and MappingProxyType behaviour compared with CPython
import types

ns = types.SimpleNamespace(b=2, a=1)
print(ns, repr(ns), ns == types.SimpleNamespace(a=1, b=2), ns == types.SimpleNamespace(a=1), vars(ns))
ns.c = [ns.a]
del ns.b
print(ns, types.SimpleNamespace(), types.SimpleNamespace(x=types.SimpleNamespace(y=1)))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError', e)
mp = types.MappingProxyType({'k': 1, 'j': [2]})
print(mp['k'], len(mp), list(mp), list(mp.items()), mp.get('x', 'd'), 'k' in mp, mp == {'k': 1, 'j': [2]})
for f in [lambda: mp.__setitem__, lambda: mp.pop]:
    try:
        f()
    except AttributeError as e:
        print('AttributeError', e)


def f():
    yield


print(types.FunctionType.__name__, types.GeneratorType.__name__, types.BuiltinFunctionType.__name__, types.MethodType.__name__,
      types.ModuleType.__name__, types.NoneType.__name__, types.CodeType.__name__, types.LambdaType is types.FunctionType)
print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType),
      isinstance(types, types.ModuleType))
C = types.new_class('C', (dict,), {}, lambda ns: ns.update({'hello': lambda self: 'hi'}))
print(C.__name__, C.__mro__[1].__name__, C().hello(), types.resolve_bases((int,)))
