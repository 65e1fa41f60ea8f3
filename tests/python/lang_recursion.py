# Recursion: deep-ish recursion works, runaway recursion raises a catchable RecursionError,
# and the interpreter is usable afterwards.
import sys

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
assert depth(500) == 500, "moderate recursion depth must work"

def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
assert mutual_even(200) and not mutual_odd(200)

def forever(n):
    return forever(n + 1)
try:
    forever(0)
    assert False, "must raise"
except RecursionError as e:
    assert 'maximum recursion depth exceeded' in str(e), str(e)
assert issubclass(RecursionError, RuntimeError)

# still usable after recovering
assert depth(100) == 100

# RecursionError is catchable as RuntimeError too
try:
    forever(0)
except RuntimeError as e:
    assert type(e) is RecursionError

# recursion through methods
class Node:
    def __init__(self, child=None):
        self.child = child
    def size(self):
        return 1 + (self.child.size() if self.child else 0)
chain = None
for _ in range(300):
    chain = Node(chain)
assert chain.size() == 300

# runaway recursion in __repr__
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
    assert False
except RecursionError:
    pass

# recursion in __getattr__
class BadGetattr:
    def __getattr__(self, name):
        return self.missing
try:
    BadGetattr().x
    assert False
except RecursionError:
    pass

# self-referencing containers print with ...
lst = [1]
lst.append(lst)
assert repr(lst) == '[1, [...]]'
d = {}
d['self'] = d
assert repr(d) == "{'self': {...}}"

# recursion limit API exists
lim = sys.getrecursionlimit()
assert isinstance(lim, int) and lim >= 100

# finally blocks run while unwinding a RecursionError
unwound = [0]
def rec_with_finally(n):
    try:
        return rec_with_finally(n + 1)
    finally:
        unwound[0] += 1
try:
    rec_with_finally(0)
except RecursionError:
    pass
assert unwound[0] > 50, "finally ran at each level"

# generator recursion
def walk(n):
    if n:
        yield n
        yield from walk(n - 1)
assert list(walk(50)) == list(range(50, 0, -1))

# ackermann small
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
assert ack(2, 3) == 9

print("ok")
