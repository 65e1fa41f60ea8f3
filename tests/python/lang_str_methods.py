# str methods: split/rsplit/join/strip/replace/find/index/count/startswith (tuples)/partition/
# zfill/center/ljust/rjust/title/capitalize/swapcase/casefold/expandtabs/splitlines/translate/
# maketrans/is* predicates/removeprefix/removesuffix/encode.

s = 'Hello, World'

# --- split ---
assert 'a b  c'.split() == ['a', 'b', 'c'], "whitespace runs collapse"
assert '  a b  '.split() == ['a', 'b']
assert 'a,b,,c'.split(',') == ['a', 'b', '', 'c']
assert 'a,b,c'.split(',', 1) == ['a', 'b,c']
assert 'a,b,c'.rsplit(',', 1) == ['a,b', 'c']
assert 'a b c'.rsplit(None, 1) == ['a b', 'c']
assert ''.split() == [] and ''.split(',') == ['']
assert 'abc'.split('abc') == ['', '']
assert 'a\tb\nc\x0bd'.split() == ['a', 'b', 'c', 'd']
assert 'a::b::c'.split('::') == ['a', 'b', 'c']
assert 'x'.split(',', maxsplit=0) == ['x']
try:
    'a'.split('')
    assert False
except ValueError as e:
    assert str(e) == 'empty separator', str(e)

# --- join ---
assert ','.join(['a', 'b', 'c']) == 'a,b,c'
assert ''.join([]) == ''
assert '-'.join('abc') == 'a-b-c'
assert ', '.join(str(i) for i in range(3)) == '0, 1, 2'
try:
    ','.join(['a', 1])
    assert False
except TypeError as e:
    assert str(e) == 'sequence item 1: expected str instance, int found', str(e)

# --- strip ---
assert '  x  '.strip() == 'x' and '  x  '.lstrip() == 'x  ' and '  x  '.rstrip() == '  x'
assert 'xxhixx'.strip('x') == 'hi'
assert 'abcHIcba'.strip('abc') == 'HI', "strip chars is a set"
assert '\t\n x\r\n'.strip() == 'x'
assert 'www.example.com'.lstrip('w.') == 'example.com'

# --- replace ---
assert 'aaa'.replace('a', 'b') == 'bbb'
assert 'aaa'.replace('a', 'b', 2) == 'bba'
assert 'abc'.replace('', '-') == '-a-b-c-'
assert 'abc'.replace('x', 'y') == 'abc'
assert 'aaaa'.replace('aa', 'b') == 'bb'

# --- find / index / count ---
assert s.find('o') == 4 and s.rfind('o') == 8
assert s.find('z') == -1
assert s.find('o', 5) == 8 and s.find('o', 5, 8) == -1
assert s.index('W') == 7
assert 'abc'.find('') == 0 and 'abc'.rfind('') == 3
try:
    s.index('z')
    assert False
except ValueError as e:
    assert str(e) == 'substring not found', str(e)
assert 'aaaa'.count('aa') == 2, "non-overlapping"
assert 'abc'.count('') == 4
assert 'banana'.count('a', 2) == 2

# --- startswith / endswith ---
assert s.startswith('Hell') and s.endswith('World')
assert s.startswith(('x', 'He')), "tuple of prefixes"
assert s.endswith(('x', 'ld'))
assert not s.startswith(())
assert s.startswith('World', 7)
assert s.startswith('', 3)
assert 'abc'.endswith('b', 0, 2)
try:
    s.startswith(['H'])
    assert False
except TypeError as e:
    assert str(e) == 'startswith first arg must be str or a tuple of str, not list', str(e)

# --- partition ---
assert 'k=v=w'.partition('=') == ('k', '=', 'v=w')
assert 'k=v=w'.rpartition('=') == ('k=v', '=', 'w')
assert 'kv'.partition('=') == ('kv', '', '')
assert 'kv'.rpartition('=') == ('', '', 'kv')

# --- padding ---
assert '42'.zfill(5) == '00042'
assert '-42'.zfill(5) == '-0042' and '+4'.zfill(4) == '+004'
assert 'abc'.zfill(2) == 'abc'
assert 'ab'.center(6) == '  ab  '
assert 'ab'.center(5) == '  ab ', "extra pad goes right for even-length strings"
assert 'abc'.center(6) == ' abc  '
assert 'a'.center(4, '*') == '*a**'
assert 'ab'.ljust(4, '.') == 'ab..' and 'ab'.rjust(4) == '  ab'
try:
    'a'.center(3, 'xy')
    assert False
except TypeError as e:
    assert str(e) == 'The fill character must be exactly one character long', str(e)

# --- case ---
assert 'hello world'.title() == 'Hello World'
assert "they're bill's".title() == "They'Re Bill'S", "title treats apostrophes as word breaks"
assert 'a1b2'.title() == 'A1B2'
assert 'hELLO wORLD'.capitalize() == 'Hello world'
assert 'AbC'.swapcase() == 'aBc'
assert 'Straße'.casefold() == 'strasse'
assert 'Straße'.lower() == 'straße'
assert 'ß'.upper() == 'SS', "full case mapping"
assert 'İ'.lower() == 'i̇' and len('İ'.lower()) == 2
assert 'ǅ'.istitle()

# --- expandtabs ---
assert 'a\tb'.expandtabs() == 'a       b'
assert 'a\tb'.expandtabs(4) == 'a   b'
assert 'ab\tc\td'.expandtabs(3) == 'ab c  d'
assert 'x\n\ty'.expandtabs(2) == 'x\n  y', "column resets after newline"

# --- splitlines ---
assert 'a\nb\r\nc\rd'.splitlines() == ['a', 'b', 'c', 'd']
assert 'a\nb\n'.splitlines() == ['a', 'b'], "no trailing empty string"
assert 'a\nb\n'.splitlines(keepends=True) == ['a\n', 'b\n']
assert 'a\x0bb\x0cc\x1cd\u2028e\x85f'.splitlines() == ['a', 'b', 'c', 'd', 'e', 'f']
assert ''.splitlines() == []
assert '\n'.splitlines() == ['']
assert 'a\nb'.split('\n') == ['a', 'b']

# --- translate / maketrans ---
table = str.maketrans('abc', 'xyz')
assert 'aabbcc'.translate(table) == 'xxyyzz'
assert 'hello'.translate(str.maketrans('', '', 'l')) == 'heo', "third argument deletes"
assert 'abc'.translate({ord('a'): 'AA', ord('b'): None}) == 'AAc'
assert str.maketrans({'a': '1'}) == {97: '1'}
assert 'abc'.translate({97: 98}) == 'bbc', "int values are code points"

# --- predicates ---
assert '123'.isdigit() and '123'.isnumeric() and '123'.isdecimal()
assert '½'.isnumeric() and not '½'.isdigit()
assert '²'.isdigit() and not '²'.isdecimal()
assert 'abc'.isalpha() and not 'ab1'.isalpha() and 'ab1'.isalnum()
assert 'héllo'.isalpha()
assert ' \t\n'.isspace() and not ''.isspace()
assert 'ABC'.isupper() and 'abc'.islower() and not 'Abc'.isupper()
assert 'A1'.isupper() and not '1'.isupper()
assert 'Hello World'.istitle() and not 'Hello world'.istitle()
assert 'abc'.isascii() and not 'é'.isascii() and ''.isascii()
assert 'valid_name'.isidentifier() and not '1abc'.isidentifier() and not 'a-b'.isidentifier()
assert 'abc'.isprintable() and not 'a\n'.isprintable()
assert not ''.isalpha() and not ''.isdigit()

# --- prefix/suffix removal ---
assert 'unhappy'.removeprefix('un') == 'happy'
assert 'unhappy'.removeprefix('xx') == 'unhappy'
assert 'file.py'.removesuffix('.py') == 'file'
assert 'file.py'.removesuffix('') == 'file.py'

# --- encode ---
assert 'héllo'.encode() == b'h\xc3\xa9llo'
assert 'abc'.encode('ascii') == b'abc'
assert 'é'.encode('latin-1') == b'\xe9'
try:
    'é'.encode('ascii')
    assert False
except UnicodeEncodeError as e:
    assert "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)" == str(e), str(e)
assert 'é'.encode('ascii', 'ignore') == b''
assert 'é'.encode('ascii', 'replace') == b'?'

# --- misc ---
assert 'abc' * 2 == 'abcabc' and 2 * 'ab' == 'abab' and 'x' * 0 == '' and 'x' * -1 == ''
assert 'abc'[::-1] == 'cba'
assert min('bca') == 'a'
assert 'a' < 'b' < 'ba'
assert 'x'.join(['1']) == '1'
assert 'AbC'.lower().upper() == 'ABC'
assert 'a-b_c'.replace('-', '_').split('_') == ['a', 'b', 'c']
assert 'hello'.index('l') == 2 and 'hello'.rindex('l') == 3
assert str.upper('x') == 'X', "unbound method call"
assert 'abc'.__len__() == 3 and 'abc'.__contains__('b')

# strings are immutable: methods return new strings
orig = 'abc'
up = orig.upper()
assert orig == 'abc' and up == 'ABC'

print("ok")
