# Operator dispatch traced: forward/reflected/in-place methods, NotImplemented fallbacks,
# subclass priority, comparisons and their reflections.

log = []
class T:
    def __init__(self, name, handles=True):
        self.name = name
        self.handles = handles
    def __repr__(self):
        return self.name
def make(op):
    def f(self, other):
        log.append(f'{self.name}.__{op}__({other!r})')
        return f'{self.name} {op} {other!r}' if self.handles else NotImplemented
    return f
for op in ['add', 'radd', 'sub', 'rsub', 'mul', 'rmul', 'truediv', 'rtruediv', 'floordiv', 'rfloordiv',
           'mod', 'rmod', 'pow', 'rpow', 'lshift', 'rlshift', 'rshift', 'rrshift', 'and', 'rand', 'or', 'ror',
           'xor', 'rxor', 'matmul', 'rmatmul', 'iadd', 'imul', 'lt', 'gt', 'le', 'ge', 'eq', 'ne']:
    setattr(T, f'__{op}__', make(op))
T.__hash__ = object.__hash__

class Sub(T):
    pass
class SubOverride(T):
    pass
for op in ['radd', 'rsub', 'gt', 'eq']:
    setattr(SubOverride, f'__{op}__', make(op))

def run(label, fn):
    log.clear()
    try:
        r = fn()
        print(label, '=>', repr(r), log)
    except TypeError as e:
        print(label, '=> TypeError:', e, log)

a, b = T('a'), T('b')
na, nb = T('na', False), T('nb', False)
s, so = Sub('s'), SubOverride('so')
nso = SubOverride('nso', False)
run('a + b', lambda: a + b)
run('a + 1', lambda: a + 1)
run('1 + a', lambda: 1 + a)
run('na + b', lambda: na + b)
run('na + nb', lambda: na + nb)
run('1 - na', lambda: 1 - na)
run('a + s', lambda: a + s)
run('a + so', lambda: a + so)
run('a - so', lambda: a - so)
run('a + nso', lambda: a + nso)
run('so + a', lambda: so + a)
run('a * b, a @ b', lambda: (a * b, a @ b))
run('2 ** a', lambda: 2 ** a)
run('a ** 2', lambda: a ** 2)
run('pow(a, 2)', lambda: pow(a, 2))
run('a << 1, 1 >> a', lambda: (a << 1, 1 >> a))
run('a & 1, 1 | a, a ^ b', lambda: (a & 1, 1 | a, a ^ b))
run('a / b, a // b, a % b', lambda: (a / b, a // b, a % b))
run('3 / na', lambda: 3 / na)
run('a < b', lambda: a < b)
run('a > b', lambda: a > b)
run('1 < a', lambda: 1 < a)
run('a <= 1', lambda: a <= 1)
run('na < nb', lambda: na < nb)
run('na == nb', lambda: na == nb)
run('na != nb', lambda: na != nb)
run('na == na', lambda: na == na)
run('a == so', lambda: a == so)
run('a < so', lambda: a < so)
run('a == 1', lambda: a == 1)
run('1 == a', lambda: 1 == a)
run('a in [b]', lambda: a in [b])
run('[na] == [nb]', lambda: [na] == [nb])
run('(a,) < (b,)', lambda: (a,) < (b,))

def inplace():
    x = a
    x += 1
    y = a
    y *= 2
    z = a
    z -= 3
    w = na
    try:
        w += 1
    except TypeError as e:
        log.append('TypeError: ' + str(e))
    return x, y, z
run('in-place', inplace)

class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'Num({self.v})'
    def __add__(self, o):
        if isinstance(o, Num): return Num(self.v + o.v)
        if isinstance(o, int): return Num(self.v + o)
        return NotImplemented
    __radd__ = __add__
    def __neg__(self): return Num(-self.v)
    def __abs__(self): return Num(abs(self.v))
    def __bool__(self): return self.v != 0
    def __len__(self): return abs(self.v)
    def __index__(self): return self.v
    def __lt__(self, o): return self.v < (o.v if isinstance(o, Num) else o)
    def __eq__(self, o): return self.v == (o.v if isinstance(o, Num) else o)
    __hash__ = None
nums = [Num(3), Num(-1), Num(2)]
print(sum(nums), sum(nums, Num(100)), sorted(nums), min(nums), max(nums), -nums[0], abs(nums[1]))
print([bool(Num(0)), bool(Num(5))], len(Num(-4)), [10, 20, 30, 40][Num(1)], 'abcdef'[Num(1):Num(4)])
print(Num(2) == 2, 2 == Num(2), Num(2) != Num(3), Num(1) < 2, 2 > Num(1), hex(Num(255)), bin(Num(3)))
try:
    hash(Num(1))
except TypeError as e:
    print('TypeError:', e)
print(Num(1) in [Num(0), Num(1)], [Num(1)].index(1), [Num(2), Num(2)].count(Num(2)))
