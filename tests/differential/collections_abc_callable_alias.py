# collections.abc.Callable[...] is a types.GenericAlias subclass (_CallableGenericAlias) and the other ABCs give
# types.GenericAlias: unions, repr, __args__, equality, hashing, substitution and isinstance checks.
import collections.abc as cabc
from collections.abc import Callable, Iterable, Mapping
a = Callable[[int], str]
print(a, type(a).__name__, a.__args__, a.__origin__)
print(a | None)
print(Callable[[int], str] == Callable[[int], str], hash(a) == hash(Callable[[int], str]))
print(Callable[..., int], Callable[..., int].__args__)
print(Callable[[], int], Callable[[], int].__args__)
print(isinstance(a, type(list[int])))
print(Iterable[int], type(Iterable[int]), Iterable[int] | None, Mapping[str, int].__args__)
print(isinstance(len, Callable), isinstance(1, Callable))
try:
    isinstance(len, a)
except TypeError as e:
    print('TE', e)
try:
    Callable[int]
except TypeError as e:
    print('TE', e)
try:
    Callable[int, str]
except TypeError as e:
    print('TE', e)
print(a.__parameters__)
import typing
T = typing.TypeVar('T')
b = Callable[[T], T]
print(b, b.__parameters__, b[int], type(b[int]).__name__)
print(Callable[[int, Callable[[str], int]], list[int]])
print(int | Callable[[int], str])
print(a.__reduce__())
print(a == Callable[[int], int], a != Callable[[int], int])
print(Callable[[int], str].__args__ == (int, str))
print(list[Callable[[int], str]])
print(Callable[[int], str] | Iterable[int] | None)
print((Callable[[int], str] | None).__args__)
print(Callable[[int], str] | Callable[[int], str])
print(Callable[..., None] == Callable[..., None], Callable[..., None] == Callable[[int], None])
print({Callable[[int], str]: 1}[Callable[[int], str]])
print(Iterable[int] == Iterable[int], Iterable[int] == Iterable[str], Iterable[int] == list[int])
print(Mapping[str, Callable[[], None]])
try:
    isinstance([], Iterable[int])
except TypeError as e:
    print('TE', e)
try:
    issubclass(list, Callable[[int], str])
except TypeError as e:
    print('TE', e)
print(isinstance(Callable[[int], str], type(list[int])), isinstance(Iterable[int], type(list[int])))
print(Callable[[int], str].__origin__ is Callable, Iterable[int].__origin__ is Iterable)
class MyIt(Iterable[int]):
    def __iter__(self):
        return iter([1, 2])
print(MyIt.__mro__[1] is Iterable, list(MyIt()))
def fn(x: Callable[[int], str] | None = None) -> Iterable[int] | None:
    pass
print(fn.__annotations__)
S = typing.TypeVar('S')
c = Callable[[T, S], list[T]]
print(c.__parameters__, c[int, str], c[int, str].__args__)
