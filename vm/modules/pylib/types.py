"""Names for built-in types that aren't directly accessible as a builtin, plus SimpleNamespace,
MappingProxyType, new_class and friends."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = None  # defined below


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


try:
    CellType = type(_cell_factory())
except Exception:
    CellType = None


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


try:
    _co = _c()
    CoroutineType = type(_co)
    _co.close()
    del _co
except Exception:
    CoroutineType = None


async def _ag():
    yield


try:
    AsyncGeneratorType = type(_ag())
except Exception:
    AsyncGeneratorType = None


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)

WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    try:
        FrameType = type(_exc.__traceback__.tb_frame)
    except AttributeError:
        FrameType = None
    del _exc

GetSetDescriptorType = type(FunctionType.__code__)
try:
    MemberDescriptorType = type(FunctionType.__globals__)
except AttributeError:
    MemberDescriptorType = GetSetDescriptorType

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

try:
    UnionType = type(int | str)
    if UnionType is type:
        UnionType = None
except TypeError:
    UnionType = None

del sys, _f, _g, _C, _c, _ag, _cell_factory


# ---- MappingProxyType: a read-only view of a mapping (unless the runtime provides one) ----

def _has_native_mappingproxy():
    mp = MappingProxyType
    if mp is dict or mp is type:
        return False
    try:
        p = mp({'a': 1})
        return p['a'] == 1
    except Exception:
        return False


if not _has_native_mappingproxy():
    class MappingProxyType:
        """Read-only proxy of a mapping."""

        __slots__ = ('_mapping',)

        def __new__(cls, mapping):
            if not hasattr(mapping, '__getitem__') or not hasattr(mapping, 'keys') or \
                    isinstance(mapping, (list, tuple)):
                raise TypeError(f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
            self = object.__new__(cls)
            object.__setattr__(self, '_mapping', mapping)
            return self

        def __getitem__(self, key):
            return self._mapping[key]

        def get(self, key, default=None):
            return self._mapping.get(key, default)

        def __contains__(self, key):
            return key in self._mapping

        def __iter__(self):
            return iter(self._mapping)

        def __len__(self):
            return len(self._mapping)

        def keys(self):
            return self._mapping.keys()

        def values(self):
            return self._mapping.values()

        def items(self):
            return self._mapping.items()

        def copy(self):
            return self._mapping.copy()

        def __repr__(self):
            return f'mappingproxy({self._mapping!r})'

        def __str__(self):
            return str(self._mapping)

        def __eq__(self, other):
            return self._mapping == other

        def __ne__(self, other):
            return self._mapping != other

        def __or__(self, other):
            if isinstance(other, MappingProxyType):
                other = other._mapping
            return self._mapping | other

        def __ror__(self, other):
            return other | self._mapping

        def __reversed__(self):
            return reversed(self._mapping)

        def __setattr__(self, name, value):
            raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

        def __setitem__(self, key, value):
            raise TypeError("'mappingproxy' object does not support item assignment")

        def __delitem__(self, key):
            raise TypeError("'mappingproxy' object does not support item deletion")

        __hash__ = None

    MappingProxyType.__name__ = 'mappingproxy'
    MappingProxyType.__qualname__ = 'mappingproxy'


# ---- SimpleNamespace ----

class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)
    """

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        ident = id(self)
        if ident in _ns_repr_running:
            name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            return f'{name}(...)'
        _ns_repr_running.add(ident)
        try:
            items = (f"{k}={v!r}" for k, v in vars(self).items())
            name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            return f"{name}({', '.join(items)})"
        finally:
            _ns_repr_running.discard(ident)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return vars(self) == vars(other)
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(vars(self)))


_ns_repr_running = set()
SimpleNamespace.__module__ = 'types'


# ---- dynamic class creation ----

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i + shift:i + shift + 1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple.
    """
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def get_original_bases(cls, /):
    """Return the class's "original" bases prior to modification by `__mro_entries__`."""
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    A descriptor that behaves like a property on instances and raises AttributeError when looked up on
    the class (so the metaclass's __getattr__ can answer)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func


# ---- GenericAlias (what list[int] is; the runtime's own when it has one) ----

def _native_generic_alias():
    try:
        t = type(list[int])
    except TypeError:
        return None
    if t is type:
        return None
    return t


GenericAlias = _native_generic_alias()

if GenericAlias is None:
    class GenericAlias:
        """Represent a PEP 585 generic type: E.g. for t = list[int], t.__origin__ is list and t.__args__
        is (int,)."""

        def __init__(self, origin, args):
            self.__origin__ = origin
            self.__args__ = args if isinstance(args, tuple) else (args,)
            params = []
            for a in self.__args__:
                if hasattr(a, '__typing_subst__') or type(a).__name__ == 'TypeVar':
                    if a not in params:
                        params.append(a)
            self.__parameters__ = tuple(params)

        def __repr__(self):
            def r(a):
                if a is ...:
                    return '...'
                if isinstance(a, type) and not isinstance(a, GenericAlias):
                    if a.__module__ == 'builtins':
                        return a.__qualname__
                    return f'{a.__module__}.{a.__qualname__}'
                if isinstance(a, list):
                    return '[' + ', '.join(r(x) for x in a) + ']'
                return repr(a)
            if not self.__args__:
                return f'{r(self.__origin__)}[()]'
            return f"{r(self.__origin__)}[{', '.join(r(a) for a in self.__args__)}]"

        def __call__(self, *args, **kwargs):
            result = self.__origin__(*args, **kwargs)
            try:
                result.__orig_class__ = self
            except Exception:
                pass
            return result

        def __mro_entries__(self, bases):
            return (self.__origin__,)

        def __getattr__(self, name):
            if name.startswith('__') and name.endswith('__'):
                raise AttributeError(name)
            return getattr(self.__origin__, name)

        def __eq__(self, other):
            if not isinstance(other, GenericAlias):
                return NotImplemented
            return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

        def __hash__(self):
            return hash(self.__origin__) ^ hash(self.__args__)

        def __instancecheck__(self, obj):
            raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

        def __subclasscheck__(self, cls):
            raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    GenericAlias.__module__ = 'types'

__all__ = [n for n in globals() if n[:1] != '_']
