"""Base16, Base32, Base64 (RFC 3548), Base85 and Ascii85 data encodings."""

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]


class Error(ValueError):
    """binascii.Error: raised for malformed encoded data."""


Error.__module__ = 'binascii'


def _bytes_from_encode_data(s):
    if isinstance(s, bytes):
        return s
    if isinstance(s, bytearray):
        return bytes(s)
    if type(s).__name__ == 'memoryview':
        return s.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes):
        return s
    if isinstance(s, bytearray):
        return bytes(s)
    if type(s).__name__ == 'memoryview':
        return s.tobytes()
    raise TypeError("argument should be a bytes-like object or ASCII "
                    "string, not %r" % s.__class__.__name__)


# ---------------------------------------------------------------------------------------------------------
# Base64

_B64_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_REV = [-1] * 256
for _i, _c in enumerate(_B64_CHARS):
    _B64_REV[ord(_c)] = _i
del _i, _c


def _b64_encode(data, chars, newline=False):
    out = []
    n = len(data)
    i = 0
    end = n - n % 3
    while i < end:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(chars[v >> 18] + chars[(v >> 12) & 63] + chars[(v >> 6) & 63] + chars[v & 63])
        i += 3
    rest = n - end
    if rest == 1:
        v = data[i] << 16
        out.append(chars[v >> 18] + chars[(v >> 12) & 63] + '==')
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out.append(chars[v >> 18] + chars[(v >> 12) & 63] + chars[(v >> 6) & 63] + '=')
    if newline:
        out.append('\n')
    return ''.join(out).encode('ascii')


def _a2b_base64(data, strict_mode=False):
    """binascii.a2b_base64: decodes, skipping non-alphabet characters unless strict_mode."""
    rev = _B64_REV
    out = []
    quad_pos = 0
    leftchar = 0
    pads = 0
    padding_started = False
    count = 0
    n = len(data)
    if strict_mode and n > 0 and data[0] == 61:
        raise Error('Leading padding not allowed')
    i = 0
    while i < n:
        c = data[i]
        if c == 61:     # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            i += 1
            continue
        v = rev[c]
        if v < 0:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            i += 1
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        count += 1
        if quad_pos == 0:
            quad_pos = 1
            leftchar = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((leftchar << 2) | (v >> 4)) & 255)
            leftchar = v & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((leftchar << 4) | (v >> 2)) & 255)
            leftchar = v & 0x03
        else:
            quad_pos = 0
            out.append(((leftchar << 6) | v) & 255)
            leftchar = 0
        i += 1
    if quad_pos != 0:
        if quad_pos == 1:
            raise Error('Invalid base64-encoded string: number of data characters (%d) '
                        'cannot be 1 more than a multiple of 4' % count)
        raise Error('Incorrect padding')
    return bytes(out)


def _translate(data, frm, to):
    table = list(range(256))
    for a, b in zip(frm, to):
        table[a] = b
    return bytes([table[c] for c in data])


def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object.

    Optional altchars should be a byte string of length 2 which specifies an alternative alphabet for the
    '+' and '/' characters.
    """
    data = _bytes_from_encode_data(s)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        alt = _bytes_from_encode_data(altchars)
        chars = _B64_CHARS[:62] + chr(alt[0]) + chr(alt[1])
        return _b64_encode(data, chars)
    return _b64_encode(data, _B64_CHARS)


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s.

    If validate is False (the default), characters that are neither in the normal base-64 alphabet nor the
    alternative alphabet are discarded prior to the padding check.  If validate is True, these
    non-alphabet characters in the input result in a binascii.Error.
    """
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, altchars, b'+/')
    return _a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like object s using the standard Base64 alphabet and return a bytes object."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode bytes encoded with the standard Base64 alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode bytes using the URL- and filesystem-safe Base64 alphabet ('-' instead of '+', '_' instead
    of '/')."""
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    """Decode bytes using the URL- and filesystem-safe Base64 alphabet."""
    s = _bytes_from_decode_data(s)
    s = _translate(s, b'-_', b'+/')
    return _a2b_base64(s)


MAXLINESIZE = 76  # Excluding the CRLF
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines of base-64 data."""
    data = _bytes_from_encode_data(s)
    pieces = []
    for i in range(0, len(data), MAXBINSIZE):
        chunk = data[i: i + MAXBINSIZE]
        pieces.append(_b64_encode(chunk, _B64_CHARS, newline=True))
    return b"".join(pieces)


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    return _a2b_base64(_bytes_from_encode_data(s))


# ---------------------------------------------------------------------------------------------------------
# Base32

_B32_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    data = _bytes_from_encode_data(s)
    n = len(data)
    leftover = n % 5
    if leftover:
        data = data + bytes(5 - leftover)
    out = []
    for i in range(0, len(data), 5):
        c = int.from_bytes(data[i: i + 5], 'big')
        out.append(alphabet[c >> 35] + alphabet[(c >> 30) & 31] + alphabet[(c >> 25) & 31] +
                   alphabet[(c >> 20) & 31] + alphabet[(c >> 15) & 31] + alphabet[(c >> 10) & 31] +
                   alphabet[(c >> 5) & 31] + alphabet[c & 31])
    text = ''.join(out)
    if leftover == 1:
        text = text[:-6] + '======'
    elif leftover == 2:
        text = text[:-4] + '===='
    elif leftover == 3:
        text = text[:-3] + '==='
    elif leftover == 4:
        text = text[:-1] + '='
    return text.encode('ascii')


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    rev = {}
    for i, ch in enumerate(alphabet):
        rev[ord(ch)] = i
    total = len(s)
    s = s.rstrip(b'=')
    padchars = total - len(s)
    decoded = bytearray()
    acc = 0
    for i in range(0, len(s), 8):
        acc = 0
        for c in s[i: i + 8]:
            v = rev.get(c)
            if v is None:
                raise Error('Non-base32 digit found')
            acc = (acc << 5) + v
        decoded += acc.to_bytes(5, 'big') if len(s) - i >= 8 else (acc << (5 * (8 - (len(s) - i)))).to_bytes(5, 'big')
    if total % 8 or padchars not in (0, 1, 3, 4, 6):
        raise Error('Incorrect padding')
    if padchars and decoded:
        leftover = (43 - 5 * padchars) // 8
        del decoded[len(decoded) - 5 + leftover:]
    return bytes(decoded)


def b32encode(s):
    """Encode the bytes-like objects using base32 and return a bytes object."""
    return _b32encode(_B32_CHARS, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the base32 encoded bytes-like object or ASCII string s."""
    return _b32decode(_B32_CHARS, s, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like objects using base32hex (RFC 4648) and return a bytes object."""
    return _b32encode(_B32HEX_CHARS, s)


def b32hexdecode(s, casefold=False):
    """Decode the base32hex encoded bytes-like object or ASCII string s."""
    return _b32decode(_B32HEX_CHARS, s, casefold)


# ---------------------------------------------------------------------------------------------------------
# Base16

_HEX_UPPER = '0123456789ABCDEF'


def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object."""
    data = _bytes_from_encode_data(s)
    return ''.join([_HEX_UPPER[c >> 4] + _HEX_UPPER[c & 15] for c in data]).encode('ascii')


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    vals = []
    for c in s:
        if 48 <= c <= 57:
            vals.append(c - 48)
        elif 65 <= c <= 70:
            vals.append(c - 55)
        else:
            raise Error('Non-base16 digit found')
    if len(vals) % 2:
        raise Error('Odd-length string')
    return bytes([(vals[i] << 4) | vals[i + 1] for i in range(0, len(vals), 2)])


# ---------------------------------------------------------------------------------------------------------
# Ascii85 and Base85

_A85START = b"<~"
_A85END = b"~>"
_B85_CHARS = ('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
              '!#$%&()*+-;<=>?@^_`{|}~')


def _85encode(data, chars, pad=False, foldnuls=False, foldspaces=False):
    padding = (-len(data)) % 4
    if padding:
        data = data + b'\0' * padding
    chunks = []
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i: i + 4], 'big')
        if foldnuls and not word:
            chunks.append('z')
        elif foldspaces and word == 0x20202020:
            chunks.append('y')
        else:
            chunks.append(chars[word // 52200625] + chars[word // 614125 % 85] +
                          chars[word // 7225 % 85] + chars[word // 85 % 85] + chars[word % 85])
    if padding and not pad:
        if chunks[-1] == 'z':
            chunks[-1] = chars[0] * 5
        chunks[-1] = chunks[-1][:-padding]
    return ''.join(chunks).encode('ascii')


_A85_CHARS = ''.join(chr(c) for c in range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like object b using Ascii85 and return a bytes object."""
    data = _bytes_from_encode_data(b)
    result = _85encode(data, _A85_CHARS, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i: i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe:
            if len(chunks[-1]) + 2 > wrapcol:
                chunks.append(b'')
        result = b'\n'.join(chunks)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError(
                "Ascii85 encoded byte sequences must end "
                "with {!r}".format(_A85END)
            )
        if b.startswith(_A85START):
            b = b[2:-2]
        else:
            b = b[:-2]
    decoded = []
    curr = []
    for x in b + b'u' * 4:
        if 33 <= x <= 117:
            curr.append(x)
            if len(curr) == 5:
                acc = 0
                for c in curr:
                    acc = 85 * acc + (c - 33)
                if acc > 0xffffffff:
                    raise ValueError('Ascii85 overflow') from None
                decoded.append(acc.to_bytes(4, 'big'))
                curr = []
        elif x == 122:      # 'z'
            if curr:
                raise ValueError('z inside Ascii85 5-tuple')
            decoded.append(b'\0\0\0\0')
        elif foldspaces and x == 121:   # 'y'
            if curr:
                raise ValueError('y inside Ascii85 5-tuple')
            decoded.append(b'\x20\x20\x20\x20')
        elif x in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % x)
    result = b''.join(decoded)
    padding = 4 - len(curr)
    if padding:
        result = result[:-padding]
    return result


def b85encode(b, pad=False):
    """Encode bytes-like object b in base85 format and return a bytes object."""
    return _85encode(_bytes_from_encode_data(b), _B85_CHARS, pad)


_B85_REV = [-1] * 256
for _i, _c in enumerate(_B85_CHARS):
    _B85_REV[ord(_c)] = _i
del _i, _c


def b85decode(b):
    """Decode the base85-encoded bytes-like object or ASCII string b."""
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = []
    for i in range(0, len(b), 5):
        chunk = b[i:i + 5]
        acc = 0
        for j, c in enumerate(chunk):
            v = _B85_REV[c]
            if v < 0:
                raise ValueError('bad base85 character at position %d' % (i + j)) from None
            acc = acc * 85 + v
        if acc > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i) from None
        out.append(acc.to_bytes(4, 'big'))
    result = b''.join(out)
    if padding:
        result = result[:-padding]
    return result


# ---------------------------------------------------------------------------------------------------------
# Legacy interface (file objects)

def encode(input, output):
    """Encode a file; input and output are binary files."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(_b64_encode(s, _B64_CHARS, newline=True))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(_a2b_base64(line))
