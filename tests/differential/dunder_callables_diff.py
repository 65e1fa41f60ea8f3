# Special methods stored as class attributes are called through the descriptor protocol: a function gets
# the instance, but a callable object without __get__ (or a builtin function, or a class) is called with
# the arguments alone; staticmethod/classmethod/custom descriptors bind as usual.


class Callable:
    def __init__(self, tag):
        self.tag = tag

    def __call__(self, *args, **kw):
        print(self.tag, "called with", [type(a).__name__ for a in args], sorted(kw))
        return None


def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, type(e).__name__, e)


class C:
    __init__ = Callable("init")


C(1, 2)
C()
C(1, k=2)


class D:
    __eq__ = Callable("eq")
    __add__ = Callable("add")
    __radd__ = Callable("radd")
    __iadd__ = Callable("iadd")
    __bool__ = Callable("bool")
    __contains__ = Callable("contains")
    __call__ = Callable("call")
    __neg__ = Callable("neg")
    __lt__ = Callable("lt")
    __gt__ = Callable("gt")
    __int__ = Callable("int")
    __float__ = Callable("float")
    __index__ = Callable("index")


d = D()
show('eq', lambda: d == 1)
show('ne', lambda: d != 1)
show('add', lambda: d + 1)
show('radd', lambda: 1 + d)
show('bool', lambda: bool(d))
show('contains', lambda: 1 in d)
show('call', lambda: d(5))
show('call kw', lambda: d(5, x=1))
show('neg', lambda: -d)
show('lt', lambda: d < 1)
show('reflected gt', lambda: 1 > d)
show('int', lambda: int(d))
show('float', lambda: float(d))
e = D()
try:
    e += 1
except Exception as ex:
    print(type(ex).__name__, ex)
print(e)


class S:
    @staticmethod
    def __add__(other):
        return ('static add', other)

    @classmethod
    def __sub__(cls, other):
        return ('class sub', cls.__name__, other)

    __neg__ = staticmethod(lambda: 'sneg')

    @staticmethod
    def __call__(*a):
        return ('static call', a)

    __init__ = staticmethod(lambda *a: print('static init', a))


s = S(1)
print(s + 1, s - 2, -s, s(3))


class F:
    __init__ = print  # a builtin function is not a descriptor


F('hello', 'world')


class G:
    class __init__:  # nor is a class
        def __init__(self, *a):
            print("class as init", len(a))


show('class init', lambda: G(1))


class H:
    __new__ = Callable('new')  # __new__ is read from the class: called with the class first


print(H(1))


class Desc:
    def __get__(self, obj, typ=None):
        print('Desc.__get__', type(obj).__name__, typ.__name__)
        return lambda *a: print('bound', a)


class J:
    __add__ = Desc()
    __call__ = Desc()
    __init__ = Desc()


j = J(7)
print(j + 1, j(2))


class K(dict):
    __missing__ = Callable('missing')


print(K()['x'])


class N:
    __set_name__ = Callable('set_name')


class O:
    n = N()


class Meta(type):
    __call__ = Callable('meta call')


class Q(metaclass=Meta):
    pass


print(Q(1))


# explicit method calls bind the same way
class R:
    m = Callable('m')
    __init__ = Callable('init')


r = R()
r.m(1)
r.__init__(2)
R.__init__(3)


# attribute hooks too
class Hooks:
    __getattr__ = Callable('getattr')
    __setattr__ = Callable('setattr')
    __delattr__ = Callable('delattr')


h = Hooks()
print(h.missing)
h.a = 1
del h.a


class GetAttribute:
    __getattribute__ = Callable('getattribute')


print(GetAttribute().anything)
