# contextlib: contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, ContextDecorator
import contextlib
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, redirect_stderr, ContextDecorator
import sys

log = []


@contextmanager
def tag(name):
    log.append('<' + name)
    try:
        yield name.upper()
    finally:
        log.append(name + '>')


with tag('a') as t:
    log.append(t)
assert log == ['<a', 'A', 'a>']
log.clear()
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    assert str(e) == 'boom'
assert log == ['<b', 'b>']


@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        log.append('swallowed')


log.clear()
with swallow():
    raise KeyError('k')
assert log == ['swallowed']


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
    assert False
except RuntimeError as e:
    assert str(e) == "generator didn't yield"


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
    assert False
except RuntimeError as e:
    assert str(e) == "generator didn't stop"


@tag('deco')
def decorated(x):
    log.append(x)
    return x * 2


log.clear()
assert decorated(3) == 6 and decorated(4) == 8
assert log == ['<deco', 3, 'deco>', '<deco', 4, 'deco>']

with suppress(KeyError, IndexError):
    [][1]
with suppress(ZeroDivisionError):
    pass
try:
    with suppress(KeyError):
        1 / 0
    assert False
except ZeroDivisionError:
    pass


class Res:
    closed = False

    def close(self):
        self.closed = True


r = Res()
with closing(r) as got:
    assert got is r and not r.closed
assert r.closed
with nullcontext(5) as v:
    assert v == 5
with nullcontext() as v:
    assert v is None

order = []
with ExitStack() as stack:
    stack.callback(order.append, 'first-registered')
    stack.enter_context(tag('x'))
    stack.push(lambda *exc: order.append('push') and False)
    order.append('body')
assert order == ['body', 'push', 'first-registered']
with ExitStack() as stack:
    stack.callback(order.append, 'never')
    moved = stack.pop_all()
moved.close()
assert order[-1] == 'never'


def suppressing(*exc):
    return True


with ExitStack() as stack:
    stack.push(suppressing)
    raise ValueError('hidden')

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError('inner')
except ZeroDivisionError as e:
    assert isinstance(e.__context__, KeyError)



class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)


buf = Collector()
old = sys.stdout
with redirect_stdout(buf) as target:
    assert target is buf and sys.stdout is buf
    print('captured')
assert sys.stdout is old and buf.getvalue() == 'captured\n'
ebuf = Collector()
with redirect_stderr(ebuf):
    print('err', file=sys.stderr)
assert ebuf.getvalue() == 'err\n'


class Timer(ContextDecorator):
    def __enter__(self):
        log.append('enter')
        return self

    def __exit__(self, *exc):
        log.append('exit')
        return False


@Timer()
def timed():
    log.append('run')


log.clear()
timed()
assert log == ['enter', 'run', 'exit']
assert isinstance(nullcontext(), contextlib.AbstractContextManager)


class Manual:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


assert isinstance(Manual(), contextlib.AbstractContextManager) and not isinstance(5, contextlib.AbstractContextManager)
