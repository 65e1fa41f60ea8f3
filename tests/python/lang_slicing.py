# Slicing: steps, negative indices, clamping, slice objects, slice assignment (growing/shrinking,
# extended slices with matching length), del with slices, slicing strings/tuples/bytes/ranges.

s = list(range(10))
assert s[2:5] == [2, 3, 4]
assert s[:3] == [0, 1, 2] and s[7:] == [7, 8, 9]
assert s[-3:] == [7, 8, 9] and s[:-7] == [0, 1, 2]
assert s[-3:-1] == [7, 8]
assert s[::2] == [0, 2, 4, 6, 8]
assert s[1::3] == [1, 4, 7]
assert s[::-1] == [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
assert s[::-3] == [9, 6, 3, 0]
assert s[8:2:-2] == [8, 6, 4]
assert s[2:8:-1] == [], "wrong direction gives empty"
assert s[-1:-4:-1] == [9, 8, 7]
assert s[100:] == [] and s[:100] == s and s[-100:3] == [0, 1, 2], "out-of-range bounds are clamped"
assert s[5:2] == []
assert s[:] == s and s[:] is not s
assert s[None:None:None] == s
try:
    s[::0]
    assert False
except ValueError as e:
    assert str(e) == 'slice step cannot be zero', str(e)

# slice objects
sl = slice(1, 8, 3)
assert s[sl] == [1, 4, 7]
assert (sl.start, sl.stop, sl.step) == (1, 8, 3)
assert slice(5).stop == 5 and slice(5).start is None
assert slice(None, None, -1).indices(5) == (4, -1, -1)
assert slice(1, 100).indices(10) == (1, 10, 1)
assert slice(-3, None).indices(10) == (7, 10, 1)
assert slice(1, 2) == slice(1, 2) and slice(1, 2) != slice(1, 3)
assert repr(slice(None, 2, None)) == 'slice(None, 2, None)'

# strings, tuples, bytes, ranges
assert 'hello'[1:4] == 'ell' and 'hello'[::-1] == 'olleh' and 'hello'[-2:] == 'lo'
assert 'abcdef'[::2] == 'ace'
assert (1, 2, 3, 4)[1::2] == (2, 4)
assert b'abcdef'[1:3] == b'bc' and b'abc'[::-1] == b'cba'
assert b'abc'[0] == 97 and b'abc'[-1:] == b'c', "indexing bytes gives int, slicing gives bytes"
assert range(10)[2:8:2] == range(2, 8, 2)
assert list(range(10)[::-3]) == [9, 6, 3, 0]
assert bytearray(b'hello')[1:3] == bytearray(b'el')

# --- slice assignment ---
a = [0, 1, 2, 3, 4]
a[1:3] = ['a', 'b', 'c']
assert a == [0, 'a', 'b', 'c', 3, 4], "slice assignment can grow"
a[1:4] = []
assert a == [0, 3, 4], "and shrink"
a[1:1] = [1, 2]
assert a == [0, 1, 2, 3, 4], "insert with empty slice"
a[:0] = ['start']
assert a[0] == 'start'
a[len(a):] = ['end']
assert a[-1] == 'end'
a[:] = 'xyz'
assert a == ['x', 'y', 'z'], "any iterable on the right"
a[::2] = ['A', 'C']
assert a == ['A', 'y', 'C'], "extended slice with same length"
try:
    a[::2] = [1, 2, 3]
    assert False
except ValueError as e:
    assert str(e) == 'attempt to assign sequence of size 3 to extended slice of size 2', str(e)
a = list(range(6))
a[::-2] = [50, 30, 10]
assert a == [0, 10, 2, 30, 4, 50]
a[-2:] = (7,)
assert a == [0, 10, 2, 30, 7]
a[10:20] = [99]
assert a[-1] == 99, "assignment beyond the end appends"
try:
    a[0:1] = 5
    assert False
except TypeError as e:
    assert str(e) == 'can only assign an iterable', str(e)
b = [1, 2, 3]
b[1:2] = b
assert b == [1, 1, 2, 3, 3], "assigning a list to a slice of itself"
b = [1, 2, 3]
b = [1, 2, 3, 4]
b[3:1] = ['x']
assert b == [1, 2, 3, 'x', 4], "empty slice with stop < start inserts at start"

# --- del with slices ---
a = list(range(10))
del a[::3]
assert a == [1, 2, 4, 5, 7, 8]
del a[-2:]
assert a == [1, 2, 4, 5]
del a[:]
assert a == []
a = list(range(5))
del a[::-2]
assert a == [1, 3]
a = list(range(5))
del a[10:]
assert a == [0, 1, 2, 3, 4], "deleting an empty slice does nothing"

# bytearray slice assignment
ba = bytearray(b'hello')
ba[0:1] = b'J'
assert ba == b'Jello'
ba[1:] = b'ELLY'
assert ba == bytearray(b'JELLY')
del ba[::2]
assert ba == b'EL'

# negative index normalisation
l = [1, 2, 3]
assert l[-1] == 3 and l[-3] == 1
try:
    l[-4]
    assert False
except IndexError:
    pass
l[-1] = 'last'
assert l == [1, 2, 'last']

# slicing with big/negative huge bounds
assert l[-(10 ** 20):10 ** 20] == l
assert 'abc'[10 ** 20:] == ''

# __getitem__ receiving slices from user classes
class Sl:
    def __getitem__(self, k):
        return k
assert Sl()[1:2:3] == slice(1, 2, 3)
assert Sl()[:] == slice(None, None, None)
assert Sl()[::] == slice(None, None, None)
assert Sl()[1:] == slice(1, None, None)

print("ok")
