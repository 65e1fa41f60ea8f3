# Introspection builtins: getattr/setattr/hasattr/delattr, vars, dir, type, globals/locals,
# __dict__ of modules/classes, __name__, isinstance on builtin types, type attributes.

class Obj:
    cls_attr = 'c'
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self):
        return 'm'

o = Obj()

# getattr / setattr / hasattr / delattr
assert getattr(o, 'a') == 1
assert getattr(o, 'cls_attr') == 'c'
assert getattr(o, 'method')() == 'm'
assert getattr(o, 'zzz', None) is None
try:
    getattr(o, 'zzz')
    assert False
except AttributeError as e:
    assert str(e) == "'Obj' object has no attribute 'zzz'"
setattr(o, 'new', [1])
assert o.new == [1]
setattr(o, 'with space', 5)
assert getattr(o, 'with space') == 5, "any string works via setattr/getattr"
assert hasattr(o, 'new') and hasattr(o, 'method') and hasattr(Obj, 'method')
assert not hasattr(o, 'nope')
delattr(o, 'new')
assert not hasattr(o, 'new')
try:
    delattr(o, 'new')
    assert False
except AttributeError:
    pass
assert getattr(1, 'real') == 1 and getattr('s', 'upper')() == 'S'
assert getattr(Obj, '__name__') == 'Obj'

# vars
assert vars(o) == {'a': 1, 'b': 2, 'with space': 5}
assert vars(o) is o.__dict__
vars(o)['c'] = 3
assert o.c == 3
assert 'cls_attr' in vars(Obj) and 'method' in vars(Obj)
try:
    vars(5)
    assert False
except TypeError as e:
    assert str(e) == 'vars() argument must have __dict__ attribute', str(e)
def f():
    x = 1
    return vars()
assert f() == {'x': 1}, "vars() without args is locals()"

# dir
d = dir(o)
assert d == sorted(d)
for name in ('a', 'b', 'c', 'cls_attr', 'method', '__init__', '__class__', '__dict__'):
    assert name in d, name
assert 'append' in dir([]) and 'upper' in dir('')
assert '__add__' in dir(1)
module_names = dir()
assert 'Obj' in module_names and 'o' in module_names and '__name__' in module_names
def local_dir():
    p = 1
    q = 2
    return dir()
assert local_dir() == ['p', 'q']

# type()
assert type(1) is int and type(1.0) is float and type('') is str and type(b'') is bytes
assert type([]) is list and type(()) is tuple and type({}) is dict and type(set()) is set
assert type(None).__name__ == 'NoneType'
assert type(len).__name__ == 'builtin_function_or_method'
assert type(f).__name__ == 'function'
assert type(o.method).__name__ == 'method'
assert type(lambda: 0).__name__ == 'function'
assert type((x for x in [])).__name__ == 'generator'
assert type(range(1)).__name__ == 'range'
assert type(iter([])).__name__ == 'list_iterator'
assert type({}.keys()).__name__ == 'dict_keys'
assert type({}.values()).__name__ == 'dict_values'
assert type({}.items()).__name__ == 'dict_items'
assert type(zip()).__name__ == 'zip' and type(map(abs, [])).__name__ == 'map'
assert type(enumerate([])).__name__ == 'enumerate' and type(filter(None, [])).__name__ == 'filter'
assert type(reversed([])).__name__ == 'list_reverseiterator'
assert type(slice(1)).__name__ == 'slice'
assert type(...).__name__ == 'ellipsis'
assert type(NotImplemented).__name__ == 'NotImplementedType'
assert type(type) is type and type(object) is type
assert type(Obj) is type
assert type(1 + 0j).__name__ == 'complex'
assert type([].append).__name__ == 'builtin_function_or_method'

# type name attributes
assert int.__name__ == 'int' and int.__qualname__ == 'int' and int.__module__ == 'builtins'
assert Obj.__module__ == '__main__'
assert Obj.__name__ == 'Obj'
assert object.__name__ == 'object'

# __dict__ is a mappingproxy for classes
assert type(Obj.__dict__).__name__ == 'mappingproxy'
try:
    Obj.__dict__['x'] = 1
    assert False
except TypeError:
    pass

# globals / locals
g = globals()
assert g['Obj'] is Obj and g['__name__'] == '__main__'
g['injected_global'] = 'hi'
assert injected_global == 'hi', "writes to globals() create module variables"
def loc(a, b=2):
    c = 3
    return locals()
assert loc(1) == {'a': 1, 'b': 2, 'c': 3}
assert locals() is globals(), "at module level locals() is globals()"

# __builtins__ and builtins module
import builtins
assert builtins.len is len and builtins.int is int
assert getattr(builtins, 'print') is print

# callable introspection
assert f.__name__ == 'f' and f.__code__.co_name == 'f'
assert Obj.method.__name__ == 'method'
assert len.__name__ == 'len' and len.__qualname__ == 'len'
assert [].append.__name__ == 'append'
assert str.upper.__qualname__ == 'str.upper'
assert Obj().method.__func__ is Obj.method

# __doc__
def documented():
    "Documented function."
assert documented.__doc__ == 'Documented function.'
def undocumented():
    pass
assert undocumented.__doc__ is None
assert isinstance(len.__doc__, str)

# __module__ / __name__ of the main module
assert __name__ == '__main__'
assert documented.__module__ == '__main__'

print("ok")
