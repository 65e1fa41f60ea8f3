# dict and set operations with printed results (integer sets only, for deterministic order).

d = {'one': 1, 'two': 2, 'three': 3}
print(d.keys(), d.values(), d.items())
print(d.get('two'), d.get('four'), d.get('four', 4), 'one' in d, 1 in d, len(d))
print(d.pop('two'), d, d.setdefault('four', 4), d, d.setdefault('one', 100), d)
d.update(five=5, one=11)
print(d, d.popitem(), d)
d2 = d.copy()
d2['new'] = 0
print(d, d2, d == d2, d | {'x': 1}, {'x': 1} | d)
d |= {'one': 'ONE'}
print(d, list(reversed(d)), list(reversed(d.items())))
print(sorted(d.items(), key=lambda kv: str(kv[1])), dict(sorted(d.items())))
print({**d, 'one': 1}, dict(d, extra=True), dict.fromkeys(d, None))
keys = d.keys()
print(keys & {'one', 'zzz'} == {'one'}, keys - {'one'} == {'three', 'four'}, keys | {'a'} >= {'a', 'one'})
print(d.keys() == {'one', 'three', 'four'}, d.items() >= {('one', 'ONE')}, ('one', 'ONE') in d.items())
for k, v in d.items():
    print(' ', k, '->', v)
nested = {}
for word in 'apple avocado banana blueberry cherry cranberry apricot'.split():
    nested.setdefault(word[0], []).append(word)
print(nested)
inverse = {}
for k, vs in nested.items():
    for v in vs:
        inverse[v] = k
print(inverse)
counts = {}
for ch in 'abracadabra':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda c: (-counts[c], c)))
print({k: v for k, v in counts.items() if v > 1}, sum(counts.values()), list(counts))
del counts['a']
counts['a'] = 0
print(counts)
print(dict(zip(range(5), range(5, 10))), dict(enumerate('xyz')), dict([('k', 'v')] * 3))
m = {i: i * i for i in range(10)}
for i in range(0, 10, 2):
    del m[i]
m[0] = 'zero'
print(m, len(m), min(m), max(m), sum(k for k in m if isinstance(k, int)))
s1 = {1, 2, 3, 4, 5}
s2 = {4, 5, 6, 7}
print(s1 | s2, s1 & s2, s1 - s2, s2 - s1, s1 ^ s2, s1 <= s2, s1 & s2 <= s1, s1.isdisjoint({9}))
print(s1.union([10], (11,)), s1.intersection(range(3, 10)), s1.difference({1}, {2}), s1.symmetric_difference(range(4)))
s3 = set(s1)
s3.add(0)
s3.discard(5)
s3.update({9, 8})
print(s3, len(s3), 0 in s3, 5 in s3, sorted(s3, reverse=True))
s3.intersection_update(range(5))
print(s3)
s3 |= {20, 10}
s3 -= {0}
s3 ^= {1, 100}
s3 &= set(range(50))
print(s3, len(s3))
fs = frozenset([3, 1, 2])
print(fs, fs | {0}, {0} | fs, fs & {1, 5}, type(fs - {1}).__name__, fs == {1, 2, 3}, {fs: 'key'}[frozenset({1, 2, 3})])
print({frozenset({1}), frozenset({1})}, len({frozenset(), frozenset([])}))
print(set(range(10, 0, -1)), {i * 37 % 11 for i in range(11)}, set([5, 5, 4, 4]), sorted({-1, -5, 3}))
print(sorted({1, 2, 3} | {2, 3, 4}), list({7, 3, 9} - {3}), sum({1, 2, 3}), max({4, 9, 1}))
print({(1, 2), (0, 1)} == {(0, 1), (1, 2)}, sorted({(1, 2), (0, 1)}), {1: {2: {3: {}}}})
print({True, 1, 1.0}, {0, False}, {1: 'a', True: 'b', 1.0: 'c'}, {None: None}, {(): ()})
