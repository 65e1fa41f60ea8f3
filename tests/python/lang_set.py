# set and frozenset: algebra (operators and methods), comparisons, mutation methods, frozenset
# hashing and use as keys/elements, errors, set comprehensions, deduplication by ==/hash.

a = {1, 2, 3}
b = {3, 4}
assert a | b == {1, 2, 3, 4} and a.union(b, [5]) == {1, 2, 3, 4, 5}
assert a & b == {3} and a.intersection(b, {3, 9}) == {3}
assert a - b == {1, 2} and a.difference(b, {1}) == {2}
assert a ^ b == {1, 2, 4} and a.symmetric_difference(b) == {1, 2, 4}
assert a.union('ab') == {1, 2, 3, 'a', 'b'}, "methods accept any iterable"
try:
    a | [1]
    assert False
except TypeError as e:
    assert str(e) == "unsupported operand type(s) for |: 'set' and 'list'", str(e)

# comparisons
assert {1} <= {1, 2} and {1} < {1, 2} and not {1, 2} < {1, 2}
assert {1, 2} >= {2} and {1, 2} > {2}
assert {1}.issubset([1, 2]) and {1, 2}.issuperset((1,))
assert {1}.isdisjoint({2}) and not {1}.isdisjoint([1])
assert {1, 2} == {2, 1} and {1} != {1, 2}
assert set() == frozenset()

# mutation
s = set()
s.add(1)
s.add(1)
assert s == {1} and len(s) == 1
s.update([2, 3], (4,))
assert s == {1, 2, 3, 4}
s.discard(10)
s.discard(4)
assert s == {1, 2, 3}
s.remove(3)
try:
    s.remove(3)
    assert False
except KeyError as e:
    assert str(e) == '3' and e.args == (3,)
s.intersection_update({1, 2, 5})
assert s == {1, 2}
s.difference_update([1])
assert s == {2}
s.symmetric_difference_update({2, 7})
assert s == {7}
assert s.pop() == 7 and s == set()
try:
    s.pop()
    assert False
except KeyError as e:
    assert str(e) == "'pop from an empty set'", str(e)
s = {1, 2}
c = s.copy()
c.add(3)
assert s == {1, 2}
s.clear()
assert s == set() and not s

# in-place operators mutate, binary ones make new sets
s = {1}
t = s
s |= {2}
assert t == {1, 2} and s is t
s = s | {3}
assert t == {1, 2} and s is not t

# --- frozenset ---
fs = frozenset([1, 2, 2])
assert fs == {1, 2} and len(fs) == 2
assert hash(fs) == hash(frozenset([2, 1])), "hash independent of insertion order"
assert {fs: 'v'}[frozenset({1, 2})] == 'v'
assert frozenset({frozenset({1})}) == {frozenset({1})}, "frozensets can nest"
assert type(fs | {3}) is frozenset, "result type follows the left operand"
assert type({3} | fs) is set
assert type(fs.union([9])) is frozenset
try:
    fs.add(3)
    assert False
except AttributeError as e:
    assert str(e) == "'frozenset' object has no attribute 'add'"
try:
    {[1]}
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'list'"
try:
    {{1}}
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'set'"
assert {1, 2} in [frozenset({1, 2})], "set == frozenset"
assert frozenset({1, 2}) in {frozenset({1, 2}): 1}
assert {1, 2}.__eq__(frozenset({1, 2}))
# a set can be used to look up a frozenset element
outer = {frozenset({1})}
assert {1} in outer, "set is converted to frozenset for membership"
outer.discard({1})
assert outer == set()

# --- dedup by == and hash ---
assert {1, 1.0, True} == {1} and len({1, 1.0, True}) == 1
assert len({0, -0.0, False}) == 1
assert len({'a', 'a', 'b'}) == 2
assert len({(1, 2), (1, 2)}) == 1
assert len(set('mississippi')) == 4

# --- set of small ints iterates in sorted order (CPython detail for small non-negative ints) ---
assert list({3, 1, 2}) == [1, 2, 3]

# --- comprehension / construction ---
assert {x % 4 for x in range(10)} == {0, 1, 2, 3}
assert set() != {} and type({}) is dict, "{} is a dict"
assert set([1, 2]) == {1, 2} and set({'k': 1}) == {'k'}
assert set(range(3)) == {0, 1, 2}

# --- iteration safety ---
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
    assert False
except RuntimeError as e:
    assert str(e) == 'Set changed size during iteration'

# --- repr ---
assert repr({1, 2, 3}) == '{1, 2, 3}'
assert repr(set()) == 'set()' and repr(frozenset()) == 'frozenset()'
assert repr(frozenset({1})) == 'frozenset({1})'
class S(set): pass
assert repr(S([1])) == 'S({1})'

# --- methods with multiple args / operators with sets of tuples ---
pairs = {(1, 'a'), (2, 'b')}
assert (1, 'a') in pairs and {p[0] for p in pairs} == {1, 2}
assert {1, 2, 3}.intersection() == {1, 2, 3}
assert set.union({1}, {2}, {3}) == {1, 2, 3}

# --- min/max/sum/sorted on sets ---
assert min({5, 3, 9}) == 3 and max({5, 3, 9}) == 9 and sum({1, 2, 3}) == 6
assert sorted({'b', 'a', 'c'}) == ['a', 'b', 'c']

print("ok")
