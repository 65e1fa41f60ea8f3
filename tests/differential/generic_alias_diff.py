# types.GenericAlias (list[int]...): repr, equality, parameters and substitution, attribute forwarding,
# construction, pickling, and which classes are subscriptable.
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


# repr
print(list[int], dict[str, list[int]], tuple[()], tuple[int, ...], list[int, ...], list[...])
print(list[len], list[None], list[[int, str]], list['int'], list[3])
print(type[int], type[int | str], type[int] | None)

# equality, hash, identity of __args__
g = list[int]
print(g == list[int], g != list[int], g == list[str], g == list, list[int] == types.GenericAlias(list, (int,)))
print(hash(g) == hash(list[int]), g.__args__ is g.__args__, g.__origin__ is list)
print(g.__unpacked__, g.__typing_unpacked_tuple_args__)

# type parameters
print(list[T], list[T].__parameters__, list[T][int], list[int].__parameters__)
print(dict[str, list[T]].__parameters__, dict[str, list[T]][int], list[list[T]][int])
print(dict[T, S][int, str], dict[T, S].__parameters__, dict[T, T].__parameters__, tuple[T, ...][int])
print(list[T][typing.List[S]], list[typing.List[T]][int], list[T][(int,)])
show('not generic', lambda: list[int][str])
show('too few', lambda: dict[T, S][int])
show('too many', lambda: list[T][int, str])

# attributes not of the alias come from the origin class
print(g.__name__, g.__qualname__, g.__module__, g.append, g.__class__, g.__mro__)
print(list[int].__doc__ == list.__doc__, dict[str, int].fromkeys([1]))
show('missing attr', lambda: g.foo)
for name in ('__args__', '__parameters__', '__origin__', 'foo'):
    show('set ' + name, lambda: setattr(g, name, 1))
    show('del ' + name, lambda: delattr(g, name))

# isinstance / issubclass refuse parameterized generics
show('isinstance', lambda: isinstance([], list[int]))
show('issubclass', lambda: issubclass(list, list[int]))

# calling: the origin, with __orig_class__ set where possible
print(list[int](), dict[str, int](a=1), list[int]((1, 2)))


class A:
    pass


a = types.GenericAlias(A, int)()
print(type(a).__name__, a.__orig_class__)

# constructing types.GenericAlias directly
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
show('one arg', lambda: types.GenericAlias(list))
show('keyword', lambda: types.GenericAlias(list, int, x=1))


class MyAlias(types.GenericAlias):
    def __repr__(self):
        return 'MyAlias:' + super().__repr__()


m = MyAlias(list, (int,))
print(repr(m), type(m).__name__, m == list[int], isinstance(m, types.GenericAlias), m | None)

# bases: __mro_entries__ gives the origin
class L(list[int]):
    pass


print(L.__bases__, L.__orig_bases__, L[int] if hasattr(L, '__class_getitem__') else 'no', L[str].__origin__)

# which classes can be subscripted: type is special, other classes need their own __class_getitem__
print(hasattr(int, '__class_getitem__'), hasattr(list, '__class_getitem__'))
show('int[str]', lambda: int[str])


class C:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class D(C):
    pass


class E:
    pass


print(C[int], C.__class_getitem__(3), D[int])
show('E[int]', lambda: E[int])
E.__class_getitem__ = classmethod(lambda cls, x: ('E', x))
print(E[1])
E.__class_getitem__ = lambda x: ('plain', x)
print(E[2])
del E.__class_getitem__
show('E[int] again', lambda: E[int])


class Meta(type):
    pass


show('Meta[int]', lambda: Meta[int])
show('set on int', lambda: setattr(int, '__class_getitem__', 1))


class G(typing.Generic[T]):
    pass


print(G[int], G[int] | None)

# pickling and copying
for obj in (list[int], dict[str, list[int]], tuple[()], list[T]):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(obj, proto)) == obj, (obj, proto)
    print('pickle', obj, g.__reduce__())
print(copy.copy(list[int]), copy.deepcopy(dict[str, list[int]]))
