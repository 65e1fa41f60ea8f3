# f-strings: expressions, conversions, format specs (nested), '=' debugging, escapes of braces.

x = 42
name = 'Ann'
pi = 3.14159265

assert f'{x}' == '42'
assert f'{x + 1}' == '43', "arbitrary expression"
assert f'{name!r}' == "'Ann'", "!r conversion"
assert f'{name!s}' == 'Ann', "!s conversion"
assert f'{"é"!a}' == "'\\xe9'", "!a conversion"
assert f'{{}}' == '{}', "doubled braces"
assert f'{{{x}}}' == '{42}'
assert f'a{x}b{x}c' == 'a42b42c'
assert f'' == ''

# --- format specs ---
assert f'{pi:.2f}' == '3.14'
assert f'{x:5}' == '   42', "ints right-aligned by default"
assert f'{name:5}' == 'Ann  ', "strs left-aligned by default"
assert f'{x:<5}|' == '42   |'
assert f'{x:^6}' == '  42  '
assert f'{x:*^7}' == '**42***'
assert f'{x:05}' == '00042'
assert f'{-x:05}' == '-0042', "zero padding after sign"
assert f'{x:+}' == '+42'
assert f'{x: }' == ' 42'
assert f'{x:x}' == '2a'
assert f'{x:#x}' == '0x2a'
assert f'{x:#X}' == '0X2A'
assert f'{x:o}' == '52'
assert f'{x:#o}' == '0o52'
assert f'{x:b}' == '101010'
assert f'{x:#010b}' == '0b00101010'
assert f'{1234567:,}' == '1,234,567'
assert f'{1234567:_}' == '1_234_567'
assert f'{0xffffffff:_x}' == 'ffff_ffff'
assert f'{1234.5:,.2f}' == '1,234.50'
assert f'{0.25:%}' == '25.000000%'
assert f'{0.25:.0%}' == '25%'
assert f'{12345.678:e}' == '1.234568e+04'
assert f'{12345.678:.2E}' == '1.23E+04'
assert f'{0.0001234:g}' == '0.0001234'
assert f'{1e20:g}' == '1e+20'
assert f'{65:c}' == 'A'
assert f'{x:=+6}' == '+   42', "= alignment"
assert f'{"abc":.2}' == 'ab', "precision truncates strings"
assert f'{3.0:}' == '3.0', "empty spec"
assert f'{2.5:.0f}' == '2', "round half even in format"
assert f'{3.5:.0f}' == '4'

# --- nested format specs ---
width = 8
prec = 3
assert f'{pi:{width}.{prec}f}' == '   3.142', "nested width and precision"
assert f'{pi:{width}.{prec}}' == '    3.14'
fill = '-'
align = '>'
assert f'{x:{fill}{align}{width}}' == '------42'
spec = '08.2f'
assert f'{pi:{spec}}' == '00003.14'

# --- '=' self-documenting ---
assert f'{x=}' == 'x=42'
assert f'{x = }' == 'x = 42', "spaces around = are preserved"
assert f'{name=}' == "name='Ann'", "= uses repr by default"
assert f'{name=!s}' == 'name=Ann'
assert f'{pi=:.2f}' == 'pi=3.14', "= with format spec uses format"
assert f'{x+1=}' == 'x+1=43'

# --- expressions of all kinds ---
d = {'k': 'v'}
assert f"{d['k']}" == 'v', "subscript with other quote"
assert f'{[1, 2][0]}' == '1'
assert f'{(lambda: 7)()}' == '7'
assert f'{x if x > 0 else -x}' == '42'
assert f'{"nested {}".format(1)}' == 'nested 1'
assert f'{f"{x}"}' == '42', "nested f-string"
assert f'{x:{"^"}5}' == ' 42  '
items = [1, 2, 3]
assert f'{len(items)} items' == '3 items'
assert f'{", ".join(str(i) for i in items)}' == '1, 2, 3'
assert f'{ x }' == '42', "whitespace inside braces"
assert f'''{
x
}''' == '42', "newlines inside triple-quoted f-string expression"

# --- __format__ hook ---
class Temp:
    def __format__(self, spec):
        return 'T[' + spec + ']'
    def __repr__(self):
        return 'Temp()'
    def __str__(self):
        return 'temp'

t = Temp()
assert f'{t}' == 'T[]', "format() is called with empty spec"
assert f'{t:abc}' == 'T[abc]'
assert f'{t!r}' == 'Temp()', "!r bypasses __format__ of the object"
assert f'{t!s}' == 'temp'
assert f'{t!r:>8}' == '  Temp()'
assert f'{t=}' == 't=Temp()'

# --- errors ---
try:
    f'{x:q}'
    assert False
except ValueError as e:
    assert str(e) == "Unknown format code 'q' for object of type 'int'", str(e)

try:
    f'{"s":d}'
    assert False
except ValueError as e:
    assert str(e) == "Unknown format code 'd' for object of type 'str'", str(e)

try:
    f'{object():x}'
    assert False
except TypeError as e:
    assert str(e) == "unsupported format string passed to object.__format__", str(e)

# --- format() builtin and str.format parity ---
assert format(x, '>4') == '  42'
assert '{:>4}'.format(x) == '  42'
assert '{0:{1}}'.format(x, 4) == '  42'
assert format(True) == 'True'
assert f'{True:d}' == '1'
assert f'{True:>5}' == '    1', "bool with spec formats as int"
assert f'{None}' == 'None'
assert f'{None!r:>6}' == '  None'

print("ok")
