# Exceptions: raise/except matching, except tuples, as-binding cleared after block, args/str/repr,
# custom hierarchies, KeyError str, builtin hierarchy, assert with message, bare raise, else.

# --- matching by class hierarchy ---
def catch(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return 'zde'
    except (KeyError, IndexError) as e:
        return 'lookup:' + type(e).__name__
    except ArithmeticError:
        return 'arith'
    except Exception as e:
        return 'exception:' + type(e).__name__
assert catch(ZeroDivisionError()) == 'zde'
assert catch(KeyError('k')) == 'lookup:KeyError'
assert catch(IndexError) == 'lookup:IndexError', "raising a class instantiates it"
assert catch(OverflowError()) == 'arith'
assert catch(ValueError()) == 'exception:ValueError'

# except with a tuple stored in a variable
errs = (TypeError, ValueError)
try:
    int('x')
except errs as e:
    assert type(e) is ValueError

# first matching clause wins
try:
    raise KeyError
except LookupError:
    which = 'LookupError'
except KeyError:
    which = 'KeyError'
assert which == 'LookupError'

# the name bound by `as` is deleted after the except block
try:
    raise ValueError
except ValueError as err:
    pass
try:
    err
    assert False
except NameError:
    pass

# previous binding is also removed
e2 = 'before'
try:
    raise ValueError
except ValueError as e2:
    pass
assert 'e2' not in dir()

# --- args, str, repr ---
e = ValueError('msg', 2)
assert e.args == ('msg', 2)
assert str(e) == "('msg', 2)"
assert repr(e) == "ValueError('msg', 2)"
e = ValueError('only')
assert str(e) == 'only' and repr(e) == "ValueError('only')"
e = ValueError()
assert str(e) == '' and repr(e) == 'ValueError()' and e.args == ()
assert str(ValueError(5)) == '5'
assert repr(Exception([1, 2])) == 'Exception([1, 2])'

# KeyError's str is the repr of the key
assert str(KeyError('k')) == "'k'"
assert str(KeyError(1)) == '1'
assert str(KeyError()) == ''
assert str(KeyError('a', 'b')) == "('a', 'b')"
try:
    {}['missing']
except KeyError as ke:
    assert str(ke) == "'missing'" and ke.args == ('missing',)
try:
    [][3]
except IndexError as ie:
    assert str(ie) == 'list index out of range'
try:
    ''[0]
except IndexError as ie:
    assert str(ie) == 'string index out of range'
try:
    ()[0]
except IndexError as ie:
    assert str(ie) == 'tuple index out of range'

# args can be reassigned
e = RuntimeError('a')
e.args = ('b', 'c')
assert str(e) == "('b', 'c')"

# --- custom hierarchies ---
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
class Denied(AppError):
    def __str__(self):
        return f'denied[{self.code}]'

try:
    raise NotFound(404, 'nope')
except AppError as ex:
    assert ex.code == 404 and str(ex) == 'nope' and ex.args == ('nope',)
    assert isinstance(ex, NotFound) and isinstance(ex, Exception)
try:
    raise Denied(403, 'x')
except AppError as ex:
    assert str(ex) == 'denied[403]'
    assert repr(ex) == "Denied('x')"

# exceptions with extra attributes and no super().__init__
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
ns = NoSuper(1, 2)
assert ns.args == (1, 2), "BaseException.__new__ stores args"
assert str(ns) == '(1, 2)'

# --- builtin hierarchy ---
assert issubclass(ZeroDivisionError, ArithmeticError)
assert issubclass(OverflowError, ArithmeticError)
assert issubclass(KeyError, LookupError) and issubclass(IndexError, LookupError)
assert issubclass(UnboundLocalError, NameError)
assert issubclass(RecursionError, RuntimeError)
assert issubclass(NotImplementedError, RuntimeError)
assert issubclass(ModuleNotFoundError, ImportError)
assert issubclass(FileNotFoundError, OSError)
assert issubclass(UnicodeDecodeError, UnicodeError) and issubclass(UnicodeError, ValueError)
assert issubclass(StopIteration, Exception)
assert not issubclass(KeyboardInterrupt, Exception) and issubclass(KeyboardInterrupt, BaseException)
assert not issubclass(SystemExit, Exception)
assert not issubclass(GeneratorExit, Exception)
assert issubclass(Exception, BaseException)
assert IOError is OSError and EnvironmentError is OSError
assert issubclass(TabError, IndentationError) and issubclass(IndentationError, SyntaxError)
assert issubclass(DeprecationWarning, Warning) and issubclass(Warning, Exception)

# except Exception does not catch SystemExit / KeyboardInterrupt
def raises_exit():
    try:
        raise SystemExit(3)
    except Exception:
        return 'caught by Exception'
try:
    raises_exit()
    assert False
except SystemExit as se:
    assert se.code == 3
    assert se.args == (3,)
assert SystemExit().code is None
assert SystemExit(1, 2).code == (1, 2)

# bare except catches everything
try:
    raise KeyboardInterrupt
except:
    caught = True
assert caught

# --- try/except/else ---
def tee(fail):
    steps = []
    try:
        steps.append('try')
        if fail:
            raise ValueError
    except ValueError:
        steps.append('except')
    else:
        steps.append('else')
    finally:
        steps.append('finally')
    return steps
assert tee(False) == ['try', 'else', 'finally']
assert tee(True) == ['try', 'except', 'finally']

# exceptions in else are not caught by the same try's handlers
try:
    try:
        pass
    except ZeroDivisionError:
        assert False, "else-block error must not be caught here"
    else:
        1 / 0
except ZeroDivisionError:
    pass

# --- bare raise re-raises the current exception ---
def reraise():
    try:
        raise ValueError('original')
    except ValueError:
        raise
try:
    reraise()
except ValueError as ex:
    assert str(ex) == 'original'
try:
    raise
except RuntimeError as ex:
    assert str(ex) == 'No active exception to reraise', str(ex)

# raise inside nested handler re-raises the innermost
try:
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise IndexError('inner')
        except IndexError:
            pass
        raise     # re-raises KeyError again (inner handler finished)
except KeyError as ex:
    assert ex.args == ('outer',)

# raising non-exceptions
try:
    raise 5
except TypeError as ex:
    assert str(ex) == 'exceptions must derive from BaseException', str(ex)
class NotExc: pass
try:
    raise NotExc
except TypeError as ex:
    assert str(ex) == 'exceptions must derive from BaseException'
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as ex:
    assert str(ex) == 'catching classes that do not inherit from BaseException is not allowed', str(ex)

# --- assert ---
try:
    assert 1 == 2, 'custom message'
    assert False, 'should have raised'
except AssertionError as ex:
    assert ex.args == ('custom message',)
try:
    assert []
except AssertionError as ex:
    assert ex.args == ()
try:
    assert False, ('tuple', 1)
except AssertionError as ex:
    assert ex.args == (('tuple', 1),)

# sys.exc_info inside handler
import sys
try:
    raise ValueError('info')
except ValueError:
    t, v, tb = sys.exc_info()
    assert t is ValueError and str(v) == 'info' and tb is not None
assert sys.exc_info() == (None, None, None), "cleared after the handler"

# exception instances are reusable
shared = ValueError('shared')
for _ in range(2):
    try:
        raise shared
    except ValueError as ex:
        assert ex is shared

# with_traceback returns self
ex = ValueError('t')
assert ex.with_traceback(None) is ex

# add_note (3.11)
ex = ValueError('n')
ex.add_note('note 1')
ex.add_note('note 2')
assert ex.__notes__ == ['note 1', 'note 2']

# exception object's attributes
ex = OSError(2, 'No such file')
assert ex.errno == 2 and ex.strerror == 'No such file'
assert str(ex) == '[Errno 2] No such file'
assert type(OSError(2, 'x')) is FileNotFoundError, "OSError constructor maps errno to subclass"
ex = StopIteration(5)
assert ex.value == 5
ex = NameError('n', name='x')
assert ex.name == 'x'

print("ok")
