# types.UnionType (PEP 604): `X | Y` between classes, None, generic aliases and unions.
import copy
import pickle
import types
import typing

T = typing.TypeVar('T')
S = typing.TypeVar('S')


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# repr, type, __args__
u = int | None
print(repr(u), type(u), u.__args__)
print(int | str, list[int] | str, dict[str, list[int]] | None | bytes)
print(None | int, type(None) | int, int | type(None))
print(type(u) is types.UnionType, types.UnionType, types.UnionType.__name__, types.UnionType.__module__)
print(u.__args__ is u.__args__, u.__module__, u.__parameters__)
print(sorted(set(dir(u)) - set(dir(object()))))

# equality and hash ignore order and duplicates
print(int | str == str | int, int | str != str | int, (int | str) == (int | float))
print(hash(int | str) == hash(str | int), hash(int | str) == hash(frozenset({int, str})))
print((int | str).__eq__(3), (int | str).__ne__(3))
print({int | str: 1}[str | int], len({int | str, str | int}))

# flattening and deduplication
print((int | str) | float, int | (str | float), (int | str) | (float | int))
print(int | int, type(int | int), int | str | int | None | None)
print(list[int] | list[int], list[int] | list[str], list[int] | int | list[int])
x = int | str
print((x | x) is x, (x | int) is x, (int | x) is x, (x | (str | int)) is x, (x | None) is x)
print((u | None) is u, (None | u) is u)

# isinstance / issubclass
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(isinstance(True, int | str), issubclass(bool, int | str), issubclass(float, str | int))
print(isinstance(1, int | list[int]))
show('isinstance generic', lambda: isinstance('a', int | list[int]))
show('issubclass non-class', lambda: issubclass(1, int | str))

# `|` with things that are not unionable
show('type | int', lambda: int | 3)
show('int | type', lambda: 3 | int)
show('union | int', lambda: (int | str) | 3)
show('union | str', lambda: (int | str) | 'x')
show('type | str', lambda: int | 'str')
show('str | union', lambda: 'x' | (int | str))
show('None | None', lambda: None | None)
show('alias | int', lambda: list[int] | 3)
show('alias + int', lambda: list[int] + 1)
show('union < union', lambda: (int | str) < (int | str))
show('alias < alias', lambda: list[int] < list[int])
show('call', lambda: (int | str)())
show('neg', lambda: -(int | str))
show('instantiate', lambda: type(u)())
show('instantiate with args', lambda: type(u)(1))


def subclass_union():
    class X(int | str):
        pass


show('subclass', subclass_union)

# attributes
for name in ('__args__', '__parameters__', '__origin__', 'foo'):
    show('set ' + name, lambda: setattr(u, name, 1))
    show('del ' + name, lambda: delattr(u, name))
show('get foo', lambda: u.foo)
print(hasattr(u, '__origin__'), getattr(u, '__module__'), bool(u))

# metaclass __or__ wins; typing objects build typing.Union
class Meta(type):
    def __or__(cls, other):
        return 'meta or'


class M(metaclass=Meta):
    pass


print(M | int, int | M)
print(int | typing.List[int], typing.List[int] | int, int | T, T | int)
print(int | typing.Any, int | typing.Optional[str], typing.Optional[int | str])
print(typing.Literal[1] | int, typing.Annotated[int, 'x'] | None)
print(typing.Union[int, str] | None, typing.Optional[int] | str)

# typing interplay
print(typing.get_args(int | str | None), typing.get_origin(list[int] | None))
print(typing.Union[int, str] == int | str, int | str == typing.Union[int, str])
print(typing.Optional[int] == int | None, {typing.Union[int, str]: 1}.get(str | int))
print(typing.Union[int | str, float], typing.Union[int | None], repr(typing.Union[int]))
print(typing.get_args(int | str) == typing.get_args(typing.Union[int, str]))
print(len({int | str, str | int, typing.Union[int, str]}))


def f(a: int | None, b: list[int] | dict[str, T]) -> int | str:
    pass


print(typing.get_type_hints(f))

# type parameters: list[T] | int is generic
g = list[T] | int
print(g, g.__parameters__, g[str], (list[T] | dict[T, int])[str])
print((list[T] | dict[S, T]).__parameters__, (list[T] | dict[S, T])[int, str])
print((list[T] | None)[int], typing.List[T] | None, (list[T] | T)[int] if False else 'skip')
show('not generic', lambda: (int | str)[int])
show('too many', lambda: g[int, str])
show('too few', lambda: (list[T] | dict[S, T])[int])

# pickling and copying (CPython goes through copyreg's pickle_union)
for obj in (int | str, list[int] | None, int | str | bytes):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(obj, proto))
        assert back == obj and type(back) is type(obj), (obj, proto)
    print('pickle', obj, pickle.loads(pickle.dumps(obj)))
print(copy.copy(int | str), copy.deepcopy(list[int] | None), copy.copy(int | str) == int | str)

# functools.singledispatch and dataclasses accept unions
import dataclasses
import functools


@functools.singledispatch
def disp(x):
    return 'default'


@disp.register
def _(x: int | str):
    return 'int or str'


@disp.register(float | None)
def _(x):
    return 'float or None'


print(disp(1), disp('a'), disp(1.5), disp(None), disp([]))


@dataclasses.dataclass
class D:
    a: int | None = None
    b: list[int] | None = None


print(D(), D.__dataclass_fields__['a'].type, typing.get_type_hints(D))
