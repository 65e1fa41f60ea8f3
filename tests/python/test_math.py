import math
assert math.floor(2.7) == 2 and isinstance(math.floor(2.7), int) and math.ceil(-2.5) == -2
assert math.trunc(-3.9) == -3 and math.floor(1e20) == 10**20
assert math.sqrt(16) == 4.0 and math.isqrt(17) == 4
assert math.gcd(48, 18) == 6 and math.lcm(4, 6) == 12
assert math.factorial(20) == 2432902008176640000
assert math.comb(5, 2) == 10 and math.perm(5, 2) == 20
assert math.isclose(math.sin(math.pi / 2), 1.0)
assert math.hypot(3, 4) == 5.0 and math.dist((0, 0), (3, 4)) == 5.0
assert math.log(8, 2) == 3.0 and math.log10(100) == 2.0
assert math.fsum([0.1] * 10) == 1.0
assert math.inf > 10**300 and math.isnan(math.nan)
for f, arg, msg in [(math.sqrt, -1, "math domain error"), (math.log, 0, "math domain error")]:
    try:
        f(arg)
        assert False
    except ValueError as e:
        assert str(e) == msg, str(e)
try:
    math.factorial(-1)
    assert False
except ValueError as e:
    assert str(e) == "factorial() not defined for negative values"
