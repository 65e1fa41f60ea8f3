# try/finally ordering: finally on normal exit, exception, return, break, continue; return in finally
# overriding; nested finally; finally in generators and loops.

def order(mode):
    log = []
    for i in range(2):
        try:
            log.append('try')
            if mode == 'break':
                break
            if mode == 'continue':
                continue
            if mode == 'return':
                return log + ['returned']
            if mode == 'raise':
                raise ValueError
            log.append('body-end')
        except ValueError:
            log.append('except')
        else:
            log.append('else')
        finally:
            log.append('finally')
        log.append('after')
    return log

assert order('normal') == ['try', 'body-end', 'else', 'finally', 'after'] * 2
assert order('break') == ['try', 'finally']
assert order('continue') == ['try', 'finally', 'try', 'finally']
assert order('raise') == ['try', 'except', 'finally', 'after'] * 2
r = order('return')
assert r == ['try', 'returned'], "return value computed before finally runs"

# finally runs when returning, and sees the state
trace = []
def ret_then_finally():
    try:
        trace.append('try')
        return 'from try'
    finally:
        trace.append('finally')
assert ret_then_finally() == 'from try' and trace == ['try', 'finally']

# return in finally overrides the try's return
def override():
    try:
        return 'try'
    finally:
        return 'finally'
assert override() == 'finally'

# return in finally swallows the exception
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
assert swallow() == 'swallowed'

# break in finally swallows the exception too
def break_swallow():
    for _ in range(3):
        try:
            raise KeyError
        finally:
            break
    return 'after loop'
assert break_swallow() == 'after loop'

# continue in finally (allowed since 3.8)
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            out.append('f')
            continue
    return out
assert continue_in_finally() == [0, 'f', 'f', 2, 'f']

# mutable return value modified in finally is visible
def mutated():
    x = []
    try:
        return x
    finally:
        x.append('added in finally')
assert mutated() == ['added in finally']

# rebinding in finally does not change the already-evaluated return value
def rebind():
    x = 1
    try:
        return x
    finally:
        x = 2
assert rebind() == 1

# exception in finally replaces the in-flight exception
try:
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')
except KeyError as e:
    assert e.args == ('second',)
    assert isinstance(e.__context__, ValueError)

# nested try/finally ordering
log = []
def nested():
    try:
        try:
            log.append('inner try')
            return 'r'
        finally:
            log.append('inner finally')
    finally:
        log.append('outer finally')
assert nested() == 'r'
assert log == ['inner try', 'inner finally', 'outer finally']

# exception propagates through multiple finally blocks
log = []
def deep():
    try:
        try:
            raise IndexError
        finally:
            log.append(1)
    finally:
        log.append(2)
try:
    deep()
except IndexError:
    log.append(3)
assert log == [1, 2, 3]

# except handler that raises still runs finally
log = []
try:
    try:
        raise ValueError
    except ValueError:
        log.append('handler')
        raise TypeError
    finally:
        log.append('finally')
except TypeError:
    log.append('outer')
assert log == ['handler', 'finally', 'outer']

# finally in a while loop with break inside try
n = 0
fin = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        fin += 1
assert n == 3 and fin == 3

# finally in generators: runs on exhaustion and on close()
glog = []
def gen():
    try:
        yield 1
        yield 2
    finally:
        glog.append('gen finally')
assert list(gen()) == [1, 2] and glog == ['gen finally']
glog.clear()
g = gen()
next(g)
g.close()
assert glog == ['gen finally']
glog.clear()
g = gen()
g.close()   # never started: finally does not run
assert glog == []

# try/except inside finally
def exc_in_finally():
    try:
        return 'value'
    finally:
        try:
            raise ValueError
        except ValueError:
            pass
assert exc_in_finally() == 'value'

# return inside except, finally still runs
log = []
def ret_in_except():
    try:
        raise ValueError
    except ValueError:
        return 'except'
    finally:
        log.append('finally')
assert ret_in_except() == 'except' and log == ['finally']

# try/finally without except propagates after finally
log = []
try:
    try:
        log.append('t')
        raise RuntimeError('x')
    finally:
        log.append('f')
except RuntimeError:
    log.append('caught')
assert log == ['t', 'f', 'caught']

# loop continue inside try/except/else
out = []
for i in range(4):
    try:
        if i % 2:
            raise ValueError
    except ValueError:
        continue
    else:
        out.append(i)
assert out == [0, 2]

print("ok")
