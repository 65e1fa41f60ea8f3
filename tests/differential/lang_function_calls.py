# Argument binding printed for many call shapes, plus binding errors.

def f(a, b=2, *args, c, d=4, **kw):
    return f'a={a!r} b={b!r} args={args!r} c={c!r} d={d!r} kw={kw!r}'

def po(x, y=0, /, z=1, *, w=2):
    return f'x={x} y={y} z={z} w={w}'

def show(label, fn):
    try:
        print(label, '->', fn())
    except TypeError as e:
        print(label, '!!', e)

show('f(1, c=3)', lambda: f(1, c=3))
show('f(1, 2, 3, 4, c=5)', lambda: f(1, 2, 3, 4, c=5))
show('f(c=1, a=2)', lambda: f(c=1, a=2))
show('f(*[1, 2, 3], c=0, e=9, **{"g": 8})', lambda: f(*[1, 2, 3], c=0, e=9, **{'g': 8}))
show('f(1, *(), **{"c": 2, "d": 3})', lambda: f(1, *(), **{'c': 2, 'd': 3}))
show('f(1)', lambda: f(1))
show('f()', lambda: f())
show('f(1, a=1, c=1)', lambda: f(1, a=1, c=1))
show('f(1, **{"c": 2}, c=1)', lambda: f(1, **{'c': 2}, c=1))
show('po(1)', lambda: po(1))
show('po(1, 2, 3, w=4)', lambda: po(1, 2, 3, w=4))
show('po(1, z=5)', lambda: po(1, z=5))
show('po(x=1)', lambda: po(x=1))
show('po(1, 2, 3, 4)', lambda: po(1, 2, 3, 4))
show('po(1, y=2)', lambda: po(1, y=2))

def kwonly(*, a, b=1): return (a, b)
def varargs(*args): return args
def varkw(**kw): return kw
def mixed(a, /, *args, **kw): return (a, args, kw)
show('kwonly(a=0)', lambda: kwonly(a=0))
show('kwonly(0)', lambda: kwonly(0))
show('kwonly()', lambda: kwonly())
show('kwonly(a=1, z=2)', lambda: kwonly(a=1, z=2))
show('varargs()', lambda: varargs())
show('varargs(*range(4))', lambda: varargs(*range(4)))
show('varargs(*"ab", *[1], 2)', lambda: varargs(*'ab', *[1], 2))
show('varkw(**{"b": 1}, a=2)', lambda: varkw(**{'b': 1}, a=2))
show('varkw(x=1, **{"x": 2})', lambda: varkw(x=1, **{'x': 2}))
show('mixed(1, 2, a=3)', lambda: mixed(1, 2, a=3))
show('mixed(a=1)', lambda: mixed(a=1))

def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return (b, c)
print(defaults(1), defaults(2), defaults(3, []), defaults(4))
print(defaults.__defaults__)

def annotated(x: int, y: 'str' = 'y', *rest: float, flag: bool = False, **extra: dict) -> list:
    return [x, y, rest, flag, extra]
print(annotated.__annotations__)
print(annotated(1), annotated(1, 'b', 2.0, 3.0, flag=True, more=1))
print(annotated.__name__, annotated.__qualname__, annotated.__defaults__, annotated.__kwdefaults__)
print(annotated.__code__.co_argcount, annotated.__code__.co_kwonlyargcount, annotated.__code__.co_posonlyargcount)
print(po.__code__.co_argcount, po.__code__.co_posonlyargcount, po.__code__.co_kwonlyargcount, po.__code__.co_varnames)

class C:
    def m(self, x, *, y=0):
        return (type(self).__name__, x, y)
    @classmethod
    def cm(cls, *a):
        return (cls.__name__, a)
    @staticmethod
    def sm(**k):
        return k
c = C()
show('c.m(1)', lambda: c.m(1))
show('c.m(1, y=2)', lambda: c.m(1, y=2))
show('C.m(c, 3)', lambda: C.m(c, 3))
show('c.m()', lambda: c.m())
show('C.m()', lambda: C.m())
show('c.m(1, 2)', lambda: c.m(1, 2))
show('C.cm(1, 2)', lambda: C.cm(1, 2))
show('c.sm(a=1)', lambda: c.sm(a=1))
show('c.sm(1)', lambda: c.sm(1))

def recursive(n, acc=()):
    return acc if n == 0 else recursive(n - 1, acc + (n,))
print(recursive(10))

def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True), apply(dict, a=1), apply(lambda *a, **k: (a, k), 1, k=2))
print((lambda a, b=2, *c, d, **e: (a, b, c, d, e))(1, d=4), (lambda *, k=1: k)(), (lambda a, /: a)(5))
