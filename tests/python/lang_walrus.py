# Assignment expressions (:=): in if/while, comprehensions, call arguments, precedence, scope rules.

# basic
if (n := 10) > 5:
    pass
assert n == 10
assert (y := 5) == 5 and y == 5

# while loop with walrus
data = [1, 2, 3, 0, 4]
it = iter(data)
seen = []
while (v := next(it)) != 0:
    seen.append(v)
assert seen == [1, 2, 3] and v == 0

# reuse of a computed value
def expensive(x):
    expensive.calls += 1
    return x * 10
expensive.calls = 0
results = [r for x in range(5) if (r := expensive(x)) > 20]
assert results == [30, 40] and expensive.calls == 5

# walrus in comprehension binds in enclosing (function) scope
def f():
    [last := i for i in range(3)]
    return last
assert f() == 2

# walrus inside a nested comprehension
def g():
    [[inner := (i, j) for j in range(2)] for i in range(2)]
    return inner
assert g() == (1, 1)

# function arguments
def ident(v):
    return v
assert ident(z := 7) == 7 and z == 7
assert ident(v=(w := 8)) == 8 and w == 8

# precedence: walrus binds loosest (needs parentheses in most places)
a = (b := 1 + 2) * 2
assert a == 6 and b == 3
assert [(c := 1), c + 1] == [1, 2]
res = (d := 3) if (d := 0) else 'false branch'
assert res == 'false branch' and d == 0

# in lambda body
lam = lambda: (q := 5) + q
assert lam() == 10

# in f-strings (must be parenthesized)
val = f'{(m := 4) * 2}'
assert val == '8' and m == 4

# in a generator expression consumed by any()
lines = ['a', '', 'x=1', 'b']
if any((found := line).startswith('x') for line in lines):
    assert found == 'x=1'

# in dict/set comprehension values
d = {k: (sq := k * k) for k in range(3)}
assert d == {0: 0, 1: 1, 2: 4} and sq == 4

# walrus at module level within a class body comprehension is an error at compile time;
# in a class body itself it's fine
class C:
    attr = (tmp := 5)
assert C.attr == 5 and C.tmp == 5

# walrus with attribute/subscript targets is a syntax error
for src in ('(a.b := 1)', '(a[0] := 1)', '[i := 0 for i in range(3)]'):
    try:
        compile(src, '<test>', 'eval')
        assert False, src
    except SyntaxError:
        pass

# walrus inside while condition with complex expression
buf = list('hello world')
words = []
word = ''
while buf and (ch := buf.pop(0)):
    if ch == ' ':
        words.append(word)
        word = ''
    else:
        word += ch
words.append(word)
assert words == ['hello', 'world']

# walrus shadows globals inside function only when the function assigns
counter = 0
def local_walrus():
    (counter := 100)
    return counter
assert local_walrus() == 100 and counter == 0

print("ok")
