# Integer arithmetic: floor division and modulo signs, **, big ints, divmod, pow with modulus.

# --- floor division and modulo follow the sign of the divisor ---
assert 7 // 2 == 3
assert -7 // 2 == -4, "floor, not truncation"
assert 7 // -2 == -4
assert -7 // -2 == 3
assert 7 % 3 == 1
assert -7 % 3 == 2, "result has the divisor's sign"
assert 7 % -3 == -2
assert -7 % -3 == -1
assert 0 % 5 == 0
assert 6 % 3 == 0 and -6 % 3 == 0
for a in range(-10, 11):
    for b in (-7, -3, -1, 1, 2, 5):
        q, r = divmod(a, b)
        assert q * b + r == a, (a, b)
        assert q == a // b and r == a % b, (a, b)
        assert r == 0 or (r > 0) == (b > 0), (a, b)

# --- true division always returns float ---
assert 6 / 3 == 2.0 and type(6 / 3) is float
assert 1 / 3 == 0.3333333333333333
assert -1 / 2 == -0.5
assert 2**60 / 2**30 == 2.0**30
assert 10**30 / 10**10 == 1e20, "big int true division correctly rounded"
assert (10**400) // (10**398) == 100
assert 1 / (2**1000) == 2.0**-1000

# --- division by zero ---
for op, msg in ((lambda: 1 // 0, 'integer division or modulo by zero'),
                (lambda: 1 % 0, 'integer modulo by zero'),
                (lambda: divmod(1, 0), 'integer division or modulo by zero')):
    try:
        op()
        assert False, "expected ZeroDivisionError"
    except ZeroDivisionError as e:
        assert str(e) == msg, str(e)
try:
    1 / 0
    assert False
except ZeroDivisionError as e:
    assert str(e) == 'division by zero', str(e)

# --- power ---
assert 2 ** 10 == 1024
assert 2 ** 0 == 1
assert 0 ** 0 == 1
assert (-2) ** 3 == -8
assert 2 ** -2 == 0.25 and type(2 ** -2) is float, "negative exponent yields float"
assert 2 ** 3 ** 2 == 512, "** is right associative"
assert 10 ** 20 == 100000000000000000000
assert 3 ** 40 == 12157665459056928801
assert pow(2, 10) == 1024
assert pow(3, 4, 5) == 81 % 5, "3-arg pow"
assert pow(2, 100, 1000000007) == 976371285
assert pow(-3, 3, 7) == (-27) % 7
assert pow(3, -1, 7) == 5, "modular inverse"
assert pow(38, -1, 97) * 38 % 97 == 1
try:
    pow(2, -1, 4)
    assert False
except ValueError as e:
    assert str(e) == 'base is not invertible for the given modulus', str(e)
try:
    pow(2, 3, 0)
    assert False
except ValueError as e:
    assert str(e) == 'pow() 3rd argument cannot be 0', str(e)
try:
    0 ** -1
    assert False
except ZeroDivisionError as e:
    assert str(e) == '0.0 cannot be raised to a negative power', str(e)

# --- big ints ---
big = 2 ** 64
assert big == 18446744073709551616
assert big - 1 == 0xffffffffffffffff
assert big * big == 2 ** 128
assert -big // 3 == -6148914691236517206
assert -big % 3 == 2
assert big // -7 == -2635249153387078803
assert str(2 ** 100) == '1267650600228229401496703205376'
assert 2 ** 53 + 1 == 9007199254740993, "exact beyond float precision"
assert (2 ** 53 + 1) - 2 ** 53 == 1
assert 10 ** 18 * 10 ** 18 == 10 ** 36
assert abs(-(10 ** 30)) == 10 ** 30
assert -(2 ** 63) == -9223372036854775808
assert (2 ** 100) >> 98 == 4
assert 1 << 100 == 2 ** 100
assert (2 ** 100 + 5) & 0xff == 5
assert (2 ** 100) | 1 == 2 ** 100 + 1
assert (2 ** 100) ^ (2 ** 100) == 0
assert ~(2 ** 100) == -(2 ** 100) - 1
assert -1 >> 10 == -1, "arithmetic shift of negative"
assert -(2 ** 100) >> 99 == -2
assert -5 & 0xff == 251, "negative ints behave as infinite two's complement"
assert -1 & (2 ** 70) == 2 ** 70
assert 12345678901234567890 % 97 == 12345678901234567890 - (12345678901234567890 // 97) * 97
x = 1
for i in range(1, 31):
    x *= i
assert x == 265252859812191058636308480000000, "30!"
assert 2 ** 1000 % 10 ** 10 == 5668069376
assert hash(2 ** 64) == hash(2 ** 64), "hash stable for equal bigints"

# --- shifts ---
assert 1 << 3 == 8
assert 256 >> 4 == 16
try:
    1 << -1
    assert False
except ValueError as e:
    assert str(e) == 'negative shift count', str(e)

# --- int/float/bool mixing ---
assert 1 + 1.0 == 2.0 and type(1 + 1.0) is float
assert True + 1 == 2 and type(True + 1) is int
assert True * 2.5 == 2.5
assert 3 * True == 3
assert True / 2 == 0.5
assert 7.0 // 2 == 3.0 and type(7.0 // 2) is float
assert -7.5 // 2 == -4.0
assert 7.5 % 2 == 1.5
assert -7.5 % 2 == 0.5
assert 7.5 % -2 == -0.5
assert divmod(7.5, 2) == (3.0, 1.5)
assert divmod(-7.5, 2) == (-4.0, 0.5)
assert True & False == False and type(True & False) is bool
assert True | False is True
assert True ^ True is False
assert type(True & 1) is int
assert ~True == -2

# --- int() conversions ---
assert int('42') == 42
assert int(' -42 ') == -42, "whitespace stripped"
assert int('1_000') == 1000
assert int('ff', 16) == 255
assert int('0xff', 16) == 255
assert int('0xff', 0) == 255, "base 0 uses prefix"
assert int('0o17', 0) == 15
assert int('0b101', 0) == 5
assert int('z', 36) == 35
assert int(3.99) == 3 and int(-3.99) == -3, "truncation toward zero"
assert int(True) == 1
assert int(1e20) == 100000000000000000000
assert int('123456789012345678901234567890') == 123456789012345678901234567890
for bad in ('', '1.5', 'abc', '1__0', '_1'):
    try:
        int(bad)
        assert False, bad
    except ValueError as e:
        assert str(e) == "invalid literal for int() with base 10: " + repr(bad), str(e)
try:
    int(float('inf'))
    assert False
except OverflowError as e:
    assert str(e) == 'cannot convert float infinity to integer', str(e)
try:
    int(float('nan'))
    assert False
except ValueError as e:
    assert str(e) == 'cannot convert float NaN to integer', str(e)

print("ok")
