"""Weak references (approximation).

This runtime has no weak references: ref(obj) keeps a *strong* reference and always returns the object
(callbacks never run, because the object never dies), WeakValueDictionary/WeakKeyDictionary are plain
dicts and WeakSet is a plain set.  Programs written for CPython behave the same except that objects
referenced only weakly are not collected.
"""

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class ref:
    """ref(object[, callback]) -- create a (here: strong) reference to object."""

    __slots__ = ('_obj', '__callback__', '__weakref__')

    def __init__(self, ob, callback=None):
        self._obj = ob
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __hash__(self):
        return hash(self._obj)

    def __eq__(self, other):
        if isinstance(other, ref):
            return self._obj == other._obj
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, ref):
            return self._obj != other._obj
        return NotImplemented

    def __repr__(self):
        o = self._obj
        return f'<weakref at {id(self):#x}; to {type(o).__qualname__!r} at {id(o):#x}>'

    def __class_getitem__(cls, item):
        return cls


ReferenceType = ref


class WeakMethod(ref):
    """A custom `weakref.ref` subclass which simulates a weak reference to a bound method."""

    __slots__ = ()

    def __init__(self, meth, callback=None):
        try:
            meth.__self__
            meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        super().__init__(meth, callback)


def proxy(obj, callback=None):
    """proxy(object[, callback]) -- here the object itself."""
    return obj


ProxyType = CallableProxyType = type(None)
ProxyTypes = (ProxyType, CallableProxyType)


def getweakrefcount(obj):
    """Return the number of weak references to 'object' (always 0 here)."""
    return 0


def getweakrefs(obj):
    """Return a list of all weak reference objects pointing to 'object' (always empty here)."""
    return []


class WeakValueDictionary(dict):
    """Mapping class that references values weakly (here: a plain dict)."""

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def itervaluerefs(self):
        for v in self.values():
            yield ref(v)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x}>'


class WeakKeyDictionary(dict):
    """Mapping class that references keys weakly (here: a plain dict)."""

    def keyrefs(self):
        return [ref(k) for k in self.keys()]

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x}>'


class WeakSet(set):
    """A set of weakly referenced objects (here: a plain set)."""

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __repr__(self):
        return f'{type(self).__name__}({set(self)!r})'


class finalize:
    """Class for finalization of weakrefable objects.

    Here objects never die, so the callback runs only when the finalizer is called explicitly (or never).
    """

    __slots__ = ('_obj', '_func', '_args', '_kwargs', 'atexit')

    def __init__(self, obj, func, /, *args, **kwargs):
        self._obj = obj
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self.atexit = True

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs); otherwise return None"""
        if self._func is None:
            return None
        func, args, kwargs = self._func, self._args, self._kwargs
        self._func = None
        return func(*args, **kwargs)

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs); otherwise return None"""
        if self._func is None:
            return None
        info = (self._obj, self._func, self._args, self._kwargs)
        self._func = None
        return info

    def peek(self):
        """If alive then return (obj, func, args, kwargs); otherwise return None"""
        if self._func is None:
            return None
        return (self._obj, self._func, self._args, self._kwargs)

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self._func is not None
