# base64: round trips and known vectors for b64/b32/b16/b85/a85
import base64


def raises(exc, f, *args, **kw):
    try:
        f(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError(f'{exc.__name__} not raised')


vectors = [(b'', b'', b'', b''), (b'f', b'Zg==', b'MY======', b'66'), (b'fo', b'Zm8=', b'MZXQ====', b'666F'),
           (b'foo', b'Zm9v', b'MZXW6===', b'666F6F'), (b'foob', b'Zm9vYg==', b'MZXW6YQ=', b'666F6F62'),
           (b'fooba', b'Zm9vYmE=', b'MZXW6YTB', b'666F6F6261'), (b'foobar', b'Zm9vYmFy', b'MZXW6YTBOI======', b'666F6F626172')]
for raw, b64, b32, b16 in vectors:
    assert base64.b64encode(raw) == b64 and base64.b64decode(b64) == raw
    assert base64.standard_b64encode(raw) == b64 and base64.standard_b64decode(b64) == raw
    assert base64.b32encode(raw) == b32 and base64.b32decode(b32) == raw
    assert base64.b16encode(raw) == b16 and base64.b16decode(b16) == raw
assert base64.b32hexencode(b'foobar') == b'CPNMUOJ1E8======' and base64.b32hexdecode(b'CPNMUOJ1E8======') == b'foobar'
assert base64.b64decode('Zm9v') == b'foo' and base64.b64decode(bytearray(b'Zm9v')) == b'foo'
assert base64.b64encode(bytearray(b'foo')) == b'Zm9v'
assert base64.urlsafe_b64encode(b'\xfb\xff\xbf') == b'-_-_' and base64.urlsafe_b64decode(b'-_-_') == b'\xfb\xff\xbf'
assert base64.b64encode(b'\xfb\xff\xbf') == b'+/+/'
assert base64.b64encode(b'\xfb\xff', altchars=b'*!') == b'*!8=' and base64.b64decode(b'*!8=', altchars=b'*!') == b'\xfb\xff'
assert base64.b64decode(b'Zm9v\nYmFy') == b'foobar' and base64.b64decode(b'Zm9v!!') == b'foo'
assert base64.b64decode(b'Zg===') == b'f'
assert raises(base64.binascii_Error if hasattr(base64, 'binascii_Error') else ValueError, base64.b64decode, b'Zg') == 'Incorrect padding'
assert raises(ValueError, base64.b64decode, b'Zm9v!', validate=True) == 'Only base64 data is allowed'
assert raises(ValueError, base64.b64decode, b'Z') == 'Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4'
assert raises(TypeError, base64.b64encode, 'text') == "a bytes-like object is required, not 'str'"
assert raises(ValueError, base64.b64decode, '\xe9') == 'string argument should contain only ASCII characters'
assert raises(ValueError, base64.b32decode, b'MZXW6===x') == 'Incorrect padding'
assert raises(ValueError, base64.b32decode, b'mzxw6===') == 'Non-base32 digit found'
assert base64.b32decode(b'mzxw6===', casefold=True) == b'foo'
assert raises(ValueError, base64.b16decode, b'0') == 'Odd-length string'
assert raises(ValueError, base64.b16decode, b'0g') == 'Non-base16 digit found'
assert base64.b16decode(b'ff', casefold=True) == b'\xff'
try:
    base64.b64decode(b'Zg')
except Exception as e:
    assert type(e).__name__ == 'Error' and isinstance(e, ValueError)
long = bytes(range(256)) * 3
assert base64.b64decode(base64.b64encode(long)) == long
assert base64.decodebytes(base64.encodebytes(long)) == long
assert base64.encodebytes(b'x' * 60).count(b'\n') == 2 and base64.encodebytes(b'') == b''
assert base64.b85encode(b'hello') == b'Xk~0{Zv' and base64.b85decode(b'Xk~0{Zv') == b'hello'
assert base64.a85encode(b'hello') == b'BOu!rDZ' and base64.a85decode(b'BOu!rDZ') == b'hello'
assert base64.a85encode(b'\0' * 8) == b'zz' and base64.a85decode(b'zz') == b'\0' * 8
assert base64.a85encode(b'hello', adobe=True) == b'<~BOu!rDZ~>' and base64.a85decode(b'<~BOu!rDZ~>', adobe=True) == b'hello'
for n in range(20):
    data = bytes((i * 37 + n) % 256 for i in range(n))
    assert base64.b85decode(base64.b85encode(data)) == data
    assert base64.a85decode(base64.a85encode(data)) == data
    assert base64.b32decode(base64.b32encode(data)) == data
