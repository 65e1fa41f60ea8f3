# Generators: lazy evaluation, send, throw, close, yield from (delegation, return value), generator
# expressions, infinite generators with manual islice, generator as sole call argument, states.

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count_up(3)
assert iter(g) is g
assert next(g) == 0 and next(g) == 1 and next(g) == 2
try:
    next(g)
    assert False
except StopIteration:
    pass
assert next(g, 'done') == 'done', "exhausted generator keeps raising StopIteration"
assert list(count_up(0)) == []

# lazy: body does not start until first next()
started = []
def lazy():
    started.append(True)
    yield 1
lg = lazy()
assert started == []
next(lg)
assert started == [True]

# --- send ---
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
acc = accumulator()
assert acc.send(None) == 0, "priming with send(None)"
assert acc.send(5) == 5
assert acc.send(10) == 15
try:
    acc.send(None)
    assert False
except StopIteration as e:
    assert e.value == 15

fresh = accumulator()
try:
    fresh.send(1)
    assert False
except TypeError as e:
    assert str(e) == "can't send non-None value to a just-started generator", str(e)

# yield as expression without value
def echo():
    received = []
    while len(received) < 2:
        received.append((yield))
    yield received
e = echo()
next(e)
e.send('a')
assert e.send('b') == ['a', 'b']

# --- throw ---
def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as ex:
            yield 'caught ' + str(ex)
c = catcher()
next(c)
assert c.throw(ValueError('v1')) == 'caught v1'
assert next(c) == 'ready'
try:
    c.throw(KeyError('k'))
    assert False
except KeyError:
    pass
assert next(c, 'closed') == 'closed', "uncaught throw finishes the generator"

def not_started():
    yield 1
ns = not_started()
try:
    ns.throw(IndexError)
    assert False
except IndexError:
    pass
assert list(ns) == [], "throw into unstarted generator kills it"

# --- close ---
closed_log = []
def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        closed_log.append('GeneratorExit')
        raise
cl = closable()
next(cl)
cl.close()
assert closed_log == ['GeneratorExit']
cl.close()   # closing again is a no-op
assert list(cl) == []

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
bc = bad_close()
next(bc)
try:
    bc.close()
    assert False
except RuntimeError as ex:
    assert str(ex) == 'generator ignored GeneratorExit', str(ex)

def return_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored value'
rc = return_on_close()
next(rc)
assert rc.close() is None

# --- yield from ---
def inner():
    x = yield 'i1'
    yield ('inner got', x)
    return 'inner result'
def outer():
    result = yield from inner()
    yield ('outer got', result)
o = outer()
assert next(o) == 'i1'
assert o.send('hello') == ('inner got', 'hello'), "send is forwarded to the subgenerator"
assert next(o) == ('outer got', 'inner result'), "yield from evaluates to the return value"

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
assert list(flatten([1, [2, [3, [4]], 5]])) == [1, 2, 3, 4, 5]

def from_iterables():
    yield from 'ab'
    yield from range(2)
    yield from (x * 2 for x in [5])
    r = yield from []
    yield r
assert list(from_iterables()) == ['a', 'b', 0, 1, 10, None]

# throw is forwarded through yield from
def sub():
    try:
        yield 'sub'
    except ValueError:
        yield 'sub handled'
def deleg():
    yield from sub()
    yield 'after'
d = deleg()
next(d)
assert d.throw(ValueError) == 'sub handled'
assert next(d) == 'after'

# close is forwarded
sub_log = []
def sub2():
    try:
        yield 1
    finally:
        sub_log.append('sub closed')
def deleg2():
    yield from sub2()
d2 = deleg2()
next(d2)
d2.close()
assert sub_log == ['sub closed']

# --- generator expressions ---
ge = (x * x for x in range(5))
assert type(ge).__name__ == 'generator'
assert sum(ge) == 30
assert sum(ge) == 0, "generator expression is single-use"
assert sum(x for x in range(4)) == 6, "generator expression as sole argument needs no parentheses"
assert max(len(w) for w in ['a', 'abc', 'ab']) == 3
assert list(x for x in 'ab') == ['a', 'b']
assert sorted((x for x in [3, 1, 2]), reverse=True) == [3, 2, 1]
assert ''.join(c.upper() for c in 'abc') == 'ABC'
assert any(x > 2 for x in [1, 2, 3]) and not all(x > 2 for x in [1, 2, 3])
# outermost iterable evaluated immediately, the rest lazily
try:
    gx = (x for x in 5)
    assert False
except TypeError:
    pass
gy = (1 / 0 for _ in range(1))
try:
    next(gy)
    assert False
except ZeroDivisionError:
    pass

# nested generator expression with conditions
pairs = list((a, b) for a in range(3) for b in range(3) if a < b)
assert pairs == [(0, 1), (0, 2), (1, 2)]

# --- infinite generators with manual islice ---
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        out.append(next(it))
    return out
assert take(5, naturals()) == [0, 1, 2, 3, 4]
def my_islice(it, start, stop, step=1):
    it = iter(it)
    for i, v in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield v
assert list(my_islice(naturals(), 2, 10, 3)) == [2, 5, 8]
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
assert take(10, fib()) == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
evens = (n for n in naturals() if n % 2 == 0)
assert take(3, evens) == [0, 2, 4]

# --- generator states / attributes ---
def simple():
    yield 1
sg = simple()
assert sg.__name__ == 'simple'
assert sg.gi_running is False
assert sg.gi_frame is not None
list(sg)
assert sg.gi_frame is None, "frame released when finished"

# a generator cannot be re-entered while running
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
    assert False
except ValueError as ex:
    assert str(ex) == 'generator already executing', str(ex)

# generator in a class
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
assert list(t) == [1, 2, 3, 4]

# local state survives across yields
def stateful():
    seen = []
    for c in 'xyz':
        seen.append(c)
        yield ''.join(seen)
assert list(stateful()) == ['x', 'xy', 'xyz']

# yield inside try/except inside loop
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield None
assert list(safe_div([(1, 2), (1, 0), (3, 1)])) == [0.5, None, 3.0]

# return value of a generator via StopIteration.value and yield from
def gen_with_return():
    yield 1
    return [1, 2]
def get_return():
    r = yield from gen_with_return()
    return r
gr = get_return()
next(gr)
try:
    next(gr)
except StopIteration as si:
    assert si.value == [1, 2]

print("ok")
