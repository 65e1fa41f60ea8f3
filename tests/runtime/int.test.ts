// Differential tests of int and bool (vm/runtime/builtins/int.ts, bool.ts) against CPython 3.11.
import { differential } from './numeval.js';
import { describe, it, expect, beforeAll } from 'vitest';
import { setupRuntime } from './numeval.js';
import { intType, boolType, floatType, PyList } from '../../vm/runtime/types.js';
import { call, callType } from '../../vm/runtime/call.js';
import { PyFloat } from '../../vm/runtime/object.js';

const big = '123456789012345678901234567890';

const construct = [
  'int()', 'int(0)', 'int(-0)', 'int(True)', 'int(False)', 'int(3.99)', 'int(-3.99)', 'int(-0.0)', 'int(1e16)',
  'int(1e300)', 'int(-1.5e20)', "int(float('inf'))", "int(float('-inf'))", "int(float('nan'))",
  "int('42')", "int(' 42 ')", "int('\\t-42\\n')", "int('+7')", "int('-0')", "int('1_000_000')", "int('1__0')",
  "int('_1')", "int('1_')", "int('')", "int(' ')", "int('4 2')", "int('x')", "int('0x1f', 0)", "int('0X1F', 0)",
  "int('0o17', 0)", "int('0b101', 0)", "int('0b_101', 0)", "int('0_0', 0)", "int('00', 0)", "int('010', 0)",
  "int('ff', 16)", "int('0xff', 16)", "int('0x_ff', 16)", "int('0x', 16)", "int('z', 36)", "int('Z', 36)",
  "int('10', 2)", "int('12', 2)", "int('777', 8)", "int('0o777', 8)", "int('0b1', 16)", "int('1', 1)",
  "int('1', 37)", "int('1', -1)", "int('1', 0)", "int(' -0x10 ', 0)", `int('${big}')`, `int('-${big}')`,
  `int('${big}', 16)`, "int('1' * 3)", "int('\\u0661\\u0662\\u0663')", "int('\\u00a012\\u2003')", "int('１２')",
  "int(b'42')", "int(b' 42 ')", "int(b'ff', 16)", "int(b'x')", "int(5, 10)", "int(5.5, 10)", "int(None)",
  "int([1])", "int('12', base=8)", "int(x='1')", "int('1', 2, 3)", "int(base=10)", "int(1.0e19)",
  "int(9007199254740993.0)", "int('9007199254740993')", "int('-9007199254740993')", "int('9007199254740991')",
  "int('123456789' * 5, 7)", "int('zz' * 20, 36)", "int(MyInt(5))", "tname(int(MyInt(5)))", "tname(MyInt('7'))",
  "MyInt('7')", "MyInt(3.5) + 1", "tname(MyInt(3) + 1)", "int('1e3')", "int('1.5')", "int('0x1g', 16)",
  "int(MyStr('12'))", "int(b'0x10', 0)", "int('  0b1111  ', 0)", "int('-0b1111', 0)", "int('+0o17', 0)",
  "int('0x' + 'f' * 40, 16)", "int('1_2_3', 0)", "int('0_7', 0)", "int('9' * 30)",
];

const methods = [
  '(0).bit_length()', '(1).bit_length()', '(255).bit_length()', '(-256).bit_length()', '(2**31).bit_length()',
  '(2**32).bit_length()', '(2**52).bit_length()', '(2**53 - 1).bit_length()', '(2**53).bit_length()',
  '(-2**100).bit_length()', `(${big}).bit_length()`, '(0).bit_count()', '(255).bit_count()', '(-255).bit_count()',
  '(2**40 + 7).bit_count()', '(2**100 - 1).bit_count()', '(-(2**100 - 1)).bit_count()', '(True).bit_length()',
  '(5).to_bytes()', '(5).to_bytes(2)', "(1024).to_bytes(2, 'big')", "(1024).to_bytes(2, 'little')",
  "(1024).to_bytes(1, 'big')", "(-1).to_bytes(2, 'big', signed=True)", "(-1).to_bytes(2, 'big')",
  "(127).to_bytes(1, 'big', signed=True)", "(128).to_bytes(1, 'big', signed=True)",
  "(-128).to_bytes(1, 'big', signed=True)", "(-129).to_bytes(1, 'big', signed=True)", "(0).to_bytes(0, 'big')",
  "(1).to_bytes(0, 'big')", "(2**64 - 1).to_bytes(8, 'little')", "(2**64).to_bytes(8, 'little')",
  "(-2**63).to_bytes(8, 'big', signed=True)", "(2**63).to_bytes(8, 'big', signed=True)",
  "(65535).to_bytes(length=2, byteorder='big')", "(1).to_bytes(2, 'middle')", "(1).to_bytes(2, 5)",
  "(1).to_bytes(-1, 'big')", "(2**70 + 5).to_bytes(10, 'big')", "(-(2**70) - 5).to_bytes(10, 'little', signed=True)",
  "int.from_bytes(b'\\x00\\x10', 'big')", "int.from_bytes(b'\\x00\\x10', 'little')", "int.from_bytes(b'\\xff', 'big', signed=True)",
  "int.from_bytes(b'\\xff\\xff', 'big', signed=False)", "int.from_bytes(b'', 'big')", "int.from_bytes(b'', 'big', signed=True)",
  "int.from_bytes([1, 2])", "int.from_bytes([1, 256], 'big')", "int.from_bytes('ab', 'big')", "int.from_bytes(5, 'big')",
  "int.from_bytes(b'\\x80\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00', 'big', signed=True)", "int.from_bytes(b'\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\x09\\x0a\\x0b\\x0c', 'little')",
  "tname(MyInt.from_bytes(b'\\x01', 'big'))", "int.from_bytes(bytes=b'\\x01\\x00', byteorder='little')",
  '(7).as_integer_ratio()', '(-7).as_integer_ratio()', '(True).as_integer_ratio()', '(5).conjugate()',
  '(5).real', '(5).imag', '(5).numerator', '(5).denominator', '(True).real', 'tname((True).real)',
  `(${big}).numerator`, '(-5).__index__()', 'tname(MyInt(5).__index__())', '(5).__float__()',
  '(2**53 + 1).__float__()', '(10**400).__float__()', '(5).__int__()', '(5).__trunc__()', '(5).__floor__()',
  '(5).__ceil__()', '(5).__bool__()', '(0).__bool__()', '(5).__getnewargs__()', 'int.__add__("a", 1)',
  'int.bit_length("a")', 'int.__eq__(1, 1.0)', 'int.__lt__(1, 1.5)', 'int.__add__(1, 1.5)', 'int.__radd__(1, 2)',
];

const arith = [
  '(5).__add__(3)', '(5).__sub__(8)', '(5).__mul__(-3)', '(7).__floordiv__(2)', '(-7).__floordiv__(2)',
  '(7).__floordiv__(-2)', '(-7).__floordiv__(-2)', '(7).__mod__(-2)', '(-7).__mod__(2)', '(7).__mod__(0)',
  '(7).__floordiv__(0)', '(7).__truediv__(2)', '(7).__truediv__(0)', '(1).__truediv__(3)', '(2**60).__truediv__(3)',
  `(10**400).__truediv__(10**399)`, '(10**400).__truediv__(3)', '(1).__truediv__(10**400)', '(7).__divmod__(2)',
  '(-7).__divmod__(2)', '(7).__divmod__(-2)', '(-7).__divmod__(-2)', '(7).__rdivmod__(2)', `(${big}).__divmod__(97)`,
  `(-${big}).__divmod__(97)`, '(5).__rsub__(8)', '(5).__rfloordiv__(17)', '(5).__rmod__(17)', '(2).__pow__(10)',
  '(2).__pow__(100)', '(2).__pow__(-1)', '(2).__pow__(-2)', '(0).__pow__(-1)', '(0).__pow__(0)', '(-2).__pow__(3)',
  '(-2).__pow__(-3)', '(3).__pow__(4, 5)', '(3).__pow__(-1, 7)', '(3).__pow__(-1, -7)', '(4).__pow__(-1, 2)',
  '(2).__pow__(10, 0)', '(2).__pow__(10, -3)', '(2).__pow__(-1, 1)', '(2).__rpow__(3)', '(2).__rpow__(3, 5)',
  '(2).__pow__(0.5)', 'pow(2, 100, 10**9 + 7)', `pow(${big}, 65537, 2**127 - 1)`, 'pow(-3, 3, 5)', 'pow(3, 0, 1)',
  '(10**400).__pow__(-1)', '(7).__pow__(-2)', '(10).__pow__(-3)', '(3).__pow__(-5)', '(2).__pow__(-1075)', '(2).__pow__(-1074)', '(1).__lshift__(10)', '(1).__lshift__(64)', '(-1).__lshift__(100)', '(1).__lshift__(-1)',
  '(1024).__rshift__(3)', '(-1024).__rshift__(3)', '(-1).__rshift__(100)', '(2**100).__rshift__(90)', '(5).__rshift__(70)',
  '(12).__and__(10)', '(12).__or__(10)', '(12).__xor__(10)', '(-12).__and__(10)', '(-12).__or__(2**70)',
  '(2**70).__xor__(-1)', '(5).__rand__(3)', '(5).__ror__(3)', '(5).__rxor__(3)', '(5).__neg__()', '(-5).__neg__()',
  '(0).__neg__()', '(5).__pos__()', '(-5).__abs__()', `(-${big}).__abs__()`, '(5).__invert__()', '(-1).__invert__()',
  `(${big}).__invert__()`, '(2**53 - 1).__add__(1)', '(2**53).__sub__(1)', '(-(2**53) + 1).__sub__(1)',
  '(2**31).__mul__(2**31)', '(94906267).__mul__(94906267)', `(${big}).__mul__(0)`, `(${big}).__sub__(${big})`,
  '(5).__eq__(5)', '(5).__ne__(5)', '(5).__lt__(6)', '(5).__ge__(6)', '(2**64).__gt__(2**63)', '(5).__eq__(True)',
  '(1).__eq__(True)', 'MyInt(5) + MyInt(6)', 'MyInt(5) * 2.5', '7 // MyInt(2)', '-MyInt(5)', 'abs(MyInt(-5))',
  '(5).__add__(MyInt(1))', 'divmod(MyInt(7), 2)', '2 ** 62', '(-2) ** 63', '3 ** 40', '0 ** 0', '(7).__rmod__(0)', '(0).__rmod__(7)',
];

const misc = [
  'round(15, -1)', 'round(25, -1)', 'round(35, -1)', 'round(-15, -1)', 'round(-25, -1)', 'round(149, -2)',
  'round(150, -2)', 'round(250, -2)', 'round(251, -2)', 'round(5, 2)', 'round(5, -20)', 'round(5, None)',
  'round(5)', 'round(5, 1.0)', 'round(10**20 + 5 * 10**9, -10)', 'round(10**20 + 15 * 10**9, -10)',
  `round(${big}, -5)`, `round(-${big}, -29)`, `round(${big}, -40)`, 'round(-5, -1)', 'round(-6, -1)',
  'hash(0)', 'hash(-1)', 'hash(-2)', 'hash(2**61 - 1)', 'hash(2**61)', 'hash(-(2**61))', 'hash(2**61 + 5)',
  'hash(2**100)', 'hash(-(2**100))', 'hash(True)', 'hash(2**122 + 2**61 + 12345)', 'hash(MyInt(-1))', "format(255, 'x')",
  "format(255, '#010b')", "format(-255, '+,')", "format(123456789, '_')", "format(True, '')", "format(True, 'd')",
  "format(10**30, ',')", "format(5, '.2f')", "format(MyInt(12), '^6')", 'repr(MyInt(42))', 'repr(True)',
  'bool(0)', 'bool(3)', "bool('')", "bool('a')", 'bool(0.0)', 'bool(None)', 'bool()', 'bool(1, 2)', 'bool(x=1)',
  'True.__and__(True)', 'True.__and__(False)', 'True.__or__(False)', 'True.__xor__(True)', 'True & 3', 'True | 2',
  'False ^ 5', 'False.__ror__(True)', 'True.__rxor__(1)',
  'bool.__and__(True, False)', 'bool.__or__(False, False)', 'bool.__xor__(True, 1)', 'bool.__rand__(True, 1)',
  'True + True', 'True * 5', '-True', '~True', '~False', 'True / 2', 'True // 2', 'True ** 2', 'True == 1',
  'tname(True.__and__(True))', 'tname(True + False)', 'True.__repr__()', 'bool.__repr__(False)', 'int.__repr__(True)',
  'bool.__repr__(1)', 'True.__int__()', 'tname(True.__index__())', 'True.__hash__()', '(True).__round__()',
  'tname(True.numerator)', '(1).__sizeof__() > 0',
];

differential('int construction', construct);
differential('int methods', methods);
differential('int arithmetic', arith);
differential('int rounding, hashing, formatting and bool', misc);

// ---- direct calls through the call machinery ----

describe('int via call/callType', () => {
  beforeAll(setupRuntime);
  it('calls methods and constructors', () => {
    expect(call(intType.dict.bit_length, [255])).toBe(8);
    expect(callType(intType, ['ff', 16], null, null)).toBe(255);
    expect(callType(intType, ['ff'], ['base'], [16])).toBe(255);
    expect(callType(intType, [2.5], null, null)).toBe(2);
    expect(callType(intType, ['9'.repeat(20)], null, null)).toBe(99999999999999999999n);
    expect(callType(boolType, [new PyList([])], null, null)).toBe(false);
    expect(callType(boolType, [3], null, null)).toBe(true);
    const f = callType(floatType, ['2'], null, null);
    expect(f).toBeInstanceOf(PyFloat);
    expect((f as PyFloat).v).toBe(2);
  });
  it('never produces -0 or unnormalised bigints', () => {
    expect(Object.is(call(intType.dict.__neg__, [0]), 0)).toBe(true);
    expect(Object.is(call(intType.dict.__round__, [-4, -1]), 0)).toBe(true);
    expect(call(intType.dict.__sub__, [2n ** 60n, 2n ** 60n - 5n])).toBe(5);
    expect(typeof callType(intType, ['-9007199254740991'], null, null)).toBe('number');
    expect(typeof callType(intType, ['9007199254740992'], null, null)).toBe('bigint');
  });
});
