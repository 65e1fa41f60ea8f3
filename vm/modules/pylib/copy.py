"""Generic (shallow and deep) copying operations.

copy(x) and deepcopy(x[, memo]) honour __copy__/__deepcopy__, then the pickle protocol: __reduce_ex__(4)
(or an overridden __reduce__), __getstate__/__setstate__ and the listitems/dictitems iterators.
"""

import sys as _sys


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]


def _function_type():
    def f():
        pass
    return type(f)


_FunctionType = _function_type()
_BuiltinType = type(len)
_NoneType = type(None)
_EllipsisType = type(...)
_NotImplementedType = type(NotImplemented)
_CodeType = type(_function_type.__code__) if hasattr(_function_type, '__code__') else None

_atomic = {_NoneType, int, float, bool, complex, bytes, str, type, range, _BuiltinType, _EllipsisType,
           _NotImplementedType, _FunctionType, property}
if _CodeType is not None:
    _atomic.add(_CodeType)
try:
    import weakref as _weakref
    _atomic.add(_weakref.ref)
except ImportError:
    _weakref = None


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)

    if cls in _atomic:
        return x
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)

    if issubclass(cls, type):
        return x

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x, cls, "un(shallow)copyable object of type %s")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in (tuple, frozenset, slice):
    d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy

del d, t


def _reduce(x, cls, errmsg):
    """The pickle protocol as copy uses it: __reduce_ex__(4), honouring an overridden __reduce__."""
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not object.__reduce_ex__:
        rv = reductor(x, 4)
    else:
        red = getattr(cls, "__reduce__", None)
        if red is not None and red is not object.__reduce__:
            rv = red(x)
        elif reductor is not None:
            rv = reductor(x, 4)
            rv = _complete_items(x, rv)
        else:
            raise Error(errmsg % cls)
    return rv


def _complete_items(x, rv):
    # CPython's default reduction of list and dict subclasses carries their items; add them when missing.
    if isinstance(rv, tuple) and len(rv) >= 2:
        if isinstance(x, list) or isinstance(x, dict):
            rv = tuple(rv) + (None,) * (5 - len(rv))
            if isinstance(x, list) and rv[3] is None:
                rv = rv[:3] + (iter(x),) + rv[4:]
            elif isinstance(x, dict) and rv[4] is None:
                rv = rv[:4] + (iter(x.items()),)
    return rv


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    if cls in _atomic:
        return x
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = x
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls, "un(deep)copyable object of type %s")
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we check for it, in case
    # the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    y = set()
    memo[id(x)] = y
    for v in x:
        y.add(deepcopy(v, memo))
    return y


d[set] = _deepcopy_set


def _deepcopy_frozenset(x, memo, deepcopy=deepcopy):
    # (CPython copies frozensets through the pickle protocol, so the copy is always a new object)
    return frozenset([deepcopy(v, memo) for v in x])


d[frozenset] = _deepcopy_frozenset


def _deepcopy_bytearray(x, memo):
    y = bytearray(x)
    memo[id(x)] = y
    return y


d[bytearray] = _deepcopy_bytearray


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


def _method_type():
    class C:
        def m(self):
            pass
    return type(C().m)


d[_method_type()] = _deepcopy_method


def _deepcopy_slice(x, memo):
    return slice(deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))


d[slice] = _deepcopy_slice

del d


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo (so its id is not reused while the memo lives)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
