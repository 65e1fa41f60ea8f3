# Closures, late binding, nonlocal/global, class scopes and comprehension scopes, printed.

def make_counters():
    counters = []
    for i in range(3):
        def counter(start=i):
            count = start
            def inc(step=1):
                nonlocal count
                count += step
                return count
            return inc
        counters.append(counter())
    return counters
cs = make_counters()
print([c() for c in cs], [c(10) for c in cs], [c() for c in cs])

late = [lambda: i for i in range(4)]
early = [lambda i=i: i for i in range(4)]
print([f() for f in late], [f() for f in early])

def outer():
    x = 'outer'
    def mid():
        x = 'mid'
        def inner():
            nonlocal x
            x = x + '+inner'
            return x
        r = inner()
        return r, x
    return mid(), x
print(outer())

g = 'global'
def read_global():
    return g
def shadow_global():
    g = 'local'
    return g
def write_global():
    global g
    g = 'rewritten'
    return g
print(read_global(), shadow_global(), read_global(), write_global(), read_global(), g)

def unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    v = 1
    return v
print(unbound())

def free_var_error():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print('NameError:', e)
    later = 'now bound'
    return inner()
print(free_var_error())

class Scope:
    a = 1
    try:
        b = [a * k for k in range(3)]
    except NameError as e:
        b = 'NameError: ' + str(e)
    c = [k for k in range(a, 4)]
    try:
        d = [a for _ in range(2)]
    except NameError as e:
        d = 'NameError: ' + str(e)
    def method(self):
        try:
            return a
        except NameError as e:
            return 'NameError: ' + str(e)
print(Scope.b, Scope.c, Scope.d, Scope().method())

x = 'module x'
def comp_scope():
    x = 'function x'
    return [x for _ in range(2)], [(lambda: x)() for _ in range(1)]
print(comp_scope())
print([x for x in 'ab'], x)

def walrus_scope():
    data = [3, 8, 1, 9]
    hits = [y for v in data if (y := v * 2) > 5]
    return hits, y
print(walrus_scope())

def accumulate():
    total = 0
    history = []
    def add(v):
        nonlocal total
        total += v
        history.append(total)
    for v in range(1, 6):
        add(v)
    return total, history
print(accumulate())

def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])

def closure_cells():
    a = 1
    b = 'two'
    def f():
        return a, b
    return f
f = closure_cells()
print(f(), [c.cell_contents for c in f.__closure__], f.__code__.co_freevars)

def deep():
    level = 0
    def l1():
        nonlocal level
        level += 1
        def l2():
            nonlocal level
            level += 10
            def l3():
                nonlocal level
                level += 100
                return level
            return l3()
        return l2()
    return l1(), level
print(deep())

def recursive_closure(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print([recursive_closure(i) for i in range(10)])

funcs = {}
for name in ['add', 'sub', 'mul']:
    def op(a, b, name=name):
        return {'add': a + b, 'sub': a - b, 'mul': a * b}[name]
    funcs[name] = op
print({k: f(7, 3) for k, f in funcs.items()})

def gen_closure():
    vals = []
    def record():
        for i in range(3):
            vals.append(i)
            yield list(vals)
    return record
print(list(gen_closure()()))

print(sorted(k for k in locals().keys() if not k.startswith('__'))[:10])
