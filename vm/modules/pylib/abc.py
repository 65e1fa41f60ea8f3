"""Abstract Base Classes (ABCs) according to PEP 3119.

The runtime computes ``__abstractmethods__`` for every class from the ``__isabstractmethod__`` flag of its
members and refuses to instantiate a class that still has abstract methods; ABCMeta adds virtual subclass
registration and ``__subclasshook__`` to isinstance/issubclass.
"""


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods (deprecated: use classmethod with abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods (deprecated: use staticmethod with abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties (deprecated: use property with abstractmethod)."""

    __isabstractmethod__ = True


def _isabstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    func = getattr(value, '__func__', None)
    if func is not None and getattr(func, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        for f in (value.fget, value.fset, value.fdel):
            if getattr(f, '__isabstractmethod__', False):
                return True
    return False


def _lookup_raw(cls, name):
    for klass in cls.__mro__:
        d = klass.__dict__
        if name in d:
            return d[name]
    return None


def _mro_of(cls):
    try:
        return cls.__mro__
    except AttributeError:
        return ()


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        # CPython's rule: a name is abstract when its value has a true __isabstractmethod__.  (Our runtime
        # precomputes __abstractmethods__ in type.__new__; this keeps it exact for any descriptor kind.)
        abstracts = {key for key, value in namespace.items()
                     if key != '__classcell__' and _isabstract(value)}
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if _isabstract(_lookup_raw(cls, key)):
                    abstracts.add(key)
        abstracts = frozenset(abstracts)
        if cls.__dict__.get('__abstractmethods__') != abstracts:
            type.__setattr__(cls, '__abstractmethods__', abstracts)
        type.__setattr__(cls, '_abc_registry', set())
        type.__setattr__(cls, '_abc_cache', set())
        type.__setattr__(cls, '_abc_negative_cache', set())
        type.__setattr__(cls, '_abc_negative_cache_version', ABCMeta._abc_invalidation_counter)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.  Returns the subclass, to allow usage as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == ABCMeta._abc_invalidation_counter
                    and subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            type.__setattr__(cls, '_abc_negative_cache', set())
            type.__setattr__(cls, '_abc_negative_cache_version', ABCMeta._abc_invalidation_counter)
        elif subclass in cls._abc_negative_cache:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        ok = hook(subclass) if hook is not None else NotImplemented
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in _mro_of(subclass):
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        for name in ('_abc_registry', '_abc_cache', '_abc_negative_cache', '_abc_negative_cache_version'):
            print(f"{name}: {getattr(cls, name)!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def get_cache_token():
    """Returns the current ABC cache token (changes with every register() call)."""
    return ABCMeta._abc_invalidation_counter


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class (after methods were added later)."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            if _isabstract(_lookup_raw(cls, name)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _isabstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()
