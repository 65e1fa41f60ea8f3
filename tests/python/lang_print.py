# print(): sep, end, file, flush, str() of arguments, writing to a custom file-like object.

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append('<flush>')
    @property
    def text(self):
        return ''.join(p for p in self.parts if p != '<flush>')

c = Capture()
print('a', 'b', file=c)
assert c.text == 'a b\n'

c = Capture()
print('a', 'b', sep='-', end='!', file=c)
assert c.text == 'a-b!'

c = Capture()
print(file=c)
assert c.text == '\n', "print() with no args writes just the end"

c = Capture()
print(1, 2.5, None, True, [1, 'x'], {'k': (1,)}, file=c)
assert c.text == "1 2.5 None True [1, 'x'] {'k': (1,)}\n"

c = Capture()
print('x', sep=None, end=None, file=c)
assert c.text == 'x\n', "None means the default separator/end"

c = Capture()
print('a', 'b', 'c', sep='', file=c)
assert c.text == 'abc\n'

c = Capture()
print('x', file=c, flush=True)
assert c.parts[-1] == '<flush>', "flush=True calls file.flush()"

class S:
    def __str__(self):
        return 'custom str'
    def __repr__(self):
        return 'custom repr'
c = Capture()
print(S(), [S()], file=c)
assert c.text == 'custom str [custom repr]\n', "print uses str(), containers use repr of items"

c = Capture()
print('multi\nline', file=c)
assert c.text == 'multi\nline\n'

c = Capture()
print(*range(3), sep=', ', file=c)
assert c.text == '0, 1, 2\n'

c = Capture()
print(-0.0, 1e16, 0.1 + 0.2, 2 ** 70, 1j, file=c)
assert c.text == '-0.0 1e+16 0.30000000000000004 1180591620717411303424 1j\n'

try:
    print('x', sep=5)
    assert False
except TypeError as e:
    assert str(e) == 'sep must be None or a string, not int', str(e)
try:
    print('x', end=[])
    assert False
except TypeError as e:
    assert str(e) == 'end must be None or a string, not list', str(e)
try:
    print('x', file=5)
    assert False
except AttributeError as e:
    assert str(e) == "'int' object has no attribute 'write'", str(e)

# write calls: CPython writes each piece separately
c = Capture()
print('a', 'b', file=c)
assert c.parts == ['a', ' ', 'b', '\n'], c.parts

# print returns None
c = Capture()
assert print(file=c) is None

# sys.stdout replacement is honoured
import sys
old = sys.stdout
cap = Capture()
sys.stdout = cap
try:
    print('redirected')
finally:
    sys.stdout = old
assert cap.text == 'redirected\n'

print("ok")
