# contextlib: enter/exit ordering, suppression and ExitStack unwinding compared with CPython
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, ContextDecorator


@contextmanager
def ctx(name, swallow=False):
    print('enter', name)
    try:
        yield name
    except Exception as e:
        print('caught in', name, type(e).__name__, e)
        if not swallow:
            raise
    finally:
        print('exit', name)


with ctx('a') as v:
    print('body', v)
try:
    with ctx('b'):
        raise KeyError('k')
except KeyError as e:
    print('outside', repr(e))
with ctx('c', swallow=True):
    raise ValueError('v')
print('after c')


@ctx('deco')
def work(x):
    print('working', x)
    return x + 1


print(work(1))
with suppress(ZeroDivisionError):
    print(1 / 0)
print('suppressed')
with ExitStack() as st:
    for i in range(3):
        st.callback(print, 'callback', i)
    st.enter_context(ctx('inner'))
    print('stack body')
try:
    with ExitStack() as st:
        st.callback(print, 'cleanup runs')
        st.push(lambda et, ev, tb: print('push sees', et.__name__) or False)
        raise IndexError('idx')
except IndexError as e:
    print('propagated', e)


class Closer:
    def close(self):
        print('closed')


with closing(Closer()):
    print('using')
with nullcontext('value') as nv:
    print(nv)


@contextmanager
def bad():
    yield
    yield


try:
    with bad():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
