// The code generator resolves names from the symbol table (vm/compiler/symtable.ts): these programs
// exercise every kind of binding it must place (closures, class bodies, comprehensions, walrus, except
// names, deleted parameters, match captures, private names, the __class__ cell, exec() with separate
// locals) and must print exactly what CPython 3.11 prints.

import { describe, expect, it } from 'vitest';
import { runPkpy } from '../helpers/run-python';
import { runPython } from './python';

const RUN_SCRIPT = String.raw`
import contextlib, io, json, sys
out = []
for src in json.load(sys.stdin):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(src, 'test.py', 'exec'), {'__name__': '__main__'})
    out.append(buf.getvalue())
print(json.dumps(out))
`;

const PROGRAMS = [
String.raw`# closures, nonlocal, global, class scopes
x = 'g'
def outer():
    x = 'o'
    y = 'oy'
    class C:
        x = 'c'
        y_seen = y            # free variable of the enclosing function (class body reads it)
        z = [x for _ in '1']  # comprehension skips the class scope
        def m(self):
            return x          # methods skip the class scope too
    def inner():
        nonlocal y
        y = 'changed'
        return y
    return C.x, C.y_seen, C.z, C().m(), inner(), y
print(outer())
def setg():
    global x
    x = 'set'
setg(); print(x)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c(), c.__code__.co_freevars, c.__closure__ is not None)
`,
String.raw`# walrus in comprehensions, except names, del of parameters, match captures
def f(data):
    r = [(last := v * 2) for v in data if v]
    return r, last
print(f([1, 2, 3]))
[(mod_level := i) for i in range(3)]
print(mod_level)
def g(a):
    del a
    try:
        return a
    except UnboundLocalError as e:
        return str(e)
print(g(1))
def h(e):
    try:
        raise ValueError('x')
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return 'unbound: ' + str(err)
print(h(5))
def m(cmd):
    match cmd:
        case [a, *rest]:
            return a, rest
        case {'k': v, **others}:
            return v, others
        case str() as s:
            return s
print(m([1, 2, 3]), m({'k': 1, 'j': 2}), m('s'))
`,
String.raw`# private names, __class__ cell, super in nested scopes, qualnames
class Meta(type):
    def __new__(m, name, bases, ns):
        print(name, '__classcell__' in ns)
        return super().__new__(m, name, bases, ns)
class Base:
    def who(self):
        return 'base'
class A(Base, metaclass=Meta):
    __secret = 1
    def who(self):
        inner = lambda: super(A, self).who()
        comp = [x for x in super().who()]
        def nested():
            return __class__
        return inner(), comp, nested().__name__, self.__secret, self._A__secret
    def __private(self, __arg=2):
        return __arg
    def call(self):
        return self.__private(), self.__private.__code__.co_varnames
class B(metaclass=Meta):
    def create(__class__):
        return (lambda: __class__)
class D(metaclass=Meta):
    def m(self):
        __class__ = 1
        return __class__
print(A().who(), A().call())
__g = 'global'
class E:
    global __g
    __g = 'via global'
print(globals().get('_E__g'), __g)
def outer():
    def inner(): pass
    class K:
        def meth(self): pass
    return inner.__qualname__, K.meth.__qualname__, (lambda: 0).__qualname__
print(outer())
`,
String.raw`# qualnames of code inside comprehensions and of defs declared global
print([lambda: 0 for _ in range(1)][0].__qualname__)
print([[lambda: 0 for _ in '1'] for _ in '1'][0][0].__qualname__, list(lambda: 0 for _ in '1')[0].__qualname__)
print({(lambda: 0) for _ in '1'}.pop().__qualname__, {k: lambda: 0 for k in '1'}['1'].__qualname__)
def g():
    inner = [(lambda: (lambda: 1))() for _ in range(1)][0]
    return [lambda: 0 for _ in range(1)][0].__qualname__, inner.__qualname__
print(g())
class K:
    a = [lambda: 0 for _ in range(1)][0].__qualname__
    def m(self):
        return {k: (lambda: 0) for k in range(1)}[0].__qualname__
print(K.a, K().m())
print((lambda: [lambda: 0 for _ in range(1)])()[0].__qualname__)
def declares_global():
    global made_global, MadeGlobal
    def made_global(): pass
    class MadeGlobal:
        def m(self): pass
    def local(): pass
    return local.__qualname__
print(declares_global(), made_global.__qualname__, MadeGlobal.__qualname__, MadeGlobal.m.__qualname__)
class Outer:
    global __hidden
    def __hidden(): pass
print(_Outer__hidden.__qualname__)
`,
String.raw`# __class__ in class bodies nested in methods and classes
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def m(self):
        class B:
            c = __class__              # the method's cell: A
            def n(self):
                return __class__       # B's own cell
        return B.c, B().n()
print(A().m())
class A2:
    def m(self):
        class B:
            __class__ = 5              # bound in the class body: a plain class variable
            c = __class__
        return B.c
print(A2().m())
def direct():
    class A3:
        class B:
            x = __class__              # A3's cell, empty while A3's body runs
show(direct)
class A4:
    def m(self):
        class B:
            class D:
                x = __class__          # B's cell, empty while B's body runs
        return B.D.x
show(lambda: A4().m())
def binds():
    __class__ = "function variable"
    class C:
        def m(self):
            return __class__           # the class cell hides the function's variable
        x = __class__                  # the class body sees the function's variable
    return C().m().__name__, C.x
print(binds())
def no_class():
    class B:
        try:
            __class__
        except NameError as e:
            print('NameError', e)
no_class()
class A6:
    def m(self):
        def inner():
            class B:
                x = __class__
            return B.x
        return inner()
print(A6().m())
class A8:
    def m(self):
        return [__class__ for _ in range(1)], (lambda: __class__)()
print(A8().m())
class Early:
    def m(self):
        return __class__
    def s(self):
        return super()
    show(lambda m=m: m(None))          # the cell is empty until the class exists
    show(lambda s=s: s(1))
def plain(x):
    return super()
show(lambda: plain(1))
def not_a_type():
    __class__ = 42
    def m(self):
        return super()
    return m
show(lambda: not_a_type()(1))
`,
String.raw`# exec with separate locals, locals() order, co_varnames order
g = {}
l = {}
exec('x = 1\ndef f():\n  global x\ny = 2\n[(z := 3) for _ in [0]]\n', g, l)
print(sorted(k for k in g if k != '__builtins__'), sorted(l))
def f(a, b=1, *args, c, d=2, **kw):
    e = 5
    return list(locals())
print(f(1, c=3))
def order():
    if False:
        print(later)
    first = 1
    later = 2
    return list(locals())
print(order(), order.__code__.co_varnames)
def annotated():
    (nope): int
    try:
        return nope
    except NameError as e:
        return type(e).__name__
print(annotated())
`,
];

describe('code generation resolves names like CPython', () => {
  const expected = runPython<string[]>(RUN_SCRIPT, PROGRAMS);
  PROGRAMS.forEach((src, i) => {
    it(src.split('\n')[0]!, () => {
      const ours = runPkpy(src, 'test.py');
      expect(ours.error).toBeNull();
      expect(ours.stdout).toBe(expected[i]);
    });
  });
});
