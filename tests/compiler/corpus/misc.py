# Line structure: continuation, semicolons, comments, blank lines.
x = 1 + \
    2 + \
    3
if x and \
   y:
    pass

def f(a,
      b,  # comment
      c):
    return (a +
            b +  # another
            c)

y = [  # comment after bracket
    1,  # one

    2,
    # only a comment
]

	# a comment indented with a tab

class Very:
    def method(self):
        if True:
            if False:
                pass
            else:
                return [
        1, 2,
            3]
    # trailing comment at odd indent
        # and another

z = 1; w = 2; v = 3
for i in range(3): print(i); continue

# Non-ASCII identifiers
π = 3.14159
café = "coffee"
変数 = 1
Ω = π * 2
ﬁ = 1
ℌ = 2
résumé = {"naïve": café}
print(π, café, 変数, Ω, ﬁ, ℌ)

# Numbers next to keywords
a = 1if x else 2
b = [x for x in y if x]

# Deep nesting
d = ((((((((((1))))))))))
e = [[[[[[[]]]]]]]
f = {1: {2: {3: {4: {}}}}}

# Keywords as attribute names are not allowed, but soft keywords are
obj.match = 1
obj.case = 2
obj._ = 3
print(obj.match, obj.case)

# Form feed in indentation
def g():
    return 1

# Walrus in various places
if (n := len(a)) > 10:
    pass
while (line := read()):
    pass
print(y := 10)
[z := 1, 2]
{w := 3}
foo(x := 1, y=2)
a[b := 1]

# Ellipsis and slices
x[...]
x[..., 1]
x[:]
x[::]
x[:, :]
x[1:, :2, ::3]

# Chained attribute calls
result = (obj
          .method()
          .other(1, 2)
          .final())

# Conditional lambda
key = (lambda x: x) if rev else (lambda x: -x)

# Star expressions
first, *middle, last = range(10)
print(*a, *b, sep='')
t = *a, *b
