# Generators whose yields stand as statements inside if/while/for (compiled as state machines) and generator
# expressions: control flow around yields, send/throw/close, return values, tracebacks, exc_info, nesting.
import sys
import traceback


def frames(e):
    out = []
    for line in ''.join(traceback.format_exception(e)).splitlines():
        if line.startswith('  File '):
            where, name = line.rsplit(', in ', 1)
            out.append((name, int(where.rsplit('line ', 1)[1])))
    return out


def branches(xs):
    for x in xs:
        if x < 0:
            yield 'neg', x
        elif x == 0:
            yield 'zero'
            continue
        else:
            if x > 10:
                yield 'big'
                break
            yield 'pos', x
        yield 'after', x
    else:
        yield 'no break'
    yield 'end'

print(list(branches([1, -2, 0, 3])))
print(list(branches([1, 20, 3])))
print(list(branches([])))


def while_else(n):
    i = 0
    while i < n:
        i += 1
        if i == 3:
            continue
        yield i
        if i == 100:
            break
    else:
        yield 'else'
    while True:
        yield 'loop'
        i -= 1
        if i < n - 1:
            break
    yield 'done', i

print(list(while_else(5)), list(while_else(0)))


def nested_loops(rows):
    for r in rows:
        for c in r:
            if c is None:
                break
            if c == 0:
                continue
            yield c
        else:
            yield 'row done'
    return 'all rows'

print(list(nested_loops([[1, 0, 2], [3, None, 4], []])))
g = nested_loops([[5]])
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('return value', e.value)
try:
    next(g)
except StopIteration as e:
    print('again', e.value, e.args)


def break_from_plain_statements(xs):
    # break/continue of a flattened loop from statements compiled the ordinary way (no yield inside)
    for x in xs:
        yield x
        try:
            if x == 2:
                continue
            if x == 4:
                break
        finally:
            print('  finally', x)
        print('  after try', x)
        for y in range(3):
            if y == 1:
                break
        with_loop = [z for z in range(x)]
        print('  inner', with_loop)

print(list(break_from_plain_statements([1, 2, 3, 4, 5])))


def return_in_finally_loop(xs):
    for x in xs:
        yield x
        try:
            if x == 2:
                return 'early'
        finally:
            if x == 2:
                print('  finally before return')
    return 'late'

for xs in ([1, 2, 3], [1]):
    g = return_in_finally_loop(xs)
    out = []
    try:
        while True:
            out.append(next(g))
    except StopIteration as e:
        print(out, e.value)


def continue_in_finally():
    for x in range(4):
        yield x
        try:
            if x % 2:
                return 'never'
        finally:
            continue
    yield 'survived'

print(list(continue_in_finally()))


def accumulate():
    total = 0
    count = 0
    while True:
        v = yield total
        if v is None:
            count += 1
            continue
        if v == 'stop':
            return total, count
        total += v

a = accumulate()
print(next(a), a.send(5), a.send(None), a.send(7), next(a))
try:
    a.send('stop')
except StopIteration as e:
    print('stopped with', e.value)
try:
    accumulate().send(1)
except TypeError as e:
    print('TypeError', e)
a = accumulate()
print(a.send(None))


def received_into_global():
    global G_RECEIVED
    G_RECEIVED = yield 'first'
    yield 'second'

G_RECEIVED = 'unset'
g = received_into_global()
print(next(g), g.send({'k': 1}), G_RECEIVED)


def make_counter():
    count = 0

    def gen():
        nonlocal count
        while count < 3:
            count = yield count
            count = (count or 0) + 1
    return gen, lambda: count

gen, peek = make_counter()
c = gen()
print(next(c), c.send(1), peek(), next(c), peek())


def stepper(n):
    for i in range(n):
        yield i

# throw() raises at the paused yield: uncaught, it finishes the generator with its frame in the traceback
s = stepper(5)
print(next(s), next(s))
try:
    s.throw(KeyError('thrown'))
except KeyError as e:
    print('KeyError', e, frames(e)[-1])
print(next(s, 'finished'), s.gi_frame)
s = stepper(5)
try:
    s.throw(ValueError)
except ValueError as e:
    print('thrown into a fresh generator', type(e).__name__, next(s, 'finished'))
s = stepper(3)
next(s)
s.close()
print('closed', next(s, 'finished'), s.gi_running)
s.close()
print(stepper(2).close())


def ignores_nothing():
    yield 1
    yield 2

g = ignores_nothing()
next(g)
g.close()
print(list(g))


def raises_inside(n):
    for i in range(n):
        if i == 2:
            raise ValueError('at two')
        yield i

out = []
try:
    for v in raises_inside(5):
        out.append(v)
except ValueError as e:
    print(out, e, [f for f in frames(e) if f[0] == 'raises_inside'])


def leaks_stop_iteration():
    it = iter([1])
    while True:
        yield next(it)

try:
    print(list(leaks_stop_iteration()))
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__, e.__suppress_context__)


def explicit_stop():
    yield 1
    raise StopIteration('explicit')

try:
    list(explicit_stop())
except RuntimeError as e:
    print('RuntimeError:', e, repr(e.__cause__))


def reentrant():
    yield 1
    yield next(me)

me = reentrant()
next(me)
try:
    next(me)
except ValueError as e:
    print('ValueError:', e)
print(next(me, 'finished after ValueError'))


def running_flag():
    yield me2.gi_running
    yield me2.gi_running

me2 = running_flag()
print(list(me2), me2.gi_running)


def exc_info_inside():
    yield sys.exc_info()[0]
    try:
        raise KeyError('inner')
    except KeyError:
        yield 'handled'  # not a state machine candidate: this generator keeps the JS generator form
    yield sys.exc_info()[0]


def exc_info_plain():
    yield sys.exc_info()[0]
    try:
        raise KeyError('inner')
    except KeyError:
        pass
    yield sys.exc_info()[0]

for make in (exc_info_inside, exc_info_plain):
    g = make()
    print(make.__name__, next(g))
    try:
        raise IndexError('outer')
    except IndexError:
        print(' in handler', next(g), sys.exc_info()[0])
    print(' after', list(g), sys.exc_info()[0])


def suspended_in_handler():
    try:
        raise KeyError('gen')
    except KeyError:
        yield sys.exc_info()[0]
        try:
            raise IndexError('nested')
        except IndexError:
            yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]

# resumed at another depth of the consumer's own except clauses, the generator's clauses still end cleanly
g = suspended_in_handler()
print(next(g))
try:
    raise ValueError('consumer')
except ValueError:
    print(' consumer handling', next(g), sys.exc_info()[0])
    try:
        raise TypeError('deeper')
    except TypeError:
        print(' deeper', next(g), sys.exc_info()[0])
    print(' back', next(g), sys.exc_info()[0])
print(' outside', next(g, 'finished'), sys.exc_info()[0])


def handled_then_yield():
    try:
        {}['missing']
    except KeyError as e:
        caught = repr(e)
    yield caught
    yield sys.exc_info()
    try:
        caught
    except NameError:
        yield 'unbound'

print(list(handled_then_yield()))


def deleted_local():
    x = 1
    yield x
    del x
    yield 'deleted'
    yield x

g = deleted_local()
print(next(g), next(g))
try:
    next(g)
except UnboundLocalError as e:
    print('UnboundLocalError:', e)


def unpacking(pairs):
    for i, (a, b) in enumerate(pairs):
        yield i, a + b
    for *init, last in [(1, 2, 3)]:
        yield init, last

print(list(unpacking([(1, 2), (3, 4)])))


def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
        yield [f() for f in fs]

print(list(late_binding()))


def tree(node, depth=0):
    if node is None:
        return
    label, children = node
    yield '  ' * depth + label
    for ch in children:
        for line in tree(ch, depth + 1):
            yield line

print('\n'.join(tree(('root', [('a', [('a1', [])]), ('b', [])]))))


def sub(tag):
    got = yield tag + '1'
    got2 = yield tag + str(got)
    return tag + '-ret-' + str(got2)


def delegating():
    r = yield from sub('A')
    yield r
    r = yield from sub('B')
    return r

d = delegating()
print(next(d), d.send('x'), d.send('y'), next(d), d.send(1))
try:
    d.send(2)
except StopIteration as e:
    print('delegating returned', e.value)
d = delegating()
next(d)
try:
    d.throw(LookupError('into sub'))
except LookupError as e:
    print('through yield from:', e, [f[0] for f in frames(e)])


class Walker:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for x in self.items:
            if isinstance(x, Walker):
                yield from x
            else:
                yield x

    def evens(self):
        for x in self:
            if x % 2 == 0:
                yield x


class SubWalker(Walker):
    def evens(self):
        for x in super().evens():
            yield x * 10
        yield __class__.__name__

print(list(Walker([1, Walker([2, 3]), 4])), list(SubWalker([1, 2, 4]).evens()))


def with_locals(a):
    b = a * 2
    yield sorted(locals().items())
    c = b + 1
    yield sorted(locals().items())

print(list(with_locals(1)))


def infinite():
    n = 0
    while 1:
        n += 1
        yield n

inf = infinite()
print([next(inf) for _ in range(5)], sum(x for x in range(50) if x % 3 == 0 if x > 20 for _ in range(2) if x < 40))

# generator expressions
ge = (x * y for x in range(4) if x % 2 for y in range(x) if y != 1)
print(list(ge), list(ge))
ge = ((x, y) for x in 'ab' for y in (x.upper(), x * 2))
print(next(ge), list(ge))
print(list(v for v in ()), sum(i for i in range(10)))
fs = [f() for f in (lambda: x for x in range(3))]
print(fs)
print(list((y := x) * 2 for x in range(3)), y)
ge = (x for x in range(3))
print(next(ge), ge.send(None))
try:
    ge.throw(ValueError('into genexp'))
except ValueError as e:
    print('genexp throw:', e, next(ge, 'finished'))
ge = (x for x in range(3))
ge.close()
print(list(ge))
ge = (1 / x for x in [1, 0, 2])
try:
    print(list(ge))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, list(ge))
ge = (x for x in range(2))
print(type(ge).__name__, ge.__name__, ge.__qualname__, ge.gi_running, iter(ge) is ge)
try:
    sum(x for x in 5)
except TypeError as e:
    print('TypeError:', e)


def outer_iter_evaluated_early():
    print('  evaluating iterable')
    return [1, 2]

ge = (x for x in outer_iter_evaluated_early())
print('created')
print(list(ge))


class Body:
    base = 10
    values = list(x + 1 for x in range(3))
    pairs = [(k, v) for k, v in zip('ab', (x * x for x in range(2)))]

print(Body.values, Body.pairs)


def gen_in_gen():
    def inner(k):
        for i in range(k):
            yield i
    for k in range(4):
        yield list(inner(k))
    yield [list(g) for g in (inner(j) for j in range(3))]

print(list(gen_in_gen()))


def repr_check():
    yield 1

r = repr_check()
print(repr(r).startswith('<generator object repr_check at 0x'), r.__name__, r.gi_code.co_name)
print(next(r), r.gi_frame is not None)


# yield from: a plain next() takes values straight from the innermost generator; how it ends still reaches
# the delegating body at its yield from
def sub_raises():
    yield 1
    raise KeyError('sub')


def owner_catches():
    try:
        r = yield from sub_raises()
        yield 'not reached', r
    except KeyError as e:
        yield 'caught ' + str(e)
    yield 'after'

print(list(owner_catches()))


def owner_lets_it_through():
    yield from sub_raises()

try:
    list(owner_lets_it_through())
except KeyError as e:
    print('through', [f[0] for f in frames(e)])


def reports_exc_info():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]


def owner_in_handler():
    try:
        raise ValueError('owner')
    except ValueError:
        yield from reports_exc_info()
    yield sys.exc_info()[0]

print(list(owner_in_handler()))


def cleanup_sub():
    try:
        yield 1
        yield 2
    finally:
        print('  sub finally')


def owner_closed():
    try:
        yield from cleanup_sub()
    finally:
        print('  owner finally')

o = owner_closed()
print(next(o))
o.close()
print('closed', next(o, 'finished'))


def from_builtins():
    r = yield from [1, 2]
    yield r
    yield from range(3, 5)
    yield from 'ab'
    yield from (x * 10 for x in range(2))
    yield from iter({'k': 1})

print(list(from_builtins()))
fb = from_builtins()
next(fb)
try:
    fb.throw(IndexError('into a list iterator'))
except IndexError as e:
    print('IndexError', e, next(fb, 'finished'))


def calls_owner_back():
    yield 1
    yield next(back)


def owner_of_back():
    yield from calls_owner_back()

back = owner_of_back()
print(next(back))
try:
    next(back)
except ValueError as e:
    print('ValueError', e, next(back, 'finished'))


def running_while_delegating():
    yield outer_running.gi_running

def outer_running_gen():
    yield from running_while_delegating()
    yield from running_while_delegating()

outer_running = outer_running_gen()
print(list(outer_running))


def deep(n):
    if n == 0:
        yield 'leaf'
        return 'bottom'
    r = yield from deep(n - 1)
    yield n
    return r + '^'

d = deep(30)
vals = []
try:
    while True:
        vals.append(next(d))
except StopIteration as e:
    print(vals[:3], len(vals), e.value[:8], len(e.value))


def leaves(node):
    if isinstance(node, list):
        for ch in node:
            yield from leaves(ch)
    else:
        yield node

print(list(leaves([1, [2, [3, [4, 5]], []], 6])))


def all_params(a, b=2, *rest, c, d=4, **kw):
    yield a, b, rest, c, d, sorted(kw.items())
    a += 1  # a rebound parameter keeps its new value across yields
    yield a
    a = yield a * 10
    yield a, b
    del b
    yield 'b deleted'
    yield b

ap = all_params(1, *[5, 6], c=3, z=9)
print(next(ap), next(ap), next(ap), ap.send('sent'), next(ap))
try:
    next(ap)
except UnboundLocalError as e:
    print('UnboundLocalError:', e, next(ap, 'end'))
ap = all_params(0, c=1)
print([next(ap) for _ in range(5)])
lam = lambda n: (yield n)
lg = lam(7)
print(next(lg), next(lg, 'lambda done'))


def walrus_in_yield():
    total = 0
    for i in range(3):
        yield (total := total + i)
    yield total

print(list(walrus_in_yield()))


def closure_over_loop_var():
    for i in range(3):
        yield lambda: i
    i = 'rebound'
    yield lambda: i

print([f() for f in list(closure_over_loop_var())])
