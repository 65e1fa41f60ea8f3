# Reprs of nested containers, dict ordering through mutations, sets of small ints, self-references.

print([], [[]], [[], [[]]], (), ((),), (1,), ((1,),), {}, {'a': {}}, set(), frozenset())
print([1, 'two', 3.0, None, True, b'x', (4, [5, {6: 'six'}])])
print({'b': 1, 'a': 2, 3: [4], (5, 6): {7, 8}, None: frozenset({9})})
print({1, 2, 3}, {3, 2, 1}, {10, 1, 5, 3}, {0, 100, 50, 7}, sorted({-1, -2, 5}))
print(set(range(20)), set(range(20, 0, -1)), {i * 7 % 13 for i in range(13)})
print(frozenset({5, 1, 3}), sorted({'x', 'a', 'm'}))
d = {}
for k in [5, 3, 9, 1, 7]:
    d[k] = k * k
print(d, list(d), list(d.values()), list(d.items()))
del d[3]
d[3] = 'again'
d[5] = 'updated'
print(d)
d.pop(9)
d.setdefault(0, 'zero')
d.update({1: 'one', 42: 'new'})
print(d, len(d))
print(dict.fromkeys(range(5)), dict.fromkeys('abc', 0))
print({**{'a': 1}, 'b': 2, **{'a': 3, 'c': 4}})
print(dict(zip(range(5), 'abcde')), dict([(1, 2), (3, 4)], x=5))
a = [1, 2]
a.append(a)
print(a)
b = {'k': 1}
b['self'] = b
print(b)
c = [a, b]
print(c)
t = ([],)
t[0].append(t)
print(t)
print(repr('quote\'s'), repr("dq\"s"), repr('both\'"'), repr('\\back'), repr('\x00\x1f\x7f\x80\xff'))
print(['\n', '\t', '\r', '\x0b', '\x0c', ' ', 'é', '€', '\u200b', '\U0001F600', '\ud800'])
print(str(['a']), str(('a',)), str({'a': 'b'}), str({'a'}))
nested = [[i * j for j in range(4)] for i in range(4)]
print(nested)
print([[[]] * 2] * 2, [(i, [j for j in range(i)]) for i in range(4)])
print(list(range(0)), list(range(-3, 3)), tuple(range(5, 0, -2)))
print(range(5), range(1, 5), range(1, 10, 3), range(0, -5, -1))
print(slice(1), slice(1, 2), slice(None, None, -1), Ellipsis, ..., NotImplemented)
print([None] * 3, [0.5] * 2, ['a'] * 3, (1, 2) * 2)
print(list('hello'), tuple('hi'), sorted('banana'), set([1, 1, 2, 2]))
print({True: 'a', 1: 'b', 1.0: 'c'}, {0: 'x', False: 'y'}, {1, True, 1.0}, {0, False, 0.0})
print(list(enumerate('abc', 10)), list(zip('ab', 'cd', 'ef')))
print(list(reversed([1, 2, 3])), list(map(str, [1, 2])), list(filter(None, [0, 1, '', 'a'])))
print([x for x in {3: 'c', 1: 'a', 2: 'b'}], sorted({3: 'c', 1: 'a', 2: 'b'}.items()))
print({k: v for k, v in sorted({'z': 1, 'y': 2}.items())})
big = {i: str(i) for i in range(30)}
for i in range(0, 30, 3):
    del big[i]
for i in range(0, 30, 6):
    big[i] = 'back'
print(big)
s = set()
for i in [5, 3, 8, 1, 9, 2]:
    s.add(i)
print(s)
s.discard(8)
s.add(4)
print(s, sorted(s), len(s))
print({1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
print(frozenset({1, 2}) | {3}, {3} | frozenset({1}))
