# math results and errors as CPython's
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(2.5), math.ceil(2.1), math.trunc(-2.7), type(math.floor(1.0)).__name__, math.floor(-0.5))
print(math.sqrt(2), math.isqrt(10**20 + 7), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.sin(1), math.cos(1), math.tan(0.5), math.atan2(1, -1), math.degrees(math.pi), math.radians(180))
print(math.log(100, 10), math.log10(1000), math.log2(1024), math.log(10**400), math.exp(1), math.log1p(1e-10))
print(math.factorial(25), math.comb(52, 5), math.perm(10, 3), math.gcd(12, 18, 30), math.lcm(4, 6, 10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.fabs(-3), math.copysign(2, -0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isnan(float("nan")), math.isinf(-math.inf))
print(math.modf(3.25), math.frexp(48.0), math.ldexp(0.75, 6), math.fmod(-7, 3), math.remainder(7, 3))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.acos(2), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
