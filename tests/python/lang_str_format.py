# str.format (positional, keyword, indexing, attributes, conversions, nested specs) and printf-style %.

# --- str.format ---
assert '{} {}'.format('a', 'b') == 'a b'
assert '{1} {0} {1}'.format('a', 'b') == 'b a b'
assert '{name} is {age}'.format(name='Ann', age=30) == 'Ann is 30'
assert '{0[1]} {0[k]}'.format({1: 'one', 'k': 'kay'}) == 'one kay', "index with int and str keys"
assert '{0[0]}{0[2]}'.format('abc') == 'ac'
class P:
    x = 3
    y = [10, 20]
assert '{p.x} {p.y[1]}'.format(p=P()) == '3 20', "attribute and index chaining"
assert '{!r}'.format('s') == "'s'"
assert '{!s:>4}'.format(1) == '   1'
assert '{!a}'.format('é') == "'\\xe9'"
assert '{{}} {}'.format(1) == '{} 1'
assert '{:{w}.{p}f}'.format(3.14159, w=8, p=2) == '    3.14', "nested replacement fields"
assert '{:{}}'.format('x', 3) == 'x  '
assert '{0:{1}{2}}'.format(5, '>', 4) == '   5'
assert '{:,}'.format(10 ** 6) == '1,000,000'
assert '{:>10}'.format('right') == '     right'
assert '{:-^11}'.format('mid') == '----mid----'
assert '{:.3}'.format('truncate') == 'tru'
assert '{:08.3f}'.format(-3.14159) == '-003.142'
assert '{0}{0}'.format('ab') == 'abab'
assert ''.format() == ''
assert '{}'.format(None) == 'None'
assert '{:d}'.format(True) == '1'
assert '{:x}'.format(255) == 'ff'
assert '{:e}'.format(0) == '0.000000e+00'
assert '{:g}'.format(100000) == '100000' and '{:g}'.format(1000000) == '1e+06'
assert '{:.2g}'.format(0.000123) == '0.00012'
assert '{:<5}|'.format(True) == '1    |', "bool with a non-empty spec formats as int"

def err(fn):
    try:
        fn()
    except (IndexError, KeyError, ValueError) as e:
        return type(e).__name__ + ': ' + str(e)
    return None
assert err(lambda: '{} {}'.format(1)) == 'IndexError: Replacement index 1 out of range for positional args tuple'
assert err(lambda: '{x}'.format()) == "KeyError: 'x'"
assert err(lambda: '{0} {}'.format(1, 2)) == 'ValueError: cannot switch from manual field specification to automatic field numbering'
assert err(lambda: '{'.format()) == "ValueError: Single '{' encountered in format string"
assert err(lambda: '}'.format()) == "ValueError: Single '}' encountered in format string"
assert err(lambda: '{:d}'.format('s')) == "ValueError: Unknown format code 'd' for object of type 'str'"
assert err(lambda: '{:,s}'.format('s')) == "ValueError: Cannot specify ',' with 's'."

# format_map
assert '{a}-{b}'.format_map({'a': 1, 'b': 2}) == '1-2'
class Default(dict):
    def __missing__(self, k):
        return '<' + k + '>'
assert '{a} {zz}'.format_map(Default(a='A')) == 'A <zz>'

# --- printf-style % formatting ---
assert '%s' % 'x' == 'x'
assert '%s %s' % ('a', 1) == 'a 1'
assert '%d' % 42 == '42' and '%i' % 42 == '42'
assert '%d' % 3.99 == '3', "%d truncates floats"
assert '%5d|%-5d|' % (1, 2) == '    1|2    |'
assert '%05d' % -42 == '-0042'
assert '%+d %+d' % (5, -5) == '+5 -5'
assert '% d' % 5 == ' 5'
assert '%x %X %o' % (255, 255, 8) == 'ff FF 10'
assert '%#x %#o' % (255, 8) == '0xff 0o10'
assert '%f' % 1.5 == '1.500000'
assert '%.2f' % 2.675 == '2.67'
assert '%10.3f|' % 3.14159 == '     3.142|'
assert '%e' % 12345.678 == '1.234568e+04'
assert '%g' % 0.00001 == '1e-05' and '%g' % 123.0 == '123'
assert '%r' % 'x' == "'x'"
assert '%a' % 'é' == "'\\xe9'"
assert '%c' % 65 == 'A' and '%c' % 'z' == 'z'
assert '%%' % () == '%'
assert '100%%' % () == '100%'
assert '%s' % [1, 2] == '[1, 2]'
assert '%s' % (1,) == '1'
assert '%s' % ((1, 2),) == '(1, 2)'
assert '%(name)s is %(age)d' % {'name': 'Bob', 'age': 5} == 'Bob is 5'
assert '%(x)s %(x)r' % {'x': 'v'} == "v 'v'"
assert '%*d' % (5, 1) == '    1', "* width from args"
assert '%.*f' % (1, 2.55) == '2.5', '2.55 is slightly below 2.55 in binary'
assert '%-*s|' % (4, 'a') == 'a   |'
assert '%s' % None == 'None'
assert '%d' % True == '1'
assert '%.3s' % 'abcdef' == 'abc'
assert '%5.1s|' % 'xyz' == '    x|'
assert '%d' % (2 ** 70) == '1180591620717411303424'
assert '%x' % (2 ** 70) == '400000000000000000'
assert b'%s-%d' % (b'a', 1) == b'a-1', "bytes % formatting"

def perr(fn):
    try:
        fn()
    except (TypeError, ValueError, KeyError) as e:
        return type(e).__name__ + ': ' + str(e)
assert perr(lambda: '%s %s' % ('a',)) == 'TypeError: not enough arguments for format string'
assert perr(lambda: '%s' % ('a', 'b')) == 'TypeError: not all arguments converted during string formatting'
assert perr(lambda: '%d' % 'x') == 'TypeError: %d format: a real number is required, not str'
assert perr(lambda: '%(k)s' % {}) == "KeyError: 'k'"
assert perr(lambda: '%z' % 1) == "ValueError: unsupported format character 'z' (0x7a) at index 1"
assert perr(lambda: '%c' % 'ab') == 'TypeError: %c requires int or char'
assert perr(lambda: '%x' % 1.5) == "TypeError: %x format: an integer is required, not float"

# % with a dict but no named specifiers just formats the dict
assert '%s' % {'a': 1} == "{'a': 1}"

print("ok")
