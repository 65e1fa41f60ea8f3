// Differential tests of complex (vm/runtime/builtins/complex.ts) against CPython 3.11.
import { differential } from './numeval.js';

const construct = [
  'complex()', 'complex(1)', 'complex(1.5)', 'complex(True)', 'complex(1, 2)', 'complex(1.5, -2.5)', 'complex(-0.0, -0.0)',
  'complex(0.0, -0.0)', 'complex(-0.0, 0.0)', 'complex(1j)', 'complex(1j, 1j)', 'complex(1 + 2j, 3 + 4j)', 'complex(2, 1j)',
  'complex(1j, 2)', 'complex(real=1, imag=2)', 'complex(imag=3)', 'complex(1, real=2)', 'complex(x=1)', 'complex(1, 2, 3)',
  "complex('1+2j')", "complex('1-2j')", "complex('  (1+2j)  ')", "complex('( 1+2j )')", "complex('(1+2j')", "complex('1+2j)')",
  "complex('1 + 2j')", "complex('j')", "complex('-j')", "complex('+J')", "complex('2j')", "complex('-2.5e-3J')", "complex('1')",
  "complex('-1.5')", "complex('1e3+1e-3j')", "complex('1e+2j')", "complex('1+j')", "complex('1-j')", "complex('1+-2j')",
  "complex('inf+nanj')", "complex('-infj')", "complex('nan')", "complex('infinity-infinityj')", "complex('1_0+2_0j')",
  "complex('1__0j')", "complex('_1j')", "complex('1j_')", "complex('(1_0+2j)')", "complex('')", "complex(' ')", "complex('()')", "complex('1j1')", "complex('jj')",
  "complex('1e')", "complex('\\u0661+\\u0662j')", "complex('1+2j', 1)", "complex(1, '2')", 'complex([])', 'complex(1, [])',
  'complex(None)', 'complex(10**400)', 'complex(1, 10**400)', 'complex(2**53 + 1)', 'complex(MyFloat(2.5), MyInt(3))',
  'tname(MyComplex(1, 2))', 'MyComplex(1, 2)', 'tname(complex(MyComplex(1, 2)))', 'MyComplex(1, 2) + 1', 'tname(MyComplex(1) + 1)',
  "complex(MyStr('3+4j'))", 'complex(float("inf"), float("nan"))', 'complex(1e308, 1e308)',
];

const arith = [
  '(1+2j).__add__(3)', '(1+2j).__add__(1.5)', '(1+2j).__add__(3-4j)', '(1+2j).__add__(True)', "(1+2j).__add__('a')",
  '(1+2j).__radd__(3)', '(1+2j).__sub__(3)', '(1+2j).__rsub__(3)', '(1+2j).__mul__(3+4j)', '(1+2j).__mul__(2)',
  '(1+2j).__rmul__(0.5)', '(1+2j).__truediv__(3+4j)', '(1+2j).__truediv__(2)', '(1+2j).__truediv__(0)', '(1+2j).__truediv__(0j)',
  '(1+2j).__rtruediv__(1)', '(0j).__rtruediv__(1)', '(1e300+1e300j).__truediv__(1e-300+1e-300j)', '(1+2j).__truediv__(1e-320j)',
  '(3+4j).__truediv__(1+1e-300j)', "(1+2j).__truediv__(complex(float('nan'), 1))", "(1+2j).__truediv__(complex(float('inf'), 1))",
  '(1+2j).__pow__(2)', '(1+2j).__pow__(-2)', '(1+2j).__pow__(0)', '(0j).__pow__(0)', '(0j).__pow__(2)', '(0j).__pow__(-1)',
  '(0j).__pow__(1j)', '(0j).__pow__(0.5)', '(1+2j).__pow__(100)', '(1+2j).__pow__(101)', '(1.0001+0j).__pow__(-100)',
  '(2j).__pow__(3)', '(2j).__pow__(-3)', '(1j).__pow__(2)', '(-1+0j).__pow__(0.5)', '~(1+2j).__pow__(0.5)', '~(1+2j).__pow__(1+1j)',
  '~(1+2j).__pow__(2.5)', '~(2).__rpow__(1j)', '(1+2j).__rpow__(2)', '(1+2j).__pow__(2, 3)', "complex(float('inf'), 0).__pow__(2)",
  "complex(float('inf'), 0).__pow__(1)", '(1e200+1e200j).__pow__(2)', '(10+0j).__pow__(400)', '(1+2j).__pow__(2.0)',
  '~(1+1j).__pow__(-0.5)', '(1+2j) ** 2', '2 ** (1+0j)', '(1+2j) * (1-2j)', '(1+2j) / 2', '1 / (1+1j)', '-(1+2j)',
  '-(0j)', '+(1+2j)', 'abs(3+4j)', 'abs(-0j)', "abs(complex(float('inf'), float('nan')))", "abs(complex(float('nan'), 1))",
  'abs(1e308+1e308j)', 'abs(1.5e308+1.5e308j)', 'abs(1e-320+1e-320j)', 'abs(5e-324j)', 'abs(MyComplex(3, 4))',
  '(1+2j).__eq__(1+2j)', '(1+0j).__eq__(1)', '(1+0j).__eq__(1.0)', '(1+0j).__eq__(True)', '(1+1j).__eq__(1)',
  '(1+2j).__ne__(1+2j)', "(1+2j).__eq__('a')", '(1+2j).__lt__(1)', 'complex(2**53).__eq__(2**53 + 1)',
  'complex(2**53).__eq__(2**53)', '(1+2j) == (1+2j)', '(1+0j) == 1', '(1+2j) != 1', '(1+2j).__bool__()', '(0j).__bool__()',
  '(-0.0+0j).__bool__()', '(1+2j).conjugate()', '(1+2j).real', '(1+2j).imag', '(1+2j).__getnewargs__()', '(1+2j).__complex__()',
  'tname(MyComplex(1, 2).__complex__())', 'complex.__add__(1, 2)',
];

const reprs = [
  'repr(1+2j)', 'repr(2j)', 'repr(-2j)', 'repr(0j)', 'repr(-0j)', 'repr(complex(-0.0, 0))', 'repr(complex(-0.0, -1))',
  'repr(complex(0, -0.0))', 'repr(complex(1.5, 0))', 'repr(complex(1e16, 1e-16))', 'repr(complex(1e15, 2.5))',
  "repr(complex(float('nan'), float('inf')))", "repr(complex(1, float('nan')))", "repr(complex(float('-inf'), -1))",
  'repr(complex(0.1, 0.2))', 'repr(complex(123456789012345678, 1))', 'repr(1j * 1e300)', 'repr(MyComplex(0, 1))',
  "repr(complex(5e-324, -5e-324))", 'hash(1+0j)', 'hash(0j)', 'hash(complex(2, 0))', 'hash(complex(-1, 0))', 'hash(1j)',
  'hash(2j)', 'hash(complex(3, 4))', 'hash(complex(-1, -1))', 'hash(complex(1e10, 7))', "format(1+2j, '')",
  "format(1+2j, 'g')", "format(1.5+2.25j, '.2f')", "format(1+2j, '+')", "format(2j, '+')", "format(2j, '')",
  "format(1+2j, '>12')", "format(1+2j, '*^14')", "format(1+2j, '<10.1e')", "format(1+2j, '010')", "format(1+2j, '=10')",
  "format(1+2j, 'd')", "format(1+2j, '%')", "format(1234.5+2j, ',.1f')", "format(-0.0-1j, '')", "format(complex(1, -0.0), 'g')",
  "format(1e20+1j, '.3')", "format(1.5+2j, ' ')",
];

differential('complex construction', construct);
differential('complex arithmetic', arith);
differential('complex repr, hash, format', reprs);
