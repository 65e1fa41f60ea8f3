# Argument-binding errors: TypeError messages match CPython exactly.

def f(a, b): pass
def g(a, b=1, *, c): pass
def h(a, /, b): pass
def k(*, x): pass
def m(a, b, c=1): pass
class C:
    def meth(self, a): pass
def n(): pass
def kwo(*, a, b): pass
def p3(a, b, c): pass
def three_missing(a, b, c, d): pass

def msg(fn):
    try:
        fn()
    except TypeError as e:
        return str(e)
    return 'no error'

assert msg(lambda: f(1)) == "f() missing 1 required positional argument: 'b'"
assert msg(lambda: f()) == "f() missing 2 required positional arguments: 'a' and 'b'"
assert msg(lambda: three_missing()) == "three_missing() missing 4 required positional arguments: 'a', 'b', 'c', and 'd'"
assert msg(lambda: three_missing(1)) == "three_missing() missing 3 required positional arguments: 'b', 'c', and 'd'"
assert msg(lambda: f(1, 2, 3)) == 'f() takes 2 positional arguments but 3 were given'
assert msg(lambda: f(1, b=2, a=3)) == "f() got multiple values for argument 'a'"
assert msg(lambda: f(1, 2, z=3)) == "f() got an unexpected keyword argument 'z'"
assert msg(lambda: g(1)) == "g() missing 1 required keyword-only argument: 'c'"
assert msg(lambda: g(1, 2, 3)) == 'g() takes from 1 to 2 positional arguments but 3 were given'
assert msg(lambda: h(a=1, b=2)) == "h() got some positional-only arguments passed as keyword arguments: 'a'"
assert msg(lambda: k(1)) == 'k() takes 0 positional arguments but 1 was given'
assert msg(lambda: k()) == "k() missing 1 required keyword-only argument: 'x'"
assert msg(lambda: m()) == "m() missing 2 required positional arguments: 'a' and 'b'"
assert msg(lambda: m(1, 2, 3, 4)) == 'm() takes from 2 to 3 positional arguments but 4 were given'
assert msg(lambda: C().meth()) == "C.meth() missing 1 required positional argument: 'a'", "qualname in message"
assert msg(lambda: C().meth(1, 2)) == 'C.meth() takes 2 positional arguments but 3 were given', "self counts"
assert msg(lambda: C.meth()) == "C.meth() missing 2 required positional arguments: 'self' and 'a'"
assert msg(lambda: n(1)) == 'n() takes 0 positional arguments but 1 was given'
assert msg(lambda: n(x=1)) == "n() got an unexpected keyword argument 'x'"
assert msg(lambda: kwo()) == "kwo() missing 2 required keyword-only arguments: 'a' and 'b'"
assert msg(lambda: p3(1)) == "p3() missing 2 required positional arguments: 'b' and 'c'"
assert msg(lambda: f(1, **{'b': 2, 'a': 1})) == "f() got multiple values for argument 'a'"
assert msg(lambda: f(*[1], **{1: 2})) == 'keywords must be strings'
assert msg(lambda: f(*1)).endswith('f() argument after * must be an iterable, not int'), msg(lambda: f(*1))
assert msg(lambda: f(**[1])).endswith('f() argument after ** must be a mapping, not list'), msg(lambda: f(**[1]))
lam = lambda x: x
assert msg(lambda: lam()) == "<lambda>() missing 1 required positional argument: 'x'"

def dup_kw():
    return f(1, **{'b': 2}, **{'b': 3})
assert msg(dup_kw).endswith("f() got multiple values for keyword argument 'b'"), msg(dup_kw)

# calling non-callables
x = 5
s = 'abc'
nothing = None
assert msg(lambda: x()) == "'int' object is not callable"
assert msg(lambda: s()) == "'str' object is not callable"
assert msg(lambda: nothing()) == "'NoneType' object is not callable"
lst = [1]
assert msg(lambda: lst()) == "'list' object is not callable"
class Plain: pass
assert msg(lambda: Plain()()) == "'Plain' object is not callable"

# builtins
assert msg(lambda: len()) == 'len() takes exactly one argument (0 given)'
assert msg(lambda: len(1, 2)) == 'len() takes exactly one argument (2 given)'
assert msg(lambda: len(5)) == "object of type 'int' has no len()"
assert msg(lambda: abs('a')) == "bad operand type for abs(): 'str'"
assert msg(lambda: [].append()) == 'list.append() takes exactly one argument (0 given)'
assert msg(lambda: int('1', 2, 3)) == 'int() takes at most 2 arguments (3 given)'
assert msg(lambda: isinstance(1)) == 'isinstance expected 2 arguments, got 1'
assert msg(lambda: object(1)) == 'object() takes no arguments'
assert msg(lambda: Plain(1)) == 'Plain() takes no arguments'

class WithInit:
    def __init__(self, a):
        self.a = a
assert msg(lambda: WithInit()) == "WithInit.__init__() missing 1 required positional argument: 'a'"
assert msg(lambda: WithInit(1, 2)) == 'WithInit.__init__() takes 2 positional arguments but 3 were given'

class InitReturns:
    def __init__(self):
        return 5
assert msg(lambda: InitReturns()) == "__init__() should return None, not 'int'"

# errors are raised at call time, not def time
def later(a):
    return a
try:
    later()
except TypeError:
    pass
assert later(1) == 1

print("ok")
