# Float arithmetic: -0.0, inf/nan, round half-even, repr, conversions, float errors.

inf = float('inf')
nan = float('nan')

# --- negative zero ---
nz = -0.0
assert nz == 0.0, "-0.0 equals 0.0"
assert str(nz) == '-0.0'
assert repr(-0.0) == '-0.0'
assert repr(0.0 * -1) == '-0.0'
assert repr(-0.0 + 0.0) == '0.0'
assert repr(-0.0 - 0.0) == '-0.0'
assert repr(abs(-0.0)) == '0.0'
assert repr(-(0.0)) == '-0.0'
assert 1 / inf == 0.0 and repr(-1 / inf) == '-0.0'
assert repr(round(-0.4)) == '0', "round() to int gives int 0"
assert repr(round(-0.4, 0)) == '-0.0'
assert repr(-0.0 * 5) == '-0.0'
assert repr(float('-0')) == '-0.0'
assert hash(-0.0) == hash(0.0) == hash(0)

# --- infinities ---
assert inf > 1e308 and -inf < -1e308
assert inf == inf and -inf == -inf
assert inf + 1 == inf
assert inf * -1 == -inf
assert repr(inf) == 'inf' and repr(-inf) == '-inf'
assert str(float('-Infinity')) == '-inf'
assert float('INF') == inf
assert inf > 10 ** 400, "inf greater than any int"
assert -inf < -(10 ** 400)
assert repr(inf - inf) == 'nan'
assert repr(inf * 0) == 'nan'

# --- NaN ---
assert nan != nan, "nan is not equal to itself"
assert not (nan == nan)
assert not (nan < 1) and not (nan > 1) and not (nan <= 1) and not (nan >= 1)
assert repr(nan) == 'nan'
assert repr(float('-nan')) == 'nan'
l = [nan]
assert nan in l, "identity shortcut in containment"
assert l == l
assert [nan] == [nan], "same nan object: list equality uses identity first"
assert repr(max(1.0, nan)) == '1.0', "max keeps first when comparisons are false"
assert repr(max(nan, 1.0)) == 'nan'
assert nan is nan

# --- int/float comparisons are exact ---
assert 2 ** 53 + 1 != float(2 ** 53 + 1), "exact int/float comparison"
assert 2 ** 53 + 1 > float(2 ** 53)
assert float(2 ** 53) == 2 ** 53
assert 10 ** 400 > 1e308
assert 1 == 1.0 and hash(1) == hash(1.0)
assert 0.5 == 1 / 2
assert hash(1.5) == hash(1.5)
assert hash(2 ** 70) == hash(float(2 ** 70)), "hash of equal int and float agree"

# --- round: half to even ---
assert round(0.5) == 0
assert round(1.5) == 2
assert round(2.5) == 2
assert round(-0.5) == 0
assert round(-1.5) == -2
assert round(3.7) == 4 and type(round(3.7)) is int
assert round(2.675, 2) == 2.67, "representation error: 2.675 is below half"
assert round(0.125, 2) == 0.12
assert round(0.375, 2) == 0.38
assert round(1234.5678, -2) == 1200.0
assert round(15, -1) == 20 and round(25, -1) == 20, "int round half even"
assert round(-25, -1) == -20
assert round(12345, -2) == 12300 and type(round(12345, -2)) is int
assert round(5, 2) == 5
assert round(1.5, None) == 2 and type(round(1.5, None)) is int
assert type(round(1.5, 0)) is float
assert round(1e300, 2) == 1e300
try:
    round(inf)
    assert False
except OverflowError as e:
    assert str(e) == 'cannot convert float infinity to integer', str(e)
try:
    round(nan)
    assert False
except ValueError as e:
    assert str(e) == 'cannot convert float NaN to integer', str(e)
assert repr(round(inf, 2)) == 'inf'

# --- repr: shortest round-tripping ---
assert repr(0.1) == '0.1'
assert repr(0.1 + 0.2) == '0.30000000000000004'
assert repr(1 / 3) == '0.3333333333333333'
assert repr(2 / 3) == '0.6666666666666666'
assert repr(1e16) == '1e+16'
assert repr(1e15) == '1000000000000000.0'
assert repr(123456789012345678.0) == '1.2345678901234568e+17'
assert repr(1e-4) == '0.0001'
assert repr(1e-5) == '1e-05'
assert repr(1.5e-7) == '1.5e-07'
assert repr(5e-324) == '5e-324'
assert repr(1.7976931348623157e308) == '1.7976931348623157e+308'
assert repr(100.0) == '100.0'
assert repr(3.0) == '3.0'
assert str(2.0 ** 60) == '1.152921504606847e+18'
assert repr(float(10 ** 22)) == '1e+22'
assert repr(9.999999999999999e22) == '1e+23', 'nearest double prints shortest'

# --- float() conversions ---
assert float('1.5') == 1.5
assert float('  -2.5\n') == -2.5
assert float('1_0.5') == 10.5
assert float('1e3') == 1000.0
assert float('.5') == 0.5
assert float(3) == 3.0 and type(float(3)) is float
assert float(True) == 1.0
assert float(10 ** 20) == 1e20
assert float('infinity') == inf
assert float('-iNF') == -inf
try:
    float('abc')
    assert False
except ValueError as e:
    assert str(e) == "could not convert string to float: 'abc'", str(e)
try:
    float(10 ** 400)
    assert False
except OverflowError as e:
    assert str(e) == 'int too large to convert to float', str(e)

# --- float errors ---
try:
    1.0 / 0
    assert False
except ZeroDivisionError as e:
    assert str(e) == 'float division by zero', str(e)
try:
    1.0 // 0.0
    assert False
except ZeroDivisionError as e:
    assert str(e) == 'float floor division by zero', str(e)
try:
    1.0 % 0.0
    assert False
except ZeroDivisionError as e:
    assert str(e) == 'float modulo', str(e)
try:
    2.0 ** 10000
    assert False
except OverflowError as e:
    assert str(e) == "(34, 'Numerical result out of range')", str(e)
r = (-8.0) ** 0.5
assert type(r) is complex, "negative base, fractional exponent gives complex"

# --- float modulo sign and precision ---
assert 5.0 % 3 == 2.0
assert -5.0 % 3 == 1.0
assert 5.0 % -3 == -1.0
assert repr(-0.0 % 5) == '0.0'
assert repr(0.0 % -5) == '-0.0'
assert 1e300 * 1e10 == inf
assert -1e300 * 1e10 == -inf
assert 2.0 ** 0.5 == 1.4142135623730951
assert 10 ** -1 == 0.1
assert 4 ** 0.5 == 2.0
assert (-8) ** (1 / 3) != -2, "complex cube root"

# --- mixed ---
assert 3 * 0.1 == 0.30000000000000004
assert 1e16 + 1 == 1e16, "float precision loss"
assert 0.1 * 3 != 0.3
assert sum([0.1] * 10) == 0.9999999999999999
assert abs(-2.5) == 2.5
assert -2.5 // 1 == -3.0
assert int(-2.5) == -2

print("ok")
