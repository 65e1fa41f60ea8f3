# Identity vs equality: `is` vs `==`, singletons, no assumptions about int caching or string interning,
# mutable aliasing, copies, containers using identity shortcuts.

# singletons are always identical
assert None is None and True is True and False is False
assert ... is Ellipsis and NotImplemented is NotImplemented
assert type(None)() is None, "NoneType() returns the singleton"
assert bool(1) is True and bool(0) is False
assert (1 == 1) is True and (1 < 0) is False

# equality does not imply identity
a = [1, 2]
b = [1, 2]
assert a == b and a is not b
c = a
assert c is a
c.append(3)
assert a == [1, 2, 3], "aliases see mutation"
assert b == [1, 2]

# equal numbers of different types are == but not identical
x = 1
y = 1.0
assert x == y and x is not y and type(x) is not type(y)

# results of computations: only equality is guaranteed (no caching assumptions)
big1 = 10 ** 20
big2 = 10 ** 20
assert big1 == big2, "equal big ints"
s1 = ''.join(['ab', 'c'])
s2 = 'a' + 'bc'
assert s1 == s2, "equal strings regardless of interning"
assert hash(s1) == hash(s2)
t1 = tuple([1, 2])
t2 = tuple([1, 2])
assert t1 == t2

# `is not` vs `not ... is`
assert (a is not b) == (not (a is b))

# identity of functions/classes/modules
def f(): pass
g = f
assert g is f
import sys
import sys as sys2
assert sys is sys2, "modules are cached"

# immutable "copies" may return the same object (no assumption either way, but equal)
t = (1, 2)
assert tuple(t) == t
s = 'abc'
assert str(s) == s and s[:] == s
fs = frozenset({1})
assert frozenset(fs) == fs

# mutable copies are always new objects
assert list(a) is not a and a[:] is not a and a.copy() is not a
d = {'k': 1}
assert dict(d) is not d and d.copy() is not d
st = {1}
assert set(st) is not st

# containers use identity first, then equality
nan = float('nan')
assert nan in [nan], "identity shortcut"
assert [nan].count(nan) == 1
assert [nan].index(nan) == 0
assert {nan: 1}[nan] == 1
assert (nan,) == (nan,)
class NeverEqual:
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__
ne = NeverEqual()
assert ne in [ne], "identity implies membership even when __eq__ says False"
assert [ne] == [ne]
assert not (ne == ne)
assert ne != ne, "default __ne__ inverts __eq__"
assert {ne: 'v'}[ne] == 'v'
lst = [NeverEqual()]
assert lst[0] not in [NeverEqual()]

class AlwaysEqual:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
ae = AlwaysEqual()
assert ae == 1 and ae == 'anything'
assert 1 in [ae], "membership calls == (reflected)"
assert [ae, ae].count(5) == 2
assert [5, 6].index(ae) == 0

# `is` on freshly created empty containers
assert [] is not []
assert {} is not {}

# id-based distinctness
objs = [object() for _ in range(5)]
assert len(set(map(id, objs))) == 5, "live objects have distinct ids"
assert len(set(objs)) == 5

# the same object appears multiple times
same = [a] * 3
assert same[0] is same[1] is same[2]

# default arguments keep identity
sentinel = object()
def uses_sentinel(v=sentinel):
    return v is sentinel
assert uses_sentinel() and not uses_sentinel(None)

# equality of different container types
assert [1] != (1,) and (1,) != [1]
assert {1: 2}.keys() == {1}
assert range(3) != [0, 1, 2]
assert 'a' != b'a'
assert 0 == False == 0.0 == -0.0 == 0j

print("ok")
