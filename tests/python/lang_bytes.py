# bytes and bytearray basics: construction, indexing, slicing, methods, mutation, decoding,
# hex/fromhex, comparisons, concatenation, errors.

# --- construction ---
assert bytes() == b'' and bytes(3) == b'\x00\x00\x00'
assert bytes([65, 66]) == b'AB' and bytes(range(3)) == b'\x00\x01\x02'
assert bytes('hé', 'utf-8') == b'h\xc3\xa9'
assert bytes(b'x') == b'x' and bytes(bytearray(b'y')) == b'y'
try:
    bytes([256])
    assert False
except ValueError as e:
    assert str(e) == 'bytes must be in range(0, 256)', str(e)
try:
    bytes('x')
    assert False
except TypeError as e:
    assert str(e) == 'string argument without an encoding', str(e)
try:
    bytes(-1)
    assert False
except ValueError as e:
    assert str(e) == 'negative count', str(e)

# --- indexing / iteration ---
b = b'hello'
assert b[0] == 104 and b[-1] == 111 and type(b[0]) is int
assert list(b'ab') == [97, 98]
assert b[1:3] == b'el' and type(b[1:3]) is bytes
assert 104 in b and b'ell' in b and 0 not in b
assert len(b) == 5

# --- methods ---
assert b.upper() == b'HELLO' and b'AbC'.lower() == b'abc'
assert b.split(b'l') == [b'he', b'', b'o']
assert b' a  b '.split() == [b'a', b'b']
assert b'-'.join([b'a', b'b']) == b'a-b'
assert b.replace(b'l', b'L') == b'heLLo'
assert b.find(b'l') == 2 and b.rfind(b'l') == 3 and b.find(b'z') == -1
assert b.count(b'l') == 2
assert b.startswith(b'he') and b.endswith((b'x', b'lo'))
assert b'  x '.strip() == b'x'
assert b.index(b'o') == 4
assert b'a,b'.partition(b',') == (b'a', b',', b'b')
assert b'abc'.hex() == '616263'
assert b'\x01\xff'.hex(':') == '01:ff'
assert bytes.fromhex('61 62') == b'ab'
assert bytes.fromhex('DEADbeef') == b'\xde\xad\xbe\xef'
assert b'abc'.isalpha() and b'123'.isdigit() and not b'a1'.isdigit()
assert b'x'.center(5, b'*') == b'**x**'
assert b'ab'.zfill(4) == b'00ab'
assert b'Hello World'.title() == b'Hello World' and b'hi'.capitalize() == b'Hi'
assert b'a\nb'.splitlines() == [b'a', b'b']
assert b'abc'.translate(bytes.maketrans(b'abc', b'xyz')) == b'xyz'
assert b'hello'.translate(None, b'l') == b'heo'

# --- decode ---
assert b'h\xc3\xa9'.decode() == 'hé'
assert b'h\xc3\xa9'.decode('utf-8') == 'hé'
assert b'\xe9'.decode('latin-1') == 'é'
try:
    b'\xff'.decode('utf-8')
    assert False
except UnicodeDecodeError as e:
    assert str(e) == "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", str(e)
assert b'a\xffb'.decode('utf-8', 'replace') == 'a\ufffdb'
assert b'a\xffb'.decode('utf-8', 'ignore') == 'ab'
assert b'abc'.decode('ascii') == 'abc'

# --- operators ---
assert b'a' + b'b' == b'ab' and b'ab' * 2 == b'abab'
assert b'a' + bytearray(b'b') == b'ab'
assert b'a' < b'b' and b'ab' > b'a' and b'abc' == b'abc'
assert b'a' != 'a', "bytes never equal str"
try:
    b'a' + 'b'
    assert False
except TypeError as e:
    assert str(e) == "can't concat str to bytes", str(e)
try:
    b'a'[0] = 1
    assert False
except TypeError as e:
    assert str(e) == "'bytes' object does not support item assignment", str(e)

# --- bytearray ---
ba = bytearray(b'abc')
ba[0] = 65
assert ba == b'Abc' and ba == bytearray(b'Abc')
ba.append(100)
ba.extend(b'ef')
ba += b'!'
assert ba == b'Abcdef!'
assert ba.pop() == 33 and ba == b'Abcdef'
ba.insert(0, 95)
assert ba[0] == 95
ba.remove(95)
del ba[0]
assert ba == b'bcdef'
ba.reverse()
assert ba == b'fedcb'
assert bytes(ba) == b'fedcb' and type(bytes(ba)) is bytes
assert bytearray(2) == b'\x00\x00'
assert bytearray('é', 'utf-8') == b'\xc3\xa9'
try:
    ba[0] = 300
    assert False
except ValueError as e:
    assert str(e) == 'byte must be in range(0, 256)', str(e)
try:
    ba.append(-1)
    assert False
except ValueError:
    pass
ba2 = bytearray(b'xyz')
assert ba2.upper() == b'XYZ' and type(ba2.upper()) is bytearray
assert ba2.decode() == 'xyz'
ba2.clear()
assert ba2 == b'' and len(ba2) == 0
assert repr(bytearray(b'a\x00')) == "bytearray(b'a\\x00')"
try:
    hash(bytearray())
    assert False
except TypeError:
    pass
assert hash(b'abc') == hash(b'abc')

# --- repr ---
assert repr(b'') == "b''"
assert repr(b'\t\n\r\\') == "b'\\t\\n\\r\\\\'"
assert repr(b'\x7f\x80') == "b'\\x7f\\x80'"
assert repr(b'"') == "b'\"'" and repr(b"'") == 'b"\'"'
assert repr(b'\'"') == "b'\\'\"'"
assert str(b'x') == "b'x'"

# --- conversions ---
assert list(bytes([1, 2, 3])) == [1, 2, 3]
assert bytes(3)[::-1] == b'\x00\x00\x00'
assert b'%d%s' % (1, b'x') == b'1x'
assert int(b'42') == 42 and float(b'1.5') == 1.5
assert memoryview(b'ab')[0] == 97 and bytes(memoryview(b'ab')) == b'ab'

print("ok")
