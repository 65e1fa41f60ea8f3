# abc: ABCMeta, ABC, abstractmethod and friends, register, __subclasshook__
import abc
from abc import ABC, ABCMeta, abstractmethod


def raises(exc, f, *args, **kw):
    try:
        f(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError(f'{exc.__name__} not raised')


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f'{self.name}:{self.area()}'


assert Shape.__abstractmethods__ == frozenset({'area', 'name'})
assert raises(TypeError, Shape) == "Can't instantiate abstract class Shape with abstract methods area, name"


class Half(Shape):
    def area(self):
        return 1


assert raises(TypeError, Half) == "Can't instantiate abstract class Half with abstract method name"


class Square(Half):
    name = 'square'


sq = Square()
assert sq.describe() == 'square:1' and isinstance(sq, Shape) and issubclass(Square, Shape)
assert Square.__abstractmethods__ == frozenset()
assert type(Shape) is ABCMeta and isinstance(Shape, ABCMeta)
assert getattr(Shape.area, '__isabstractmethod__', False) is True


class Base(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


assert Base.__abstractmethods__ == frozenset({'make', 'helper'})


class Legacy(ABC):
    @abc.abstractclassmethod
    def a(cls):
        ...

    @abc.abstractstaticmethod
    def b():
        ...

    @abc.abstractproperty
    def c(self):
        ...


assert Legacy.__abstractmethods__ == frozenset({'a', 'b', 'c'})


class Sized(ABC):
    @abstractmethod
    def __len__(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            if any('__len__' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


assert isinstance([], Sized) and issubclass(dict, Sized) and not isinstance(5, Sized)


class Registered(ABC):
    pass


class Plain:
    pass


assert not isinstance(Plain(), Registered)
assert Registered.register(Plain) is Plain
assert isinstance(Plain(), Registered) and issubclass(Plain, Registered)
assert Registered.register(int) is int and isinstance(3, Registered) and isinstance(True, Registered)


@Registered.register
class Deco:
    pass


assert issubclass(Deco, Registered) and Registered not in Deco.__mro__
assert raises(TypeError, Registered.register, 5) == 'Can only register classes'
token = abc.get_cache_token()


class Other(ABC):
    pass


Other.register(float)
assert abc.get_cache_token() != token
assert raises(TypeError, issubclass, 5, Registered) == 'issubclass() arg 1 must be a class'


class Sub(Registered):
    pass


assert issubclass(Sub, Registered) and not issubclass(Registered, Sub)
