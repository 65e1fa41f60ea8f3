# Function parameters: defaults (evaluated once), *args, keyword-only, **kwargs, positional-only,
# call-site unpacking, annotations, function attributes.

def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

assert f(1, c=3) == (1, 2, (), 3, 4, {})
assert f(1, 5, 6, 7, c=3, e=9) == (1, 5, (6, 7), 3, 4, {'e': 9})
assert f(a=1, c=0) == (1, 2, (), 0, 4, {})
assert f(*[1, 2, 3], **{'c': 1, 'z': 2}) == (1, 2, (3,), 1, 4, {'z': 2})

# --- defaults are evaluated once, at definition time ---
def append_to(x, acc=[]):
    acc.append(x)
    return acc
assert append_to(1) == [1]
assert append_to(2) == [1, 2], "mutable default shared between calls"
assert append_to(3, []) == [3]
assert append_to.__defaults__ == ([1, 2],)

counter = [0]
def make_default():
    counter[0] += 1
    return counter[0]
def g(x=make_default()):
    return x
assert g() == 1 and g() == 1 and counter[0] == 1
n = 10
def h(x=n):
    return x
n = 20
assert h() == 10, "default captured at def time"

# --- keyword-only after bare * ---
def kwonly(a, *, b, c=3):
    return a, b, c
assert kwonly(1, b=2) == (1, 2, 3)
assert kwonly.__kwdefaults__ == {'c': 3}

# --- positional-only ---
def posonly(a, b, /, c, *, d):
    return a, b, c, d
assert posonly(1, 2, 3, d=4) == (1, 2, 3, 4)
assert posonly(1, 2, c=3, d=4) == (1, 2, 3, 4)

def po_kw(a, /, **kw):
    return a, kw
assert po_kw(1, a=2) == (1, {'a': 2}), "positional-only name may also appear in **kw"

def po_default(a, b=5, /):
    return a + b
assert po_default(1) == 6

# --- *args / **kwargs types ---
def collect(*args, **kwargs):
    return args, kwargs
a, k = collect()
assert a == () and type(a) is tuple
assert k == {} and type(k) is dict
a, k = collect(1, x=2)
assert a == (1,) and k == {'x': 2}
kw_order = collect(z=1, a=2, m=3)[1]
assert list(kw_order) == ['z', 'a', 'm'], "**kwargs preserves call order"

# --- call-site unpacking ---
def add3(a, b, c):
    return a * 100 + b * 10 + c
assert add3(*[1, 2, 3]) == 123
assert add3(1, *[2], *(3,)) == 123, "multiple * unpackings"
assert add3(**{'a': 1, 'b': 2, 'c': 3}) == 123
assert add3(1, **{'c': 3}, b=2) == 123
assert add3(*range(2), c=9) == 19
assert add3(*'ab', 'c') == 'a' * 100 + 'b' * 10 + 'c'
assert add3(c=1, *(1, 2)) == 121, "keyword before *args in call syntax is allowed"
assert collect(*(), **{}) == ((), {})
assert collect(**{'a': 1}, **{'b': 2}) == ((), {'a': 1, 'b': 2})
def gen():
    yield 1
    yield 2
    yield 3
assert add3(*gen()) == 123, "unpacking a generator"

# --- annotations ---
def annotated(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    return True
ann = annotated.__annotations__
assert ann == {'a': int, 'b': 'str', 'args': float, 'c': list, 'kw': dict, 'return': bool}, ann
assert list(ann) == ['a', 'b', 'args', 'c', 'kw', 'return']
def noann(a, b):
    pass
assert noann.__annotations__ == {}

# --- function attributes ---
def documented(x, y=1):
    """Doc here."""
    z = x
    return z
assert documented.__name__ == 'documented'
assert documented.__qualname__ == 'documented'
assert documented.__doc__ == 'Doc here.'
assert documented.__module__ == __name__
assert documented.__code__.co_argcount == 2
assert documented.__code__.co_name == 'documented'
assert 'z' in documented.__code__.co_varnames
documented.custom = 5
assert documented.custom == 5, "functions accept arbitrary attributes"
assert documented.__dict__ == {'custom': 5}
def outer():
    def inner():
        pass
    return inner
assert outer().__qualname__ == 'outer.<locals>.inner'
class K:
    def meth(self):
        pass
assert K.meth.__qualname__ == 'K.meth'
assert (lambda: 0).__name__ == '<lambda>'
assert repr(documented).startswith('<function documented at 0x')
f2 = documented
assert f2.__name__ == 'documented', "name stays with the function object"

# --- return values ---
def noreturn():
    x = 1
assert noreturn() is None
def multi():
    return 1, 2
assert multi() == (1, 2)
def bare():
    return
assert bare() is None

# --- recursion via the global name ---
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
assert fact(20) == 2432902008176640000
assert fact(25) == 15511210043330985984000000

# --- parameter names shadow globals ---
len_ = len
def shadow(len):
    return len * 2
assert shadow(4) == 8 and len_([1]) == 1

# --- arguments are passed by object reference ---
def mutate(lst):
    lst.append(1)
    lst = [99]
    return lst
orig = []
assert mutate(orig) == [99] and orig == [1]

# --- default referring to earlier params is not allowed; default from enclosing scope is ---
def outer2():
    base = 3
    def inner(x=base):
        return x
    return inner
assert outer2()() == 3

print("ok")
