# Binary/unary operator dunders: __add__/__radd__, NotImplemented handling, subclass priority for
# reflected operands, unary operators, __index__, __round__, __abs__, __matmul__, error messages.

class V:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    def __radd__(self, o):
        return self.__add__(o)
    def __sub__(self, o):
        return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(*(a * k for a in self.c))
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k, mod=None):
        if mod is None:
            return V(*(a ** k for a in self.c))
        return V(*(pow(a, k, mod) for a in self.c))
    def __rpow__(self, base): return ('rpow', base)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return ('pos', self.c)
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __invert__(self): return V(*reversed(self.c))
    def __lshift__(self, n): return ('lshift', n)
    def __rrshift__(self, n): return ('rrshift', n)
    def __and__(self, o): return 'and'
    def __ror__(self, o): return 'ror'
    def __xor__(self, o): return 'xor'
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __repr__(self): return f'V{self.c}'

a, b = V(1, 2), V(3, 4)
assert a + b == V(4, 6)
assert a + 1 == V(2, 3)
assert 1 + a == V(2, 3), "__radd__ used when int.__add__ returns NotImplemented"
assert 1.5 + a == V(2.5, 3.5)
assert b - a == V(2, 2)
assert a * 3 == V(3, 6) and 3 * a == V(3, 6)
assert b / 2 == V(1.5, 2.0)
assert b // 2 == V(1, 2)
assert b % 2 == V(1, 0)
assert a ** 2 == V(1, 4)
assert pow(b, 2, 5) == V(4, 1), "3-arg pow calls __pow__ with mod"
assert 2 ** a == ('rpow', 2)
assert a @ b == 11
assert -a == V(-1, -2)
assert +a == ('pos', (1, 2))
assert abs(V(3, 4)) == 5.0
assert ~a == V(2, 1)
assert a << 3 == ('lshift', 3)
assert 3 >> a == ('rrshift', 3)
assert (a & 1) == 'and' and (1 | a) == 'ror' and (a ^ 1) == 'xor'
assert divmod(a, 2) == ('divmod', 2) and divmod(2, a) == ('rdivmod', 2)
assert sum([a, b]) == V(4, 6), "sum starts from 0 and uses __radd__"

# --- error messages when both sides return NotImplemented ---
def err(f):
    try:
        f()
    except TypeError as e:
        return str(e)
    return None
assert err(lambda: a + 'x') == "unsupported operand type(s) for +: 'V' and 'str'"
assert err(lambda: 'x' + a) == 'can only concatenate str (not "V") to str'
assert err(lambda: [] + a) == 'can only concatenate list (not "V") to list'
assert err(lambda: a * 'x') == "can't multiply sequence by non-int of type 'V'", "str.__rmul__ is tried"
assert err(lambda: a * None) == "unsupported operand type(s) for *: 'V' and 'NoneType'"
assert err(lambda: 1 - 'a') == "unsupported operand type(s) for -: 'int' and 'str'"
assert err(lambda: None + 1) == "unsupported operand type(s) for +: 'NoneType' and 'int'"
assert err(lambda: {} | []) == "unsupported operand type(s) for |: 'dict' and 'list'"
assert err(lambda: 2 ** 'x') == "unsupported operand type(s) for ** or pow(): 'int' and 'str'"
assert err(lambda: pow(2, 'x', 3)) == "unsupported operand type(s) for ** or pow(): 'int', 'str', 'int'"
assert err(lambda: -'a') == "bad operand type for unary -: 'str'"
assert err(lambda: +[]) == "bad operand type for unary +: 'list'"
assert err(lambda: ~1.5) == "bad operand type for unary ~: 'float'"
assert err(lambda: 1 @ 2) == "unsupported operand type(s) for @: 'int' and 'int'"
assert err(lambda: 'a' * 1.5) == "can't multiply sequence by non-int of type 'float'"
assert err(lambda: [1] * [2]) == "can't multiply sequence by non-int of type 'list'"

# --- reflected method of a subclass takes priority ---
class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
class Derived(Base):
    def __add__(self, o): return 'Derived.add'
    def __radd__(self, o): return 'Derived.radd'
assert Base() + Derived() == 'Derived.radd', "subclass reflected op tried first when it overrides"
assert Derived() + Base() == 'Derived.add'

class DerivedNoOverride(Base):
    pass
assert Base() + DerivedNoOverride() == 'Base.add', "no override -> left operand first"

class MyInt(int):
    def __radd__(self, o):
        return 'MyInt.radd'
    def __rsub__(self, o):
        return 'MyInt.rsub'
assert 1 + MyInt(2) == 'MyInt.radd', "int subclass reflected op first"
assert 5 - MyInt(2) == 'MyInt.rsub'
assert MyInt(2) + 1 == 3

# same type: reflected method is not tried
class OnlyR:
    def __radd__(self, o): return 'radd'
try:
    OnlyR() + OnlyR()
    assert False
except TypeError as e:
    assert str(e) == "unsupported operand type(s) for +: 'OnlyR' and 'OnlyR'"
assert 1 + OnlyR() == 'radd'

# NotImplemented is truthy-ish object, a singleton with repr
assert repr(NotImplemented) == 'NotImplemented'
assert type(NotImplemented).__name__ == 'NotImplementedType'

# __add__ raising TypeError is not the same as returning NotImplemented
class Raises:
    def __add__(self, o): raise TypeError('custom')
    def __radd__(self, o): return 'never'
try:
    Raises() + 1
    assert False
except TypeError as e:
    assert str(e) == 'custom'

# --- __index__ ---
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
lst = list(range(10))
assert lst[Idx(3)] == 3
assert lst[Idx(1):Idx(4)] == [1, 2, 3]
assert 'abcdef'[Idx(-1)] == 'f'
assert hex(Idx(255)) == '0xff' and bin(Idx(5)) == '0b101' and oct(Idx(8)) == '0o10'
assert range(Idx(3)) == range(3)
assert [0] * Idx(3) == [0, 0, 0]
assert int.__index__(7) == 7
try:
    lst[1.0]
    assert False
except TypeError as e:
    assert str(e) == 'list indices must be integers or slices, not float', str(e)
try:
    s_ = 'abc'
    s_['x']
    assert False
except TypeError as e:
    assert str(e) == "string indices must be integers, not 'str'", str(e)
try:
    hex(1.5)
    assert False
except TypeError as e:
    assert str(e) == "'float' object cannot be interpreted as an integer", str(e)

# --- __int__ / __float__ / __complex__ / __round__ ---
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __round__(self, nd=None): return ('round', nd)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
n = Num()
assert int(n) == 7 and float(n) == 2.5 and complex(n) == 1j
assert round(n) == ('round', None) and round(n, 2) == ('round', 2)

class BadInt:
    def __int__(self): return 'x'
try:
    int(BadInt())
    assert False
except TypeError as e:
    assert str(e) == '__int__ returned non-int (type str)', str(e)

# --- bool arithmetic and numeric tower with user types ---
class Zero:
    def __add__(self, o): return o
    __radd__ = __add__
z = Zero()
assert z + 5 == 5 and 5 + z == 5 and 'a' + z == 'a'

print("ok")
