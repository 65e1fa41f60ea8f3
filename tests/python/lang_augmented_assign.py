# Augmented assignment: all operators, in-place vs rebinding, __iadd__ and fallback to __add__/__radd__.

x = 10
x += 5; assert x == 15
x -= 3; assert x == 12
x *= 2; assert x == 24
x /= 4; assert x == 6.0 and type(x) is float
x = 17
x //= 5; assert x == 3
x = 17
x %= 5; assert x == 2
x **= 10; assert x == 1024
x >>= 3; assert x == 128
x <<= 1; assert x == 256
x &= 0xf0; assert x == 0
x |= 0b101; assert x == 5
x ^= 0b110; assert x == 3
s = 'ab'
s += 'cd'; assert s == 'abcd'
s *= 2; assert s == 'abcdabcd'
t = (1,)
t += (2,); assert t == (1, 2)

# --- list += extends in place (same object), + creates new ---
a = [1]
b = a
a += [2]
assert b == [1, 2] and a is b, "list += mutates in place"
a = a + [3]
assert b == [1, 2] and a is not b, "+ makes a new list"
a = [1]
a += (2, 3)
assert a == [1, 2, 3], "list += accepts any iterable"
a += 'xy'
assert a == [1, 2, 3, 'x', 'y']
try:
    a = [1]
    a = a + (2,)
    assert False
except TypeError as e:
    assert str(e) == 'can only concatenate list (not "tuple") to list', str(e)
a = [1, 2]
b = a
a *= 2
assert b == [1, 2, 1, 2] and a is b, "list *= in place"

# tuples/strings are immutable: += rebinds
t = (1,)
u = t
t += (2,)
assert u == (1,) and t == (1, 2)

# sets and dicts
s1 = {1}
s2 = s1
s1 |= {2}
assert s2 == {1, 2} and s1 is s2
s1 &= {2, 3}
assert s2 == {2}
s1 -= {2}
assert s2 == set()
s1 ^= {5}
assert s2 == {5}
d = {'a': 1}
d2 = d
d |= {'b': 2}
assert d2 == {'a': 1, 'b': 2} and d is d2

# --- user-defined __iadd__ ---
class Acc:
    def __init__(self):
        self.items = []
        self.log = []
    def __iadd__(self, other):
        self.log.append('iadd')
        self.items.append(other)
        return self
    def __add__(self, other):
        self.log.append('add')
        return NotImplemented

acc = Acc()
ref = acc
acc += 1
acc += 2
assert acc is ref and acc.items == [1, 2] and acc.log == ['iadd', 'iadd']

# __iadd__ returning something else rebinds the name to it
class Weird:
    def __iadd__(self, other):
        return 'replaced'
w = Weird()
w += 1
assert w == 'replaced'

# fallback: no __iadd__ -> __add__ and rebinding
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))
    def __radd__(self, other):
        return Num(other + self.v)
n = Num(1)
n0 = n
n += 5
assert n.v == 6 and n is not n0 and n0.v == 1, "fallback to __add__ makes new object"
m = 10
m += Num(3)
assert isinstance(m, Num) and m.v == 13, "fallback to reflected __radd__"

# __iadd__ returning NotImplemented falls back to __add__
class NI:
    def __init__(self): self.log = []
    def __iadd__(self, other):
        self.log.append('i')
        return NotImplemented
    def __add__(self, other):
        self.log.append('a')
        return 'sum'
ni = NI()
log = ni.log
ni += 1
assert ni == 'sum' and log == ['i', 'a']

# nothing works -> TypeError with the augmented operator in the message
class Nothing: pass
try:
    z = Nothing()
    z += 1
    assert False
except TypeError as e:
    assert str(e) == "unsupported operand type(s) for +=: 'Nothing' and 'int'", str(e)
try:
    z = Nothing()
    z **= 2
    assert False
except TypeError as e:
    assert str(e) == "unsupported operand type(s) for **=: 'Nothing' and 'int'", str(e)
try:
    q = 'a'
    q -= 'b'
    assert False
except TypeError as e:
    assert str(e) == "unsupported operand type(s) for -=: 'str' and 'str'", str(e)

# other in-place hooks
class All:
    def __init__(self): self.ops = []
    def __isub__(self, o): self.ops.append('isub'); return self
    def __imul__(self, o): self.ops.append('imul'); return self
    def __itruediv__(self, o): self.ops.append('itruediv'); return self
    def __ifloordiv__(self, o): self.ops.append('ifloordiv'); return self
    def __imod__(self, o): self.ops.append('imod'); return self
    def __ipow__(self, o): self.ops.append('ipow'); return self
    def __ilshift__(self, o): self.ops.append('ilshift'); return self
    def __irshift__(self, o): self.ops.append('irshift'); return self
    def __iand__(self, o): self.ops.append('iand'); return self
    def __ior__(self, o): self.ops.append('ior'); return self
    def __ixor__(self, o): self.ops.append('ixor'); return self
    def __imatmul__(self, o): self.ops.append('imatmul'); return self
al = All()
al -= 1; al *= 1; al /= 1; al //= 1; al %= 1; al **= 1
al <<= 1; al >>= 1; al &= 1; al |= 1; al ^= 1; al @= 1
assert al.ops == ['isub', 'imul', 'itruediv', 'ifloordiv', 'imod', 'ipow',
                  'ilshift', 'irshift', 'iand', 'ior', 'ixor', 'imatmul'], al.ops

# --- augmented assignment targets: evaluated once ---
calls = []
class Box:
    def __init__(self): self.v = 1
boxes = [Box()]
def get_box():
    calls.append('get')
    return boxes[0]
get_box().v += 10
assert boxes[0].v == 11 and calls == ['get'], "target expression evaluated once"

class LogDict(dict):
    def __getitem__(self, k):
        calls.append(('get', k))
        return dict.__getitem__(self, k)
    def __setitem__(self, k, v):
        calls.append(('set', k))
        dict.__setitem__(self, k, v)
calls.clear()
ld = LogDict(a=1)
def key():
    calls.append('key')
    return 'a'
ld[key()] += 1
assert calls == ['key', ('get', 'a'), ('set', 'a')], calls
assert ld['a'] == 2

# list element += mutates the element in place then stores it back
lst = [[1]]
inner = lst[0]
lst[0] += [2]
assert inner == [1, 2] and lst[0] is inner

# the famous tuple case: the in-place add happens, then the store fails
tup = ([1],)
try:
    tup[0] += [2]
    assert False
except TypeError as e:
    assert str(e) == "'tuple' object does not support item assignment", str(e)
assert tup[0] == [1, 2], "list was extended before the failing store"

# augmented assignment on undefined local
def f():
    counter += 1
try:
    f()
    assert False
except UnboundLocalError as e:
    assert str(e) == "cannot access local variable 'counter' where it is not associated with a value", str(e)

print("ok")
