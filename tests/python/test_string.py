# string: constants, capwords, Template, Formatter
import string
from string import Template, Formatter


def raises(exc, f, *args, **kw):
    try:
        f(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError(f'{exc.__name__} not raised')


assert string.ascii_lowercase == 'abcdefghijklmnopqrstuvwxyz' and string.ascii_uppercase == 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
assert string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase
assert string.digits == '0123456789' and string.hexdigits == '0123456789abcdefABCDEF' and string.octdigits == '01234567'
assert string.whitespace == ' \t\n\r\x0b\x0c' and len(string.punctuation) == 32 and len(string.printable) == 100
assert string.capwords(' hello   world  ') == 'Hello World' and string.capwords('a-b c', '-') == 'A-B c'
assert string.capwords('ABC dEF') == 'Abc Def'

t = Template('$who likes $what')
assert t.substitute(who='tim', what='kung pao') == 'tim likes kung pao'
assert t.substitute({'who': 'a', 'what': 'b'}) == 'a likes b'
assert t.substitute({'who': 'a', 'what': 'b'}, what='c') == 'a likes c'
assert Template('${noun}ification $$5 $').safe_substitute(noun='class') == 'classification $5 $'
assert raises(KeyError, t.substitute, who='x') == "'what'"
assert t.safe_substitute(who='x') == 'x likes $what'
assert raises(ValueError, Template('$who $').substitute, who=1) == 'Invalid placeholder in string: line 1, col 6'
assert raises(ValueError, Template('ok\n  ${1}').substitute) == 'Invalid placeholder in string: line 2, col 3'
assert Template('$a$b').substitute(a=1, b=2.5) == '12.5'
assert Template('${a}b $_x1').substitute(a='A', _x1='X') == 'Ab X'
assert Template('$$ $a').get_identifiers() == ['a'] and Template('$a ${b} $a').get_identifiers() == ['a', 'b']
assert Template('$a').is_valid() and not Template('$ a').is_valid()
assert t.template == '$who likes $what'


class Pct(Template):
    delimiter = '%'


assert Pct('%x and %%').substitute(x=1) == '1 and %'

f = Formatter()
assert f.format('{0} {1}', 'a', 'b') == 'a b' and f.format('{} {}', 1, 2) == '1 2'
assert f.format('{x:>4}|{y!r}', x=5, y='s') == '   5|\'s\''
assert f.format('{0[1]} {a.real}', [1, 2], a=3) == '2 3'
assert f.format('{:{w}.{p}f}', 3.14159, w=8, p=2) == '    3.14'
assert f.format('{{}} {0}', 7) == '{} 7'
assert list(f.parse('a{0!r:>3}b')) == [('a', '0', '>3', 'r'), ('b', None, None, None)]
assert raises(ValueError, f.format, '{} {0}', 1, 2) == 'cannot switch from manual field specification to automatic field numbering'


class Upper(Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()


assert Upper().format('{} {x}', 'ab', x='cd') == 'AB CD'
