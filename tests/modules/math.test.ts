// Differential tests of the math module (vm/modules/math.ts) against CPython 3.11. Cases starting with '~'
// call the platform libm in CPython (glibc) and the JS engine's Math functions here, which may differ in the
// last bit; they are compared within 2 ulps. Everything else must match exactly.
import { differential, provideModule } from '../runtime/numeval.js';
import { mathFunctions } from '../../vm/modules/math.js';
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';

const setup = () => provideModule('math', mathFunctions());

const elementary = [
  '~math.sin(1.2)', '~math.sin(-3.5)', 'math.sin(0.0)', 'math.sin(-0.0)', "math.sin(float('inf'))", "math.sin(float('nan'))",
  '~math.cos(1.2)', 'math.cos(0)', "math.cos(float('-inf'))", '~math.tan(1.2)', '~math.tan(-0.5)', 'math.tan(0)',
  '~math.asin(0.5)', 'math.asin(1)', 'math.asin(1.0000001)', '~math.acos(-0.3)', 'math.acos(2)', 'math.acos(1)',
  '~math.atan(3)', "math.atan(float('inf'))", '~math.atan2(1, 2)', 'math.atan2(0.0, -0.0)', 'math.atan2(-0.0, -0.0)',
  'math.atan2(0.0, 0.0)', "math.atan2(float('inf'), float('-inf'))", "math.atan2(1, float('nan'))", '~math.sinh(1.5)',
  'math.sinh(1000)', 'math.sinh(-1000)', '~math.cosh(2)', 'math.cosh(1000)', '~math.tanh(0.5)', 'math.tanh(1000)',
  '~math.asinh(2)', '~math.acosh(2)', 'math.acosh(0.5)', 'math.acosh(1)', '~math.atanh(0.5)', 'math.atanh(1)',
  'math.atanh(-1)', 'math.atanh(2)', '~math.exp(1.5)', 'math.exp(0)', 'math.exp(1000)', 'math.exp(-1000)',
  "math.exp(float('inf'))", "math.exp(float('-inf'))", '~math.exp(709)', 'math.exp(710)', '~math.expm1(1e-10)',
  'math.expm1(1000)', 'math.expm1(0.0)', 'math.exp2(10)', 'math.exp2(-1074)', 'math.exp2(1024)', '~math.exp2(0.5)',
  'math.cbrt(-8)', '~math.cbrt(27)', '~math.cbrt(2)', 'math.cbrt(0.0)', 'math.sqrt(16)', 'math.sqrt(2)', 'math.sqrt(-1)',
  'math.sqrt(-0.0)', "math.sqrt(float('inf'))", 'math.sqrt(10**300)', 'math.sqrt(10**400)', 'math.sqrt(2**1023 * 1.9)',
  'math.sqrt(True)', "math.sqrt('4')", 'math.sqrt(None)', 'math.sqrt(MyFloat(6.25))', 'math.sqrt(MyInt(49))',
  'math.sqrt(1+2j)', 'math.fabs(-3)', 'math.fabs(-0.0)', 'math.fabs(10**20)', 'math.fabs(-2**100)',
  '~math.log(2)', 'math.log(1)', 'math.log(0)', 'math.log(-1)', 'math.log(0.0)', "math.log(float('inf'))",
  '~math.log(10**400)', '~math.log(2**10000)', '~math.log(10**400, 10)', '~math.log(8, 2)', 'math.log(10, 1)',
  'math.log(1, 10)', 'math.log(True)', 'math.log(False)', 'math.log(-(10**400))', '~math.log(10**400 + 1)',
  '~math.log(MyInt(10**400))', 'math.log(0, 10)', 'math.log(10, 0)', '~math.log(100, 10.5)', 'math.log2(8)',
  'math.log2(2**2000)', 'math.log2(1024.0)', 'math.log2(0)', '~math.log2(3)', 'math.log10(1000)', 'math.log10(10**400)',
  '~math.log10(2)', 'math.log10(-5)', 'math.log1p(0)', '~math.log1p(1e-10)', 'math.log1p(-1)', 'math.log1p(-2)',
  '~math.log1p(10**400 // 10**399)', 'math.degrees(math.pi)', 'math.radians(180)', 'math.degrees(1)', 'math.radians(1)',
  'math.pow(2, 10)', 'math.pow(2, 0.5)', 'math.pow(2, -1)', 'math.pow(0, -1)', 'math.pow(0.0, 0)', 'math.pow(-8, 1/3)',
  "math.pow(float('nan'), 0)", "math.pow(1, float('nan'))", "math.pow(-1, float('inf'))", "math.pow(float('-inf'), 3)",
  "math.pow(float('-inf'), -3)", "math.pow(float('-inf'), 2)", "math.pow(0.5, float('-inf'))", "math.pow(2, float('-inf'))",
  'math.pow(10, 400)', 'math.pow(10, -400)', 'math.pow(-2, 3)', 'math.pow(7, -2)', 'math.pow(1.1, 10)', '~math.pow(2.5, 1.5)',
  'math.pow(10**400, 0.5)', 'math.pow(-0.0, -1)', 'math.pow(-0.0, 3)', 'math.pow(2, 1023) * 2',
];

const exact = [
  'math.floor(2.5)', 'math.floor(-2.5)', 'math.floor(-0.5)', 'math.floor(5)', 'math.floor(True)', 'math.floor(2**100)',
  'math.floor(1e300)', 'math.floor(-1e20)', "math.floor(float('inf'))", "math.floor(float('nan'))", "math.floor('a')",
  'math.floor(MyFloat(2.5))', 'math.floor(2.0)', 'math.floor(-0.0)', 'tname(math.floor(-0.0))', 'math.ceil(2.5)',
  'math.ceil(-2.5)', 'math.ceil(-0.5)', 'math.ceil(5)', 'math.ceil(1e300)', 'math.ceil(4503599627370495.5)',
  "math.ceil(float('-inf'))", 'math.trunc(2.5)', 'math.trunc(-2.5)', 'math.trunc(-0.5)', 'math.trunc(10**30)',
  "math.trunc('a')", "math.trunc(float('nan'))", 'math.trunc(MyInt(5))', 'math.trunc(True)',
  'math.copysign(1, -0.0)', 'math.copysign(-1, 0.0)', 'math.copysign(3, -2**100)', "math.copysign(1, float('-nan'))",
  "math.copysign(float('inf'), -1)", 'math.fmod(7, 3)', 'math.fmod(-7, 3)', 'math.fmod(7, -3)', 'math.fmod(7.5, 0)',
  "math.fmod(float('inf'), 1)", "math.fmod(1, float('inf'))", "math.fmod(-1, float('-inf'))", 'math.fmod(-0.0, 1)',
  'math.fmod(1e300, 1e-300)', 'math.remainder(7, 3)', 'math.remainder(8, 3)', 'math.remainder(-7, 3)', 'math.remainder(7.5, 5)',
  'math.remainder(12.5, 5)', 'math.remainder(2.5, 1)', 'math.remainder(3.5, 1)', 'math.remainder(-2.5, 1)', 'math.remainder(1, 0)',
  "math.remainder(float('inf'), 1)", "math.remainder(1, float('inf'))", "math.remainder(float('nan'), 1)", 'math.remainder(1e300, 3)',
  'math.frexp(8)', 'math.frexp(0.3)', 'math.frexp(-0.0)', 'math.frexp(5e-324)', 'math.frexp(1e300)', "math.frexp(float('inf'))",
  "math.frexp(float('nan'))", 'math.frexp(-3)', 'math.ldexp(0.5, 4)', 'math.ldexp(1, -1074)', 'math.ldexp(1, -1075)',
  'math.ldexp(3, -1075)', 'math.ldexp(1.5, -1074)', 'math.ldexp(1, 1024)', 'math.ldexp(0.5, 1024)', 'math.ldexp(-1, 10**20)',
  'math.ldexp(1, -10**20)', 'math.ldexp(0.0, 10**20)', "math.ldexp(float('inf'), -5)", 'math.ldexp(1, 1.5)', 'math.ldexp(1, True)',
  'math.ldexp(5e-324, 1074)', 'math.ldexp(2.2250738585072014e-308, -1)', 'math.ldexp(1.0000000000000002, -1060)',
  'math.modf(3.5)', 'math.modf(-3.5)', 'math.modf(-3.0)', 'math.modf(3)', "math.modf(float('inf'))", "math.modf(float('-inf'))",
  "math.modf(float('nan'))", 'math.modf(1e300)', 'math.modf(-0.0)',
  'math.nextafter(1, 2)', 'math.nextafter(1, 0)', 'math.nextafter(0.0, 1)', 'math.nextafter(0.0, -1)', 'math.nextafter(-0.0, 1)',
  'math.nextafter(1, 1)', "math.nextafter(1.7976931348623157e308, float('inf'))", "math.nextafter(float('inf'), 0)",
  "math.nextafter(float('nan'), 1)", 'math.nextafter(5e-324, 0)', 'math.nextafter(-5e-324, 0)', 'math.nextafter(2.0, 3, 4)',
  'math.ulp(1)', 'math.ulp(0)', 'math.ulp(-1e300)', 'math.ulp(5e-324)', 'math.ulp(1.7976931348623157e308)', "math.ulp(float('inf'))",
  "math.ulp(float('nan'))", 'math.ulp(2**52)',
  'math.isfinite(1)', "math.isfinite(float('inf'))", "math.isfinite(float('nan'))", "math.isinf(float('-inf'))", 'math.isinf(10**300)',
  "math.isnan(float('nan'))", 'math.isnan(1)', 'math.isnan(10**400)', "math.isfinite('a')",
  'math.isclose(1, 1 + 1e-10)', 'math.isclose(1, 1.1)', 'math.isclose(1, 1.1, rel_tol=0.1)', 'math.isclose(0, 1e-10)',
  'math.isclose(0, 1e-10, abs_tol=1e-9)', "math.isclose(float('inf'), float('inf'))", "math.isclose(float('inf'), 1e308)",
  "math.isclose(float('nan'), float('nan'))", 'math.isclose(1, 1, rel_tol=-1)', 'math.isclose(1)', 'math.isclose(1, 2, 3)',
  'math.isclose(a=1, b=1)', 'math.isclose(1, b=1.0000000001)', 'math.isclose(1, 2, foo=1)', 'math.isclose(10**400, 10**400)',
  'math.hypot(3, 4)', 'math.hypot()', 'math.hypot(-5)', 'math.hypot(1, 2, 2)', 'math.hypot(1e308, 1e308)', 'math.hypot(1e-320, 1e-320)',
  "math.hypot(float('inf'), float('nan'))", "math.hypot(float('nan'), 1)", 'math.hypot(3, 4, 12, 84)', 'math.hypot(0.1, 0.2)',
  'math.hypot(1.5, 2.5, 3.5, 4.5, 5.5)', 'math.hypot(10**400, 1)', "math.hypot('a', 1)", 'math.hypot(1, 1)', 'math.hypot(2**0.5, 7**0.5)',
  'math.hypot(1e200, 1e-200)', 'math.hypot(5e-324, 5e-324)', 'math.hypot(3e-310, 4e-310)', 'math.hypot(0.0, -0.0)',
  'math.dist((0, 0), (3, 4))', 'math.dist([1, 2, 3], (4, 5, 6))', 'math.dist((1, 2), (1,))', 'math.dist((), ())', 'math.dist(1, 2)',
  'math.dist((1e308, -1e308), (-1e308, 1e308))', 'math.dist((0.1, 0.2), (0.3, 0.4))',
  'math.fsum([0.1] * 10)', 'math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])', 'math.fsum([])', 'math.fsum([1, 2, 3])',
  "math.fsum([float('inf'), 1])", "math.fsum([float('inf'), float('-inf')])", "math.fsum([float('nan'), 1])",
  'math.fsum([1e308, 1e308])', 'math.fsum([1e308, 1e308, -1e308])', 'math.fsum([1e-16, 1, 1e16])', "math.fsum(['a'])",
  'math.fsum((2**53, 1, 1))', 'math.fsum([0.3, 0.3, 0.3, -0.9])', 'math.fsum([-0.0, -0.0])', 'math.fsum([1.7976931348623157e308, 9.979201547673598e291])',
  'math.fsum([2.0**-1074, 1e-300, -1e-300])', 'math.fsum([10**400])', 'math.fsum(5)',
  'math.prod([1, 2, 3, 4])', 'math.prod([])', 'math.prod([], start=5)', 'math.prod([2] * 3)', 'math.prod([1.5, 2, 3])',
  'math.prod([2**40, 2**40, 2**40])', 'math.prod([1, 2], start=1.5)', "math.prod(['a', 3])", 'math.prod([1+1j, 1-1j])',
  'math.prod()', 'math.prod([1], 2)', 'math.prod([1], foo=2)', 'math.prod((0.1, 0.2, 0.3))', 'math.prod([True, True])',
];

const ints = [
  'math.factorial(0)', 'math.factorial(1)', 'math.factorial(5)', 'math.factorial(18)', 'math.factorial(19)', 'math.factorial(20)',
  'math.factorial(25)', 'math.factorial(100)', 'math.factorial(-1)', 'math.factorial(1.0)', 'math.factorial(True)',
  'math.factorial(2**63)', 'math.factorial(MyInt(6))', 'math.factorial(1000) % (10**20 + 39)', 'math.factorial(1000).bit_length()',
  'math.comb(5, 2)', 'math.comb(10, 0)', 'math.comb(10, 10)', 'math.comb(10, 11)', 'math.comb(60, 30)', 'math.comb(100, 50)',
  'math.comb(1000, 500) % (10**20 + 39)', 'math.comb(-1, 2)', 'math.comb(1, -2)', 'math.comb(5.0, 2)', 'math.comb(5)',
  'math.comb(10**20, 3)', 'math.comb(2**70, 2)', 'math.comb(67, 33)', 'math.comb(68, 34)', 'math.comb(3000, 1500).bit_length()',
  'math.perm(5)', 'math.perm(5, 2)', 'math.perm(5, 0)', 'math.perm(5, 6)', 'math.perm(20, 15)', 'math.perm(30, 20)',
  'math.perm(-1)', 'math.perm(5, -1)', 'math.perm(5, None)', 'math.perm()', 'math.perm(10**20, 2)', 'math.perm(100, 60) % 1000000007',
  'math.gcd()', 'math.gcd(12)', 'math.gcd(-12)', 'math.gcd(12, 18)', 'math.gcd(-12, 18)', 'math.gcd(0, 0)', 'math.gcd(0, -5)',
  'math.gcd(12, 18, 27)', 'math.gcd(2**100, 2**70 * 3)', 'math.gcd(10**30, 10**20 + 5)', 'math.gcd(1.5, 3)', 'math.gcd(True, 4)',
  'math.gcd(2**64 + 2, 6)', 'math.lcm()', 'math.lcm(4)', 'math.lcm(-4)', 'math.lcm(4, 6)', 'math.lcm(4, 0)', 'math.lcm(0, 4, 6)',
  'math.lcm(4, 6, 10)', 'math.lcm(2**40, 3**30)', 'math.lcm(-4, 6)', 'math.lcm(4, 6.0)', 'math.lcm(2**60, 2**61 * 3)',
  'math.isqrt(0)', 'math.isqrt(1)', 'math.isqrt(15)', 'math.isqrt(16)', 'math.isqrt(17)', 'math.isqrt(2**52 - 1)',
  'math.isqrt(2**53 - 1)', 'math.isqrt(2**53)', 'math.isqrt(2**106 - 1)', 'math.isqrt(2**106)', 'math.isqrt(10**40)',
  'math.isqrt(10**40 - 1)', 'math.isqrt(10**400 + 12345)', 'math.isqrt(3**2001)', 'math.isqrt(-1)', 'math.isqrt(2.0)',
  'math.isqrt(True)', 'math.isqrt(9007199254740992 * 9007199254740992 - 1)',
];

const special = [
  'math.gamma(1)', 'math.gamma(5)', 'math.gamma(23)', '~math.gamma(24)', '~math.gamma(0.5)', '~math.gamma(1.5)', '~math.gamma(-0.5)',
  '~math.gamma(-1.5)', '~math.gamma(5.5)', '~math.gamma(10.1)', '~math.gamma(50.5)', '~math.gamma(150.5)', '~math.gamma(-150.5)',
  '~math.gamma(170.5)', 'math.gamma(171.7)', 'math.gamma(200)', 'math.gamma(-201.5)', 'math.gamma(0)', 'math.gamma(-0.0)',
  'math.gamma(-1)', 'math.gamma(-2)', "math.gamma(float('inf'))", "math.gamma(float('-inf'))", "math.gamma(float('nan'))",
  'math.gamma(1e-30)', 'math.gamma(-1e-30)', 'math.gamma(1e-320)', '~math.gamma(2.5e-5)', '~math.gamma(7.25)',
  'math.lgamma(1)', 'math.lgamma(2)', 'math.lgamma(0)', 'math.lgamma(-1)', '~math.lgamma(0.5)', '~math.lgamma(3.5)',
  '~math.lgamma(-0.5)', '~math.lgamma(-2.5)', '~math.lgamma(100.5)', '~math.lgamma(1e10)', '~math.lgamma(1e300)', 'math.lgamma(1e308)',
  "math.lgamma(float('inf'))", "math.lgamma(float('-inf'))", 'math.lgamma(1e-30)', '~math.lgamma(-150.25)',
  'math.erf(0)', 'math.erf(-0.0)', '~math.erf(0.1)', '~math.erf(0.5)', '~math.erf(1)', '~math.erf(-1)', '~math.erf(1.5)',
  '~math.erf(2.5)', '~math.erf(4)', 'math.erf(6)', 'math.erf(-6)', 'math.erf(1e-20)', 'math.erf(1e-310)', "math.erf(float('inf'))",
  "math.erf(float('-inf'))", "math.erf(float('nan'))", '~math.erfc(0.1)', '~math.erfc(0.3)', '~math.erfc(0.9)', '~math.erfc(1.1)',
  '~math.erfc(2)', '~math.erfc(5)', '~math.erfc(10)', '~math.erfc(26)', 'math.erfc(30)', '~math.erfc(-1)', '~math.erfc(-3)',
  'math.erfc(-7)', 'math.erfc(0)', 'math.erfc(1e-20)', "math.erfc(float('inf'))", "math.erfc(float('-inf'))",
  'math.pi', 'math.e', 'math.tau', 'math.inf', 'math.nan', '-math.inf', 'tname(math.pi)',
  'math.sin()', 'math.sin(1, 2)', 'math.sin(x=1)', 'math.atan2(1)', 'math.log()', 'math.log(1, 2, 3)', 'math.pow(1)',
  'math.fsum()', 'math.floor()', 'math.trunc(1, 2)', 'math.ceil(x=1)', 'math.nextafter(1, 2, 3)', 'math.perm(1, 2, 3)',
  'math.gcd(a=1)', 'math.hypot(x=1)', 'math.comb(5)',
];

differential('math elementary functions', elementary, 2, setup);
differential('math exactly specified functions', exact, 0, setup);
differential('math integer functions', ints, 0, setup);
differential('math special functions, constants and argument errors', special, 2, setup);


describe('math module contents', () => {
  it('has exactly the public names of CPython 3.11 math', () => {
    const r = spawnSync('python3', ['-c', "import math, json; print(json.dumps([n for n in dir(math) if not n.startswith('_')]))"], {
      encoding: 'utf8',
    });
    if (r.error || r.status !== 0) throw new Error(`python3 is required: ${r.error?.message ?? r.stderr}`);
    const names: string[] = JSON.parse(r.stdout);
    expect(Object.keys(mathFunctions()).sort()).toEqual(names.sort());
  });
});
