# Exception chaining: implicit __context__, explicit __cause__ (raise from), raise from None and
# __suppress_context__, chaining in finally, context of re-raised exceptions, StopIteration in
# generators becoming RuntimeError.

# implicit chaining
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    assert isinstance(e.__context__, ZeroDivisionError)
    assert e.__cause__ is None
    assert e.__suppress_context__ is False

# explicit chaining
try:
    try:
        {}['k']
    except KeyError as ke:
        raise RuntimeError('wrapped') from ke
except RuntimeError as e:
    assert isinstance(e.__cause__, KeyError)
    assert e.__context__ is e.__cause__, "context is also set"
    assert e.__suppress_context__ is True

# raise from None
try:
    try:
        int('x')
    except ValueError:
        raise TypeError('clean') from None
except TypeError as e:
    assert e.__cause__ is None
    assert e.__suppress_context__ is True
    assert isinstance(e.__context__, ValueError), "context still recorded"

# from an exception class (instantiated)
try:
    raise ValueError('v') from KeyError
except ValueError as e:
    assert type(e.__cause__) is KeyError

# from outside a handler
try:
    raise ValueError('x') from IndexError('cause')
except ValueError as e:
    assert str(e.__cause__) == 'cause'
    assert e.__context__ is None

# invalid cause
try:
    raise ValueError from 5
except TypeError as e:
    assert str(e) == 'exception causes must derive from BaseException', str(e)

# setting __cause__ manually sets __suppress_context__
e = ValueError()
e.__cause__ = KeyError()
assert e.__suppress_context__ is True

# context is not set to itself when re-raising the same exception
try:
    try:
        raise ValueError('same')
    except ValueError as ex:
        raise ex
except ValueError as e:
    assert e.__context__ is None

# context through finally
try:
    try:
        raise KeyError('in try')
    finally:
        raise IndexError('in finally')
except IndexError as e:
    assert isinstance(e.__context__, KeyError)

# deeper chain
try:
    try:
        try:
            raise OSError('a')
        except OSError:
            raise ValueError('b')
    except ValueError:
        raise TypeError('c')
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    assert chain == ['TypeError', 'ValueError', 'OSError']

# exception raised in an except handler of a function called from a handler
def helper():
    raise LookupError('helper')
try:
    try:
        raise ArithmeticError('outer')
    except ArithmeticError:
        helper()
except LookupError as e:
    assert isinstance(e.__context__, ArithmeticError)

# handled exception does not leak as context later
try:
    raise ValueError('handled')
except ValueError:
    pass
try:
    raise KeyError('fresh')
except KeyError as e:
    assert e.__context__ is None

# context cycles are broken
try:
    try:
        raise ValueError('A')
    except ValueError as a:
        try:
            raise KeyError('B')
        except KeyError as b:
            raise a
except ValueError as e:
    assert isinstance(e.__context__, KeyError)
    assert e.__context__.__context__ is None, "cycle A -> B -> A is cut"

# --- StopIteration inside a generator becomes RuntimeError (PEP 479) ---
def gen():
    yield 1
    raise StopIteration('leak')
g = gen()
assert next(g) == 1
try:
    next(g)
    assert False
except RuntimeError as e:
    assert str(e) == 'generator raised StopIteration', str(e)
    assert isinstance(e.__cause__, StopIteration)
    assert e.__cause__.args == ('leak',)

def gen_next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(gen_next_on_empty())
    assert False
except RuntimeError as e:
    assert str(e) == 'generator raised StopIteration'

# return inside generator is fine
def gen_ret():
    yield 1
    return 'value'
g = gen_ret()
next(g)
try:
    next(g)
except StopIteration as e:
    assert e.value == 'value' and e.args == ('value',)

# StopIteration leaking out of a plain function into a for loop is NOT converted
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
assert list(It()) == []

# exception group basics (3.11)
try:
    raise ExceptionGroup('many', [ValueError('v'), TypeError('t')])
except ExceptionGroup as eg:
    assert eg.message == 'many'
    assert [type(x).__name__ for x in eg.exceptions] == ['ValueError', 'TypeError']
    assert str(eg) == 'many (2 sub-exceptions)'

seen = []
try:
    raise ExceptionGroup('g', [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    seen.append(('V', [e.args[0] for e in eg.exceptions]))
except* TypeError as eg:
    seen.append(('T', [e.args[0] for e in eg.exceptions]))
assert seen == [('V', [1, 3]), ('T', [2])], seen

print("ok")
