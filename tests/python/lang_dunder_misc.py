# __call__, __repr__/__str__ (and their use in containers/print/format), __format__, __bool__,
# __len__, __index__ in builtins, __hash__ of callables, __eq__ of methods, __repr__ fallbacks.

class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale
add2 = Adder(2)
assert add2(3) == 5 and add2(3, scale=2) == 10
assert callable(add2) and not callable(Adder.__init__.__doc__)
assert callable(Adder), "classes are callable"
assert list(map(add2, [1, 2])) == [3, 4]

# __call__ defined on instance does not make it callable
class NoCall: pass
nc = NoCall()
nc.__call__ = lambda: 1
assert not callable(nc)
try:
    nc()
    assert False
except TypeError as e:
    assert str(e) == "'NoCall' object is not callable"

# --- __repr__ / __str__ ---
class R:
    def __repr__(self): return 'R()'
class S:
    def __str__(self): return 'S-str'
class RS:
    def __repr__(self): return 'RS-repr'
    def __str__(self): return 'RS-str'
assert str(R()) == 'R()', "str falls back to __repr__"
assert repr(S()).startswith('<__main__.S object at 0x'), "repr does not fall back to __str__"
assert str(RS()) == 'RS-str' and repr(RS()) == 'RS-repr'
assert str([RS()]) == '[RS-repr]', "containers use repr of items"
assert str((RS(),)) == '(RS-repr,)'
assert str({RS(): RS()}) == '{RS-repr: RS-repr}'
assert f'{RS()}' == 'RS-str' and f'{RS()!r}' == 'RS-repr'
assert '%s %r' % (RS(), RS()) == 'RS-str RS-repr'
assert '{} {!r}'.format(RS(), RS()) == 'RS-str RS-repr'
assert format(RS()) == 'RS-str', "format() with empty spec falls back to str()"

class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
    assert False
except TypeError as e:
    assert str(e) == '__repr__ returned non-string (type int)', str(e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
    assert False
except TypeError as e:
    assert str(e) == '__str__ returned non-string (type NoneType)', str(e)

# str subclass returned from __str__ is allowed
class MyS(str): pass
class RetSub:
    def __str__(self): return MyS('sub')
assert str(RetSub()) == 'sub'

# --- __format__ ---
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return f'${self.v:.2f}'
        return format(self.v, spec)
m = Money(3.5)
assert f'{m:usd}' == '$3.50'
assert f'{m:>6}' == '   3.5'
assert format(m, 'usd') == '$3.50'
assert '{:usd}'.format(m) == '$3.50'
class BadFormat:
    def __format__(self, spec): return 1
try:
    format(BadFormat())
    assert False
except TypeError as e:
    assert str(e) == '__format__ must return a str, not int', str(e)

# --- __bool__ and __len__ inside builtins ---
class Empty:
    def __len__(self): return 0
assert not Empty() and bool(Empty()) is False
assert [x for x in [Empty(), 1] if x] == [1]
assert any([Empty(), Empty()]) is False

# --- __eq__ of bound methods and functions ---
class M:
    def m(self): pass
obj = M()
assert obj.m == obj.m and M.m == M.m
assert hash(obj.m) == hash(obj.m)
assert {obj.m: 1}[obj.m] == 1

# --- __bytes__ ---
class B:
    def __bytes__(self): return b'custom'
assert bytes(B()) == b'custom'

# --- __contains__ via __iter__ only ---
class OnlyIter:
    def __iter__(self): return iter([1, 2, 3])
assert 2 in OnlyIter() and 5 not in OnlyIter()

# --- __abs__, __neg__, __pos__, __invert__ on a value type ---
class Money2:
    def __init__(self, v): self.v = v
    def __neg__(self): return Money2(-self.v)
    def __pos__(self): return Money2(abs(self.v))
    def __abs__(self): return abs(self.v)
    def __invert__(self): return 'inverted'
    def __round__(self, n=None): return round(self.v, n)
mm = Money2(-2.567)
assert (-mm).v == 2.567 and (+mm).v == 2.567 and abs(mm) == 2.567 and ~mm == 'inverted'
assert round(mm) == -3 and round(mm, 1) == -2.6

# --- __index__ powers bin/hex/oct/range/slicing/list repetition/bytes/int(x) fallback ---
class I:
    def __index__(self): return 4
assert bin(I()) == '0b100' and list(range(I())) == [0, 1, 2, 3]
assert 'abcdef'[I():] == 'ef' and (1, 2, 3, 4, 5)[:I()] == (1, 2, 3, 4)
assert bytes(I()) == b'\x00' * 4
assert int(I()) == 4, "int() falls back to __index__"
assert [1, 2, 3, 4, 5, 6][::I()] == [1, 5]
assert (2).__index__() == 2
assert 'ab' * I() == 'abababab'

# --- __length_hint__ not required; __iter__ returning generator ---
class GenIter:
    def __iter__(self):
        yield 'a'
        yield 'b'
assert list(GenIter()) == ['a', 'b']
assert ''.join(GenIter()) == 'ab'


# --- dunder lookup ignores instance dict for operators ---
class Op:
    def __add__(self, o): return 'class add'
op = Op()
op.__add__ = lambda o: 'instance add'
assert op + 1 == 'class add'
assert op.__add__(1) == 'instance add'

# --- default __str__/__repr__ of builtin-derived classes ---
class MyList(list): pass
assert repr(MyList([1])) == '[1]'
class MyDict(dict): pass
assert repr(MyDict(a=1)) == "{'a': 1}"
class MyExc(Exception): pass
assert repr(MyExc('x')) == "MyExc('x')"
assert repr(MyExc('x', 1)) == "MyExc('x', 1)"
assert repr(MyExc()) == 'MyExc()'

print("ok")
