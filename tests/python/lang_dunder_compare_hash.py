# Rich comparisons and reflection, __eq__/__ne__ defaults, __hash__ rules (defining __eq__ makes a class
# unhashable), hash consistency, total ordering by hand.

log = []
class C:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append(('eq', self.v, getattr(o, 'v', o)))
        if not isinstance(o, C):
            return NotImplemented
        return self.v == o.v
    def __lt__(self, o):
        log.append(('lt', self.v, getattr(o, 'v', o)))
        if not isinstance(o, C):
            return NotImplemented
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v

assert C(1) == C(1) and not (C(1) == C(2))
assert C(1) != C(2), "__ne__ defaults to the inverse of __eq__"
assert not (C(1) != C(1))
assert C(1) < C(2)
assert C(2) > C(1), "reflected: > uses the other's __lt__"
log.clear()
r = C(2) > C(1)
assert log == [('lt', 1, 2)], log
assert C(1) <= C(1)
assert C(2) >= C(1), ">= reflects to __le__"
assert (C(1) == 5) is False, "both NotImplemented for == falls back to identity"
assert (C(1) != 5) is True
log.clear()
assert (5 == C(1)) is False
assert log == [('eq', 1, 5)], "int.__eq__ returns NotImplemented, reflected C.__eq__ is tried"

try:
    C(1) < 5
    assert False
except TypeError as e:
    assert str(e) == "'<' not supported between instances of 'C' and 'int'", str(e)

# subclass reflected comparison goes first
order = []
class Base:
    def __eq__(self, o):
        order.append('Base.eq')
        return NotImplemented
    def __lt__(self, o):
        order.append('Base.lt')
        return NotImplemented
    def __gt__(self, o):
        order.append('Base.gt')
        return NotImplemented
    __hash__ = object.__hash__
class Sub(Base):
    def __eq__(self, o):
        order.append('Sub.eq')
        return NotImplemented
    def __gt__(self, o):
        order.append('Sub.gt')
        return True
    __hash__ = object.__hash__
order.clear()
assert (Base() < Sub()) is True, "Sub.__gt__ (reflection of <) tried first"
assert order == ['Sub.gt'], order
order.clear()
Base() == Sub()
assert order == ['Sub.eq', 'Base.eq'], order

# __ne__ explicitly defined is used
class NeOnly:
    def __ne__(self, o): return 'custom ne'
assert (NeOnly() != 1) == 'custom ne'
x = NeOnly()
assert (x == x) is True, "default __eq__ is identity"

# comparison returning non-bool values passes through
class Weird:
    def __eq__(self, o): return 'eq!'
    def __lt__(self, o): return [1]
    __hash__ = None
assert (Weird() == 1) == 'eq!'
assert (Weird() < 1) == [1]
assert (Weird() != 1) is False, "__ne__ default inverts truthiness of __eq__ result"

# ---------- hashing ----------
class EqOnly:
    def __eq__(self, o): return True
assert EqOnly.__hash__ is None, "defining __eq__ sets __hash__ to None"
try:
    hash(EqOnly())
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'EqOnly'", str(e)
try:
    {EqOnly()}
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'EqOnly'"
try:
    {EqOnly(): 1}
    assert False
except TypeError:
    pass

class EqHash:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, EqHash) and self.k == o.k
    def __hash__(self): return hash(self.k)
s = {EqHash(1), EqHash(1), EqHash(2)}
assert len(s) == 2, "equal objects with equal hashes dedupe"
d = {EqHash('a'): 1}
assert d[EqHash('a')] == 1

class SubOfEqHash(EqHash):
    def __eq__(self, o): return False
assert SubOfEqHash.__hash__ is None, "overriding __eq__ in a subclass also resets __hash__"

class InheritsHash(EqHash):
    pass
assert hash(InheritsHash(3)) == hash(3)

# hash must return an int
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
    assert False
except TypeError as e:
    assert str(e) == '__hash__ method should return an integer', str(e)

# large hash values are reduced but stay consistent
class BigHash:
    def __hash__(self): return 2 ** 100
assert hash(BigHash()) == hash(2 ** 100)

# hash of builtins
assert hash(1) == hash(1.0) == hash(True)
assert hash(0) == hash(0.0) == hash(False) == 0
assert hash(-1) == -2, "CPython: -1 is reserved, hash(-1) == -2"
assert hash((1, 2)) == hash((1, 2))
assert hash(frozenset({1, 2})) == hash(frozenset({2, 1}))
assert hash('abc') == hash('ab' + 'c')
assert hash(None) == hash(None)
for unhashable in ([], {}, set(), bytearray()):
    try:
        hash(unhashable)
        assert False
    except TypeError as e:
        assert str(e) == f"unhashable type: '{type(unhashable).__name__}'", str(e)
try:
    hash(([1], 2))
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'list'"

# dict key lookup: hash match then identity or ==
class Key:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, Key) and self.n == o.n
d = {Key(1): 'one', Key(2): 'two'}
assert d[Key(2)] == 'two', "colliding hashes resolved by __eq__"
assert 1 not in d

# 1, 1.0 and True are the same key
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
assert d == {1: 'bool'} and len(d) == 1
assert list(d.keys())[0] is not True and type(list(d)[0]) is int, "first key object is kept"

# set operations rely on hash/eq
assert {1, 1.0, True} == {1}
assert len({0, 0.0, False, -0.0}) == 1

# hand-written total ordering using tuples
class Version:
    def __init__(self, s): self.t = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o): return self.t == o.t
    def __lt__(self, o): return self.t < o.t
    def __hash__(self): return hash(self.t)
vs = [Version('1.10'), Version('1.2'), Version('1.9.1')]
assert [v.t for v in sorted(vs)] == [(1, 2), (1, 9, 1), (1, 10)]
assert max(vs).t == (1, 10)

# sorting only needs __lt__
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
assert [o.v for o in sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)])] == [1, 2, 3]
assert [o.v for o in sorted([OnlyLt(3), OnlyLt(1)], reverse=True)] == [3, 1]

print("ok")
