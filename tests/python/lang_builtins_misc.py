# Misc builtins: abs, divmod, round(ndigits), chr/ord, hex/oct/bin, format, repr/ascii, hash of
# equal values, id stability, callable, int()/str()/bool()/float() constructors, pow, isinstance with tuples.

# --- abs / divmod ---
assert abs(-5) == 5 and abs(5) == 5 and abs(-2.5) == 2.5 and abs(3 + 4j) == 5.0
assert abs(-(2 ** 70)) == 2 ** 70
assert abs(True) == 1 and type(abs(True)) is int
assert divmod(17, 5) == (3, 2) and divmod(-17, 5) == (-4, 3)
assert divmod(17.5, 5) == (3.0, 2.5)
assert divmod(2 ** 70, 3) == (2 ** 70 // 3, 2 ** 70 % 3)

# --- round ---
assert round(3.14159, 2) == 3.14
assert round(2.5) == 2 and round(3.5) == 4
assert round(-2.5) == -2
assert round(1234, -2) == 1200
assert round(1250, -2) == 1200 and round(1350, -2) == 1400, "half even for ints"
assert round(0.5 + 1e-9) == 1
assert round(7) == 7 and type(round(7)) is int
assert round(7.0) == 7 and type(round(7.0)) is int
assert round(7.12, 1) == 7.1 and type(round(7.12, 1)) is float

# --- chr / ord ---
assert chr(65) == 'A' and ord('A') == 65
assert chr(0x1F600) == '\U0001F600' and ord('\U0001F600') == 0x1F600
assert chr(0) == '\x00' and ord('\x00') == 0
assert ord('é') == 233
assert ord(b'a') == 97, "ord accepts length-1 bytes"
try:
    ord('ab')
    assert False
except TypeError as e:
    assert str(e) == 'ord() expected a character, but string of length 2 found', str(e)
try:
    ord('')
    assert False
except TypeError as e:
    assert str(e) == 'ord() expected a character, but string of length 0 found', str(e)
try:
    chr(0x110000)
    assert False
except ValueError as e:
    assert str(e) == 'chr() arg not in range(0x110000)', str(e)
try:
    chr(-1)
    assert False
except ValueError:
    pass

# --- hex / oct / bin ---
assert hex(255) == '0xff' and hex(-255) == '-0xff' and hex(0) == '0x0'
assert oct(8) == '0o10' and oct(-8) == '-0o10'
assert bin(5) == '0b101' and bin(-5) == '-0b101' and bin(0) == '0b0'
assert hex(2 ** 64) == '0x10000000000000000'
assert bin(True) == '0b1'

# --- format ---
assert format(3.14159, '.2f') == '3.14'
assert format(42) == '42'
assert format(42, 'b') == '101010'
assert format('x', '^5') == '  x  '
assert format(1e6, ',.0f') == '1,000,000'
assert format(-0.0, '.1f') == '-0.0'
assert format(1234.5, 'n') == '1234.5'
assert format(0.000012345, '.3g') == '1.23e-05'
assert format(123, '+08d') == '+0000123'
assert format(True, '') == 'True'
assert format(2 ** 70, ',') == '1,180,591,620,717,411,303,424'
assert format(255, '#06x') == '0x00ff'
assert format(3, '.2%') == '300.00%'
assert format(float('inf'), '.2f') == 'inf' and format(float('nan'), 'F') == 'NAN'
assert format(-1.5, '=+8.2f') == '-   1.50'
assert format(1.0, 'g') == '1' and format(1.5e-5, 'g') == '1.5e-05'
assert format(12.0, '') == '12.0' and format(1e16, '') == '1e+16'
assert format(5, 'c') == '\x05'
assert format('abc', '<5s') == 'abc  '

# --- repr / ascii ---
assert repr([1, 'a', None, 2.0]) == "[1, 'a', None, 2.0]"
assert repr((1,)) == '(1,)' and repr(()) == '()'
assert repr({}) == '{}' and repr(set()) == 'set()' and repr(frozenset()) == 'frozenset()'
assert repr({1}) == '{1}' and repr(frozenset({1})) == 'frozenset({1})'
assert repr({'a': [1, (2,)]}) == "{'a': [1, (2,)]}"
assert repr(None) == 'None' and repr(True) == 'True' and repr(Ellipsis) == 'Ellipsis'
assert repr(...) == 'Ellipsis'
assert repr(b'a\x00') == "b'a\\x00'" and repr(bytearray(b'x')) == "bytearray(b'x')"
assert repr(slice(1, 2)) == 'slice(1, 2, None)'
assert repr(int) == "<class 'int'>" and repr(len) == '<built-in function len>'
assert ascii('aé\n') == "'a\\xe9\\n'" and ascii([1, 'é']) == "[1, '\\xe9']"
assert repr(-0.0) == '-0.0' and repr(1e100) == '1e+100'
assert repr([1.1, 2.2]) == '[1.1, 2.2]'
assert repr(NotImplemented) == 'NotImplemented'
assert repr(type(None)) == "<class 'NoneType'>"

# --- hash ---
assert hash(42) == 42 and hash(-7) == -7
assert hash('abc') == hash(''.join(['a', 'b', 'c'])), "equal strings hash equal"
assert hash((1, 'a')) == hash((1, 'a'))
assert hash(1.0) == hash(1) and hash(0.5) == hash(0.5)
assert hash(b'abc') == hash(bytes([97, 98, 99]))
assert hash(frozenset([1, 2])) == hash(frozenset([2, 1]))
assert hash(2 ** 61 - 1) == 0, "CPython modulus for int hashing"
assert hash(2 ** 61) == 1
assert hash(-(2 ** 61)) == -2, 'hash(-1) is reserved, so -1 becomes -2'
assert hash(None) == hash(None)
assert isinstance(hash(object()), int)

# --- id ---
o = object()
assert id(o) == id(o), "id stable for the lifetime of an object"
l = [1]
before = id(l)
l.append(2)
assert id(l) == before, "mutation keeps identity"
a, b = [], []
assert id(a) != id(b)
assert isinstance(id(o), int)

# --- callable ---
assert callable(len) and callable(int) and callable(lambda: 0)
assert callable(str.upper) and callable('x'.upper)
assert not callable(5) and not callable('s') and not callable([])
class Cl:
    def __call__(self): pass
assert callable(Cl) and callable(Cl())

# --- isinstance / issubclass with tuples ---
assert isinstance(1, (str, int))
assert isinstance(True, int)
assert not isinstance(1, (str, list))
assert isinstance([], (int, (str, list))), "nested tuples are flattened"
assert isinstance(1, ()) is False
assert issubclass(bool, (str, int))
assert isinstance(int, type) and isinstance(type, type)
assert isinstance(None, type(None))
assert isinstance(1, int | str), "X | Y union types"
assert issubclass(bool, int | None)
try:
    isinstance(1, 5)
    assert False
except TypeError as e:
    assert str(e) == 'isinstance() arg 2 must be a type, a tuple of types, or a union', str(e)
try:
    issubclass(1, int)
    assert False
except TypeError as e:
    assert str(e) == 'issubclass() arg 1 must be a class', str(e)

# --- constructors ---
assert str() == '' and int() == 0 and float() == 0.0 and bool() is False
assert list() == [] and tuple() == () and dict() == {} and set() == set()
assert str(123) == '123' and str([1, 'a']) == "[1, 'a']" and str(None) == 'None'
assert str(b'ab') == "b'ab'"
assert str(b'ab', 'ascii') == 'ab' and str(b'\xc3\xa9', encoding='utf-8') == 'é'
assert int('  7  ') == 7 and int('-0') == 0 and int('+5') == 5
assert int('٣') == 3, "unicode digits"
assert float(' 1e2 ') == 100.0
assert complex('1+2j') == 1 + 2j and complex(1, 2) == 1 + 2j
assert tuple('ab') == ('a', 'b') and list((1, 2)) == [1, 2]
assert dict([('a', 1)], b=2) == {'a': 1, 'b': 2}
assert dict(zip('ab', (1, 2))) == {'a': 1, 'b': 2}
assert set('aab') == {'a', 'b'}
assert type(object()) is object

# --- pow builtin ---
assert pow(2, 8) == 256 and pow(2.0, 3) == 8.0 and pow(4, 0.5) == 2.0
assert pow(7, 2, 5) == 4 and pow(-7, 2, 5) == 4 and pow(7, 2, -5) == -1
assert pow(base=2, exp=3) == 8 and pow(2, 3, mod=3) == 2

# --- misc ---
assert type(...) is type(Ellipsis)
assert Ellipsis is ...
assert (lambda: None)() is None
assert isinstance(__builtins__, object)
assert len(dir(object)) > 10

print("ok")
