# Differential test of the `re` module: every line printed must match CPython 3.11.
import re


def show(label, f):
    try:
        r = f()
    except re.error as e:
        print(label, '-> re.error:', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


def describe(m):
    if m is None:
        return 'None'
    return '%r span=%r groups=%r dict=%r last=%r/%r' % (m, m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup)


# ---- search / match / fullmatch over a table of patterns -------------------------------------------------------
CASES = [
    (r'a+', 'baaac'),
    (r'(a)(b)?', 'xa'),
    (r'(?P<first>\w+)\s+(?P<last>\w+)', '  John   Smith  '),
    (r'\d{2,4}', 'x12345'),
    (r'\d{2,4}?', 'x12345'),
    (r'^$', ''),
    (r'^\s*$', '   '),
    (r'(a|ab)(c|bcd)(d*)', 'abcd'),
    (r'[^aeiou\s]+', 'hello world'),
    (r'\bfoo\b', 'a foo. foobar'),
    (r'\Bo\B', 'foo'),
    (r'colou?r', 'The colour red'),
    (r'(?i)straße', 'STRASSE Straße'),
    (r'(?i)[a-c]+', 'xABCabc'),
    (r'(?s).+', 'a\nb'),
    (r'.+', 'a\nb'),
    (r'(?m)^\w+$', 'one\ntwo'),
    (r'\w+$', 'one\ntwo\n'),
    (r'\Aa|b\Z', 'cab'),
    (r'(\w+)@(\w+)\.com', 'mail bob@example.com now'),
    (r'(?P<d>\d)(?P=d)', '12334'),
    (r'(a)|(b)', 'b'),
    (r'((a)|(b))+', 'abab'),
    (r'(a*)*', 'b'),
    (r'(a*)+', 'aab'),
    (r'(?:x|(y))*z', 'xyxz'),
    (r'(?<=-)\w+', 'x-yz'),
    (r'(?<!-)\b\w+', '-ab cd'),
    (r'\w+(?!\d)', 'abc1'),
    (r'(?=(\w\w))', 'abc'),
    (r'(<)?(\w+)(?(1)>)', '<tag> word'),
    (r'(?x) a \ b  # comment', 'xa b'),
    (r'[\d\-+]+', 'tel +1-800'),
    (r'[]a]+', 'x]a]'),
    (r'[^]]+', ']]ab]'),
    (r'\x41\u0042\U00000043\101', 'ABCA'),
    (r'\t\n', 'a\t\nb'),
    (r'é+', 'ÉéÉé'),
    (r'(?i)é+', 'ÉéÉé'),
    (r'\w+', 'naïve café'),
    (r'(?a)\w+', 'naïve café'),
    (r'\d+', '١٢٣ 456'),
    (r'(?a)\d+', '١٢٣ 456'),
    (r'\s+', 'a\u00a0\u2003b'),
    (r'.', '\U0001F600'),
    (r'[\U0001F600-\U0001F64F]+', 'hi 😀😃!'),
    (r'a{,2}', 'aaa'),
    (r'a{3}', 'aa'),
    (r'x*', ''),
    (r'(?>a+)a', 'aaa'),
    (r'a*+a', 'aaa'),
    (r'(ab)*?c', 'ababc'),
]
for pat, s in CASES:
    for fn in (re.search, re.match, re.fullmatch):
        show('%s(%r, %r)' % (fn.__name__, pat, s), lambda: describe(fn(pat, s)))
    show('findall(%r, %r)' % (pat, s), lambda: re.findall(pat, s))
    show('finditer(%r, %r)' % (pat, s), lambda: [m.span() for m in re.finditer(pat, s)])
    show('split(%r, %r)' % (pat, s), lambda: re.split(pat, s))
    show('sub(%r, %r)' % (pat, s), lambda: re.sub(pat, '<\\g<0>>', s))
    show('subn(%r, %r)' % (pat, s), lambda: re.subn(pat, lambda m: m.group().upper(), s))

# ---- pos / endpos ------------------------------------------------------------------------------------------------
p = re.compile(r'\w+')
for pos, endpos in [(0, 100), (1, 3), (3, 1), (-4, 2), (2, -1), (5, 5), (9, 99)]:
    show('search pos=%d endpos=%d' % (pos, endpos), lambda: describe(p.search('ab cd ef', pos, endpos)))
    show('match pos=%d endpos=%d' % (pos, endpos), lambda: describe(p.match('ab cd ef', pos, endpos)))
    show('fullmatch pos=%d endpos=%d' % (pos, endpos), lambda: describe(p.fullmatch('ab cd ef', pos, endpos)))
    show('findall pos=%d endpos=%d' % (pos, endpos), lambda: p.findall('ab cd ef', pos, endpos))
    show('finditer pos=%d endpos=%d' % (pos, endpos), lambda: [(m.span(), m.pos, m.endpos) for m in p.finditer('ab cd ef', pos, endpos)])
show('kw pos', lambda: describe(p.search('ab cd', pos=2)))
show('kw endpos', lambda: describe(p.match(string='ab cd', endpos=1)))
show('astral pos', lambda: describe(re.compile('.').search('😀a😀b', 2)))
show('astral endpos', lambda: re.compile('.').findall('😀a😀b', 1, 3))
show('astral span', lambda: [m.span() for m in re.finditer('[a-z]', '😀a😀b')])
show('astral sub', lambda: re.sub('(?<=😀).', lambda m: str(m.start()), '😀a😀b'))

# ---- Match objects -----------------------------------------------------------------------------------------------
m = re.search(r'(?P<y>\d{4})-(?P<m>\d\d)(-(?P<d>\d\d))?', 'on 2024-05 ok')
print(m)
print(m.group(), m.group(1), m.group('m'), m.group(1, 'y', 0), m[3], m['d'])
print(m.groups(), m.groups('?'), m.groupdict(), m.groupdict(default='-'))
print(m.span(), m.span(1), m.span('d'), m.start(2), m.end('m'), m.regs)
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.string, m.re)
print(m.expand(r'\g<m>/\g<y> \2\1 \g<0> [\g<d>]'))
show('group(5)', lambda: m.group(5))
show('group(-1)', lambda: m.group(-1))
show('group("zz")', lambda: m.group('zz'))
show('group(1.0)', lambda: m.group(1.0))
show('m[9]', lambda: m[9])
show('start(7)', lambda: m.start(7))
show('group kw', lambda: m.group(x=1))
show('groups 2 args', lambda: m.groups(1, 2))
show('expand bad', lambda: m.expand(r'\g<nope>'))
show('expand bad2', lambda: m.expand(r'\9'))
print(re.match('a*', 'a' * 80))
print(re.match('(x)(y)?', 'x').regs)
print(re.match('(?P<a>.)(?P<b>.)', 'xy').lastgroup)
print(re.match('((a)(b))', 'ab').lastindex, re.match('(a)((b))', 'ab').lastindex)
print(re.match("'", "'"), re.match('"', '"'), re.match('\\\\', '\\'))

# ---- Pattern objects ---------------------------------------------------------------------------------------------
for pat, fl in [('a+', 0), ('a+', re.I), ('x', re.I | re.M | re.S), ('x', re.X | re.A), ('(?i)x', 0), ('(?s)x', re.M),
                (b'x', 0), (b'x', re.I), (b'(?L)x', 0), ('x' * 250, 0), ('it\'s', 0), ('\n', 0), ('x', re.U)]:
    c = re.compile(pat, fl)
    print(repr(c), c.flags, c.groups, dict(c.groupindex), c.pattern == pat)
c = re.compile(r'(?P<a>x)(y)(?P<b>z)')
print(c.groups, sorted(c.groupindex.items()), c.pattern)
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') == re.compile(b'a'))
print(re.compile('a') is re.compile('a'), re.compile(c) is c)
show('compile flags with pattern', lambda: re.compile(c, re.I))
show('compile int', lambda: re.compile(5))
show('compile list', lambda: re.compile([]))
show('flags str', lambda: re.compile('a', 'x'))
show('search no string', lambda: c.search())
show('search bad kw', lambda: c.search('a', foo=1))
show('search too many', lambda: c.search('a', 0, 1, 2))
show('sub missing', lambda: c.sub('a'))
show('re.search missing', lambda: re.search('a'))
show('re.search too many', lambda: re.search('a', 'b', 0, 1))
show('re.sub kw', lambda: re.sub('a', 'b', 'aaa', count=2, flags=re.I))
show('re.split kw', lambda: re.split('a', 'babab', maxsplit=1))
show('pos str', lambda: c.search('a', 'x'))
show('pos None', lambda: c.search('a', None))
show('pos huge', lambda: describe(re.compile('b').search('ab', 0, 10 ** 18)))
show('pos too huge', lambda: re.compile('b').search('ab', 0, 10 ** 30))

# scanner
sc = re.compile(r'\d+|[a-z]+').scanner('12ab 34')
print([sc.match() and sc.match().group() for _ in range(1)])
sc = re.compile(r'\d+|[a-z]+').scanner('12ab 34')
out = []
while True:
    mm = sc.search()
    if mm is None:
        break
    out.append((mm.group(), mm.span()))
print(out, sc.pattern)
sc = re.compile(r'x*').scanner('axx')
print([sc.search().span() for _ in range(3)], sc.search())

# ---- sub details -------------------------------------------------------------------------------------------------
for repl in [r'\1\1', r'[\g<1>]', r'\g<0>\g<0>', r'\n\t\\', r'\x41', r'\101', r'\0', r'\08', r'\g<2>', r'\g<x>', r'\g<1',
             r'\g<>', r'\g<1a>', r'\q', r'\7', r'\400', '\\']:
    show('sub repl %r' % repl, lambda: re.sub('(a)', repl, 'banana'))
show('sub callable none', lambda: re.sub('a', lambda m: None, 'banana'))
show('sub callable int', lambda: re.sub('a', lambda m: 5, 'banana'))
show('sub callable int start', lambda: re.sub('b', lambda m: 5, 'banana'))
show('sub callable bytes', lambda: re.sub('a', lambda m: b'x', 'banana'))
show('sub bytes repl', lambda: re.sub('a', b'x', 'banana'))
show('sub bytes repl nomatch', lambda: re.sub('q', b'x', 'banana'))
show('sub int repl', lambda: re.sub('a', 5, 'banana'))
show('sub empty matches', lambda: re.sub('', '-', 'abc'))
show('sub empty matches 2', lambda: re.sub('b*', '-', 'abxbb'))
show('sub count', lambda: re.subn('a', 'o', 'banana', 2))
show('sub count neg', lambda: re.subn('a', 'o', 'banana', -1))
show('sub match pos', lambda: re.sub('a', lambda m: '%d/%d/%d' % (m.pos, m.endpos, m.start()), 'banana'))
show('sub raising callable', lambda: re.sub('a', lambda m: 1 / 0, 'banana'))
show('sub nested', lambda: re.sub(r'\w+', lambda m: re.sub('a', 'A', m.group()), 'banana cabana'))
show('split maxsplit', lambda: [re.split(r'\W+', 'a, b, c, d', n) for n in range(-1, 5)])
show('split groups', lambda: re.split(r'(\W)(\W)?', 'a, b,c'))
show('split empty', lambda: re.split(r'\b', 'hi there'))
show('split empty2', lambda: re.split(r'', 'abc'))
show('split lookahead', lambda: re.split(r'(?=[A-Z])', 'oneTwoThree'))
show('findall empty', lambda: re.findall(r'\b|x', 'ax b'))
show('findall groups', lambda: re.findall(r'(a)(x)?|(b)', 'ab'))

# ---- bytes -------------------------------------------------------------------------------------------------------
show('bytes search', lambda: describe(re.search(rb'(\w+) (\w+)', b'hello world')))
show('bytes findall', lambda: re.findall(rb'[\x80-\xff]+', b'a\xe9\xff b\x80'))
show('bytes sub', lambda: re.sub(rb'(\d)', rb'<\1>', b'a1b2'))
show('bytes sub fn', lambda: re.sub(rb'\d', lambda m: m.group() * 2, b'a1b2'))
show('bytes sub fn str', lambda: re.sub(rb'\d', lambda m: 'x', b'a1b2'))
show('bytes sub fn bytearray', lambda: re.sub(rb'\d', lambda m: bytearray(b'y'), b'a1b2'))
show('bytes split', lambda: re.split(rb'(,)', b'a,b'))
show('bytes ignorecase', lambda: re.findall(rb'(?i)[a-z\xe9]+', b'AbC\xc9\xe9'))
show('bytes \\w', lambda: re.findall(rb'\w+', b'caf\xe9 ok'))
show('bytearray subject', lambda: re.search(b'b+', bytearray(b'abbc')).group())
show('bytearray string', lambda: re.search(b'b+', bytearray(b'abbc')).string)
show('bytearray split', lambda: re.split(b'b', bytearray(b'abc')))
show('bytes escape', lambda: re.escape(b'a.b\xff'))
show('bytes expand', lambda: re.match(b'(a)', b'a').expand(rb'\1\1'))
show('str pattern bytes subject', lambda: re.search('a', b'a'))
show('bytes pattern str subject', lambda: re.search(b'a', 'a'))
show('bad subject', lambda: re.search('a', 3))
show('bytes unicode escape', lambda: re.compile(rb'\u0041'))
show('bytes locale', lambda: re.compile(rb'(?L)a').flags)
show('str locale', lambda: re.compile(r'(?L)a'))
show('ascii+locale', lambda: re.compile(b'a', re.A | re.L))
show('unicode bytes', lambda: re.compile(b'a', re.U))
show('ascii+unicode', lambda: re.compile('a', re.A | re.U))

# ---- flags -------------------------------------------------------------------------------------------------------
print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.DEBUG, re.NOFLAG, re.T)
print(repr(re.I | re.M), re.I | re.A, re.U | re.S, re.I & re.M, re.I ^ re.I, ~re.I)
print(int(re.I), re.I + 1, re.I * 2, re.I == 2, 2 == re.I, re.I | 2, 8 | re.I, re.I in (2,), hash(re.I) == hash(2))
print(re.IGNORECASE.value, re.IGNORECASE.name, re.RegexFlag.DOTALL, re.RegexFlag(8), re.RegexFlag(6))
print('%d %s %r' % (re.I, re.I, re.I), '{}'.format(re.M), '{:d}'.format(re.M), f'{re.S:x}')
print(re.compile('a', re.I | re.M).flags, re.compile('a', flags=re.X).flags)

# ---- errors ------------------------------------------------------------------------------------------------------
BAD = [
    '(', ')', '(?P<x>a)(?P<x>b)', '[a', '[z-a]', 'a**', '*a', 'a{2,1}', r'\1', '(?P<1>a)', '(?P=x)', '(?<=a+)b',
    '(?i', '(?z)', 'a(?i)b', r'\x4', r'\u12', r'\N{NOPE}', r'\N', '(?(2)a|b)', '(?(x)a|b)', 'a|*', '(?#abc',
    r'[\d-z]', r'\p', 'x{99999999999}', '(?P<a b>x)', '(?P<>x)', 'abc\n  (', '\n\n[', r'(?<=a|bc)x', '(?',
    r'\8', '[]', '(?P', '(?x)a\n(?s)b', '(?-i:a)(?-x)', '(?a)(?u)x', '(?x', '+', '??', 'a{1,2}{3}',
]
for pat in BAD:
    show('compile %r' % pat, lambda: re.compile(pat))
show('bytes error', lambda: re.compile(b'(ab'))
try:
    re.compile(b'ab\n[')
except re.error as e:
    print(repr(e.pattern), e.pos, e.lineno, e.colno, e.args)
print(re.error('m'), repr(re.error('m')), re.error('m').msg, re.error('m').pattern, re.error('m').pos, re.error('m').lineno)
e = re.error('oops', 'abc\ndef', 5)
print(e, e.args, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('oops', b'abc', 1)
print(e, e.lineno, e.colno)
print(isinstance(e, Exception), re.error.__name__, re.error.__module__, issubclass(re.error, ValueError))
try:
    raise re.error('custom')
except Exception as ex:
    print(type(ex).__name__, ex)

# ---- escape ------------------------------------------------------------------------------------------------------
print(re.escape('a.b*c+d?e[f]g(h)i{j}k|l^m$n\\o p\tq\nr-s#t&u~v'))
print(re.escape('abc_123 éü 😀'))
show('escape int', lambda: re.escape(5))
for s in ['a.b', '1+1', '[x]', '\\', '']:
    print(re.fullmatch(re.escape(s), s) is not None)

# ---- re.Scanner --------------------------------------------------------------------------------------------------
def tok(kind):
    return lambda scanner, text: (kind, text)


lex = re.Scanner([(r'\d+\.\d*', tok('float')), (r'\d+', tok('int')), (r'[A-Za-z_]\w*', tok('name')), (r'[-+*/=]', tok('op')), (r'\s+', None)])
print(lex.scan('x = 3.5 * y2 + 10 ?rest'))
print(re.Scanner([('a', 1), ('b', 2)]).scan('abba'))
print(re.Scanner([('(a)(b)', 'AB'), ('c', 'C')]).scan('abcab'))

# ---- purge and cache behaviour -----------------------------------------------------------------------------------
a = re.compile('cached-pattern')
re.purge()
b = re.compile('cached-pattern')
print(a == b, a is b)
for i in range(600):
    re.compile('p%d' % i)
print(re.match('p599', 'p599') is not None, re.compile('p0').pattern)

# ---- odds and ends -----------------------------------------------------------------------------------------------
import copy


class S(str):
    pass


m = re.search('b', S('abc'))
print(type(m.string).__name__, type(m.group()).__name__, m)
print(type(re.compile('a')), type(m), re.Pattern, re.Match, re.error)
p = re.compile('a')
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m)
it = re.finditer('a', 'aa')
print(next(it).span(), next(it).span(), next(it, 'done'), iter(it) is it)
print(re.split(S(','), S('a,b')), re.sub('a', S('x'), 'aa'))
print({re.compile('a'): 1}[re.compile('a')])
print(sorted([re.I, re.M, re.A]), re.I < re.M, bool(re.NOFLAG), bool(re.I))
x = re.I
x |= re.M
print(x, type(x).__name__)


class Idx:
    def __index__(self):
        return 1


print(re.compile('b').search('abc', Idx()), re.match('(a)(b)', 'ab').group(Idx()))
print(re.fullmatch('', ''), re.compile('').match('abc', 2, 1))
print(re.subn(b'x', b'', b'xxx'), re.sub('(?P<a>x)', r'\g<a>\g<a>', 'axb'))
