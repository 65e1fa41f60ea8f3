# String and bytes literals: prefixes, escapes, implicit concatenation, triple quotes.

# --- quotes ---
assert 'abc' == "abc"
assert 'it\'s' == "it's"
assert "say \"hi\"" == 'say "hi"'
assert '''a
b''' == 'a\nb', "triple single quotes keep newline"
assert """x"y""" == 'x"y'
assert '''a\
b''' == 'ab', "backslash-newline continuation in string"
assert 'a' 'b' "c" == 'abc', "implicit concatenation"
assert ('multi'
        'line') == 'multiline', "implicit concatenation across lines"

# --- simple escapes ---
assert len('\n') == 1 and ord('\n') == 10
assert ord('\t') == 9
assert ord('\r') == 13
assert ord('\0') == 0, "octal zero"
assert ord('\a') == 7
assert ord('\b') == 8
assert ord('\f') == 12
assert ord('\v') == 11
assert '\\' == chr(92)
assert '\'' == chr(39)
assert '\"' == chr(34)
assert '\x41' == 'A', "hex escape"
assert '\101' == 'A', "octal escape"
assert '\7' == '\a'
assert '\u00e9' == 'é', "\\u escape"
assert '\U0001F600' == chr(0x1F600), "\\U escape"
assert '\N{LATIN SMALL LETTER E WITH ACUTE}' == 'é', "named escape"
assert '\N{BULLET}' == '\u2022'
assert len('\U0001F600') == 1, "astral char is a single code point"
assert len('\\q') == 2

# --- raw strings ---
assert r'\n' == '\\n', "raw string keeps backslash"
assert len(r'\n') == 2
assert R'\t' == '\\t'
assert r'a\'b' == "a\\'b", "raw string: escaped quote keeps the backslash"
assert r'\\' == '\\\\'
assert r'\x41' == '\\x41'

# --- bytes ---
assert b'abc' == bytes([97, 98, 99])
assert B'abc' == b'abc'
assert b'\x00\xff' == bytes([0, 255])
assert b'\n'[0] == 10
assert rb'\n' == b'\\n', "raw bytes rb"
assert br'\n' == b'\\n', "raw bytes br"
assert Rb'\d' == b'\\d'
assert bR'\d' == b'\\d'
assert b'a' b'b' == b'ab', "implicit bytes concatenation"
assert type(b'') is bytes
assert b'\101' == b'A'

# --- u prefix ---
assert u'abc' == 'abc'
assert U'abc' == 'abc'

# --- f-string prefix combos ---
x = 5
assert f'{x}' == '5'
assert F'{x}' == '5'
assert rf'\n{x}' == '\\n5', "raw f-string"
assert fr'\n{x}' == '\\n5'
assert Rf'{x}\t' == '5\\t'
assert 'a' f'{x}' 'b' == 'a5b', "mixing f-string and plain string in concatenation"

# --- string repr ---
assert repr('abc') == "'abc'"
assert repr("it's") == '"it\'s"', "repr switches to double quotes"
assert repr('a"b') == "'a\"b'"
assert repr('a\'b"c') == "'a\\'b\"c'", "both quotes: single quotes with escaped single"
assert repr('\n\t\r') == "'\\n\\t\\r'"
assert repr('\x00') == "'\\x00'"
assert repr('\x7f') == "'\\x7f'"
assert repr('é') == "'é'", "printable non-ascii kept"
assert repr('\u200b') == "'\\u200b'", "non-printable BMP escaped"
assert repr('\U0001F600') == "'\U0001F600'", "printable astral kept"
assert repr('\\') == "'\\\\'"
assert repr(b'abc') == "b'abc'"
assert repr(b'\x00\n\xff') == "b'\\x00\\n\\xff'"
assert repr(b"'") == 'b"\'"'
assert ascii('é') == "'\\xe9'"
assert ascii('\u20ac') == "'\\u20ac'"
assert ascii('\U0001F600') == "'\\U0001f600'"

# --- strings are immutable sequences ---
s = 'hello'
assert s[0] == 'h' and s[-1] == 'o'
try:
    s[0] = 'H'
    assert False, "str item assignment must fail"
except TypeError as e:
    assert "'str' object does not support item assignment" in str(e), str(e)

# --- unicode lengths ---
assert len('héllo') == 5
assert len('日本語') == 3
assert '日本語'[1] == '本'
assert 'a\U0001F600b'[2] == 'b', "indexing past astral char"
assert 'a\U0001F600b'[1:2] == '\U0001F600'

print("ok")
