// Differential tests of float (vm/runtime/builtins/float.ts) against CPython 3.11.
import { differential } from './numeval.js';
import { floatHex } from '../../vm/runtime/builtins/float.js';

// Deterministic pseudo-random doubles (all exponent ranges) for repr round-trips and rounding.
let seed = 12345;
function rnd32(): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed;
}
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const randomDoubles: string[] = [];
while (randomDoubles.length < 40) {
  words[0] = rnd32();
  words[1] = rnd32();
  if (Number.isFinite(bits[0])) randomDoubles.push(floatHex(bits[0]));
}
const scaled = Array.from({ length: 30 }, (_, i) => floatHex((rnd32() / 4294967296 - 0.5) * Math.pow(10, (i % 13) - 4)));
const roundTrips = [
  ...randomDoubles.map((h) => `float(repr(float.fromhex('${h}')))`),
  ...scaled.map((h, i) => `round(float.fromhex('${h}'), ${(i % 9) - 2})`),
  ...scaled.slice(0, 10).map((h) => `round(float.fromhex('${h}'))`),
];

const construct = [
  'float()', 'float(0)', 'float(-0.0)', 'float(5)', 'float(True)', 'float(2**53 + 1)', 'float(2**1023 * 2 - 1)',
  'float(10**308)', 'float(10**309)', 'float(-(10**400))', "float('1.5')", "float(' 1.5 ')", "float('\\n-1.5e3\\t')",
  "float('1_000.5')", "float('1__0')", "float('_1')", "float('1_')", "float('1_.5')", "float('1._5')", "float('1e1_0')",
  "float('1e_1')", "float('inf')", "float('-inf')", "float('+inf')", "float('Infinity')", "float('-iNfInItY')",
  "float('nan')", "float('-NaN')", "float('infinit')", "float('nanx')", "float('')", "float(' ')", "float('.')",
  "float('.5')", "float('5.')", "float('e5')", "float('1e')", "float('1e+')", "float('1e-5')", "float('1E5')",
  "float('0x10')", "float('1.2.3')", "float('1 2')", "float('--1')", "float('+-1')", "float('١٫٥')", "float('١.٥')",
  "float('\\u20031.25\\u3000')", "float('1e400')", "float('-1e400')", "float('1e-400')", "float('4.9e-324')",
  "float('2.4703282292062328e-324')", "float('2.4703282292062327e-324')", "float('0.1')", "float('0.30000000000000004')",
  "float('9007199254740993')", "float('123456789012345678901234567890')", "float(b'1.5')", "float(b' 2 ')",
  "float(b'x')", "float(None)", "float([1])", "float(1j)", "float(x=1)", "float(1, 2)", "float(MyFloat(2.5))",
  "tname(float(MyFloat(2.5)))", "tname(MyFloat(2.5))", "MyFloat(2.5)", "MyFloat('1e3')", "MyFloat(3) + 1",
  "tname(MyFloat(3) + 1)", "float(MyInt(7))", "float(MyStr('2.5'))", "float('1' * 400)", "float('0.' + '0' * 400 + '1')",
  "float('1e23')", "float('8.98846567431158e307')", "float('-0')", "float('00012.500')",
];

const methods = [
  '(1.5).is_integer()', '(2.0).is_integer()', "float('inf').is_integer()", "float('nan').is_integer()",
  '(-0.0).is_integer()', '(0.5).as_integer_ratio()', '(-0.75).as_integer_ratio()', '(2.0).as_integer_ratio()',
  '(0.1).as_integer_ratio()', '(1e300).as_integer_ratio()', '(5e-324).as_integer_ratio()', '(0.0).as_integer_ratio()',
  "float('inf').as_integer_ratio()", "float('nan').as_integer_ratio()", '(2.0**52 + 0.5).as_integer_ratio()',
  '(1.5).hex()', '(0.0).hex()', '(-0.0).hex()', '(1.0).hex()', '(-0.1).hex()', '(5e-324).hex()', '(2.2250738585072014e-308).hex()',
  '(1e-310).hex()', '(1.7976931348623157e308).hex()', "float('inf').hex()", "float('-inf').hex()", "float('nan').hex()",
  "float.fromhex('0x1.8p1')", "float.fromhex('0x1p-1074')", "float.fromhex('0x1p-1075')", "float.fromhex('0x3p-1076')",
  "float.fromhex('0x1.fffffffffffffp1023')", "float.fromhex('0x1.fffffffffffff8p1023')", "float.fromhex('0x2p1023')",
  "float.fromhex('  -0x1.0P+3  ')", "float.fromhex('1.8')", "float.fromhex('.8p1')", "float.fromhex('0x.')",
  "float.fromhex('inf')", "float.fromhex('-Infinity')", "float.fromhex('nan')", "float.fromhex('0x1p')",
  "float.fromhex('0xg')", "float.fromhex('')", "float.fromhex('0x1.00000000000008p0')", "float.fromhex('0x1.00000000000018p0')",
  "float.fromhex('0x1.000000000000080001p0')", "float.fromhex('0x0p99999')", "float.fromhex('0x1p99999')",
  "float.fromhex('0x1p-99999')", "float.fromhex('0x123456789abcdefp-10')", "float.fromhex('-0x0.0p0')",
  "float.fromhex(5)", "tname(MyFloat.fromhex('0x1p1'))", "float.fromhex((0.1).hex())", "float.fromhex((-1e-320).hex())",
  '(2.5).conjugate()', '(2.5).real', '(2.5).imag', "float.__getformat__('double')", "float.__getformat__('x')",
  '(2.5).__getnewargs__()', '(2.5).__int__()', '(-2.5).__int__()', '(1e20).__int__()', '(-2.5).__trunc__()',
  '(-2.5).__floor__()', '(-2.5).__ceil__()', '(2.5).__floor__()', '(2.5).__ceil__()', "float('inf').__floor__()",
  "float('nan').__ceil__()", "float('-inf').__trunc__()", '(-0.5).__ceil__()', '(1e300).__floor__()',
  '(2.5).__bool__()', '(0.0).__bool__()', "float('nan').__bool__()", '(-2.5).__abs__()', '(-0.0).__abs__()',
  '(2.5).__neg__()', '(0.0).__neg__()', '(2.5).__pos__()', '(2.5).__float__()', 'tname(MyFloat(2).__float__())',
  'float.__add__(1, 2.0)', 'float.hex(1)', 'float.is_integer(True)',
];

const arith = [
  '(1.5).__add__(2)', '(1.5).__add__(True)', '(1.5).__add__(2**1000)', '(1.5).__add__(10**400)', "(1.5).__add__('a')",
  '(1.5).__radd__(2)', '(0.1).__add__(0.2)', '(1.5).__sub__(2)', '(1.5).__rsub__(2)', '(1.5).__mul__(2)',
  '(1e308).__mul__(10)', '(1.5).__truediv__(0)', '(1.5).__truediv__(0.0)', '(1.5).__rtruediv__(3)', '(0.0).__rtruediv__(3)',
  '(7.5).__floordiv__(2)', '(-7.5).__floordiv__(2)', '(7.5).__floordiv__(-2)', '(7.5).__floordiv__(0)', '(7.5).__mod__(2)',
  '(-7.5).__mod__(2)', '(7.5).__mod__(-2)', '(7.5).__mod__(0)', '(-0.0).__mod__(2)', '(0.0).__mod__(-2)', '(5.0).__mod__(2.5)',
  '(-5.0).__mod__(2.5)', "(1e-300).__mod__(float('inf'))", "(-1e-300).__mod__(float('inf'))", "float('inf').__mod__(2)",
  '(7.5).__divmod__(2)', '(-7.5).__divmod__(2)', '(7.5).__divmod__(-2)', '(7.5).__divmod__(0)', '(-0.0).__divmod__(1)', '(0.0).__divmod__(-1)', "float('inf').__divmod__(2)", "(2.0).__divmod__(float('inf'))", "(-2.0).__divmod__(float('inf'))", "float('nan').__floordiv__(2)", '(-0.0).__floordiv__(5)', '(0.0).__floordiv__(-5)', "float('inf').__floordiv__(2)",
  '(1.0).__divmod__(0.1)', '(7.5).__rdivmod__(2)', '(1e308).__floordiv__(1e-308)', '(2.5).__rfloordiv__(7)', '(2.5).__rmod__(7)',
  '(2.0).__pow__(10)', '(2.0).__pow__(0.5)', '(2.0).__pow__(-1)', '(0.0).__pow__(-1)', '(0.0).__pow__(0)', '(-0.0).__pow__(3)',
  '(-0.0).__pow__(0.5)', '(-8.0).__pow__(1/3)', '(-2.0).__pow__(0.5)', '(-2.0).__pow__(3)', '(-2.0).__pow__(-3)',
  "float('inf').__pow__(-1)", "float('-inf').__pow__(3)", "float('-inf').__pow__(2)", "float('-inf').__pow__(0.5)",
  "float('-inf').__pow__(-3)", "float('nan').__pow__(0)", "(1.0).__pow__(float('nan'))", "(-1.0).__pow__(float('inf'))",
  "(0.5).__pow__(float('inf'))", "(2.0).__pow__(float('-inf'))", '(10.0).__pow__(400)', '(10.0).__pow__(-400)',
  '(1.1).__pow__(7)', '(1.0001).__pow__(10000)', '(7.0).__pow__(-2)', '(3.7).__pow__(13)', '(0.3).__pow__(-11)',
  '(2.0).__pow__(3, 5)', '(2.0).__rpow__(3)', '~(2.5).__rpow__(-2)', '(2.0).__pow__(2**64)', '(-1.0).__pow__(2**64 + 1)',
  '(-1.0).__pow__(1e300)', '2.0 ** -1070', '2.0 ** -1075',
  '(1.5).__eq__(1.5)', '(1.5).__eq__(1)', '(1.0).__eq__(1)', '(1.0).__eq__(True)', '(2.0**53).__eq__(2**53 + 1)',
  '(2.0**53).__lt__(2**53 + 1)', '(2.0**53).__ge__(2**53 + 1)', '(1e300).__lt__(10**300)', '(1e300).__gt__(10**300)',
  "float('inf').__gt__(10**400)", "float('nan').__eq__(float('nan'))", "float('nan').__ne__(1)", "(1.5).__eq__('a')",
  '(1.5).__lt__(MyInt(2))', '(-0.0).__eq__(0)', '1.5 < 2', '1.5 == 1.5', 'MyFloat(1.5) + MyFloat(2)', '2 * MyFloat(1.5)',
  'divmod(MyFloat(7.5), 2)', '-MyFloat(2.5)', 'abs(MyFloat(-2.5))',
];

const rnd = [
  'round(0.5)', 'round(1.5)', 'round(2.5)', 'round(-0.5)', 'round(-1.5)', 'round(-2.5)', 'round(0.49999999999999994)',
  'round(2.675, 2)', 'round(0.125, 2)', 'round(0.375, 2)', 'round(1.005, 2)', 'round(2.5, 0)', 'round(3.5, 0)',
  'round(-0.001, 2)', 'round(0.001, 2)', 'round(1234.5678, -2)', 'round(1250.0, -2)', 'round(1350.0, -2)',
  'round(-1250.0, -2)', 'round(5e-324, 400)', 'round(1.5, 400)', 'round(1.5, 323)', 'round(1.5, -309)',
  'round(-1.5, -400)', 'round(1e300, -300)', 'round(1.7976931348623157e308, -308)', 'round(123.456, 1)',
  'round(123.456, -1)', 'round(1e22 + 1, -1)', "round(float('inf'))", "round(float('nan'))", "round(float('inf'), 2)",
  "round(float('nan'), 2)", 'round(0.0, 2)', 'round(-0.0, 2)', 'round(1e20)', 'round(1.5e20)', 'round(4.5e15 + 0.5)',
  'round(2.0**52 + 0.5)', 'round(2.0**53 + 2)', 'round(0.285, 2)', 'round(0.615, 2)', 'round(1.15, 1)', 'round(2.35, 1)',
  'round(0.1 + 0.2, 15)', 'round(0.1 + 0.2, 16)', 'round(1/3, 10)', 'round(2/3, 17)', 'round(123456.789, 20)',
  'round(1e-20, 25)', 'round(1.23456789e-10, 15)', 'round(5.5, -1)', 'round(15.0, -1)', 'round(25.0, -1)',
  'round(1.5, True)', 'round(1.5, 2.0)', "round(1.5, 'a')", 'tname(round(1.5))', 'tname(round(1.5, 0))', 'round(MyFloat(2.5))',
  'round(2.5, None)', 'round(1e15 + 0.3, 0)', 'round(4503599627370495.5)', 'round(-4503599627370495.5)',
  'round(1099511627775.5, 0)', 'round(0.5000000001, 0)', 'round(12345678.9, -7)', 'round(99.95, 1)', 'round(9.995, 2)',
];

const misc = [
  // CPython hashes of most non-integral floats exceed 2**53 and cannot be represented by a JS number; these cannot be compared digit for digit.
  'hash(2.0**61)', "hash(float('inf'))", "hash(float('-inf'))", 'hash(-1.0)', 'hash(0.0)', 'hash(-0.0)', 'hash(2.0)',
  'hash(2.0**-40)', 'hash(-(2.0**-45))', 'hash(1e15)', 'hash(MyFloat(2.0**-40))', 'hash(3.0) == hash(3)',
  'hash(2.0**80) == hash(2**80)', 'hash(1e300) == hash(int(1e300))',
  'repr(0.1)', 'repr(1e16)', 'repr(1e15)', 'repr(123456789012345680.0)', 'repr(1e-5)', 'repr(0.0001)', 'repr(-0.0)',
  'repr(5e-324)', 'repr(1.7976931348623157e308)', 'repr(2.5e-7)', 'repr(1/3)', 'repr(MyFloat(2.0))',
  "format(1.5, '')", "format(1.5, '.3f')", "format(1234567.891, ',.2f')", "format(1e100, 'e')", "format(0.1, '.20g')",
  "format(2.5, '%')", "format(-0.0, 'z.1f')", "format(MyFloat(1.5), '^9')", "format(1.5, 'd')", "format(1e16, '')",
  "format(100.0, 'g')", "format(1e-5, '')", "format(float('nan'), '+')",
];

differential('float construction', construct);
differential('float methods', methods);
differential('float arithmetic and comparisons', arith);
differential('float rounding', rnd);
differential('float hashing, repr, format', misc);
differential('float repr round trips and rounding of random values', roundTrips);
