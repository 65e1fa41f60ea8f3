# The `re` module: module functions, Pattern and Match objects, flags, errors, bytes patterns.
# Assert-based; must pass under CPython 3.11 too.
import re


def raises(exc, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except exc as e:
        return e
    raise AssertionError(f'{f} did not raise {exc.__name__}')


# ---- module functions ----------------------------------------------------------------------------------------
m = re.search(r'(\d+)-(\d+)', 'tel: 555-1234 ok')
assert m is not None
assert m.group() == '555-1234'
assert m.group(0) == '555-1234'
assert m.group(1) == '555' and m.group(2) == '1234'
assert m.group(1, 2) == ('555', '1234')
assert m.groups() == ('555', '1234')
assert m.span() == (5, 13) and m.start() == 5 and m.end() == 13
assert m.span(2) == (9, 13) and m.start(1) == 5 and m.end(1) == 8
assert m[0] == '555-1234' and m[2] == '1234'
assert re.match(r'\d', 'a1') is None
assert re.match(r'a\d', 'a1').group() == 'a1'
assert re.fullmatch(r'a\d', 'a1x') is None
assert re.fullmatch(r'a\d', 'a1').span() == (0, 2)
assert re.search('x', 'abc') is None

assert re.findall(r'\d+', 'a1b22c333') == ['1', '22', '333']
assert re.findall(r'(\w)(\d)?', 'a1b') == [('a', '1'), ('b', '')]
assert re.findall(r'(\w)=', 'a=b=c') == ['a', 'b']
assert re.findall('', 'ab') == ['', '', '']
assert [m.span() for m in re.finditer(r'\w+', 'ab cd  e')] == [(0, 2), (3, 5), (7, 8)]
assert [m.group() for m in re.finditer('x*', 'axb')] == ['', 'x', '', '']

assert re.split(r',\s*', 'a, b,c') == ['a', 'b', 'c']
assert re.split(r'(,)\s*', 'a, b') == ['a', ',', 'b']
assert re.split(r'(x)|y', 'axbyc') == ['a', 'x', 'b', None, 'c']
assert re.split(',', 'a,b,c,d', 2) == ['a', 'b', 'c,d']
assert re.split(',', 'a,b,c', maxsplit=1) == ['a', 'b,c']
assert re.split('x*', 'axbc') == ['', 'a', '', 'b', 'c', '']
assert re.split(r'\b', 'a b') == ['', 'a', ' ', 'b', '']
assert re.split(',', 'a,b', maxsplit=-1) == ['a,b']

assert re.sub(r'\d', '#', 'a1b2') == 'a#b#'
assert re.sub(r'\d', '#', 'a1b2', 1) == 'a#b2'
assert re.sub(r'\d', '#', 'a1b2', count=1) == 'a#b2'
assert re.sub(r'(\w)(\d)', r'\2\1', 'a1b2') == '1a2b'
assert re.sub(r'(?P<w>\w)(?P<d>\d)', r'\g<d>\g<w>\g<0>', 'a1') == '1aa1'
assert re.sub('a', r'\n', 'cat') == 'c\nt'
assert re.sub('x*', '-', 'abxd') == '-a-b--d-'
assert re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a5b10') == 'a10b20'
assert re.sub('a', lambda m: None, 'banana') == 'bnn'
assert re.subn('a', 'o', 'banana') == ('bonono', 3)
assert re.subn('a', 'o', 'banana', 2) == ('bonona', 2)
assert re.sub('(?i)B', 'x', 'aBcb') == 'axcx'
assert re.sub('b', 'x', 'aBcb', flags=re.I) == 'axcx'
assert re.sub('a', 'x', 'aaa', count=-1) == 'aaa'

# ---- flags ---------------------------------------------------------------------------------------------------
assert re.I == re.IGNORECASE == 2
assert re.L == re.LOCALE == 4
assert re.M == re.MULTILINE == 8
assert re.S == re.DOTALL == 16
assert re.U == re.UNICODE == 32
assert re.X == re.VERBOSE == 64
assert re.DEBUG == 128
assert re.A == re.ASCII == 256
assert re.NOFLAG == 0
assert (re.I | re.M) == 10
assert isinstance(re.I, int)
assert repr(re.I) == 're.IGNORECASE'
assert repr(re.I | re.M) == 're.IGNORECASE|re.MULTILINE'
assert repr(re.NOFLAG) == 're.NOFLAG'
assert re.search('^b', 'a\nb', re.M).start() == 2
assert re.search('^b', 'a\nb') is None
assert re.search('a.b', 'a\nb', re.S).group() == 'a\nb'
assert re.search('a.b', 'a\nb') is None
assert re.match('A', 'a', re.I)
assert re.match(r'\w', 'é')
assert re.match(r'\w', 'é', re.A) is None
assert re.match(r'''a   # an a
                    b   # a b
                 ''', 'ab', re.X)
assert re.compile('a').flags == re.U
assert re.compile('a', re.I).flags == re.I | re.U
assert re.compile(b'a').flags == 0
assert re.compile('(?i)a').flags == re.I | re.U

# ---- Pattern objects -----------------------------------------------------------------------------------------
p = re.compile(r'(?P<key>\w+)=(?P<val>\w*)')
assert p.pattern == r'(?P<key>\w+)=(?P<val>\w*)'
assert p.groups == 2
assert dict(p.groupindex) == {'key': 1, 'val': 2}
assert repr(re.compile('a+')) == "re.compile('a+')"
assert repr(re.compile('a+', re.I)) == "re.compile('a+', re.IGNORECASE)"
assert repr(re.compile('a', re.I | re.S)) == "re.compile('a', re.IGNORECASE|re.DOTALL)"
assert repr(re.compile(b'a', re.I)) == "re.compile(b'a', re.IGNORECASE)"
assert repr(re.compile('a', re.A)) == "re.compile('a', re.ASCII)"
assert re.compile('a') is re.compile('a')  # cached
assert re.compile('a') == re.compile('a')
assert re.compile('a') != re.compile('a', re.I)
assert hash(re.compile('ab')) == hash(re.compile('ab'))
assert re.compile(p) is p
raises(ValueError, re.compile, p, re.I)
assert type(p).__name__ == 'Pattern'
assert isinstance(p, re.Pattern)
assert re.search(p, 'x k=v').group('val') == 'v'

m = p.search('x  k=v  z=')
assert m.group('key') == 'k' and m['val'] == 'v'
assert m.groupdict() == {'key': 'k', 'val': 'v'}
assert p.match('k=v') and not p.match(' k=v')
assert p.match(' k=v', 1).span() == (1, 4)
assert p.search('k=v', pos=1) is None
assert p.search('k=v k2=v2', 1).group() == 'k2=v2'
assert p.fullmatch('k=v') and not p.fullmatch('k=v ')
assert p.fullmatch('k=vx', 0, 3).group() == 'k=v'
assert p.findall('a=1 b=2') == [('a', '1'), ('b', '2')]
assert p.findall('a=1 b=2', 4) == [('b', '2')]
assert [m.group() for m in p.finditer('a=1 b=2', 0, 5)] == ['a=1']
assert [m.span() for m in p.finditer('a=1 b=2', endpos=7)] == [(0, 3), (4, 7)]
assert p.sub(r'\g<val>=\g<key>', 'a=1 b=2') == '1=a 2=b'
assert p.subn(r'\2', 'a=1 b=2') == ('1 2', 2)
assert re.compile(',').split('a,b,,c') == ['a', 'b', '', 'c']

q = re.compile(r'\d')
assert q.search('a1b2', 2).start() == 3
assert q.search('a1b2', 0, 1) is None
assert q.search('a1b2', -5).start() == 1
assert q.search('a1b2', 2, 100).start() == 3
assert q.match('12', 1).group() == '2'
assert q.findall('1a2b3', 1, 4) == ['2']
m = q.search('a1b2', 1, 3)
assert m.pos == 1 and m.endpos == 3
assert m.re is q and m.string == 'a1b2'

# scanner
sc = re.compile(r'\d').scanner('a1b2')
assert sc.search().group() == '1'
assert sc.search().group() == '2'
assert sc.search() is None
sc = re.compile(r'\d').scanner('12a')
assert sc.match().group() == '1'
assert sc.match().group() == '2'
assert sc.match() is None

# ---- Match objects -------------------------------------------------------------------------------------------
m = re.match(r'(a)(b)?(?P<c>c)?', 'a')
assert m.groups() == ('a', None, None)
assert m.groups('-') == ('a', '-', '-')
assert m.groups(default=0) == ('a', 0, 0)
assert m.groupdict() == {'c': None}
assert m.groupdict('?') == {'c': '?'}
assert m.span(2) == (-1, -1) and m.start(3) == -1 and m.end('c') == -1
assert m.group(2) is None
assert m.lastindex == 1 and m.lastgroup is None
assert m.regs == ((0, 1), (0, 1), (-1, -1), (-1, -1))
assert repr(m) == "<re.Match object; span=(0, 1), match='a'>"
assert repr(re.match(b'ab', b'abc')) == "<re.Match object; span=(0, 2), match=b'ab'>"
raises(IndexError, m.group, 4)
raises(IndexError, m.group, 'nope')
raises(IndexError, m.group, -1)
raises(IndexError, lambda: m['x'])
raises(IndexError, m.start, 9)
assert re.match('(?P<a>x)|(?P<b>y)', 'y').lastgroup == 'b'
assert re.match('((a)b)', 'ab').lastindex == 1
assert re.match('(a)(b)', 'ab').lastindex == 2
m = re.search(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
assert m.expand(r'\g<last>, \g<first>') == 'Doe, Jane'
assert m.expand(r'\2 \1\n') == 'Doe Jane\n'
assert m.group(True) == 'Jane'
assert bool(m)
long = re.match('a+', 'a' * 100)
assert repr(long) == "<re.Match object; span=(0, 100), match='" + 'a' * 49 + '>'

# ---- bytes -----------------------------------------------------------------------------------------------------
assert re.findall(rb'\d+', b'a1b22') == [b'1', b'22']
assert re.sub(b'a', b'o', b'banana') == b'bonono'
assert re.sub(b'(a)', rb'[\1]', b'ab') == b'[a]b'
assert re.split(b',', b'a,b') == [b'a', b'b']
assert re.match(b'\xe9', b'\xe9').group() == b'\xe9'
assert re.match(rb'\w', b'\xe9') is None
assert re.search(b'a', bytearray(b'xa')).group() == b'a'
assert re.search(b'(a)', b'xa').groups() == (b'a',)
assert re.escape(b'a.b') == b'a\\.b'
assert re.sub(b'a', lambda m: m.group().upper(), b'aba') == b'AbA'
e = raises(TypeError, re.search, 'a', b'a')
assert str(e) == 'cannot use a string pattern on a bytes-like object'
e = raises(TypeError, re.search, b'a', 'a')
assert str(e) == 'cannot use a bytes pattern on a string-like object'
e = raises(TypeError, re.search, 'a', 5)
assert str(e) == "expected string or bytes-like object, got 'int'"
e = raises(TypeError, re.compile, 5)
assert str(e) == 'first argument must be string or compiled pattern'

# ---- non-BMP characters: indices count code points -------------------------------------------------------------
s = '\U0001F600x\U0001F600y'
m = re.search('y', s)
assert m.span() == (3, 4)
assert re.search('x', s, ).start() == 1
assert re.compile('.').findall(s) == ['\U0001F600', 'x', '\U0001F600', 'y']
assert re.compile('y').search(s, 3).start() == 3
assert re.compile('y').search(s, 4) is None
assert re.split('x', s) == ['\U0001F600', '\U0001F600y']
assert re.sub('\U0001F600', ':)', s) == ':)x:)y'

# ---- errors ------------------------------------------------------------------------------------------------------
e = raises(re.error, re.compile, '(ab')
assert e.msg == 'missing ), unterminated subpattern'
assert e.pos == 0 and e.pattern == '(ab'
assert str(e) == 'missing ), unterminated subpattern at position 0'
assert e.lineno == 1 and e.colno == 1
e = raises(re.error, re.compile, 'a\n(b')
assert str(e) == 'missing ), unterminated subpattern at position 2 (line 2, column 1)'
assert (e.lineno, e.colno) == (2, 1)
e = raises(re.error, re.compile, 'a**')
assert str(e) == 'multiple repeat at position 2'
e = raises(re.error, re.compile, b'[a')
assert e.pattern == b'[a'
e = raises(re.error, re.sub, 'a', r'\2', 'a')
assert str(e) == 'invalid group reference 2 at position 1'
e = raises(IndexError, re.sub, '(?P<x>a)', r'\g<y>', 'a')
assert str(e) == "unknown group name 'y'"
e = raises(re.error, re.compile, r'\q')
assert str(e) == 'bad escape \\q at position 0'
assert issubclass(re.error, Exception)
assert re.error.__module__ == 're'
e = re.error('boom', 'xx\nyy', 4)
assert str(e) == 'boom at position 4 (line 2, column 2)'
assert e.msg == 'boom' and e.pos == 4
assert str(re.error('plain')) == 'plain' and re.error('plain').pos is None
try:
    re.compile('[z-a]')
except re.error as err:
    assert str(err) == 'bad character range z-a at position 1'
else:
    raise AssertionError('no error')
e = raises(TypeError, re.sub, 'a', lambda m: 1, 'xa')
assert str(e) == 'sequence item 1: expected str instance, int found'
e = raises(TypeError, re.search, 'a', 'a', 'x')
assert str(e) == "unsupported operand type(s) for &: 'str' and 'RegexFlag'"

# ---- escape / purge / misc -------------------------------------------------------------------------------------
assert re.escape('a.b*c?') == 'a\\.b\\*c\\?'
assert re.escape('a b_c-d') == 'a\\ b_c\\-d'
assert re.match(re.escape('1+1=2?'), '1+1=2?')
re.purge()
assert re.compile('abc').search('xabc').start() == 1
assert re.match(r'\N{LATIN SMALL LETTER A}', 'a')

# named groups, backreferences, lookarounds, conditionals
assert re.match(r'(?P<q>["\']).*?(?P=q)', '"hi" there').group() == '"hi"'
assert re.search(r'(\w)\1', 'abccd').group() == 'cc'
assert re.findall(r'\w+(?=!)', 'hi! yo ok!') == ['hi', 'ok']
assert re.findall(r'(?<=\$)\d+', '$10 20 $30') == ['10', '30']
assert re.match(r'(<)?\w+(?(1)>|$)', '<a>').group() == '<a>'
assert re.match(r'(<)?\w+(?(1)>|$)', 'a').group() == 'a'
assert re.match(r'(<)?\w+(?(1)>|$)', '<a') is None
assert re.match(r'(?:ab)+', 'ababx').group() == 'abab'
assert re.match(r'a{2,3}', 'aaaa').group() == 'aaa'
assert re.match(r'a{2,3}?', 'aaaa').group() == 'aa'
assert re.match(r'(?>a+)b', 'aaab')
assert re.match(r'a++b', 'aaab')

# re.Scanner
scanner = re.Scanner([
    (r'[a-z]+', lambda s, tok: ('word', tok)),
    (r'\d+', lambda s, tok: ('num', int(tok))),
    (r'\s+', None),
])
assert scanner.scan('ab 12 cd!') == ([('word', 'ab'), ('num', 12), ('word', 'cd')], '!')

print('test_re ok')
