# Boolean operators and truthiness: and/or return operands, short-circuit, not, bool() of all kinds.

# --- falsy values ---
for falsy in (None, False, 0, 0.0, -0.0, 0j, '', b'', bytearray(), [], (), {}, set(), frozenset(), range(0)):
    assert not falsy, repr(falsy)
    assert bool(falsy) is False, repr(falsy)

for truthy in (True, 1, -1, 0.1, float('nan'), 1j, ' ', 'False', b'\x00', [0], (None,), {0: 0}, {0}, range(1), object(), len, int):
    assert truthy, repr(truthy)
    assert bool(truthy) is True

# --- and / or return one of their operands ---
assert (1 and 2) == 2
assert (0 and 2) == 0
assert (1 or 2) == 1
assert (0 or 2) == 2
assert ('' or 'default') == 'default'
assert ([] and 'x') == []
assert (None or 0) == 0
assert (None or []) == []
x = [] or {} or 0 or 'last'
assert x == 'last'
assert (1 and 2 and 3) == 3
assert (1 and 0 and 3) == 0
assert (0 or '' or None) is None

# --- short circuit ---
seen = []
def t(val):
    seen.append(val)
    return val
seen.clear()
t(0) and t(1)
assert seen == [0], "and stops at first falsy"
seen.clear()
t(1) or t(2)
assert seen == [1], "or stops at first truthy"
seen.clear()
t(1) and t(0) or t(3)
assert seen == [1, 0, 3]
seen.clear()
t(0) or t(0) and t(9)
assert seen == [0, 0], "and binds tighter than or"

# --- precedence: not > and > or ---
assert (not 0 and 0) == False
assert (not (0 and 0)) is True
assert (True or False and False) is True, "and before or"
assert ((True or False) and False) is False
assert (not True == False) is True, "== binds tighter than not"

# --- not always returns bool ---
assert (not 5) is False
assert (not []) is True
assert type(not 'x') is bool

# --- bool is a subclass of int ---
assert issubclass(bool, int)
assert True + True + True == 3
assert sum([True, False, True]) == 2
assert repr(True) == 'True' and str(False) == 'False'
assert bool() is False
assert bool('0') is True
try:
    class B(bool): pass
    assert False, "bool cannot be subclassed"
except TypeError as e:
    assert str(e) == "type 'bool' is not an acceptable base type", str(e)

# --- user-defined truthiness ---
class WithBool:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v

class WithLen:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n

class Both:
    def __bool__(self): return True
    def __len__(self): return 0

class Neither:
    pass

assert not WithBool(False)
assert WithBool(True)
assert not WithLen(0), "__len__ used when no __bool__"
assert WithLen(3)
assert Both(), "__bool__ has priority over __len__"
assert Neither(), "objects are truthy by default"

class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
    assert False
except TypeError as e:
    assert str(e) == '__bool__ should return bool, returned int', str(e)

class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
    assert False
except ValueError as e:
    assert str(e) == '__len__() should return >= 0', str(e)

# truthiness in if/while uses the same protocol
calls = []
class Counted:
    def __bool__(self):
        calls.append(1)
        return False
if Counted():
    assert False
assert calls == [1]
n = 0
w = WithLen(3)
while w:
    w.n -= 1
    n += 1
assert n == 3

# conditional expression
assert (1 if [] else 2) == 2
assert ('a' if 'x' else 'b') == 'a'
assert (1 if 0 else 2 if 0 else 3) == 3, "conditional expressions nest to the right"

print("ok")
