# Iteration builtins: len, range, enumerate, zip (strict), map (several iterables), filter(None),
# sorted (stability, key, reverse), min/max (key, default), sum (start), any/all, reversed,
# iter with sentinel, next with default.

# --- range ---
assert list(range(5)) == [0, 1, 2, 3, 4]
assert list(range(2, 8, 3)) == [2, 5]
assert list(range(10, 0, -2)) == [10, 8, 6, 4, 2]
assert list(range(0, -5, -1)) == [0, -1, -2, -3, -4]
assert list(range(5, 5)) == [] and list(range(5, 0)) == []
assert len(range(0, 10, 3)) == 4
assert len(range(10, 0, -3)) == 4
assert range(10)[3] == 3 and range(10)[-1] == 9
assert range(0, 20, 2)[2:5] == range(4, 10, 2)
assert range(10)[::-1] == range(9, -1, -1)
assert 5 in range(10) and 10 not in range(10) and 3 not in range(0, 10, 2)
assert range(0, 10, 2).index(4) == 2
assert range(1, 10).count(5) == 1
assert range(0) == range(5, 2), "empty ranges are equal"
assert range(0, 3) == range(0, 3, 1)
assert repr(range(3)) == 'range(0, 3)' and repr(range(1, 9, 2)) == 'range(1, 9, 2)'
r = range(1, 10, 2)
assert (r.start, r.stop, r.step) == (1, 10, 2)
assert list(reversed(range(4))) == [3, 2, 1, 0]
assert range(10 ** 20).stop == 10 ** 20
assert range(10 ** 20)[-1] == 10 ** 20 - 1, "big ranges"
assert 10 ** 19 in range(10 ** 20)
try:
    range(1, 2, 0)
    assert False
except ValueError as e:
    assert str(e) == 'range() arg 3 must not be zero', str(e)
try:
    range(1.5)
    assert False
except TypeError as e:
    assert str(e) == "'float' object cannot be interpreted as an integer", str(e)
try:
    range(3)[3]
    assert False
except IndexError as e:
    assert str(e) == 'range object index out of range', str(e)

# --- enumerate ---
assert list(enumerate('ab')) == [(0, 'a'), (1, 'b')]
assert list(enumerate('ab', 1)) == [(1, 'a'), (2, 'b')]
assert list(enumerate('ab', start=-1)) == [(-1, 'a'), (0, 'b')]
assert list(enumerate([], 5)) == []
e = enumerate('xyz')
assert next(e) == (0, 'x') and iter(e) is e

# --- zip ---
assert list(zip([1, 2, 3], 'ab')) == [(1, 'a'), (2, 'b')], "stops at shortest"
assert list(zip()) == []
assert list(zip([1, 2])) == [(1,), (2,)]
assert list(zip(*[(1, 'a'), (2, 'b')])) == [(1, 2), ('a', 'b')], "unzip idiom"
assert list(zip([1], [2], strict=True)) == [(1, 2)]
try:
    list(zip([1, 2], [1], strict=True))
    assert False
except ValueError as ex:
    assert str(ex) == 'zip() argument 2 is shorter than argument 1', str(ex)
try:
    list(zip([1], [1, 2], strict=True))
    assert False
except ValueError as ex:
    assert str(ex) == 'zip() argument 2 is longer than argument 1', str(ex)
try:
    list(zip([1], [1], [1, 2, 3], strict=True))
    assert False
except ValueError as ex:
    assert str(ex) == 'zip() argument 3 is longer than arguments 1-2', str(ex)
# zip pulls from iterators lazily and in order
it = iter([1, 2, 3])
assert list(zip(it, it)) == [(1, 2)], "same iterator twice pairs consecutive items"

# --- map ---
assert list(map(str, [1, 2])) == ['1', '2']
assert list(map(pow, [2, 3], [3, 2])) == [8, 9], "several iterables"
assert list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'ef')) == ['ace', 'bdf']
assert list(map(max, [1, 5], [4, 2], [3, 3])) == [4, 5]
assert list(map(lambda a, b: (a, b), [1, 2, 3], [1])) == [(1, 1)], "stops at shortest"
m = map(abs, [-1])
assert iter(m) is m and next(m) == 1

# --- filter ---
assert list(filter(None, [0, 1, '', 'a', None, [], [0]])) == [1, 'a', [0]], "None filters by truthiness"
assert list(filter(lambda x: x > 1, [1, 2, 3])) == [2, 3]
assert list(filter(str.isdigit, 'a1b2')) == ['1', '2']

# --- sorted ---
assert sorted([3, 1, 2]) == [1, 2, 3]
assert sorted('bca') == ['a', 'b', 'c']
assert sorted([3, 1, 2], reverse=True) == [3, 2, 1]
assert sorted(['bb', 'a', 'ccc'], key=len) == ['a', 'bb', 'ccc']
data = [('b', 1), ('a', 1), ('c', 0), ('d', 1)]
assert sorted(data, key=lambda t: t[1]) == [('c', 0), ('b', 1), ('a', 1), ('d', 1)], "stable"
assert sorted(data, key=lambda t: t[1], reverse=True) == [('b', 1), ('a', 1), ('d', 1), ('c', 0)], \
    "reverse keeps stability (equal elements keep original order)"
assert sorted({3: 'a', 1: 'b'}) == [1, 3]
assert sorted([]) == []
assert sorted(['B', 'a', 'C'], key=str.lower) == ['a', 'B', 'C']
assert sorted([-3, 2, -1], key=abs) == [-1, 2, -3]
try:
    sorted([1, 'a'])
    assert False
except TypeError as ex:
    assert str(ex) == "'<' not supported between instances of 'str' and 'int'", str(ex)
try:
    sorted([1], lambda x: x)
    assert False
except TypeError as ex:
    assert str(ex) == 'sorted expected 1 argument, got 2', str(ex)
original = [2, 1]
assert sorted(original) is not original and original == [2, 1]

# --- min / max ---
assert min(3, 1, 2) == 1 and max(3, 1, 2) == 3
assert min([3, 1, 2]) == 1 and max('hello') == 'o'
assert max(['a', 'bbb', 'cc'], key=len) == 'bbb'
assert min(['a', 'bbb', 'cc'], key=len) == 'a'
assert max([], default='empty') == 'empty'
assert min([], default=None) is None
assert max([1, 3, 3], key=lambda x: x) == 3
assert max([(1, 'a'), (1, 'b')], key=lambda t: t[0]) == (1, 'a'), "first maximal element wins"
assert min([(1, 'a'), (1, 'b')], key=lambda t: t[0]) == (1, 'a')
assert max(1, 2.5) == 2.5 and max(True, 0) is True
try:
    max([])
    assert False
except ValueError as ex:
    assert str(ex) == 'max() arg is an empty sequence', str(ex)
try:
    min([])
    assert False
except ValueError as ex:
    assert str(ex) == 'min() arg is an empty sequence', str(ex)
try:
    max(1)
    assert False
except TypeError as ex:
    assert str(ex) == "'int' object is not iterable", str(ex)
try:
    max(1, 2, default=0)
    assert False
except TypeError as ex:
    assert str(ex) == 'Cannot specify a default for max() with multiple positional arguments', str(ex)

# --- sum ---
assert sum([1, 2, 3]) == 6
assert sum([1, 2], 10) == 13
assert sum([[1], [2]], []) == [1, 2], "start can be a list"
assert sum([0.1] * 3) == 0.30000000000000004
assert sum(range(101)) == 5050
assert sum([], start=5) == 5
assert sum([True, True]) == 2
assert sum([1.5, 2]) == 3.5
try:
    sum(['a', 'b'], '')
    assert False
except TypeError as ex:
    assert str(ex) == "sum() can't sum strings [use ''.join(seq) instead]", str(ex)

# --- any / all ---
assert any([0, 0, 1]) and not any([]) and not any([0, ''])
assert all([1, 'x']) and all([]) and not all([1, 0])
checked = []
def chk(v):
    checked.append(v)
    return v
any(chk(v) for v in [0, 1, 2])
assert checked == [0, 1], "any short-circuits"
checked.clear()
all(chk(v) for v in [1, 0, 2])
assert checked == [1, 0], "all short-circuits"

# --- reversed ---
assert list(reversed([1, 2, 3])) == [3, 2, 1]
assert list(reversed('abc')) == ['c', 'b', 'a']
assert list(reversed((1, 2))) == [2, 1]
assert list(reversed({'a': 1, 'b': 2})) == ['b', 'a'], "dicts are reversible"
assert list(reversed({'a': 1, 'b': 2}.items())) == [('b', 2), ('a', 1)]
try:
    reversed({1, 2})
    assert False
except TypeError as ex:
    assert str(ex) == "'set' object is not reversible", str(ex)

# --- iter with sentinel ---
vals = [1, 2, 3, 0, 4]
pos = [0]
def produce():
    v = vals[pos[0]]
    pos[0] += 1
    return v
assert list(iter(produce, 0)) == [1, 2, 3], "iterate until the sentinel"
assert pos[0] == 4
try:
    iter(5, 0)
    assert False
except TypeError as ex:
    assert str(ex) == 'iter(v, w): v must be callable', str(ex)

# --- next with default ---
it = iter([1])
assert next(it) == 1
assert next(it, 'default') == 'default'
assert next(it, None) is None
try:
    next(it)
    assert False
except StopIteration:
    pass
try:
    next([1, 2])
    assert False
except TypeError as ex:
    assert str(ex) == "'list' object is not an iterator", str(ex)

# --- len ---
assert len('héllo') == 5 and len([1, [2, 3]]) == 2 and len({}) == 0 and len(range(3)) == 3
assert len(b'\x00\x01') == 2 and len({1, 1, 2}) == 2 and len(frozenset('aab')) == 2

print("ok")
