# String methods over a corpus of inputs, printed with repr.

samples = ['', ' ', 'a', 'Hello, World!', '  padded  ', 'MiXeD cAsE wOrDs', 'tab\tsep\tvalues',
           'line1\nline2\r\nline3\rline4', 'ünïcödé', 'straße', '123', '-45', '3.14', 'snake_case_name',
           'CamelCaseName', "it's a dog's life", 'a,b,,c,', '  x  y  z  ', 'ǆemal', 'ﬁne']
methods = [
    ('upper', ()), ('lower', ()), ('title', ()), ('capitalize', ()), ('swapcase', ()), ('casefold', ()),
    ('strip', ()), ('lstrip', ()), ('rstrip', ()), ('split', ()), ('split', (',',)), ('rsplit', (None, 1)),
    ('splitlines', ()), ('splitlines', (True,)), ('isalpha', ()), ('isdigit', ()), ('isalnum', ()),
    ('isspace', ()), ('isupper', ()), ('islower', ()), ('istitle', ()), ('isidentifier', ()), ('isnumeric', ()),
    ('isdecimal', ()), ('isascii', ()), ('isprintable', ()), ('zfill', (8,)), ('center', (15, '*')),
    ('ljust', (12, '.')), ('rjust', (12,)), ('expandtabs', (4,)), ('partition', (' ',)),
    ('rpartition', (' ',)), ('count', ('a',)), ('find', ('e',)), ('rfind', ('e',)),
    ('startswith', (('H', 'a', ' '),)), ('endswith', ('e',)), ('replace', (' ', '_')),
    ('removeprefix', ('a',)), ('removesuffix', ('e',)), ('encode', ()),
]
for s in samples:
    print('==', repr(s), len(s))
    out = []
    for name, args in methods:
        out.append(getattr(s, name)(*args))
    print(out)

print('-'.join('abc'), ''.join(reversed('stressed')), ' '.join(['x'] * 3))
print('a b c'.split(' ', 1), 'a  b'.split(' '), ' a b '.split(), 'a\x1cb\x1dc\x1ed\x1fe'.split())
print('x'.join(['', '', '']), ','.join([]), 'ab'.join('cde'))
print('hello world'.title(), 'HELLO'.capitalize(), "o'neil mc-donald 3rd".title())
print('%s|%5s|%-5s|%.2s' % ('ab', 'ab', 'ab', 'abc'))
tbl = str.maketrans('aeiou', '12345', 'xyz')
print('the quick brown fox jumps over the lazy dog'.translate(tbl))
print('abc'.translate({97: 'A', 98: None, 99: 'CC'}))
print('Mississippi'.replace('ss', 'SS'), 'Mississippi'.replace('i', '', 2), 'aaa'.replace('a', 'bb', 0))
print('Mississippi'.count('ss'), 'Mississippi'.count('i', 3), 'Mississippi'.count(''), 'Mississippi'.index('ssi', 3))
print('abc' * 3, 3 * 'ab', 'abc' * 0, -1 * 'x', 'abcdef'[1:5:2], 'abcdef'[::-2], 'abcdef'[-2:])
print('a' < 'b', 'a' < 'B', 'abc' < 'abd', 'abc' < 'ab', 'Z' < 'a', '' < ' ', 'é' > 'z')
print(ord('a'), chr(8364), [ord(c) for c in 'héllo€😀'], ''.join(chr(c) for c in range(65, 91)))
print('{:>10}|{:<10}|{:^10}'.format('r', 'l', 'c'), '{0}{1}{0}'.format('ab', 'cd'))
print(str(123), str(-0.5), str([1, 'a']), str(None), str(True), repr('x'), ascii('héllo'))
print('abc'.encode(), 'héllo'.encode('utf-8'), 'héllo'.encode('latin-1'), 'h€'.encode('utf-8', 'replace'))
print('x=1;y=2;z=3'.split(';'), [kv.split('=') for kv in 'x=1;y=2'.split(';')])
print('  multiple   spaces   here  '.split(), '  multiple   spaces   here  '.split(' '))
print('CSV,with,"quoted",fields'.split(','), 'path/to/file.txt'.rpartition('/'), 'file.tar.gz'.split('.', 1))
print('abcabc'.find('c', 3), 'abcabc'.rfind('a', 0, 3), 'abcabc'.find(''), 'abc'.find('', 10))
print('Python'.center(10, '='), 'Python'.ljust(3), '42'.zfill(6), '-42'.zfill(6), '+'.zfill(3))
print('\t'.join(['a', 'bb', 'ccc']).expandtabs(), 'a\tb'.expandtabs(0), 'a\tb'.expandtabs(1))
print(repr('line\n'.rstrip('\n')), repr('xxhixx'.strip('x')), repr('  \t\n'.strip()), repr('abc'.strip('')))
s = 'The Zen of Python'
print(s.lower().count('o'), s.upper().find('ZEN'), s.split()[::-1], s[::-1], s.swapcase())
print(sorted(set('mississippi')), sorted('mississippi'), max('mississippi'), min('mississippi'))
print(f"{'nested'!r:>12}", f"{'x' * 3}", f"{s.split()[1].upper():*^9}")
print(len('😀'), '😀'.encode(), 'a😀b'[1], 'a😀b'[::-1], 'a😀b'.find('b'), 'a😀b'.upper())
