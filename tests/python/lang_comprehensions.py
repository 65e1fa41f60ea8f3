# Comprehensions: list/set/dict, nested loops, conditions, scope isolation, walrus binding in the
# enclosing scope, evaluation order, class-body comprehension scoping.

assert [x * 2 for x in range(4)] == [0, 2, 4, 6]
assert [x for x in range(10) if x % 3 == 0] == [0, 3, 6, 9]
assert [x for x in range(20) if x % 2 if x % 3] == [1, 5, 7, 11, 13, 17, 19], "multiple ifs"
assert [(i, j) for i in range(3) for j in range(i)] == [(1, 0), (2, 0), (2, 1)], "later loops see earlier vars"
assert [[j for j in range(i)] for i in range(3)] == [[], [0], [0, 1]]
assert [c for word in ['ab', 'cd'] for c in word] == ['a', 'b', 'c', 'd']
assert [x if x > 1 else -x for x in range(3)] == [0, -1, 2], "conditional expression as element"
assert [(a, b) for a, b in [(1, 2), (3, 4)]] == [(1, 2), (3, 4)], "unpacking target"
assert [a + sum(rest) for a, *rest in [(1, 2, 3), (4,)]] == [6, 4], "starred target"

# set / dict comprehensions
assert {x % 3 for x in range(10)} == {0, 1, 2}
assert {c: ord(c) for c in 'ab'} == {'a': 97, 'b': 98}
assert {v: k for k, v in {'x': 1, 'y': 2}.items()} == {1: 'x', 2: 'y'}
d = {k: v for k, v in [('a', 1), ('a', 2)]}
assert d == {'a': 2}, "later duplicate key wins"
assert {i: i * i for i in range(3) if i} == {1: 1, 2: 4}
# dict comprehension evaluation order: key before value (3.8+)
order = []
def k(x):
    order.append(('k', x)); return x
def v(x):
    order.append(('v', x)); return x
{k(i): v(i) for i in range(2)}
assert order == [('k', 0), ('v', 0), ('k', 1), ('v', 1)], order

# --- scope isolation ---
x = 'outer'
lst = [x for x in range(3)]
assert x == 'outer', "comprehension variable does not leak"
[y_leak for y_leak in range(2)]
assert 'y_leak' not in dir()

# the outermost iterable is evaluated in the enclosing scope, immediately
n = 3
gen_list = [i for i in range(n)]
assert gen_list == [0, 1, 2]
def f():
    items = [1, 2]
    return [i * len(items) for i in items]
assert f() == [2, 4]

# closures inside comprehensions capture per-comprehension variable
fs = [lambda: i for i in range(3)]
assert [fn() for fn in fs] == [2, 2, 2]
fs = [(lambda j: lambda: j)(i) for i in range(3)]
assert [fn() for fn in fs] == [0, 1, 2]

# --- walrus inside a comprehension binds in the containing scope ---
data = [1, 5, 2, 8]
if any((big := v) > 4 for v in data):
    assert big == 5, "walrus in genexp leaks to enclosing scope"
values = [y for v in data if (y := v * 2) > 4]
assert values == [10, 16] and y == 16
def walrus_in_func():
    [last := i for i in range(4)]
    return last
assert walrus_in_func() == 3
total = 0
partial_sums = [total := total + v for v in [1, 2, 3]]
assert partial_sums == [1, 3, 6] and total == 6

# --- class body: only the outermost iterable sees class variables ---
class C:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
    cls_only_factor = 10
    try:
        broken = [v * cls_only_factor for v in base]
    except NameError:
        broken = 'NameError'
assert C.doubled == [2, 4, 6]
assert C.broken == 'NameError', "class variables not visible inside comprehension body"

# comprehension inside a function sees the function's locals and cells
def outer():
    factor = 3
    return [v * factor for v in range(3)]
assert outer() == [0, 3, 6]

# nested comprehension referencing outer comprehension variable
matrix = [[1, 2, 3], [4, 5, 6]]
assert [[row[i] for row in matrix] for i in range(3)] == [[1, 4], [2, 5], [3, 6]], "transpose"
assert [v for row in matrix for v in row if v % 2] == [1, 3, 5]

# comprehensions over generators / strings / dicts
assert [k for k in {'b': 1, 'a': 2}] == ['b', 'a']
assert [ch.upper() for ch in 'hi'] == ['H', 'I']
assert sorted({x for x in (3, 1, 3)}) == [1, 3]

# comprehension with function call per element, order preserved
calls = []
def track(v):
    calls.append(v)
    return v
[track(i) for i in range(3)]
assert calls == [0, 1, 2]

# exception inside comprehension propagates
try:
    [1 // v for v in [1, 0]]
    assert False
except ZeroDivisionError:
    pass

# comprehension over a list being built elsewhere: snapshot not taken
src = [1, 2]
res = [src.append(3) or v for v in src if len(src) < 5]
assert src == [1, 2, 3, 3, 3] and res == [1, 2, 3], (src, res)

# yield is not allowed in comprehensions, but await/async are out of scope; nested genexp is fine
g = ((i, j) for i in range(2) for j in (i, i + 1))
assert list(g) == [(0, 0), (0, 1), (1, 1), (1, 2)]

# empty results
assert [x for x in []] == [] and {x for x in ''} == set() and {k: 1 for k in ()} == {}

# comprehension variable shadows a global of the same name without affecting it
i = 'global i'
assert [i for i in 'ab'] == ['a', 'b'] and i == 'global i'

print("ok")
