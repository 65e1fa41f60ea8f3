# typing: run-time behaviour of the typing constructs (reprs, subscription, Generic, Protocol,
# NamedTuple, TypedDict, get_type_hints, helpers)
import typing
from typing import (Any, Union, Optional, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable, Iterator,
                    Generator, Sequence, Mapping, Type, TypeVar, Generic, Protocol, NamedTuple, TypedDict, Literal,
                    Final, ClassVar, Annotated, cast, overload, no_type_check, get_type_hints, TYPE_CHECKING,
                    runtime_checkable, get_origin, get_args, NewType, ForwardRef)
import collections.abc


def raises(exc, f, *args, **kw):
    try:
        f(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError(f'{exc.__name__} not raised')


assert TYPE_CHECKING is False
assert repr(List[int]) == 'typing.List[int]' and repr(List) == 'typing.List'
assert repr(Dict[str, List[int]]) == 'typing.Dict[str, typing.List[int]]'
assert repr(Optional[int]) == 'typing.Optional[int]' and repr(Union[int, str]) == 'typing.Union[int, str]'
assert repr(Union[int, str, None]) == 'typing.Union[int, str, NoneType]'
assert Union[int] is int and Union[int, int] is int
assert Optional[int] == Union[int, None] == Union[None, int]
assert Union[int, str] == Union[str, int] and Union[int, Union[str, bytes]] == Union[int, str, bytes]
assert repr(Callable[[int, str], bool]) == 'typing.Callable[[int, str], bool]'
assert repr(Callable[..., int]) == 'typing.Callable[..., int]' and repr(Callable[[], None]) == 'typing.Callable[[], NoneType]'
assert repr(Tuple[int, ...]) == 'typing.Tuple[int, ...]' and repr(Tuple[()]) == 'typing.Tuple[()]'
assert repr(Tuple[int, str]) == 'typing.Tuple[int, str]'
assert repr(Literal['a', 1]) == "typing.Literal['a', 1]" and Literal[1, 2] == Literal[2, 1]
assert repr(Annotated[int, 'meta']) == "typing.Annotated[int, 'meta']"
assert repr(ClassVar[int]) == 'typing.ClassVar[int]' and repr(Final[int]) == 'typing.Final[int]'
assert repr(Type[int]) == 'typing.Type[int]' and repr(Iterable[str]) == 'typing.Iterable[str]'
assert repr(Generator[int, None, None]) == 'typing.Generator[int, NoneType, NoneType]'
assert repr(Any) == 'typing.Any' and repr(typing.NoReturn) == 'typing.NoReturn'
assert repr(List['Foo']) == "typing.List[ForwardRef('Foo')]"
assert List[int] == List[int] and List[int] != List[str] and hash(List[int]) == hash(List[int])
assert List[int].__origin__ is list and List[int].__args__ == (int,)
assert Dict[str, int].__args__ == (str, int)
assert isinstance([], List) and isinstance({}, Mapping) and issubclass(list, Sequence) and isinstance(iter([]), Iterator)
assert isinstance(1, Union[int, str]) and not isinstance(1.5, Union[int, str])
assert raises(TypeError, isinstance, [], List[int]) == 'Subscripted generics cannot be used with class and instance checks'
assert raises(TypeError, List) == 'Type List cannot be instantiated; use list() instead'
assert raises(TypeError, lambda: List[int, str]) == 'Too many arguments for typing.List; actual 2, expected 1'
assert raises(TypeError, isinstance, 1, Any) == 'typing.Any cannot be used with isinstance()'
assert raises(TypeError, Union) == 'Cannot instantiate typing.Union'
assert raises(TypeError, Any) == 'Any cannot be instantiated'
assert get_origin(List[int]) is list and get_args(Dict[str, int]) == (str, int)
assert get_args(Callable[[int], str]) == ([int], str) and get_origin(Union[int, str]) is Union
assert get_args(Optional[int]) == (int, type(None)) and get_origin(Literal[1]) is Literal and get_origin(int) is None
assert get_origin(Annotated[int, 'x']) is Annotated and get_args(Annotated[int, 'x']) == (int, 'x')

T = TypeVar('T')
K = TypeVar('K', covariant=True)
C = TypeVar('C', int, str)
B = TypeVar('B', bound=int)
assert repr(T) == '~T' and repr(K) == '+K' and repr(TypeVar('X', contravariant=True)) == '-X'
assert C.__constraints__ == (int, str) and B.__bound__ is int and T.__name__ == 'T'
assert raises(TypeError, TypeVar, 'X', int) == 'A single constraint is not allowed'
assert repr(List[T]) == 'typing.List[~T]' and List[T][int] == List[int] and Dict[str, T][int] == Dict[str, int]


class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
assert s.pop() == 1 and isinstance(s, Stack)
assert Stack.__parameters__ == (T,)
assert repr(Stack[int]).endswith('Stack[int]')
assert raises(TypeError, lambda: Stack[int, str]).startswith('Too many arguments for')


class Pair(Generic[K, T]):
    pass


assert Pair.__parameters__ == (K, T) and Pair[int, str].__args__ == (int, str)


class IntStack(Stack[int]):
    pass


assert IntStack.__parameters__ == () and isinstance(IntStack(), Stack)


class MyIter(Iterable[int]):
    def __iter__(self):
        return iter([1, 2])


assert list(MyIter()) == [1, 2] and isinstance(MyIter(), collections.abc.Iterable)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        pass


class NotResource:
    pass


assert isinstance(Resource(), Closable) and not isinstance(NotResource(), Closable)
assert issubclass(Resource, Closable)


class Shape(Protocol):
    def area(self) -> float:
        ...


assert raises(TypeError, isinstance, Resource(), Shape) == 'Instance and class checks can only be used with @runtime_checkable protocols'
assert raises(TypeError, Shape) == 'Protocols cannot be instantiated'


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


assert Square(3).area() == 9
assert isinstance(3, typing.SupportsInt) and isinstance(2.5, typing.SupportsFloat) and not isinstance('x', typing.SupportsInt)


class Employee(NamedTuple):
    name: str
    id: int = 3

    def describe(self):
        return f'{self.name}#{self.id}'


e = Employee('guido')
assert e == ('guido', 3) and e.id == 3 and repr(e) == "Employee(name='guido', id=3)" and e.describe() == 'guido#3'
assert Employee._fields == ('name', 'id') and Employee.__annotations__ == {'name': str, 'id': int}
assert Employee._field_defaults == {'id': 3} and isinstance(e, tuple)
assert e._replace(id=5).id == 5
P = NamedTuple('P', [('x', int), ('y', int)])
assert P(1, 2).y == 2 and P._fields == ('x', 'y')
P2 = NamedTuple('P2', x=int)
assert P2(5).x == 5


def bad_nt():
    class Bad(NamedTuple):
        a: int = 1
        b: int


assert raises(TypeError, bad_nt) == 'Non-default namedtuple field b cannot follow default field a'


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title='Blade Runner', year=1982)
assert m == {'title': 'Blade Runner', 'year': 1982} and type(m) is dict
assert Movie.__required_keys__ == frozenset({'title', 'year'}) and Movie.__total__ is True
assert Movie.__annotations__ == {'title': str, 'year': int}


class Partial(TypedDict, total=False):
    a: int


assert Partial.__optional_keys__ == frozenset({'a'}) and Partial.__total__ is False
Point2D = TypedDict('Point2D', {'x': int, 'y': int})
assert Point2D(x=1, y=2) == {'x': 1, 'y': 2}
assert typing.is_typeddict(Movie) and not typing.is_typeddict(dict)

assert cast(int, 'x') == 'x' and cast('List[int]', 5) == 5


@overload
def f(x: int) -> int: ...


@overload
def f(x: str) -> str: ...


def f(x):
    return x


assert f(3) == 3


@no_type_check
def g(x: 'not a type') -> None:
    pass


assert g.__no_type_check__ is True


class Annot:
    a: int
    b: 'str'
    c: Optional['Annot'] = None
    d: ClassVar[int] = 0


hints = get_type_hints(Annot)
assert hints == {'a': int, 'b': str, 'c': Optional[Annot], 'd': ClassVar[int]}


def fn(x: int, y: 'List[int]' = None) -> None:
    pass


assert get_type_hints(fn) == {'x': int, 'y': List[int], 'return': type(None)}


def fa(x: Annotated[int, 'm']):
    pass


assert get_type_hints(fa) == {'x': int} and get_type_hints(fa, include_extras=True) == {'x': Annotated[int, 'm']}

UserId = NewType('UserId', int)
assert UserId(5) == 5 and UserId.__supertype__ is int and repr(UserId).endswith('.UserId')


def annotated(a: List[int], b: Dict[str, Tuple[int, ...]] = None, *args: Any, c: Optional[Callable[[int], str]] = None,
              **kw: Union[int, str]) -> Iterator[Set[FrozenSet[int]]]:
    return iter([])


assert list(annotated([1])) == []
x: List[int] = [1]
y: 'Dict[str, int]' = {}
assert typing.Text is str and repr(typing.AnyStr) == '~AnyStr'
assert ForwardRef('X') == ForwardRef('X')
assert raises(AssertionError, typing.assert_never, 5) == 'Expected code to be unreachable, but got: 5'
