# typing: reprs, equality, get_origin/get_args, Generic/Protocol/NamedTuple/TypedDict behaviour vs CPython
import typing
from typing import (Any, Union, Optional, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable, Iterator, Generator,
                    Sequence, Mapping, MutableMapping, Type, TypeVar, Generic, Protocol, NamedTuple, TypedDict, Literal,
                    Final, ClassVar, Annotated, Deque, DefaultDict, Counter, get_origin, get_args, get_type_hints, cast,
                    runtime_checkable, NewType)


def attempt(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


T = TypeVar('T')
KT = TypeVar('KT', bound=int)
exprs = [List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, str, None], Union[int], Optional[Union[int, str]],
         Callable[[int], str], Callable[..., str], Callable[[], None], Callable, Tuple[()], Tuple[int, ...], Tuple, Tuple[int, str],
         Type[int], Literal['a', 1], Literal[1, 1, 2], Annotated[int, 'meta', 2], ClassVar[int], Final[int], Final,
         Iterable[int], Generator[int, None, None], Any, typing.NoReturn, Sequence, Deque[int], DefaultDict[str, int],
         Counter[str], List[T], List[T][int], Dict[str, T][int], List['X'], Mapping[str, Any], Set[FrozenSet[int]],
         MutableMapping, typing.Hashable, typing.Sized, typing.AnyStr, typing.Text, T, KT, TypeVar('C', covariant=True)]
for e in exprs:
    print(repr(e))
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], Union[int, Union[str, bytes]], List[int] == List[int],
      List[int] == List[str], hash(Dict[str, int]) == hash(Dict[str, int]), Literal[1, 2] == Literal[2, 1], Literal[True] == Literal[1])
for tp in [List[int], Dict[str, int], Callable[[int], str], Callable[..., int], Union[int, str], Optional[int], Literal[1],
           Annotated[int, 'x'], int, List, Tuple[int, ...], ClassVar[str], Generic]:
    print(get_origin(tp), get_args(tp))
print(isinstance([], List), isinstance({}, Mapping), isinstance(iter([]), Iterator), isinstance(1, Union[int, str]), isinstance('s', Optional[int]))
attempt(isinstance, [], List[int])
attempt(List)
attempt(lambda: List[int, str])
attempt(isinstance, 1, Any)
attempt(Union)
attempt(Any)
attempt(Optional)
attempt(TypeVar, 'X', int)
attempt(lambda: Generic[int])
attempt(lambda: Callable[int])


class Stack(Generic[T]):
    def __init__(self):
        self.items = []


print(Stack.__parameters__, Stack[int], Stack[int]().items, Stack[str].__args__)
attempt(lambda: Stack[int, str])


class IntStack(Stack[int]):
    pass


print(IntStack.__parameters__, IntStack.__mro__[1].__name__)


@runtime_checkable
class Closer(Protocol):
    def close(self): ...


class File:
    def close(self):
        pass


class NotProto(Protocol):
    def run(self): ...


print(isinstance(File(), Closer), isinstance(1, Closer), issubclass(File, Closer))
attempt(isinstance, File(), NotProto)
attempt(NotProto)


class Emp(NamedTuple):
    name: str
    age: int = 30


print(Emp('a'), Emp('b', 5)._asdict(), Emp._fields, Emp._field_defaults, Emp.__annotations__, Emp('c') == ('c', 30))
Pt = NamedTuple('Pt', [('x', int), ('y', float)])
print(Pt(1, 2.5), Pt.__annotations__)


class Movie(TypedDict, total=False):
    title: str
    year: int


m = Movie(title='x')
print(m, type(m).__name__, Movie.__required_keys__, sorted(Movie.__optional_keys__), Movie.__total__)
attempt(isinstance, {}, Movie)


class Hinted:
    a: int
    b: 'List[str]'
    c: Optional['Hinted'] = None


def fn(x: int, y: 'Dict[str, int]' = None) -> 'Optional[str]':
    return None


print(get_type_hints(Hinted), get_type_hints(fn))
UserId = NewType('UserId', int)
print(UserId(3), UserId.__supertype__, cast(List[int], 'x'), typing.TYPE_CHECKING)
