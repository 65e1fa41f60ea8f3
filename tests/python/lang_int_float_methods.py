# int methods (bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio, conjugate, real/imag)
# and float methods (is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag).

# --- int.bit_length / bit_count ---
assert (0).bit_length() == 0
assert (1).bit_length() == 1 and (255).bit_length() == 8 and (256).bit_length() == 9
assert (-255).bit_length() == 8, "sign ignored"
assert (2 ** 100).bit_length() == 101
assert (2 ** 100 - 1).bit_length() == 100
assert (0b10110).bit_count() == 3 and (-7).bit_count() == 3
assert (2 ** 100 + 1).bit_count() == 2

# --- to_bytes / from_bytes ---
assert (1024).to_bytes(2, 'big') == b'\x04\x00'
assert (1024).to_bytes(2, 'little') == b'\x00\x04'
assert (1024).to_bytes(4, byteorder='big') == b'\x00\x00\x04\x00'
assert (0).to_bytes(0, 'big') == b''
assert (-1).to_bytes(2, 'big', signed=True) == b'\xff\xff'
assert (-256).to_bytes(2, 'little', signed=True) == b'\x00\xff'
assert (127).to_bytes(1, 'big', signed=True) == b'\x7f'
assert (2 ** 64).to_bytes(9, 'big') == b'\x01' + b'\x00' * 8
assert (255).to_bytes() == b'\xff', "3.11: length defaults to 1, byteorder to 'big'"
try:
    (256).to_bytes(1, 'big')
    assert False
except OverflowError as e:
    assert str(e) == 'int too big to convert', str(e)
try:
    (-1).to_bytes(1, 'big')
    assert False
except OverflowError as e:
    assert str(e) == "can't convert negative int to unsigned", str(e)
try:
    (128).to_bytes(1, 'big', signed=True)
    assert False
except OverflowError:
    pass
try:
    (1).to_bytes(1, 'middle')
    assert False
except ValueError as e:
    assert str(e) == "byteorder must be either 'little' or 'big'", str(e)

assert int.from_bytes(b'\x04\x00', 'big') == 1024
assert int.from_bytes(b'\x04\x00', 'little') == 4
assert int.from_bytes(b'\xff\xff', 'big', signed=True) == -1
assert int.from_bytes(b'\xff\xff', 'big') == 65535
assert int.from_bytes(b'', 'big') == 0
assert int.from_bytes([1, 0], 'big') == 256, "any iterable of ints"
assert int.from_bytes(bytearray(b'\x01\x02'), byteorder='little') == 0x0201
assert int.from_bytes(b'\x01' + b'\x00' * 16, 'big') == 2 ** 128
assert int.from_bytes(b'\x80', signed=True) == -128
for v in (0, 1, -1, 127, -128, 2 ** 40 + 3, -(2 ** 40) - 3):
    assert int.from_bytes(v.to_bytes(8, 'little', signed=True), 'little', signed=True) == v, v
class MyInt(int): pass
assert type(MyInt.from_bytes(b'\x01', 'big')) is MyInt, "classmethod constructs subclass"

# --- other int API ---
assert (10).as_integer_ratio() == (10, 1)
assert (5).conjugate() == 5 and (5).real == 5 and (5).imag == 0
assert (6).numerator == 6 and (6).denominator == 1
assert True.real == 1 and type(True.real) is int
assert int.__name__ == 'int'
assert (3).__add__(4) == 7 and (3).__radd__(4) == 7 and (3).__add__('x') is NotImplemented
assert (7).__floordiv__(2) == 3 and (7).__rtruediv__(14) == 2.0
assert int('1010', base=2) == 10

# --- float.is_integer ---
assert (3.0).is_integer() and not (3.5).is_integer()
assert not float('inf').is_integer() and not float('nan').is_integer()
assert (-0.0).is_integer() and (1e300).is_integer()

# --- float.as_integer_ratio ---
assert (0.5).as_integer_ratio() == (1, 2)
assert (0.75).as_integer_ratio() == (3, 4)
assert (-2.5).as_integer_ratio() == (-5, 2)
assert (0.1).as_integer_ratio() == (3602879701896397, 36028797018963968), "exact binary value"
assert (1e20).as_integer_ratio() == (100000000000000000000, 1)
assert (0.0).as_integer_ratio() == (0, 1)
try:
    float('inf').as_integer_ratio()
    assert False
except OverflowError as e:
    assert str(e) == 'cannot convert Infinity to integer ratio', str(e)
try:
    float('nan').as_integer_ratio()
    assert False
except ValueError as e:
    assert str(e) == 'cannot convert NaN to integer ratio', str(e)

# --- float.hex / fromhex ---
assert (1.0).hex() == '0x1.0000000000000p+0'
assert (0.5).hex() == '0x1.0000000000000p-1'
assert (-2.0).hex() == '-0x1.0000000000000p+1'
assert (0.1).hex() == '0x1.999999999999ap-4'
assert (0.0).hex() == '0x0.0p+0' and (-0.0).hex() == '-0x0.0p+0'
assert (5e-324).hex() == '0x0.0000000000001p-1022'
assert float('inf').hex() == 'inf'
assert float.fromhex('0x1.8p1') == 3.0
assert float.fromhex('0x1.999999999999ap-4') == 0.1
assert float.fromhex('-0x1p-2') == -0.25
assert float.fromhex('  0x10  ') == 16.0
assert float.fromhex('inf') == float('inf')
for v in (3.14159, 1e-300, 123456.789, -7.25):
    assert float.fromhex(v.hex()) == v, v

# --- other float API ---
assert (2.5).conjugate() == 2.5 and (2.5).real == 2.5 and (2.5).imag == 0.0
assert float.__name__ == 'float'
assert (1.5).__add__(1) == 2.5 and (1.5).__add__('x') is NotImplemented
assert (3.7).__trunc__() == 3 and (-3.7).__trunc__() == -3
assert (3.7).__floor__() == 3 and (-3.2).__ceil__() == -3
assert (2.5).__round__() == 2 and (3.14159).__round__(2) == 3.14
assert int(2.9999999999999996) == 2, "float just below 3"
assert int(2.99999999999999999) == 3, "literal rounds to 3.0"

# --- complex API ---
z = 3 + 4j
assert z.real == 3.0 and z.imag == 4.0 and z.conjugate() == 3 - 4j and abs(z) == 5.0
assert complex('2') == 2 + 0j and complex(' (1-1j) ') == 1 - 1j
assert (1j) ** 2 == -1 + 0j
assert repr(complex(0, 0)) == '0j' and repr(complex(-0.0, 0)) == '(-0+0j)'
assert repr(2 + 0j) == '(2+0j)' and repr(1e20j) == '1e+20j'
try:
    complex('abc')
    assert False
except ValueError as e:
    assert str(e) == 'complex() arg is a malformed string', str(e)

print("ok")
