# Generators traced: interleaving of producer/consumer, send/throw/close, yield from delegation,
# return values, finally blocks, generator expressions and pipelines.

def producer(n):
    print('producer start')
    try:
        for i in range(n):
            print('  yielding', i)
            got = yield i
            if got is not None:
                print('  received', got)
        return 'producer done'
    finally:
        print('producer finally')

g = producer(3)
print('created')
print('next ->', next(g))
print('send ->', g.send('hello'))
print('next ->', next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value)

g = producer(5)
next(g)
g.close()
print('closed; next default ->', next(g, 'exhausted'))

def catcher():
    while True:
        try:
            x = yield
            print('catcher got', x)
        except ValueError as e:
            print('catcher caught ValueError', e)
        except GeneratorExit:
            print('catcher closing')
            return
c = catcher()
next(c)
c.send(1)
c.throw(ValueError('boom'))
c.send(2)
c.close()

def inner(tag):
    print(tag, 'inner start')
    x = yield tag + '-1'
    print(tag, 'inner got', x)
    y = yield tag + '-2'
    print(tag, 'inner got', y)
    return tag + '-result'

def outer():
    r1 = yield from inner('A')
    print('outer got', r1)
    r2 = yield from inner('B')
    print('outer got', r2)
    return [r1, r2]

o = outer()
out = [next(o)]
try:
    i = 0
    while True:
        i += 1
        out.append(o.send(i * 10))
except StopIteration as e:
    print('outer returned', e.value)
print(out)

def gen_throw_through():
    try:
        yield from inner('T')
    except KeyError as e:
        print('outer caught', repr(e))
        yield 'recovered'
gt = gen_throw_through()
print(next(gt))
print(gt.throw(KeyError('k')))

def counter():
    n = 0
    while True:
        n += 1
        yield n
def take(n, it):
    return [next(it) for _ in range(n)]
def squares(it):
    for v in it:
        yield v * v
def evens(it):
    return (v for v in it if v % 2 == 0)
print(take(6, evens(squares(counter()))))

pipeline = (x * 3 for x in range(10) if x % 3)
print(list(pipeline), list(pipeline))
print(sum(x for x in range(100)), max((len(w), w) for w in 'the quick brown fox'.split()))

def lazy_log(items):
    for it in items:
        print('  computing', it)
        yield it * 2
print('zip of lazy:', list(zip(lazy_log([1, 2, 3]), 'ab')))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(30)])

def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', [1, 2], range(3), (x for x in 'yz'))))

def tree(depth, prefix=''):
    if depth == 0:
        yield prefix
        return
    for ch in 'LR':
        yield from tree(depth - 1, prefix + ch)
print(list(tree(3)))

def stateful():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    yield 'final ' + str(total)
s = stateful()
next(s)
for v in [5, 10, 20]:
    print('running total', s.send(v))
print(s.send(None))

g = (i for i in range(3))
print(type(g).__name__, next(g), list(g), next(g, 'empty'))

def early_return():
    yield 1
    return
    yield 2
print(list(early_return()))

def gen_with_exception():
    yield 1
    raise ValueError('inside generator')
try:
    for v in gen_with_exception():
        print('got', v)
except ValueError as e:
    print('caught', e)

def leaky():
    yield 1
    raise StopIteration
try:
    print(list(leaky()))
except RuntimeError as e:
    print('RuntimeError', e)
