# Assignment: chained, tuple/list unpacking, starred anywhere, nested targets, evaluation order, errors.

# --- chained assignment binds the same object ---
a = b = c = []
assert a is b is c
a.append(1)
assert c == [1]

# chained assignment target order is left to right
log = []
class Rec:
    def __setitem__(self, k, v):
        log.append(k)
r = Rec()
r['first'] = r['second'] = 0
assert log == ['first', 'second'], log

# --- tuple unpacking ---
x, y = 1, 2
assert (x, y) == (1, 2)
x, y = y, x
assert (x, y) == (2, 1), "swap"
(p, q) = [3, 4]
assert p == 3 and q == 4
[p, q] = 'ab'
assert p == 'a' and q == 'b'
p, = [7]
assert p == 7, "single-element unpack"
(p,) = (8,)
assert p == 8
i, j = range(2)
assert (i, j) == (0, 1)
k1, k2 = {'a': 1, 'b': 2}
assert (k1, k2) == ('a', 'b'), "unpacking a dict yields keys"

# --- starred ---
first, *rest = [1, 2, 3, 4]
assert first == 1 and rest == [2, 3, 4]
*init, last = [1, 2, 3, 4]
assert init == [1, 2, 3] and last == 4
a, *mid, z = 'abcde'
assert a == 'a' and mid == ['b', 'c', 'd'] and z == 'e'
a, *mid, z = [1, 2]
assert mid == [], "starred may be empty"
*everything, = (1, 2)
assert everything == [1, 2], "starred target is always a list"
a, b, *c = range(5)
assert c == [2, 3, 4]
*a, b, c = (1, 2, 3)
assert a == [1]

# --- nested ---
(a, b), c = (1, 2), 3
assert (a, b, c) == (1, 2, 3)
a, (b, (c, d)) = 1, (2, (3, 4))
assert d == 4
[a, [b, *cs]] = [1, [2, 3, 4]]
assert cs == [3, 4]
for (n, (s, t)) in [(1, ('a', 'b'))]:
    assert (n, s, t) == (1, 'a', 'b')
for idx, (ch, *more) in enumerate(['xy', 'z']):
    if idx == 0:
        assert ch == 'x' and more == ['y']
    else:
        assert ch == 'z' and more == []

# --- targets can be attributes and subscripts ---
class O: pass
o = O()
lst = [0, 0, 0]
o.a, lst[1], lst[-1] = 'A', 'B', 'C'
assert o.a == 'A' and lst == [0, 'B', 'C']
d = {}
d['k'], d['j'] = 1, 2
assert d == {'k': 1, 'j': 2}

# evaluation: RHS first, then targets left to right
i = 0
arr = [10, 20, 30]
i, arr[i] = 2, 99
assert arr == [10, 20, 99], "i is assigned before arr[i] is evaluated"

# --- unpacking errors ---
def err(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ': ' + str(e)

def f1():
    a, b = [1, 2, 3]
def f2():
    a, b, c = [1, 2]
def f3():
    a, *b, c = [1]
def f4():
    a, b = 5
def f5():
    a, b = None
def f6():
    a, = []
assert err(f1) == 'ValueError: too many values to unpack (expected 2)', err(f1)
assert err(f2) == 'ValueError: not enough values to unpack (expected 3, got 2)', err(f2)
assert err(f3) == 'ValueError: not enough values to unpack (expected at least 2, got 1)', err(f3)
assert err(f4) == "TypeError: cannot unpack non-iterable int object", err(f4)
assert err(f5) == "TypeError: cannot unpack non-iterable NoneType object", err(f5)
assert err(f6) == 'ValueError: not enough values to unpack (expected 1, got 0)', err(f6)

# unpacking consumes an iterator lazily: too-many check stops after one extra item
def gen():
    yield 1
    yield 2
    yield 3
    raise AssertionError("should not be reached")
try:
    a, b = gen()
    assert False
except ValueError as e:
    assert str(e) == 'too many values to unpack (expected 2)'

# --- starred in expressions ---
t = (*[1, 2], 3, *'ab')
assert t == (1, 2, 3, 'a', 'b')
l = [*range(3), *(4, 5)]
assert l == [0, 1, 2, 4, 5]
s = {*[1, 1], *[2]}
assert s == {1, 2}
d = {**{'a': 1}, 'b': 2, **{'a': 3}}
assert d == {'a': 3, 'b': 2}, "later keys win"
assert list(d) == ['a', 'b'], "first insertion position is kept"
x = 1,
assert x == (1,), "trailing comma makes a tuple"
x = *[1, 2],
assert x == (1, 2)

# --- annotated assignment ---
n: int = 5
assert n == 5
m: list
assert 'm' not in dir(), "annotation without value does not bind"
assert __annotations__['n'] is int
assert __annotations__['m'] is list

# --- multiple targets with unpacking ---
a = (b, c) = (1, 2)
assert a == (1, 2) and b == 1 and c == 2

# --- walrus returns value ---
if (w := 10) > 5:
    assert w == 10
assert [y := 3, y * 2] == [3, 6]

print("ok")
