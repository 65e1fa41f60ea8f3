# Lambdas: expressions, defaults, varargs, closures, immediately-invoked, in data structures.

sq = lambda x: x * x
assert sq(7) == 49
assert (lambda: 'no args')() == 'no args'
assert (lambda a, b=2: a + b)(1) == 3
assert (lambda *a: a)(1, 2) == (1, 2)
assert (lambda **k: sorted(k))(b=1, a=2) == ['a', 'b']
assert (lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3) == (1, 2, 3)
assert (lambda x: (lambda y: x + y))(10)(5) == 15, "nested lambda closure"
assert (lambda: (yield))  # a lambda may contain yield: it becomes a generator function
g = (lambda: (yield 5))()
assert next(g) == 5

# conditional expression in lambda body
sign = lambda n: 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
assert [sign(v) for v in (-1, 0, 1)] == ['neg', 'zero', 'pos']

# lambdas as sort keys
pairs = [(1, 'b'), (2, 'a'), (0, 'c')]
assert sorted(pairs, key=lambda p: p[1]) == [(2, 'a'), (1, 'b'), (0, 'c')]

# lambdas in a dict dispatch table
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b}
assert ops['+'](2, 3) == 5 and ops['-'](2, 3) == -1

# late binding in loops
fs = [lambda: i for i in range(3)]
assert [fn() for fn in fs] == [2, 2, 2], "closures see the final value"
fs = [lambda i=i: i for i in range(3)]
assert [fn() for fn in fs] == [0, 1, 2], "default argument captures current value"

# lambda name/qualname
assert sq.__name__ == '<lambda>'
assert sq.__qualname__ == '<lambda>'
def holder():
    return lambda: 0
assert holder().__qualname__ == 'holder.<locals>.<lambda>'

# lambda with walrus needs parentheses
f = lambda x: (y := x + 1) * y
assert f(2) == 9

# lambda returning tuple
t = lambda: (1, 2)
assert t() == (1, 2)

# lambda capturing a variable that changes later
base = 1
add_base = lambda x: x + base
base = 100
assert add_base(1) == 101, "globals are looked up at call time"

# recursive lambda via name
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
assert fib(15) == 610

# lambda default evaluated once
calls = []
def mk():
    calls.append(1)
    return 5
lam = lambda a=mk(): a
lam(); lam()
assert calls == [1]

# map/filter with lambdas
assert list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])) == [4, 10, 18]
assert list(filter(lambda s: s.isupper(), 'aBcD')) == ['B', 'D']

# lambda in a class body is just a function => becomes a method
class K:
    double = lambda self: self.v * 2
    def __init__(self):
        self.v = 21
assert K().double() == 42

print("ok")
