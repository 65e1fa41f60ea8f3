# abc: abstract methods, registration, isinstance hooks
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Square(2)
except TypeError as e:
    print(e)
class Named(Square):
    @property
    def name(self): return 'square'
n = Named(3)
print(n.area(), n.name, isinstance(n, Shape), sorted(Shape.__abstractmethods__))
class Plugin(metaclass=ABCMeta):
    pass
Plugin.register(int)
print(isinstance(5, Plugin), issubclass(int, Plugin), isinstance('x', Plugin))
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, '__len__') else NotImplemented
print(isinstance([], Sized), isinstance(5, Sized))
