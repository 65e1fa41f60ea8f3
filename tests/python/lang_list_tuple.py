# list and tuple operations: methods, sort with key/reverse, copying, comparison, repetition aliasing,
# index/count/remove errors, tuple immutability and hashing, nested containers.

l = [3, 1, 2]
l.append(4)
assert l == [3, 1, 2, 4]
l.extend([5, 6])
assert l == [3, 1, 2, 4, 5, 6]
l.insert(0, 0)
assert l[0] == 0
l.insert(100, 'end')
assert l[-1] == 'end', "insert past the end appends"
l.insert(-1, 'before end')
assert l[-2:] == ['before end', 'end']
assert l.pop() == 'end' and l.pop(0) == 0 and l.pop(-1) == 'before end'
assert l == [3, 1, 2, 4, 5, 6]
l.remove(4)
assert l == [3, 1, 2, 5, 6]
assert l.index(5) == 3 and l.count(1) == 1
assert [1, 2, 1, 2].index(2, 2) == 3
l.reverse()
assert l == [6, 5, 2, 1, 3]
l.sort()
assert l == [1, 2, 3, 5, 6]
l.clear()
assert l == []

# errors
def err(fn):
    try:
        fn()
    except (ValueError, IndexError, TypeError) as e:
        return type(e).__name__ + ': ' + str(e)
assert err(lambda: [].pop()) == 'IndexError: pop from empty list'
assert err(lambda: [1].pop(5)) == 'IndexError: pop index out of range'
assert err(lambda: [1].remove(2)) == 'ValueError: list.remove(x): x not in list'
assert err(lambda: [1].index(2)) == 'ValueError: 2 is not in list'
assert err(lambda: (1,).index(2)) == 'ValueError: tuple.index(x): x not in tuple'
assert err(lambda: [1][1]) == 'IndexError: list index out of range'
assert err(lambda: [1].__setitem__(3, 0)) == 'IndexError: list assignment index out of range'
assert err(lambda: (1, 2)[5]) == 'IndexError: tuple index out of range'
assert err(lambda: [1] + (2,)) == 'TypeError: can only concatenate list (not "tuple") to list'
assert err(lambda: (1,) + [2]) == 'TypeError: can only concatenate tuple (not "list") to tuple'

# --- sort ---
words = ['banana', 'Apple', 'cherry', 'apple']
assert sorted(words) == ['Apple', 'apple', 'banana', 'cherry']
words.sort(key=str.lower)
assert words == ['Apple', 'apple', 'banana', 'cherry'], "stable with equal keys"
words.sort(key=len, reverse=True)
assert words == ['banana', 'cherry', 'Apple', 'apple']
nums = [5, -3, 2, -8]
nums.sort(key=abs)
assert nums == [2, -3, 5, -8]
assert nums.sort() is None, "sort returns None"
recs = [(2, 'b'), (1, 'a'), (2, 'a'), (1, 'b')]
recs.sort(key=lambda r: r[1])
recs.sort(key=lambda r: r[0])
assert recs == [(1, 'a'), (1, 'b'), (2, 'a'), (2, 'b')], "multi-pass sort relies on stability"
try:
    [1, 2].sort(lambda x: x)
    assert False
except TypeError as e:
    assert str(e) == 'sort() takes no positional arguments', str(e)
# list modified during sort
lst = [3, 2, 1]
try:
    lst.sort(key=lambda x: lst.append(x) or x)
    assert False
except ValueError as e:
    assert str(e) == 'list modified during sort', str(e)

# --- copying ---
a = [[1], 2]
b = a.copy()
c = a[:]
d = list(a)
assert a == b == c == d and a is not b and a is not c and a is not d
b[0].append('shared')
assert a[0] == [1, 'shared'], "shallow copies share nested objects"

# --- repetition aliasing ---
grid = [[0] * 2] * 2
grid[0][0] = 1
assert grid == [[1, 0], [1, 0]], "repeated list references the same inner list"
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
assert grid == [[1, 0], [0, 0]]
assert [1, 2] * 0 == [] and [1] * -3 == [] and 2 * [1] == [1, 1]

# --- comparison / equality ---
assert [1, 2] == [1, 2] and [1, 2] != [2, 1]
assert [1, [2, 3]] == [1, [2, 3]]
assert [] < [0] and [1, 2] < [1, 3] and [2] > [1, 99]
assert (1, 2) == (1, 2) and (1, 2) != [1, 2]

# --- membership / builtins ---
assert 2 in [1, 2] and [1] in [[1], [2]]
assert len([None] * 5) == 5
assert max([1, 5, 3]) == 5 and sum([1, 2]) == 3
assert list(reversed([1, 2, 3])) == [3, 2, 1]

# --- del ---
l = list(range(6))
del l[0]
del l[-1]
assert l == [1, 2, 3, 4]
del l[1:3]
assert l == [1, 4]

# --- tuple ---
t = (1, 2, 3)
assert t[0] == 1 and t[-1] == 3 and t[1:] == (2, 3) and len(t) == 3
assert t + (4,) == (1, 2, 3, 4) and t * 2 == (1, 2, 3, 1, 2, 3)
assert t.count(2) == 1 and t.index(3) == 2
assert (1,) != 1 and (1) == 1
assert tuple() == () and tuple([1, 2]) == (1, 2)
try:
    t[0] = 5
    assert False
except TypeError as e:
    assert str(e) == "'tuple' object does not support item assignment", str(e)
try:
    del t[0]
    assert False
except TypeError as e:
    assert str(e) == "'tuple' object doesn't support item deletion", str(e)
try:
    t.append(4)
    assert False
except AttributeError as e:
    assert str(e) == "'tuple' object has no attribute 'append'", str(e)
assert hash((1, 2)) == hash((1, 2))
assert {(1, 2): 'pair'}[(1, 2)] == 'pair'
nested = ([1], 2)
nested[0].append(3)
assert nested == ([1, 3], 2), "tuple holds a mutable list"
empty1 = ()
empty2 = tuple()
assert empty1 == empty2

# tuple packing/unpacking in returns and loops
def pair():
    return 1, 'a'
n, s = pair()
assert n == 1 and s == 'a'
assert [x + y for x, y in [(1, 2), (3, 4)]] == [3, 7]

# list from various iterables
assert list('ab') == ['a', 'b'] and list({'k': 1}) == ['k'] and list(range(2)) == [0, 1]
assert list(map(str, (1, 2))) == ['1', '2']

# list identity vs equality
x = [1]
y = x
y += [2]
assert x == [1, 2]
z = x[:]
z.append(3)
assert x == [1, 2]

# list.__iadd__ with self
w = [1, 2]
w += w
assert w == [1, 2, 1, 2]
w.extend(w)
assert w == [1, 2, 1, 2] * 2
w = [1, 2]
w[len(w):] = w
assert w == [1, 2, 1, 2]

# list of lists sort compares elementwise
assert sorted([[2, 1], [1, 2], [1]]) == [[1], [1, 2], [2, 1]]

print("ok")
