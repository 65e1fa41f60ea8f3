# list.sort / sorted edge cases around the VM's fast paths (typed keys, tuple columns, string prefixes) and
# its port of CPython's timsort (NaN keys, inconsistent __lt__, comparison order, errors mid-sort).

class RevInt(int):
    def __lt__(self, other):
        return int(self) > int(other)

def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed

def rand_list(n, mod, seed):
    g = lcg(seed)
    return [next(g) % mod for _ in range(n)]

# ---- numbers: ints, floats, bools, bigints (exact comparisons around 2**53), -0.0 ----
nums = [3, 1.5, True, 2**60, -2**70, 0.25, False, 0, -0.0, 0.0, 1, 1.0, 2**53 + 1, 2.0**53, 2**53, 2**53 - 1,
        1e20, 10**20, 10**20 + 1, -1e300, float('inf'), -float('inf'), 7]
print(sorted(nums))
print(sorted(nums, reverse=True))
print(sorted(range(len(nums)), key=lambda i: nums[i]))
print(sorted(range(len(nums)), key=lambda i: nums[i], reverse=True))
print(sorted([True, 1, False, 0, 1.0, 0.0, True], key=lambda v: v))
big = rand_list(300, 1000, 7)
print(sorted(range(300), key=lambda i: big[i] * 2**60)[:40])
print(sorted(range(300), key=lambda i: big[i] + 0.5)[:40])
print(sorted(range(300), key=lambda i: big[i] // 10, reverse=True)[:40])
print(sorted(rand_list(500, 50, 3)) == sorted(rand_list(500, 50, 3), key=lambda v: v))

# ---- large inputs (radix sort of number columns): duplicates keep their order, negatives, -0.0, inf ----
def order_sig(perm):
    return sum(i * p for i, p in enumerate(perm)) % 1000000007, perm[:12], perm[-12:]
N = 5000
r = rand_list(N, 10**9, 21)
key_sets = {
    'small ints': [v % 100 - 50 for v in r],
    'wide ints': [(v - 5 * 10**8) * 7919 for v in r],
    'huge ints': [(v % 1000) * 2**60 - 2**69 for v in r],
    'big mixed': [(v % 1000) * 2**60 if v % 3 else (v % 900) * 1.5e18 for v in r],
    'floats': [(v % 2000 - 1000) / 8 for v in r],
    'tiny floats': [(v % 50 - 25) * 1e-300 for v in r],
    'mixed': [[-0.0, 0, 0.0, False, True, 1, 1.0, float('inf'), -float('inf'), 2.5, -2.5][v % 11] for v in r],
    'int-float': [(v % 300) if v % 2 else (v % 300) + 0.5 for v in r],
    'bools': [v % 3 == 0 for v in r],
    'above 2**53': [2**53 + (v % 7) if v % 2 else float(2**53 + 2 * (v % 4)) for v in r],
    'short strs': ['k%d' % (v % 500) for v in r],
    'long strs': ['prefix_shared_%d' % (v % 700) for v in r],
    'latin strs': ['\xe9t\xe9%d' % (v % 90) for v in r],
    'bmp strs': ['\u4e2d%d\u6587' % (v % 90) for v in r],
    'astral strs': [['\U0001f600', '\uffff', '\ue000', 'a', '\U0001f600a', '\ud7ff'][v % 6] + str(v % 5) for v in r],
    'tuples': [(v % 7, 'n%d' % (v % 13), (v % 5) / 2) for v in r],
    'same strs': ['same'] * N,
    'prefix strs': ['abc' + 'd' * (v % 4) for v in r],
    'wide shared': ['\u4e2d\u6587_%d\xe9' % (v % 300) for v in r],
    # (a lone high surrogate never precedes a low one here: this VM's strs are UTF-16, where the two would
    # merge into one astral character, while CPython keeps two code points)
    'shared surrogate': ['\U0001f600x\ud83d' + ['\ue000', 'A', '', '\uffff', '\ud7ff', '\U0001f602'][v % 6] + str(v % 3) for v in r],
    'shared astral': ['\U0001f600' + ['\U0001f601', '\uffff', 'z', ''][v % 4] + str(v % 9) for v in r],
}
for name, keys in key_sets.items():
    print(name, order_sig(sorted(range(N), key=keys.__getitem__)))
    print(name, 'reverse', order_sig(sorted(range(N), key=keys.__getitem__, reverse=True)))
    print(name, 'values', sorted(keys)[::500] == sorted(keys, key=lambda k: k)[::500], ascii(sorted(keys)[::600]))

# ---- tuple keys taken apart while computed, then needed whole after all (n >= 64) ----
M = 300
rr = rand_list(M, 1000, 77)
print(sorted(range(M), key=lambda i: (rr[i] % 10, i % 3) if i != 250 else (rr[i] % 10,))[:30])
print(sorted(range(M), key=lambda i: (rr[i] % 10, i % 3) if i != 200 else (rr[i] % 10, i % 3, 0))[:30])
print(sorted(range(M), key=lambda i: (rr[i] % 7, float('nan') if i % 40 == 0 else (i % 5) / 2))[:40])
print(sorted(range(M), key=lambda i: (rr[i] % 5, RevInt(i % 7)))[:40])
print(sorted(range(M), key=lambda i: (rr[i] * M + i, None if i % 50 == 0 else 'x'))[:40])
for bad_key in (lambda i: (rr[i] % 10, None if i % 50 == 0 else i % 4), lambda i: (rr[i] % 10,) if i != 222 else 1):
    try:
        sorted(range(M), key=bad_key)
    except TypeError as e:
        print('TypeError', e)
lst = list(range(M))
def key_fail(i):
    if i == 150:
        raise KeyError('late')
    return (rr[i] % 10, 'x')
try:
    lst.sort(key=key_fail)
except KeyError as e:
    print('KeyError', e, lst == list(range(M)))

# ---- NaN keys: the result depends on the exact comparison sequence, as in CPython ----
nan = float('nan')
print(sorted([3, nan, 1, 2]), sorted([nan, 3, 1, 2]), sorted([3, 1, nan, 2, 0]))
for seed in range(5):
    vals = [nan if v % 7 == 0 else v for v in rand_list(200, 100, seed)]
    print(seed, sorted(vals)[:30], sorted(vals, reverse=True)[:30])
    print(sorted(range(200), key=lambda i: vals[i])[:30])
    print(sorted(range(200), key=lambda i: (vals[i] // 10 if vals[i] == vals[i] else nan, i % 3))[:30])

# ---- strings: code point order (not UTF-16), long common prefixes, Latin-1, BMP, astral, lone surrogates ----
words = ['b', 'a', '', 'ab', 'abc', 'abcdefgh', 'abcdefgi', 'abcdefg', 'abcdefghij', 'abcdefgh', 'Z', 'é', 'éa',
         'e\u0301', '中文', '\ue000', '\uffff', '\U00010000', '\U0001f600', 'a\U0001f600', 'a\uffff', 'a\ue000b',
         '\ud800', '\udc00', '\ud7ff', 'zzzzzzzzzzzzzzzz1', 'zzzzzzzzzzzzzzzz0', 'zzzzzzz']
print(ascii(sorted(words)))
print(ascii(sorted(words, reverse=True)))
print(ascii(sorted(words, key=lambda w: w[1:])))
print(sorted(range(len(words)), key=lambda i: words[i]))
print(sorted(range(len(words)), key=lambda i: (len(words[i]), words[i])))
print(sorted(range(len(words)), key=lambda i: (words[i][:1], i % 2), reverse=True))
latin = ['caf\xe9', 'cafe', 'caf\xe8', '\xff', '\x7f', 'caf', 'cafe\xe9\xe9\xe9\xe9\xe9']
print(ascii(sorted(latin)), ascii(sorted(latin, reverse=True)))
bmp = ['\u4e2d', '\u4e2d\u6587', '\u0100', 'a\u0100', 'a', '\u4e2d\u6587\u5b57\u7b26']
print(ascii(sorted(bmp)))
names = ['n%d' % v for v in rand_list(400, 1000, 11)]
print(sorted(names)[:20], sorted(names, reverse=True)[:20])
print(sorted(range(400), key=lambda i: names[i], reverse=True)[:40])
long_names = ['enemy_goblin_%d' % v for v in rand_list(300, 40, 5)]
print(sorted(range(300), key=lambda i: long_names[i])[:40])

# ---- tuple keys: columns of numbers / strings, ties, mixed widths and types (general path) ----
items = [((i * 7919) % 101, 'n%d' % (i % 13)) for i in range(400)]
print(sorted(items, key=lambda t: (t[0], t[1]))[:25])
print(sorted(items, key=lambda t: (t[1], -t[0]), reverse=True)[:25])
print(sorted(range(400), key=lambda i: (items[i][0] % 5, items[i][1], 0.5 * (i % 4)))[:40])
print(sorted(range(400), key=lambda i: (items[i][0] % 5 == 0, items[i][0] % 3))[:40])
print(sorted(range(60), key=lambda i: (i % 3, 2**64 if i % 2 else 1.5, 'x')))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z'), (1, 'a', 0), (1,), ()]))
print(sorted([(1, None), (0, None), (1, None)], key=lambda t: t))
print(sorted([(2, (1, 'a')), (1, (2, 'b')), (2, (0, 'c'))]))
print(sorted([(1, 'a'), (1.0, 'a'), (True, 'a')], key=lambda t: t))
try:
    sorted([(1, None), (1, 2)])
except TypeError as e:
    print('TypeError', e)

# ---- subclasses of int/str/float as keys go through their own __lt__ ----
class Ci(str):
    def __lt__(self, other):
        return self.lower() < other.lower()
print(sorted([3, 1, 2, 5, 4], key=RevInt))
print(sorted(['b', 'A', 'c', 'B', 'a'], key=Ci))
print(sorted([2.5, 1.5, 3.5], key=lambda v: type('F', (float,), {})(v)))

# ---- comparison order: count and log calls of a user __lt__ (small, merge and galloping sizes) ----
class K:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        K.calls += 1
        return self.v < other.v
for n, seed in ((10, 1), (70, 2), (300, 3), (1000, 4)):
    for data in (rand_list(n, n, seed), list(range(n)), list(range(n, 0, -1)), rand_list(n, 3, seed),
                 list(range(n // 2)) + list(range(n // 2))):
        K.calls = 0
        out = sorted([K(v) for v in data])
        print(n, K.calls, [k.v for k in out][:10])
        K.calls = 0
        out = sorted(data, key=K, reverse=True)
        print(n, K.calls, out[:10])

class Odd:
    """An inconsistent order: the result depends on timsort's exact steps."""
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return (self.v * 31 + other.v * 17) % 5 < 2
    def __repr__(self):
        return str(self.v)
print(sorted([Odd(v) for v in range(100)]))
print(sorted([Odd(v) for v in rand_list(400, 1000, 9)])[:50])

# ---- errors: key raising, __lt__ raising mid-sort (partial state as CPython), list modified during sort ----
def bad_key(v):
    if v == 5:
        raise KeyError(v)
    return v
lst = [9, 8, 7, 6, 5, 4]
try:
    lst.sort(key=bad_key)
except KeyError as e:
    print('KeyError', e, lst)

class Boom:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Boom.n += 1
        if Boom.n == 150:
            raise RuntimeError('boom')
        return self.v < other.v
    def __repr__(self):
        return str(self.v)
for rev in (False, True):
    Boom.n = 0
    lst = [Boom(v) for v in rand_list(120, 1000, 13)]
    try:
        lst.sort(reverse=rev)
    except RuntimeError as e:
        print('RuntimeError', e, lst)
    Boom.n = 0
    lst = rand_list(120, 1000, 13)
    try:
        lst.sort(key=Boom, reverse=rev)
    except RuntimeError as e:
        print('RuntimeError', e, lst)

lst = [3, 1, 2]
def grow(v):
    lst.append(v)
    return v
try:
    lst.sort(key=grow)
except ValueError as e:
    print('ValueError', e, lst)
lst = [3, 1, 2]
def peek(v):
    print('during sort', lst)
    return -v
lst.sort(key=peek)
print(lst)
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError', e)
try:
    sorted(['a', 1])
except TypeError as e:
    print('TypeError', e)
print(sorted([5]), sorted([]), sorted([5], key=lambda v: v), sorted('zyx'))
