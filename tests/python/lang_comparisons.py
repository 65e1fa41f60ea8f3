# Comparisons: chained comparisons, evaluation order, cross-type comparisons, sequences, is/in.

calls = []
def v(x):
    calls.append(x)
    return x

# --- chained comparisons ---
assert 1 < 2 < 3
assert not (1 < 3 < 2)
assert 1 < 2 <= 2 < 3 != 4 == 4
assert (1 < 2) == True
assert not (3 > 2 > 2)
assert 1 == 1.0 == True
x = 5
assert 0 <= x < 10
assert not (0 <= x < 5)

calls.clear()
assert v(1) < v(2) < v(3)
assert calls == [1, 2, 3], "each operand evaluated once"
calls.clear()
assert not (v(3) < v(2) < v(1))
assert calls == [3, 2], "short-circuit after the first false link"
calls.clear()
r = v(1) < v(5) > v(2)
assert r is True and calls == [1, 5, 2]

# middle operand evaluated only once even if it is a call
count = [0]
def mid():
    count[0] += 1
    return 5
assert 1 < mid() < 10
assert count[0] == 1

# chained comparison result is the last evaluated comparison value (not necessarily bool)
class R:
    def __lt__(self, other):
        return 'yes'
r = R() < 1
assert r == 'yes', "rich comparison may return non-bool"
r = 0 < 1 < R() if False else (1 < 2 and R() < 3)
assert r == 'yes'

# --- equality across numeric types ---
assert 1 == 1.0 == 1 + 0j
assert True == 1 and False == 0.0
assert 0.1 + 0.2 != 0.3
assert (1 != 1.0) is False
assert 'a' != 1
assert (None == 0) is False
assert [] != ()
assert [1, 2] != (1, 2)
assert {1: 2} == {1: 2}
assert {1, 2} == frozenset({1, 2})
assert 'abc' == 'a' + 'bc'

# --- ordering of sequences is lexicographic ---
assert [1, 2, 3] < [1, 2, 4]
assert [1, 2] < [1, 2, 0], "prefix is smaller"
assert (1, 'a') < (1, 'b')
assert (2,) > (1, 99)
assert 'abc' < 'abd'
assert 'Z' < 'a', "code point order"
assert 'a' < 'aa'
assert '' < 'a'
assert b'a' < b'b'
assert [[1, 2], [1]] > [[1, 1, 5]]
assert (1, 2) <= (1, 2) and (1, 2) >= (1, 2)
assert ([1, float('nan')] == [1, float('nan')]) is False

# --- sets use subset ordering ---
assert {1} < {1, 2}
assert not ({1, 2} < {1, 2})
assert {1, 2} <= {1, 2}
assert not ({1, 3} < {1, 2}) and not ({1, 3} > {1, 2})
assert {1, 2, 3} > {2}

# --- unorderable types raise TypeError with CPython's message ---
def msg(f):
    try:
        f()
    except TypeError as e:
        return str(e)
    return None

assert msg(lambda: 1 < 'a') == "'<' not supported between instances of 'int' and 'str'"
assert msg(lambda: 'a' >= 1) == "'>=' not supported between instances of 'str' and 'int'"
assert msg(lambda: [1] < (1,)) == "'<' not supported between instances of 'list' and 'tuple'"
assert msg(lambda: None < None) == "'<' not supported between instances of 'NoneType' and 'NoneType'"
assert msg(lambda: {} < {}) == "'<' not supported between instances of 'dict' and 'dict'"
assert msg(lambda: 1j < 2j) == "'<' not supported between instances of 'complex' and 'complex'"
assert msg(lambda: [1, 'a'] < [1, 2]) == "'<' not supported between instances of 'str' and 'int'"
class A: pass
assert msg(lambda: A() < A()) == "'<' not supported between instances of 'A' and 'A'"
assert msg(lambda: A() > 1) == "'>' not supported between instances of 'A' and 'int'"

# --- identity ---
a = [1]
b = [1]
assert a == b and a is not b
c = a
assert c is a
assert None is None
assert (not a is b) == (a is not b)
t = ()
assert type(t) is tuple

# --- membership ---
assert 1 in [1, 2]
assert 3 not in [1, 2]
assert 'bc' in 'abcd', "substring test"
assert '' in 'abc', "empty string always a substring"
assert 'x' not in ''
assert 2 in {1: 'a', 2: 'b'}, "dict membership tests keys"
assert 'a' not in {1: 'a'}
assert 1.0 in [1], "membership uses =="
assert b'b' in b'abc'
assert 98 in b'abc', "int in bytes tests byte value"
assert (1, 2) in [(1, 2)]
assert 5 in range(0, 10, 5) and 6 not in range(0, 10, 5)
assert not (1 in [] or 1 in ())
assert msg(lambda: 1 in 'abc') == "'in <string>' requires string as left operand, not int"
assert msg(lambda: 1 in 5) == "argument of type 'int' is not iterable"

# not / in precedence
assert (not 1 in [2]) is True
assert (not (1 in [1])) is False

# --- comparison operator precedence vs bitwise ---
assert (1 | 2 == 3) is True, "| binds tighter than =="
assert (1 + 1 == 2) is True
assert (3 & 1 < 2) is True

print("ok")
