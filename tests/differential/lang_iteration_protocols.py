# Iteration protocols traced: __iter__/__next__ calls, __getitem__ fallback, __contains__ fallback,
# __reversed__/__len__ fallback, unpacking, builtins consuming iterators lazily.

log = []
class Iterable:
    def __init__(self, n, name='it'):
        self.n = n
        self.name = name
    def __iter__(self):
        log.append(f'{self.name}.__iter__')
        return Iterator(self.n, self.name)
class Iterator:
    def __init__(self, n, name):
        self.i = 0
        self.n = n
        self.name = name
    def __iter__(self):
        return self
    def __next__(self):
        log.append(f'{self.name}.__next__ -> {self.i if self.i < self.n else "Stop"}')
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1

def trace(label, fn):
    log.clear()
    try:
        r = fn()
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    print(label, '=>', r)
    for l in log:
        print('    ', l)

trace('list', lambda: list(Iterable(2)))
trace('next of iter', lambda: next(iter(Iterable(3))))
trace('unpack 2', lambda: (lambda a, b: (a, b))(*Iterable(2)))
def unpack_exact():
    a, b = Iterable(2)
    return a, b
def unpack_too_many():
    a, b = Iterable(3)
    return a, b
def unpack_star():
    a, *b = Iterable(4)
    return a, b
trace('unpack exact', unpack_exact)
trace('unpack too many', unpack_too_many)
trace('unpack star', unpack_star)
trace('zip', lambda: list(zip(Iterable(3, 'A'), Iterable(2, 'B'))))
trace('zip reversed order', lambda: list(zip(Iterable(2, 'B'), Iterable(3, 'A'))))
trace('in', lambda: 1 in Iterable(5))
trace('not in', lambda: 9 in Iterable(2))
trace('any', lambda: any(v > 0 for v in Iterable(5)))
trace('max', lambda: max(Iterable(3)))
trace('sorted', lambda: sorted(Iterable(3), reverse=True))
trace('enumerate', lambda: list(enumerate(Iterable(2), 5)))
trace('map 2', lambda: list(map(lambda a, b: a + b, Iterable(2, 'A'), Iterable(3, 'B'))))
trace('dict', lambda: dict.fromkeys(Iterable(2)))
trace('str join', lambda: '-'.join(map(str, Iterable(3))))
trace('sum start', lambda: sum(Iterable(4), 10))
trace('tuple', lambda: tuple(Iterable(1)))
trace('set', lambda: sorted(set(Iterable(3))))

class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        log.append(f'Seq.__getitem__({i})')
        return self.data[i]
    def __len__(self):
        # not logged: CPython also calls __len__ as a length hint, an implementation detail
        return len(self.data)
trace('seq iter', lambda: list(Seq('abc')))
trace('seq in', lambda: 'b' in Seq('abc'))
trace('seq reversed', lambda: list(reversed(Seq('abc'))))
trace('seq index', lambda: Seq('xyz')[1])
trace('seq slice', lambda: Seq('xyz')[::-1])
trace('seq len', lambda: len(Seq('xyz')))
trace('seq bool', lambda: bool(Seq('')))

class Contains:
    def __contains__(self, x):
        log.append(f'__contains__({x!r})')
        return x == 42
    def __iter__(self):
        log.append('__iter__ (should not be used by in)')
        return iter([])
trace('contains', lambda: (42 in Contains(), 1 in Contains(), 1 not in Contains()))

def gen(name, n):
    for i in range(n):
        log.append(f'{name} yields {i}')
        yield i
    log.append(f'{name} done')
trace('nested gens', lambda: [(a, b) for a in gen('outer', 2) for b in gen('inner', 2)])
trace('genexp lazy', lambda: next(x * 10 for x in gen('g', 5) if x > 1))
trace('iter sentinel', lambda: list(iter(Iterator(5, 'S').__next__, 3)))
