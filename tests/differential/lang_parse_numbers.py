# int()/float()/complex() parsing of many strings, with bases; errors printed.

def try_call(fn, *args):
    try:
        return repr(fn(*args))
    except (ValueError, TypeError, OverflowError) as e:
        return f'{type(e).__name__}: {e}'

int_inputs = ['0', '-0', '+7', '  42  ', '1_000', '1__000', '_1', '1_', '0x1f', '0o17', '0b101', '007',
              '00', '12abc', '', ' ', '1.0', '١٢٣', '\t-5\n', '99999999999999999999999', '-0b1', '+-1', '0_0']
for s in int_inputs:
    print(repr(s), try_call(int, s), try_call(int, s, 0), try_call(int, s, 16), try_call(int, s, 36))
for base in (2, 8, 10, 16, 36):
    print(base, try_call(int, '101', base), try_call(int, 'zz', base), try_call(int, 'Z', base), try_call(int, '0x10', base))
print(try_call(int, '10', 1), try_call(int, '10', 37), try_call(int, 10, 10), try_call(int, b'  12 '), try_call(int, bytearray(b'7')))

float_inputs = ['0', '-0', '1.5', '.5', '5.', '1e3', '1E-3', '-1.5e+10', '1_0.5', '1__0', 'inf', '-Infinity', 'nan',
                '+nan', 'NaN', 'infinity', 'infinit', '1e', 'e1', '', ' 3.25 ', '0x10', '1e400', '-1e400',
                '1e-400', '4.9e-324', '2.4e-324', '1.7976931348623157e308', '1.7976931348623159e308', '0.1', '1,5']
for s in float_inputs:
    print(repr(s), try_call(float, s))

for s in ['1', '1j', '1+2j', '(1+2j)', ' 3-4J ', '-1.5e3+2e-2j', 'j', '+j', '-j', '1 + 2j', 'inf+nanj', '()', '']:
    print(repr(s), try_call(complex, s))

print(try_call(int, 3.99), try_call(int, -3.99), try_call(int, 1e300), try_call(int, float('inf')), try_call(int, float('nan')))
print(try_call(float, 2 ** 1023), try_call(float, 2 ** 1024), try_call(float, -(2 ** 1024)), try_call(float, 10 ** 308))
print(try_call(round, 1e300), try_call(round, float('inf')), try_call(round, 2.5, 0), try_call(round, 25, -1))
print(try_call(int, '  0x_1f  ', 0), try_call(int, '0_7', 0), try_call(int, '07', 0), try_call(int, '0', 0))
