# abc: abstract class errors, registration and subclass hooks compared with CPython
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, get_cache_token
import collections.abc as cabc


def attempt(f, *a):
    try:
        print('ok', repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


class Animal(ABC):
    @abstractmethod
    def speak(self): ...

    @abstractmethod
    def move(self): ...

    @property
    @abstractmethod
    def legs(self): ...


class Dog(Animal):
    def speak(self):
        return 'woof'


class FullDog(Dog):
    legs = 4

    def move(self):
        return 'run'


attempt(Animal)
attempt(Dog)
print(FullDog().speak(), FullDog().legs, sorted(Animal.__abstractmethods__), sorted(Dog.__abstractmethods__), FullDog.__abstractmethods__)


class Walker(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Walker:
            return any('walk' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


class Robot:
    def walk(self):
        pass


print(isinstance(Robot(), Walker), issubclass(int, Walker), issubclass(Robot, Walker))


class Reg(metaclass=ABCMeta):
    pass


print(isinstance(1, Reg), Reg.register(int), isinstance(1, Reg), isinstance(True, Reg), issubclass(bool, Reg), isinstance('x', Reg))
attempt(Reg.register, 3)
attempt(issubclass, 3, Reg)
print(type(get_cache_token()).__name__)
for obj in [[], (), {}, set(), frozenset(), 'x', b'x', range(1), iter([]), (i for i in []), len, 1, 1.5, None, {}.keys()]:
    print(type(obj).__name__, [n for n in ['Iterable', 'Iterator', 'Generator', 'Sized', 'Container', 'Hashable', 'Callable',
                                           'Collection', 'Sequence', 'MutableSequence', 'Set', 'MutableSet', 'Mapping',
                                           'MutableMapping', 'KeysView', 'Reversible'] if isinstance(obj, getattr(cabc, n))])
