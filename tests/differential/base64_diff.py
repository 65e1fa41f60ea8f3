# base64: encodings and decoding errors compared with CPython
import base64

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xfb\xff\xfe', b'hello world' * 9]
for s in samples:
    print(base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b32hexencode(s))
    print(base64.b16encode(s), base64.b85encode(s), base64.a85encode(s), base64.standard_b64encode(s))
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.b85decode(base64.b85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'), base64.b64decode('YWJj'))
print(base64.b64encode(bytearray(b'ab')), base64.b64decode(bytearray(b'YWI=')))
print(base64.encodebytes(b'x' * 100), base64.decodebytes(b'eHh4\neHg=\n'))
print(base64.b32decode('mfrgg===', casefold=True), base64.b32decode(b'MFRGG0==', map01=b'L') if False else 0, base64.b16decode('0aff', casefold=True))
print(base64.a85encode(b'\0\0\0\0    ', foldspaces=True), base64.a85encode(b'hi', pad=True), base64.a85encode(b'hello world', adobe=True))
print(base64.b85encode(b'abc', pad=True), base64.a85decode(b'<~BOu!rD]j7BEbo7~>', adobe=True), base64.a85decode(b'z'))
cases = [
    (base64.b64decode, (b'YQ',)), (base64.b64decode, (b'YQ=',)), (base64.b64decode, (b'YQ===',)), (base64.b64decode, (b'Y',)),
    (base64.b64decode, (b'YWJj!',)), (base64.b64decode, (b'YW Jj',)), (base64.b64decode, (b'YWJjZ',)),
    (base64.b64decode, (b'=YQ==',)), (base64.b64decode, (b'YQ==YQ==',)), (base64.b64decode, (b'YQ=\n=',)),
    (base64.b32decode, (b'MFRGG===',)), (base64.b32decode, (b'MFRGG',)), (base64.b32decode, (b'mfrgg===',)),
    (base64.b32decode, (b'MFRGG=',)), (base64.b32decode, (b'MFRGGZ==',)), (base64.b32decode, (b'========',)),
    (base64.b16decode, (b'6',)), (base64.b16decode, (b'6g',)), (base64.b16decode, (b'6G',)), (base64.b16decode, (b'0a',)),
    (base64.b64encode, ('abc',)), (base64.b64decode, ('ab\xe9',)), (base64.b64decode, (123,)), (base64.b64encode, (123,)),
    (base64.b85decode, (b'|NsC',)), (base64.b85decode, (b'ab"d',)), (base64.a85decode, (b'abz',)), (base64.a85decode, (b'ab\x7f',)),
    (base64.a85decode, (b'abc', )), (base64.a85decode, (b'uuuuu',)),
]
for f, args in cases:
    try:
        print(f.__name__, args, f(*args))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)
for s in [b'YQ', b'YQ==', b'YQ===', b'YWJj!', b'=YQ==', b'YQ==YQ==', b'YQ=a', b'YQ==\n']:
    try:
        print(s, base64.b64decode(s, validate=True))
    except Exception as e:
        print(s, type(e).__name__, e)
