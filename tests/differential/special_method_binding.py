# Special methods found on the type are bound the way CPython binds them: a plain callable object (a class
# with __call__ but no __get__) gets the arguments alone, a staticmethod is called as is, and a descriptor is
# bound through its __get__ -- for repr/str/hash/index, item access, len/abs/round/divmod/pow/dir/reversed,
# isinstance/issubclass hooks, context managers and ** unpacking.
class CallObj:
    """Callable, not a descriptor: called with the special method's arguments, no instance."""

    def __init__(self, name, fn):
        self.name = name
        self.fn = fn

    def __call__(self, *args):
        print(f'  {self.name} called with {len(args)} arg(s)')
        return self.fn(*args)


class Desc:
    """A descriptor: the special method is whatever __get__ returns."""

    def __init__(self, name, fn):
        self.name = name
        self.fn = fn

    def __get__(self, obj, typ=None):
        print(f'  {self.name}.__get__({type(obj).__name__}, {typ.__name__ if typ else None})')
        fn = self.fn
        return lambda *a: fn(obj, *a)


def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


# ---- repr / str / hash / index ----

class CReprs:
    __repr__ = CallObj('__repr__', lambda: 'callobj-repr')
    __str__ = CallObj('__str__', lambda: 'callobj-str')
    __hash__ = CallObj('__hash__', lambda: 42)
    __index__ = CallObj('__index__', lambda: 2)


class SReprs:
    __repr__ = staticmethod(lambda: 'static-repr')
    __str__ = staticmethod(lambda: 'static-str')
    __hash__ = staticmethod(lambda: 7)
    __index__ = staticmethod(lambda: 1)


class DReprs:
    __repr__ = Desc('__repr__', lambda self: 'desc-repr of ' + type(self).__name__)
    __str__ = Desc('__str__', lambda self: 'desc-str')
    __hash__ = Desc('__hash__', lambda self: 99)
    __index__ = Desc('__index__', lambda self: 0)


for cls in (CReprs, SReprs, DReprs):
    print('==', cls.__name__)
    o = cls()
    show('repr', lambda: repr(o))
    show('str', lambda: str(o))
    show('format', lambda: f'{o!r}')
    show('print', lambda: print(o))
    show('hash', lambda: hash(o))
    show('in set', lambda: o in {o})
    show('str index', lambda: 'abc'[o])
    show('bin', lambda: bin(o))
    show('list[o]', lambda: [10, 20, 30][o])
    show('repr in list', lambda: repr([o]))


class BadRepr:
    __repr__ = staticmethod(lambda: 5)


show('bad repr', lambda: repr(BadRepr()))


# ---- __getitem__ / __setitem__ / __delitem__ / __len__ ----

store = {}


class CItems:
    __getitem__ = CallObj('__getitem__', lambda k: ('get', k))
    __setitem__ = CallObj('__setitem__', lambda k, v: store.__setitem__(k, v))
    __delitem__ = CallObj('__delitem__', lambda k: store.pop(k))
    __len__ = CallObj('__len__', lambda: 3)


class SItems:
    __getitem__ = staticmethod(lambda k: ('sget', k))
    __setitem__ = staticmethod(lambda k, v: store.__setitem__(('s', k), v))
    __delitem__ = staticmethod(lambda k: store.pop(('s', k)))
    __len__ = staticmethod(lambda: 5)


class DItems:
    __getitem__ = Desc('__getitem__', lambda self, k: ('dget', type(self).__name__, k))
    __setitem__ = Desc('__setitem__', lambda self, k, v: store.__setitem__(('d', k), v))
    __delitem__ = Desc('__delitem__', lambda self, k: store.pop(('d', k)))
    __len__ = Desc('__len__', lambda self: 2)


def setdel(o):
    o['a'] = 1
    o['b', 2] = 'tuple key'
    r = sorted(map(repr, store.items()))
    del o['a']
    return r, sorted(map(repr, store))


for cls in (CItems, SItems, DItems):
    print('==', cls.__name__)
    o = cls()
    store.clear()
    show('getitem', lambda: o[3])
    show('getitem slice', lambda: o[1:2])
    show('set/del', lambda: setdel(o))
    show('len', lambda: len(o))
    show('bool', lambda: bool(o))
    show('reversed', lambda: [x for x in reversed(o)])


class BadLen:
    __len__ = staticmethod(lambda: -1)


show('bad len', lambda: len(BadLen()))


# ---- abs / round / divmod / pow / dir / reversed ----

class CNum:
    __abs__ = CallObj('__abs__', lambda: 'abs!')
    __round__ = CallObj('__round__', lambda *nd: ('round', nd))
    __divmod__ = CallObj('__divmod__', lambda other: ('divmod', other))
    __rdivmod__ = CallObj('__rdivmod__', lambda other: ('rdivmod', other))
    __pow__ = CallObj('__pow__', lambda e, m=None: ('pow', e, m))
    __dir__ = CallObj('__dir__', lambda: ['zeta', 'alpha'])
    __reversed__ = CallObj('__reversed__', lambda: iter('cba'))


class SNum:
    __abs__ = staticmethod(lambda: 'sabs')
    __round__ = staticmethod(lambda *nd: ('sround', nd))
    __divmod__ = staticmethod(lambda other: NotImplemented)
    __rdivmod__ = staticmethod(lambda other: ('srdivmod', other))
    __pow__ = staticmethod(lambda e, m=None: ('spow', e, m))
    __dir__ = staticmethod(lambda: ('y', 'x'))
    __reversed__ = staticmethod(lambda: [3, 2, 1])


class DNum:
    __abs__ = Desc('__abs__', lambda self: 'dabs')
    __round__ = Desc('__round__', lambda self, *nd: ('dround', nd))
    __divmod__ = Desc('__divmod__', lambda self, other: ('ddivmod', other))
    __rdivmod__ = Desc('__rdivmod__', lambda self, other: ('drdivmod', other))
    __pow__ = Desc('__pow__', lambda self, e, m=None: ('dpow', e, m))
    __dir__ = Desc('__dir__', lambda self: ['q', 'p'])
    __reversed__ = Desc('__reversed__', lambda self: iter((1, 2)))


for cls in (CNum, SNum, DNum):
    print('==', cls.__name__)
    o = cls()
    show('abs', lambda: abs(o))
    show('round', lambda: round(o))
    show('round nd', lambda: round(o, 2))
    show('divmod', lambda: divmod(o, 3))
    show('rdivmod', lambda: divmod(3, o))
    show('pow3', lambda: pow(o, 2, 5))
    show('dir', lambda: dir(o))
    show('reversed', lambda: [x for x in reversed(o)])


class NotReversible:
    __reversed__ = None
    __len__ = staticmethod(lambda: 1)
    __getitem__ = staticmethod(lambda i: i)


show('reversed None', lambda: reversed(NotReversible()))
show('reversed returns as is', lambda: reversed(SNum()))


# ---- isinstance / issubclass hooks ----

class CMeta(type):
    __instancecheck__ = CallObj('__instancecheck__', lambda o: o == 'yes')
    __subclasscheck__ = CallObj('__subclasscheck__', lambda c: c is int)


class SMeta(type):
    __instancecheck__ = staticmethod(lambda o: isinstance(o, str))
    __subclasscheck__ = staticmethod(lambda c: c is str)


class DMeta(type):
    __instancecheck__ = Desc('__instancecheck__', lambda cls, o: o == cls.__name__)
    __subclasscheck__ = Desc('__subclasscheck__', lambda cls, c: c is float)


for meta in (CMeta, SMeta, DMeta):
    print('==', meta.__name__)
    C = meta('C', (), {})
    show('isinstance yes', lambda: isinstance('yes', C))
    show('isinstance C', lambda: isinstance('C', C))
    show('isinstance 1', lambda: isinstance(1, C))
    show('isinstance tuple', lambda: isinstance('yes', (int, C)))
    show('issubclass int', lambda: issubclass(int, C))
    show('issubclass str', lambda: issubclass(str, C))
    show('issubclass float', lambda: issubclass(float, C))


class Checker:
    __instancecheck__ = staticmethod(lambda o: o == 1)
    __subclasscheck__ = CallObj('__subclasscheck__', lambda c: c is bool)


show('instance checker', lambda: (isinstance(1, Checker()), isinstance(2, Checker())))
show('subclass checker', lambda: (issubclass(bool, Checker()), issubclass(int, Checker())))


# ---- context managers ----

class CCtx:
    __enter__ = CallObj('__enter__', lambda: 'entered')
    __exit__ = CallObj('__exit__', lambda t, v, tb: t is KeyError)


class SCtx:
    __enter__ = staticmethod(lambda: 'sentered')
    __exit__ = staticmethod(lambda t, v, tb: print('  sexit', t and t.__name__) or True)


class DCtx:
    __enter__ = Desc('__enter__', lambda self: type(self).__name__)
    __exit__ = Desc('__exit__', lambda self, t, v, tb: print('  dexit', t and t.__name__, v) or False)


for cls in (CCtx, SCtx, DCtx):
    print('==', cls.__name__)
    with cls() as v:
        print('  body', v)
    try:
        with cls() as v:
            print('  body', v)
            raise KeyError('k')
        print('  suppressed')
    except KeyError as e:
        print('  escaped', repr(e))


# ---- ** unpacking (the mapping's keys()) ----

class SMap:
    keys = staticmethod(lambda: ['a', 'b'])
    __getitem__ = staticmethod(lambda k: k * 2)


class CMap:
    keys = CallObj('keys', lambda: ['c'])
    __getitem__ = CallObj('__getitem__', lambda k: k.upper())


def kw(**k):
    return k


for m in (SMap(), CMap()):
    print('==', type(m).__name__)
    show('{**m}', lambda: {**m})
    show('f(**m)', lambda: kw(**m))
