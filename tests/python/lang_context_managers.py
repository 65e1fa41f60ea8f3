# with statements: __enter__/__exit__ order, value binding, exception info passed to __exit__,
# suppression, multiple items, nested, exceptions in __enter__/__exit__, return/break inside with.

log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append(('enter', self.name))
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        log.append(('exit', self.name, exc_type.__name__ if exc_type else None))
        return self.suppress

log.clear()
with CM('a') as v:
    log.append(('body', v))
assert log == [('enter', 'a'), ('body', 'A'), ('exit', 'a', None)], log

# without `as`
log.clear()
with CM('b'):
    pass
assert log == [('enter', 'b'), ('exit', 'b', None)]

# exception propagates when __exit__ returns falsy
log.clear()
try:
    with CM('c'):
        raise ValueError('boom')
    assert False
except ValueError as e:
    assert str(e) == 'boom'
assert log == [('enter', 'c'), ('exit', 'c', 'ValueError')]

# suppression when __exit__ returns truthy
log.clear()
with CM('d', suppress=True):
    raise KeyError('hidden')
    assert False
log.append('after')
assert log == [('enter', 'd'), ('exit', 'd', 'KeyError'), 'after']

class TruthySuppress:
    def __enter__(self): return self
    def __exit__(self, *a): return 'non-empty string is truthy'
with TruthySuppress():
    1 / 0

# exc info values
class Capture:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        self.t, self.v, self.tb = t, v, tb
        return True
with Capture() as cap:
    raise IndexError('idx')
assert cap.t is IndexError and isinstance(cap.v, IndexError) and cap.v.args == ('idx',)
assert cap.tb is not None and cap.tb is cap.v.__traceback__
with Capture() as cap:
    pass
assert cap.t is None and cap.v is None and cap.tb is None

# multiple items: entered left to right, exited right to left
log.clear()
with CM('x') as x, CM('y') as y:
    log.append(('body', x, y))
assert log == [('enter', 'x'), ('enter', 'y'), ('body', 'X', 'Y'), ('exit', 'y', None), ('exit', 'x', None)], log

# parenthesized multi-item (3.10+)
log.clear()
with (
    CM('p1') as p1,
    CM('p2'),
):
    pass
assert [e[0] for e in log] == ['enter', 'enter', 'exit', 'exit']

# inner suppresses -> outer sees no exception
log.clear()
with CM('outer'), CM('inner', suppress=True):
    raise RuntimeError
assert log == [('enter', 'outer'), ('enter', 'inner'), ('exit', 'inner', 'RuntimeError'), ('exit', 'outer', None)]

# exception in __enter__ of second item: first is exited, second is not
class FailEnter:
    def __enter__(self): raise OSError('enter failed')
    def __exit__(self, *a):
        log.append('FailEnter exit must not run')
log.clear()
try:
    with CM('first'), FailEnter():
        log.append('body must not run')
except OSError as e:
    assert str(e) == 'enter failed'
assert log == [('enter', 'first'), ('exit', 'first', 'OSError')], log

# exception raised in __exit__ replaces the original, with __context__ set
class FailExit:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        raise TypeError('from exit')
try:
    with FailExit():
        raise ValueError('original')
except TypeError as e:
    assert str(e) == 'from exit'
    assert isinstance(e.__context__, ValueError)

# return inside with still calls __exit__
log.clear()
def ret():
    with CM('r'):
        return 'returned'
    return 'not reached'
assert ret() == 'returned' and log == [('enter', 'r'), ('exit', 'r', None)]

# break / continue inside with
log.clear()
for i in range(3):
    with CM(str(i)):
        if i == 0:
            continue
        if i == 1:
            break
assert log == [('enter', '0'), ('exit', '0', None), ('enter', '1'), ('exit', '1', None)], log

# suppressing exception inside a function -> continues after with
def suppressed():
    with CM('s', suppress=True):
        raise ValueError
        return 'unreached'
    return 'after with'
assert suppressed() == 'after with'

# as-target can be any assignment target
class Pair:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
with Pair() as (a, b):
    assert (a, b) == (1, 2)
holder = {}
with Pair() as holder['k']:
    pass
assert holder == {'k': (1, 2)}

# __enter__/__exit__ looked up on the type
class NotCM: pass
try:
    with NotCM():
        pass
    assert False
except TypeError as e:
    assert str(e) == "'NotCM' object does not support the context manager protocol", str(e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
    assert False
except TypeError as e:
    assert str(e) == "'OnlyEnter' object does not support the context manager protocol (missed __exit__ method)", str(e)

# exit is called with the exception even for BaseException subclasses
class CatchAll:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        self.seen = t
        return True
with CatchAll() as ca:
    raise KeyboardInterrupt
assert ca.seen is KeyboardInterrupt

# a generator-based manager written by hand
class Managed:
    def __init__(self):
        self.state = 'new'
    def __enter__(self):
        self.state = 'open'
        return self
    def __exit__(self, *a):
        self.state = 'closed'
mg = Managed()
with mg as inner:
    assert inner is mg and mg.state == 'open'
assert mg.state == 'closed'

# with-statement re-raises exceptions not suppressed, traceback preserved
def nested_raise():
    with CM('n'):
        with CM('m'):
            raise ZeroDivisionError
log.clear()
try:
    nested_raise()
except ZeroDivisionError:
    pass
assert log == [('enter', 'n'), ('enter', 'm'), ('exit', 'm', 'ZeroDivisionError'), ('exit', 'n', 'ZeroDivisionError')]

print("ok")
